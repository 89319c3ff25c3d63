"""The loader's fast path builds exactly what the converter builds, and takes nothing it refuses."""

from __future__ import annotations

import json

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations._build import Builder, Unfit
from az_tr_relations._converter import CONVERTER
from az_tr_relations._json import plain
from strategies import records

RECORD_TYPES = list(azt.COLLECTIONS.values())

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _converted(kind: type, raw: object) -> tuple[object, ...] | None:
    try:
        return CONVERTER.structure(raw, tuple[kind, ...])  # type: ignore[valid-type]
    except (cattrs.BaseValidationError, ValueError, TypeError):
        return None


def _built(kind: type, raw: object) -> tuple[object, ...] | None:
    try:
        return Builder().records(kind, raw)
    except Unfit:
        return None


@pytest.mark.parametrize("kind", RECORD_TYPES, ids=lambda kind: kind.__name__)
@settings(max_examples=100)
@given(data=st.data())
def test_valid_records_build_equal_to_the_converter(kind: type, data: st.DataObject) -> None:
    found = data.draw(st.lists(records(kind), max_size=3))
    raw = json.loads(json.dumps(plain(found), ensure_ascii=False))
    assert _built(kind, raw) == _converted(kind, raw) == tuple(found)


@pytest.mark.parametrize("kind", RECORD_TYPES, ids=lambda kind: kind.__name__)
@settings(max_examples=100)
@given(data=st.data())
def test_a_changed_value_is_taken_only_if_the_converter_takes_it(kind: type, data: st.DataObject) -> None:
    record = plain(data.draw(records(kind)))
    field = data.draw(st.sampled_from(sorted(record)))
    record[field] = data.draw(_JSON)
    built = _built(kind, [record])
    assert built is None or built == _converted(kind, [record])


def test_equal_nested_records_are_built_once() -> None:
    visits = azt.load("1.2.0").visits
    built = Builder().records(azt.Visit, plain(visits))
    assert built == visits
    citations = [c for visit in built for c in visit.citations]
    assert len({id(c) for c in citations}) == len(set(citations)), "one object per distinct citation"

"""Every public value is a value: it hashes, pickles, copies and deep-copies to an equal value with
the same hash (records by the thousand, through hypothesis; the other types by example)."""

from __future__ import annotations

import copy
import enum
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations.errors import Problem
from strategies import records

RECORD_TYPES = [*azt.COLLECTIONS.values(), azt.Citation, azt.Office, azt.Ratification]


def _diff() -> azt.DataDiff:
    return azt.diff(azt.load("1.0.0"), azt.load("1.1.0"))


EXAMPLES: dict[type, Callable[[], list[Any]]] = {
    azt.DataCitation: lambda: [azt.cite("1.0.0"), azt.cite()],
    azt.DataDiff: lambda: [_diff(), azt.diff(azt.load("1.0.0"), azt.load("1.0.0"))],
    azt.RecordChange: lambda: list(_diff().changed[:5]),
    azt.FieldChange: lambda: [change for record in _diff().changed[:5] for change in record.changes],
    azt.Dataset: lambda: [azt.load("1.0.0"), azt.from_records(azt.load("1.0.0").sources, version="mine")],
    azt.DateRange: lambda: [azt.DateRange.parse("2020-09-27/2020-11-10"), azt.DateRange.parse("0001")],
    azt.Manifest: lambda: [azt.manifest(version) for version in azt.versions()],
    azt.PartialDate: lambda: [azt.PartialDate.parse(text) for text in ("0001", "1992-08", "9999-12-31")],
    azt.Results: lambda: [
        azt.load("1.0.0").visits_between("2022", "2022"),
        azt.load("1.0.0").timeline(),
        azt.Results((), "events"),
    ],
    azt.ValidationReport: lambda: [*azt.validate(), *azt.validate("no/such/folder")],
    Problem: lambda: [Problem("what is wrong", where="visits.json", path="$[3].host"), Problem("bare")],
}
"""Each public value type that is not a record or an enumeration, with examples of it."""


def _public_types() -> set[type]:
    """The classes the package exports, but for errors, enumerations and the `Record` base."""
    found = [getattr(azt, name) for name in azt.__all__]
    return {
        kind
        for kind in found
        if isinstance(kind, type)
        and not issubclass(kind, (BaseException, enum.Enum))
        and kind is not azt.Record
    }


def test_every_public_value_type_is_covered() -> None:
    assert _public_types() == (set(EXAMPLES) - {Problem}) | set(RECORD_TYPES)


def assert_a_value(value: object) -> None:
    """`value` hashes, and pickles, copies and deep-copies to an equal value of the same hash."""
    for again in (
        pickle.loads(pickle.dumps(value)),
        pickle.loads(pickle.dumps(value, protocol=2)),
        copy.copy(value),
        copy.deepcopy(value),
    ):
        assert type(again) is type(value)
        assert again == value
        assert hash(again) == hash(value)


@pytest.mark.parametrize("kind", EXAMPLES, ids=lambda kind: kind.__name__)
def test_every_value_type_hashes_pickles_and_copies(kind: type) -> None:
    examples = EXAMPLES[kind]()
    assert examples and all(isinstance(example, kind) for example in examples)
    for example in examples:
        assert_a_value(example)


def test_what_rides_along_survives_too() -> None:
    manifest = azt.manifest("1.0.0")
    again = pickle.loads(pickle.dumps(manifest))
    assert dict(again.files) == dict(manifest.files) and len(again.files) == 14
    with pytest.raises(TypeError):
        again.files["visits.json"] = "0" * 64  # type: ignore[index]
    found = pickle.loads(pickle.dumps(azt.load("1.0.0").visits_between("2022", "2022")))
    assert found.collection == "visits" and found.to_pandas().shape[0] == 2
    problem = copy.deepcopy(Problem("what is wrong", where="visits.json", path="$[3].host"))
    assert (problem.where, problem.path, problem.message) == ("visits.json", "$[3].host", "what is wrong")
    ds = pickle.loads(pickle.dumps(azt.load("1.0.0")))
    assert ds.visits_between("2022", "2022") == azt.load("1.0.0").visits_between("2022", "2022")


@pytest.mark.parametrize("kind", [azt.Precision, azt.MissionKind, azt.Role])
def test_enumerations_are_values(kind: type[enum.Enum]) -> None:
    for member in kind:
        assert pickle.loads(pickle.dumps(member)) is member and copy.deepcopy(member) is member


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
@settings(max_examples=40)
@given(data=st.data())
def test_every_record_hashes_pickles_and_copies(cls: type, data: st.DataObject) -> None:
    assert_a_value(data.draw(records(cls)))

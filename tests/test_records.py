"""Records: every type round-trips through JSON exactly; they are frozen, slotted and keyword-only."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations._converter import CONVERTER
from strategies import records

RECORD_TYPES = [*azt.COLLECTIONS.values(), azt.Citation, azt.Office, azt.Ratification]


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
@settings(max_examples=60)
@given(data=st.data())
def test_json_round_trip_is_exact(cls: type, data: st.DataObject) -> None:
    record = data.draw(records(cls))
    text = json.dumps(CONVERTER.unstructure(record), ensure_ascii=False)
    again = CONVERTER.structure(json.loads(text), cls)
    assert again == record
    assert json.dumps(CONVERTER.unstructure(again), ensure_ascii=False) == text


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
def test_records_are_frozen_slotted_keyword_only_and_documented(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    params = attrs.fields(cls)
    assert all(field.kw_only for field in params)
    for field in params:
        assert field.metadata.get("doc"), f"{cls.__name__}.{field.name} has no documentation"
        assert "example" in field.metadata, f"{cls.__name__}.{field.name} has no example"


@pytest.mark.parametrize("cls", azt.COLLECTIONS.values(), ids=lambda cls: cls.__name__)
@settings(max_examples=10)
@given(data=st.data())
def test_records_cannot_be_changed(cls: type, data: st.DataObject) -> None:
    record = data.draw(records(cls))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.id = "changed"  # type: ignore[attr-defined]
    with pytest.raises((AttributeError, TypeError)):
        record.new_attribute = 1  # type: ignore[attr-defined]


def test_collections_are_tuples() -> None:
    ds = azt.load("1.0.0")
    for name in azt.COLLECTIONS:
        assert isinstance(ds.collection(name), tuple)
    person = ds.get("ilham-aliyev", azt.Person)
    assert isinstance(person.offices, tuple) and isinstance(person.citations, tuple)


@pytest.mark.parametrize(
    ("make", "field", "message"),
    [
        (lambda: azt.Citation(source="src", locator=" "), "locator", "non-blank"),
        (
            lambda: azt.Mission(
                id="m", kind=azt.MissionKind.EMBASSY, sending="az", receiving="TR", citations=()
            ),
            "sending",
            "alpha-2",
        ),
        (
            lambda: azt.Format(id="f", kind=azt.FormatKind.TRILATERAL, countries=("AZ", "AZ"), citations=()),
            "countries",
            "twice",
        ),
        (
            lambda: azt.Principle(id="p", text="t", attributed_to="x", citations=()),
            "citations",
            "must not be empty",
        ),
        (
            lambda: azt.Place(id="p", name="P", country="AZ", latitude=91, longitude=0, citations=()),
            "latitude",
            "[-90, 90]",
        ),
        (
            lambda: azt.ParliamentaryGroup(
                id="g", parliament="P", country="AZ", name="G", members=-1, citations=()
            ),
            "members",
            ">= 0",
        ),
    ],
)
def test_invalid_fields_raise_field_error(make: object, field: str, message: str) -> None:
    with pytest.raises(azt.FieldError, match=f"^{field}: .*{message}") as caught:
        make()  # type: ignore[operator]
    assert caught.value.field == field


def test_end_before_start_is_refused() -> None:
    start, end = azt.PartialDate.parse("2022-05-14"), azt.PartialDate.parse("2022-05-13")
    cite = (azt.Citation(source="s", locator="x"),)
    with pytest.raises(azt.FieldError, match="end: 2022-05-13 is before start 2022-05-14"):
        azt.Visit(
            id="v",
            visitor="p",
            office=azt.Role.PRESIDENT,
            origin="AZ",
            host="TR",
            start=start,
            end=end,
            citations=cite,
        )

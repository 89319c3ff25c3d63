"""Records: every type round-trips through JSON exactly; they are frozen, slotted and keyword-only."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

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


VERSION = "1.0.0"
DS = azt.load(VERSION)
DATA = Path(str(resources.files("az_tr_relations").joinpath("data")))


# Immutability ------------------------------------------------------------------------------------


def _public_values(value: object, seen: set[int], depth: int = 0) -> list[tuple[str, object]]:
    """Every value reachable from `value` through public attributes and tuple items."""
    if id(value) in seen or depth > 6 or isinstance(value, (str, int, float, type(None))):
        return []
    seen.add(id(value))
    found: list[tuple[str, object]] = [(type(value).__name__, value)]
    if isinstance(value, tuple):
        for item in value:
            found += _public_values(item, seen, depth + 1)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if not field.name.startswith("_"):
                found += _public_values(getattr(value, field.name), seen, depth + 1)
    return found


def test_no_public_attribute_holds_a_mutable_container() -> None:
    reachable = _public_values(DS, set()) + _public_values(azt.manifest(VERSION), set())
    assert len(reachable) > 300
    mutable = [
        (where, type(value)) for where, value in reachable if isinstance(value, (list, dict, set, bytearray))
    ]
    assert mutable == []


def test_records_collections_and_the_dataset_cannot_be_changed() -> None:
    visit = DS.visits[0]
    targets: list[object] = [DS, visit, visit.citations[0], visit.start, azt.manifest(VERSION)]
    for target in targets:
        with pytest.raises(AttributeError):
            target.id = "changed"  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            del target.version  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            target.__dict__  # noqa: B018 - slotted: no instance dict to write through
    for result in (DS.visits, DS.visits_between(None, None), DS.missions_of("TR"), DS.timeline()):
        assert isinstance(result, tuple)
        with pytest.raises(TypeError):
            result[0] = visit  # type: ignore[index]
    with pytest.raises(TypeError):
        azt.manifest(VERSION).files["visits.json"] = "0" * 64  # type: ignore[index]
    with pytest.raises(TypeError):
        azt.COLLECTIONS["trips"] = azt.Visit  # type: ignore[index]
    counts = DS.counts()
    counts["visits"] = -1
    assert DS.counts()["visits"] == len(DS.visits)
    assert azt.load(VERSION) == DS == azt.load_folder(DATA / VERSION)


# Records validate themselves: whoever builds one gets a valid record or a clear error --------------

_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True),
    st.text(max_size=6),
    st.sampled_from(["", " ", "=SUM(A1)", "a\nb", "x\x1b[31m", "Not A Slug", "TR", "az", "\ud800"]),
    st.lists(st.text(max_size=3), max_size=2),
    st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
    st.just(azt.PartialDate(year=2022)),
    st.sampled_from(list(azt.Role) + list(azt.MissionKind)),
    st.just(azt.Citation(source="src", locator="x")),
)


def _conforms(value: object, hint: object) -> bool:
    """Whether `value` is of the annotated type, all the way down (tuples, not lists)."""
    import enum
    import types
    import typing

    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, arg) for arg in args)
    if hint is type(None):
        return value is None
    if origin is tuple:
        return isinstance(value, tuple) and all(_conforms(item, args[0]) for item in value)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return isinstance(value, hint)
    assert isinstance(hint, type), hint
    return isinstance(value, hint)


@st.composite
def _arguments(draw: st.DrawFn, cls: type) -> dict[str, object]:
    """Keyword arguments for `cls`: each field valid, junk, a list for a tuple, or left out."""
    from strategies import _field_strategies, records

    valid = attrs.asdict(draw(records(cls)), recurse=False)
    arguments: dict[str, object] = {}
    for name, strategy in _field_strategies(cls).items():
        choice = draw(st.sampled_from(["valid", "valid", "junk", "list", "omit"]))
        if choice == "valid":
            arguments[name] = valid[name]
        elif choice == "junk":
            arguments[name] = draw(_JUNK)
        elif choice == "list" and isinstance(valid[name], tuple):
            arguments[name] = list(valid[name])
        elif choice != "omit":
            arguments[name] = draw(strategy)
    return arguments


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
@settings(max_examples=150)
@given(data=st.data())
def test_a_record_built_from_anything_is_valid_or_refused(cls: type, data: st.DataObject) -> None:
    import typing

    from az_tr_relations._json import plain

    arguments = data.draw(_arguments(cls))
    try:
        record = cls(**arguments)
    except (azt.FieldError, TypeError):
        return  # refused, naming the field (a missing required argument is a TypeError)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        assert _conforms(getattr(record, field.name), hints[field.name]), (
            field.name,
            getattr(record, field.name),
        )
    hash(record)  # immutable all the way down
    loaded = CONVERTER.structure(json.loads(json.dumps(plain(record), ensure_ascii=False)), cls)
    assert loaded == record, "valid: what the loader gives from its JSON is the same record"


def test_evolve_checks_like_the_constructor() -> None:
    person = DS.get("ilham-aliyev", azt.Person)
    with pytest.raises(azt.FieldError, match="offices: expected an Office, got 1"):
        attrs.evolve(person, offices=[1, "junk"])
    assert attrs.evolve(person, aliases=["Ilham Aliev"]).aliases == ("Ilham Aliev",)

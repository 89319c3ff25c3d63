"""Query helpers agree with a naive filter over every record, and refuse bad input clearly."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pandas as pd
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations import PartialDate, tables
from az_tr_relations._coerce import as_partial_date
from az_tr_relations.errors import shown
from strategies import COUNTRY_IDS, PEOPLE, datasets, date_likes, elsewhere


def _window(start: object, end: object) -> tuple[datetime.date, datetime.date]:
    first = as_partial_date(start, "start").earliest
    last = as_partial_date(end, "end").latest
    return first, last


def _naive(records: tuple, start: object, end: object, uncertain: bool) -> list:  # type: ignore[type-arg]
    first, last = _window(start, end)
    found = []
    for record in records:
        lo, hi = record.span.earliest, record.span.latest
        if (lo <= last and hi >= first) if uncertain else (lo >= first and hi <= last):
            found.append(record)
    return sorted(found, key=lambda r: (r.start.sort_key(), r.span.latest, r.id))


def _ordered(found: tuple) -> list:  # type: ignore[type-arg]
    return sorted(found, key=lambda r: (r.start.sort_key(), r.span.latest, r.id))


@st.composite
def windows(draw: st.DrawFn) -> tuple[object, object]:
    start, end = draw(date_likes), draw(date_likes)
    first, last = _window(start, end)
    return (start, end) if first <= last else (end, start)


@settings(max_examples=150)
@given(
    datasets(),
    windows(),
    st.booleans(),
    st.sampled_from([None, *COUNTRY_IDS]),
    st.sampled_from([None, *COUNTRY_IDS]),
    st.sampled_from([None, *(p.id for p in PEOPLE)]),
)
def test_visits_between_equals_a_naive_filter(
    ds: azt.Dataset,
    window: tuple[object, object],
    uncertain: bool,
    host: str | None,
    origin: str | None,
    visitor: str | None,
) -> None:
    start, end = window
    first, last = _window(start, end)
    if first > last:
        return
    found = ds.visits_between(start, end, host=host, origin=origin, visitor=visitor, uncertain=uncertain)  # type: ignore[arg-type]
    expected = [
        v
        for v in _naive(ds.visits, start, end, uncertain)
        if host in (None, v.host) and origin in (None, v.origin) and visitor in (None, v.visitor)
    ]
    assert _ordered(found) == expected
    assert list(found) == sorted(found, key=lambda v: (v.start.sort_key(), v.span.latest.toordinal()))


@settings(max_examples=100)
@given(datasets(), windows(), st.booleans())
def test_events_between_equals_a_naive_filter(
    ds: azt.Dataset, window: tuple[object, object], uncertain: bool
) -> None:
    start, end = window
    assert _ordered(ds.events_between(start, end, uncertain=uncertain)) == _naive(
        ds.events, start, end, uncertain
    )  # type: ignore[arg-type]


@settings(max_examples=100)
@given(datasets(), st.sampled_from(COUNTRY_IDS), st.sampled_from([None, *azt.MissionKind]), st.booleans())
def test_missions_equal_a_naive_filter(
    ds: azt.Dataset, country: str, kind: azt.MissionKind | None, by_city: bool
) -> None:
    city = f"city-{country.lower()}" if by_city else None
    expected = [
        m for m in ds.missions if m.receiving == country and kind in (None, m.kind) and city in (None, m.city)
    ]
    assert list(ds.missions_in(country, city=city, kind=kind)) == expected
    assert list(ds.missions_of(country)) == [m for m in ds.missions if m.sending == country]


@settings(max_examples=50)
@given(datasets())
def test_timeline_holds_every_dated_record_in_order(ds: azt.Dataset) -> None:
    timeline = ds.timeline()
    dated = [*ds.events, *ds.visits, *ds.agreements, *ds.meetings, *(m for m in ds.missions if m.opened)]
    assert sorted(r.id for r in timeline) == sorted(r.id for r in dated)
    keys = [(r.span.start.sort_key(), r.span.latest.toordinal()) for r in timeline if r.span]
    assert keys == sorted(keys)


def test_whole_year_bounds_cover_the_year() -> None:
    ds = azt.load("1.0.0")
    assert {v.id for v in ds.visits_between("2022", "2022")} == {
        "visit-2022-01-28-erdogan-baku",
        "visit-2022-05-14-aliyev-rize",
    }
    assert ds.visits_between("2022-05", "2022-05") == (ds.get("visit-2022-05-14-aliyev-rize"),)


def test_every_accepted_date_type_gives_the_same_answer() -> None:
    ds = azt.load("1.0.0")
    expected = ds.visits_between("2022-05-14", "2022-05-14")
    assert len(expected) == 1
    for bound in (
        datetime.date(2022, 5, 14),
        datetime.datetime(2022, 5, 14, 12, 30),
        pendulum.date(2022, 5, 14),
        pendulum.datetime(2022, 5, 14, 8, tz="Asia/Baku"),
        PartialDate.parse("2022-05-14"),
        " 2022-05-14 ",
    ):
        assert ds.visits_between(bound, bound) == expected


def test_certain_and_uncertain_windows() -> None:
    ds = azt.load("1.0.0")
    war = ds.get("event-2020-09-27-44-day-war")
    assert war not in ds.events_between("2020-10", "2020-10")
    assert war in ds.events_between("2020-10", "2020-10", uncertain=True)
    assert war in ds.events_between("2020-09-27", "2020-11-10")
    occupation = ds.get("event-1992-occupation")
    assert occupation not in ds.events_between("1992-06", "2020-12")
    assert occupation in ds.events_between("1992-06", "2020-12", uncertain=True)


def test_open_bounds() -> None:
    ds = azt.load("1.0.0")
    assert ds.events_between(None, None) == ds.events_between("0001", "9999")
    assert len(ds.events_between(None, "1991")) == 3


def test_country_lookup_forms() -> None:
    ds = azt.load("1.0.0")
    for query in (
        "Türkiye",
        "turkiye",
        "TURKIYE",
        "Turkey",
        "turkey",
        "TR",
        "tr",
        "TUR",
        "Republic of Türkiye",
        " Türkiye ",
    ):
        assert ds.country(query).id == "TR"
    for query in ("Azerbaijan", "AZE", "az", "Azərbaycan", "azerbaycan"):
        assert ds.country(query).id == "AZ"
    assert ds.country(ds.country("TR")).id == "TR"


def test_place_and_person_lookup_forms() -> None:
    ds = azt.load("1.0.0")
    for query in ("Nakhchivan", "Nakhichevan", "Naxçıvan", "naxcivan"):
        assert ds.place(query).id == "nakhchivan"
    for query, expected in (
        ("Gəncə", "ganja"),
        ("gence", "ganja"),
        ("Şuşa", "shusha"),
        ("Bakı", "baku"),
        ("İstanbul", "istanbul"),
    ):
        assert ds.place(query).id == expected
    assert ds.person("Erdogan").id == "recep-tayyip-erdogan"
    assert ds.person("Haydar Aliyev").id == "heydar-aliyev"
    assert ds.person("Ataturk").id == "mustafa-kemal-ataturk"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda ds: ds.country("Turky"), LookupError, "unknown country 'Turky'; did you mean 'Türkiye'"),
        (lambda ds: ds.country("France"), LookupError, "accepted: a name, alias or ISO code of Armenia"),
        (lambda ds: ds.country(640), TypeError, "expected a string, got int"),
        (
            lambda ds: ds.person("Aliyev"),
            LookupError,
            "ambiguous: it may be 'Heydar Aliyev' or 'Ilham Aliyev'",
        ),
        (lambda ds: ds.place("Nakhichivan"), LookupError, "did you mean 'Nakhchivan'"),
        (
            lambda ds: ds.get("embassy-az-in-turkey"),
            KeyError,
            "no record with id 'embassy-az-in-turkey'; did you mean 'embassy-az-in-tr'",
        ),
        (
            lambda ds: ds.get("embassy-az-in-tr", azt.Visit),
            TypeError,
            "'embassy-az-in-tr' is a Mission, not a Visit",
        ),
        (lambda ds: ds.get(3), TypeError, "record id: expected a string"),
        (lambda ds: ds.visits_between("2022-13", "2023"), ValueError, "start: not a date: '2022-13'"),
        (lambda ds: ds.visits_between("2023", "2022"), ValueError, "start 2023 is after end 2022"),
        (
            lambda ds: ds.visits_between(2022, "2023"),
            TypeError,
            "start: got int 2022; expected an ISO date string",
        ),
        (lambda ds: ds.visits_between("2022", "2023", host="Mars"), LookupError, "unknown country 'Mars'"),
        (
            lambda ds: ds.visits_between("2022", "2023", uncertain="yes"),
            TypeError,
            "uncertain: expected True or False",
        ),
        (lambda ds: ds.events_between("May 2022", None), ValueError, "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (
            lambda ds: ds.missions_in("TR", city="Ganja"),
            ValueError,
            "Ganja lies in Azerbaijan, not in Türkiye",
        ),
        (
            lambda ds: ds.missions_in("TR", kind="consulate"),
            ValueError,
            "unknown mission kind 'consulate'; expected one of 'embassy'",
        ),
        (lambda ds: ds.missions_of("Atlantis"), LookupError, "unknown country 'Atlantis'"),
        (
            lambda ds: ds.collection("trips"),
            ValueError,
            "unknown collection 'trips'; expected one of: sources",
        ),
    ],
)
def test_bad_input_gets_a_clear_error(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        call(azt.load("1.0.0"))  # type: ignore[operator]
    assert message in str(caught.value)


junk = st.one_of(
    st.text(max_size=15),
    st.integers(),
    st.floats(),
    st.none(),
    st.booleans(),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dates().map(lambda d: d.isoformat()[:7]),
)


@given(junk, junk)
def test_arbitrary_query_input_gives_a_result_or_a_clear_error(start: object, end: object) -> None:
    ds = azt.load("1.0.0")
    try:
        found = ds.visits_between(start, end)  # type: ignore[arg-type]
    except (ValueError, TypeError) as error:
        assert "start" in str(error) or "end" in str(error)
    else:
        assert isinstance(found, tuple)


@given(st.text(max_size=20))
def test_arbitrary_country_names_resolve_or_raise_lookup_error(name: str) -> None:
    ds = azt.load("1.0.0")
    try:
        country = ds.country(name)
    except LookupError as error:
        assert shown(name) in str(error)  # the name as given, cut to a readable length
    else:
        assert isinstance(country, azt.Country)


DS = azt.load("1.0.0")
NOT_A_TIME = pd.NaT  # pandas' missing date: a datetime.datetime that holds no date


# Query input: a result or a clear ValueError, TypeError or LookupError -------------------------------

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.complex_numbers(),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.frozensets(st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.from_type(type),
    st.sampled_from(
        [
            "Türkiye",
            "2022",
            "2022-05-14",
            "1992-13",
            "visits",
            "embassy",
            azt.Visit,
            azt.MissionKind.EMBASSY,
            azt.PartialDate(year=2022),
            DS.country("TR"),
            DS.get("embassy-az-in-tr"),
            DS,
            object(),
        ]
    ),
)

CALLS: dict[str, Callable[[Any, Any], object]] = {
    "get": lambda a, b: DS.get(a),
    "get kind": lambda a, b: DS.get("embassy-az-in-tr", a),
    "country": lambda a, b: DS.country(a),
    "person": lambda a, b: DS.person(a),
    "place": lambda a, b: DS.place(a),
    "visits_between": lambda a, b: DS.visits_between(a, b),
    "visits_between filters": lambda a, b: DS.visits_between(None, None, host=a, visitor=b),
    "visits_between origin": lambda a, b: DS.visits_between("1990", "2030", origin=a, uncertain=b),
    "events_between": lambda a, b: DS.events_between(a, b, uncertain=True),
    "missions_in": lambda a, b: DS.missions_in(a),
    "missions_in city": lambda a, b: DS.missions_in("TR", city=a, kind=b),
    "missions_of": lambda a, b: DS.missions_of(a),
    "collection": lambda a, b: DS.collection(a),
    "load": lambda a, b: azt.load(a),
    "from_records": lambda a, b: azt.from_records(a, version="x"),
    "from_records version": lambda a, b: azt.from_records(DS.sources, version=a, as_of=b),
    "load_folder": lambda a, b: azt.load_folder(a),
    "validate": lambda a, b: azt.validate(a),
    "corrections_for": lambda a, b: DS.corrections_for(a),
    "heads_of_mission": lambda a, b: DS.heads_of_mission(a, on=b),
    "heads_of_mission uncertain": lambda a, b: DS.heads_of_mission("embassy-tr-in-az", on=a, uncertain=b),
    "counts": lambda a, b: DS.counts(),
    "timeline": lambda a, b: DS.timeline(),
    "to_pandas": lambda a, b: DS.to_pandas(a),
    "to_polars": lambda a, b: DS.to_polars(a),
    "to_arrow": lambda a, b: DS.to_arrow(a),
    "content_hash": lambda a, b: azt.content_hash(a),
    "diff": lambda a, b: azt.diff(a, b),
    "diff new": lambda a, b: azt.diff(DS, a),
    "cite": lambda a, b: azt.cite(a),
    "manifest": lambda a, b: azt.manifest(a),
    "versions": lambda a, b: azt.versions(),
    "citations_for": lambda a, b: azt.citations_for(a, b),
    "citations_for field": lambda a, b: azt.citations_for(DS.get("embassy-az-in-tr"), a),
    "is_inferred": lambda a, b: azt.is_inferred(a, b),
    "is_inferred field": lambda a, b: azt.is_inferred(DS.get("embassy-az-in-tr"), a),
    "export": lambda a, b: azt.export(a, "out", formats=("csv",)),
    "export directory": lambda a, b: azt.export(DS, a, formats=("csv",), overwrite=True),
    "export formats": lambda a, b: azt.export(DS, "out", formats=a, overwrite=b),
    "explore": lambda a, b: azt.explore(a, "out"),
    "explore path": lambda a, b: azt.explore(DS, a),
    "PartialDate": lambda a, b: azt.PartialDate(a, b),
    "PartialDate.parse": lambda a, b: azt.PartialDate.parse(a),
    "DateRange": lambda a, b: azt.DateRange(a, b),
    "DateRange.parse": lambda a, b: azt.DateRange.parse(a),
    "Results": lambda a, b: azt.Results(a, b),
    "Results.to_pandas": lambda a, b: azt.Results(DS.places).to_pandas(a),
    "Results.to_polars": lambda a, b: azt.Results(a).to_polars(b),
    "Results.to_arrow": lambda a, b: DS.timeline().to_arrow(a),
    "rows": lambda a, b: tables.rows(a, b),
    "columns": lambda a, b: tables.columns(a),
}

UNCALLED = {"plot_timeline": "plot.py has its own tests of arbitrary arguments"}
"""Public functions and methods the test leaves to another, and why."""


def test_every_public_function_and_method_is_called() -> None:
    functions = {name for name in azt.__all__ if callable(getattr(azt, name)) and name[0].islower()}
    methods = {name for name, value in vars(azt.Dataset).items() if callable(value) and name[0] != "_"}
    called = {name.split()[0] for name in CALLS}
    assert functions | methods <= called | set(UNCALLED)


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=60)
@given(a=anything, b=anything)
def test_every_public_helper_gives_a_result_or_a_clear_error(name: str, a: object, b: object) -> None:
    try:
        with elsewhere():  # where an export may write
            CALLS[name](a, b)
    except (ValueError, TypeError, LookupError) as error:
        message = str(error)
        assert message and "Traceback" not in message
        assert "unhashable" not in message and "not iterable" not in message and "isinstance()" not in message


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: DS.collection(["visits"]),
            TypeError,
            "collection: expected a name such as 'visits', got list",
        ),
        (
            lambda: DS.get("embassy-az-in-tr", "Mission"),
            TypeError,
            "kind: expected a record class such as Visit",
        ),
        (lambda: azt.from_records(None, version="x"), TypeError, "records: expected an iterable of records"),
        (lambda: azt.from_records([], version=1), TypeError, "version: expected a string such as '1.0.0'"),
        (lambda: azt.from_records([], version="x", as_of="2022"), TypeError, "as_of: expected a PartialDate"),
        (lambda: azt.load_folder(3), TypeError, "folder: expected a path (str or os.PathLike), got int 3"),
        (lambda: azt.validate(b"data"), TypeError, "folder: expected a path (str or os.PathLike), got bytes"),
        (lambda: DS.visits_between("２０２２", None), ValueError, "start: not a date: '２０２２'"),
        (
            lambda: DS.events_between(None, "05/06/2022"),
            ValueError,
            "end: not a date: '05/06/2022'; expected YYYY",
        ),
        (lambda: DS.visits_between(datetime.date(2023, 1, 1), "2022"), ValueError, "is after end 2022"),
        # the reproductions of issue 13: no AttributeError, the argument named, a value cut short
        (
            lambda: DS.corrections_for(None),
            TypeError,
            "record: expected a record id or a record, got NoneType",
        ),
        (lambda: azt.content_hash(None), TypeError, "ds: expected a Dataset (from azt.load()), got NoneType"),
        (
            lambda: DS.visits_between(NOT_A_TIME, None),
            TypeError,
            "start: got NaTType NaT, which holds no date",
        ),
        (lambda: DS.events_between(None, NOT_A_TIME), TypeError, "end: got NaTType NaT, which holds no date"),
        (
            lambda: azt.DateRange.parse(None),
            TypeError,
            "expected an ISO date or interval string, got NoneType",
        ),
        (
            lambda: azt.DateRange.parse(b"2022"),
            TypeError,
            "expected an ISO date or interval string, got bytes",
        ),
        (lambda: DS.country("x" * 100_000), LookupError, "unknown country 'xxxxxxxxxx"),
        (lambda: DS.get("x" * 100_000), KeyError, "no record with id 'xxxxxxxxxx"),
        (
            lambda: DS.visits_between("2023", "2022" + " " * 100_000),
            ValueError,
            "start 2023 is after end 2022;",
        ),
        (lambda: DS.visits_between("x" * 100_000, None), ValueError, "start: not a date: 'xxxxxxx"),
        (lambda: azt.load("9" * 100_000), LookupError, "unknown data version '9999999"),
    ],
)
def test_bad_arguments_are_named(call: Callable[[], object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        call()
    assert message in str(caught.value)
    assert len(str(caught.value)) < 500  # a huge argument is not echoed back in full

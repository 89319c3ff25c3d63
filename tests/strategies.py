"""Hypothesis strategies for partial dates, records and whole datasets, reused by every test."""

from __future__ import annotations

import calendar
import contextlib
import datetime
import functools
import os
import tempfile
from collections.abc import Iterator

import attrs
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations import PartialDate


@contextlib.contextmanager
def elsewhere() -> Iterator[None]:
    """Run in a new, empty working folder, for calls that may write where they run (an export)."""
    before = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            yield
        finally:
            os.chdir(before)


slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
texts = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc"),
        exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    min_size=1,
    max_size=30,
).filter(lambda text: text.strip() and not text.startswith(("=", "+", "-", "@")))
"""Valid one-line text: no control characters, nothing a spreadsheet would run as a formula."""
COUNTRY_IDS = ("AZ", "TR", "GE", "IR")


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> PartialDate:
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(azt.Precision))
    if precision is azt.Precision.YEAR:
        return PartialDate(year=year)
    month = draw(st.integers(1, 12))
    if precision is azt.Precision.MONTH:
        return PartialDate(year=year, month=month)
    return PartialDate(year=year, month=month, day=draw(st.integers(1, calendar.monthrange(year, month)[1])))


@st.composite
def date_ranges(
    draw: st.DrawFn, min_year: int = 1990, max_year: int = 2030
) -> tuple[PartialDate, PartialDate | None]:
    start = draw(partial_dates(min_year, max_year))
    end = draw(st.none() | partial_dates(min_year, max_year))
    if end is not None and end.latest < start.earliest:
        start, end = end, start
    return start, end


def citations(source: str = "src") -> st.SearchStrategy[tuple[azt.Citation, ...]]:
    one = st.builds(
        azt.Citation,
        source=st.just(source),
        locator=texts,
        inferred=st.booleans(),
        fields=st.just(()),
        note=st.none() | texts,
    )
    return st.lists(one, min_size=1, max_size=2).map(tuple)


short_citations = st.just((azt.Citation(source="src", locator="x"),))


SOURCE = azt.Source(
    id="src", title="Test source", publisher="Tests", language="en", accessed=PartialDate(year=2026)
)
COUNTRIES = tuple(
    azt.Country(
        id=code,
        name=f"Country {code}",
        official_name=f"State of {code}",
        iso3=code + "X",
        cow_code=index,
        citations=(azt.Citation(source="src", locator="x"),),
    )
    for index, code in enumerate(COUNTRY_IDS)
)
PLACES = tuple(
    azt.Place(
        id=f"city-{code.lower()}",
        name=f"City {code}",
        country=code,
        latitude=40.0,
        longitude=45.0,
        citations=(azt.Citation(source="src", locator="x"),),
    )
    for code in COUNTRY_IDS
)
PEOPLE = tuple(
    azt.Person(
        id=f"person-{n}", name=f"Person Number{n}", citations=(azt.Citation(source="src", locator="x"),)
    )
    for n in range(4)
)


@st.composite
def visits(draw: st.DrawFn, index: int, years: tuple[int, int] = (1990, 2030)) -> azt.Visit:
    origin, host = draw(st.permutations(COUNTRY_IDS))[:2]
    start, end = draw(date_ranges(*years))
    return azt.Visit(
        id=f"visit-{index}",
        visitor=draw(st.sampled_from(PEOPLE)).id,
        office=draw(st.sampled_from(azt.Role)),
        origin=origin,
        host=host,
        place=draw(st.sampled_from([None, f"city-{host.lower()}"])),
        start=start,
        end=end,
        kind=draw(st.sampled_from(azt.VisitKind)),
        occasion=draw(st.none() | st.just("occasion")),
        citations=draw(short_citations),
    )


@st.composite
def events(draw: st.DrawFn, index: int, years: tuple[int, int] = (1990, 2030)) -> azt.Event:
    start, end = draw(date_ranges(*years))
    return azt.Event(
        id=f"event-{index}",
        kind=draw(st.sampled_from(azt.EventKind)),
        title="title",
        start=start,
        end=end,
        countries=tuple(draw(st.lists(st.sampled_from(COUNTRY_IDS), min_size=1, max_size=3, unique=True))),
        summary="summary",
        citations=draw(short_citations),
    )


@st.composite
def missions(draw: st.DrawFn, index: int, years: tuple[int, int] = (1990, 2030)) -> azt.Mission:
    sending, receiving = draw(st.permutations(COUNTRY_IDS))[:2]
    return azt.Mission(
        id=f"mission-{index}",
        kind=draw(st.sampled_from(azt.MissionKind)),
        sending=sending,
        receiving=receiving,
        city=draw(st.sampled_from([None, f"city-{receiving.lower()}"])),
        opened=draw(st.none() | partial_dates(*years)),
        citations=draw(short_citations),
    )


def indexed(strategy: object, max_size: int = 12) -> st.SearchStrategy[list[object]]:
    """Up to `max_size` records from `strategy(index)`, their ids numbered in order."""
    return st.lists(strategy(0), max_size=max_size).map(  # type: ignore[operator]
        lambda found: [
            attrs.evolve(record, id=f"{record.id.rsplit('-', 1)[0]}-{n}") for n, record in enumerate(found)
        ]
    )


@st.composite
def datasets(draw: st.DrawFn, years: tuple[int, int] = (1990, 2030)) -> azt.Dataset:
    """A valid dataset of visits, events and missions dated within `years` (first, last)."""
    return azt.Dataset(
        version="0.0.0",
        sources=(SOURCE,),
        countries=COUNTRIES,
        places=PLACES,
        people=PEOPLE,
        visits=draw(indexed(functools.partial(visits, years=years))),
        events=draw(indexed(functools.partial(events, years=years))),
        missions=draw(indexed(functools.partial(missions, years=years))),
    )


date_likes = st.one_of(
    partial_dates(1985, 2035),
    partial_dates(1985, 2035).map(str),
    st.dates(datetime.date(1985, 1, 1), datetime.date(2035, 12, 31)),
    st.datetimes(datetime.datetime(1985, 1, 1), datetime.datetime(2035, 12, 31)),
)


window_ends = st.one_of(
    st.none(),
    st.integers(1, 9999),
    partial_dates(),
    partial_dates().map(str),
    st.dates(),
)
"""What a plot's `since` and `until` accept: None, a year, or a date the queries accept (years 1-9999)."""


# Any record type, generated from its attrs fields ------------------------------------------

_NUMBERS = {"latitude": st.floats(-90, 90), "longitude": st.floats(-180, 180)}


def _for_field(cls: type, field: object, hint: object) -> st.SearchStrategy[object]:
    import typing

    import attrs

    assert isinstance(field, attrs.Attribute)
    name, ref = field.name, field.metadata.get("ref")
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    optional = type(None) in args
    if optional:
        inner = [arg for arg in args if arg is not type(None)]
        hint, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if name in ("end", "period_end"):
        return st.none()  # set from the start by `records`
    if origin is tuple:
        element = args[0]
        if element is azt.Citation:
            base: st.SearchStrategy[object] = citations()
        elif ref == "countries" or (cls is not azt.Country and name in ("countries", "parties")):
            base = st.lists(st.sampled_from(COUNTRY_IDS), min_size=1, max_size=4, unique=True).map(tuple)
        elif ref is not None:
            base = st.lists(slugs, max_size=3).map(tuple)
        elif attrs.has(element):
            base = st.lists(records(element), max_size=2).map(tuple)
        elif isinstance(element, type) and issubclass(element, __import__("enum").Enum):
            base = st.lists(st.sampled_from(element), max_size=3, unique=True).map(tuple)
        else:
            base = st.lists(texts, max_size=3).map(tuple)
    elif (name == "id" and cls is azt.Country) or ref == "countries":
        base = st.sampled_from(COUNTRY_IDS)
    elif name in ("id", "record") or ref is not None:
        base = slugs
    elif hint is PartialDate:
        base = partial_dates()
    elif hint is bool:
        base = st.booleans()
    elif hint is int:
        base = st.integers(0, 10**6)
    elif hint is float:
        base = _NUMBERS[name]
    elif name == "data_version":
        base = st.from_regex(r"[0-9]\.[0-9]\.[0-9]", fullmatch=True)
    elif name == "iso3":
        base = st.from_regex(r"[A-Z]{3}", fullmatch=True)
    elif isinstance(hint, type) and issubclass(hint, __import__("enum").Enum):
        base = st.sampled_from(hint)
    else:
        base = texts
    return st.none() | base if optional else base


@functools.cache
def _field_strategies(cls: type) -> dict[str, st.SearchStrategy[object]]:
    import typing

    import attrs

    hints = typing.get_type_hints(cls)
    return {f.name: _for_field(cls, f, hints[f.name]) for f in attrs.fields(cls) if f.init}


@st.composite
def records(draw: st.DrawFn, cls: type) -> object:
    """Any valid instance of attrs class `cls`, built from its field types and metadata."""
    values = {name: draw(strategy) for name, strategy in _field_strategies(cls).items()}
    for start, end in (("start", "end"), ("period_start", "period_end"), ("date", "end")):
        if end in values and values.get(start) is not None:
            values[end] = draw(st.sampled_from([None, values[start]])) if end == "end" else values[start]
    if cls is azt.HeadOfMission:  # a term starts somewhere and ends no earlier
        start = draw(partial_dates())
        values |= {"appointed": None, "credentials": None, "first_seen": None, "last_seen": None}
        values[draw(st.sampled_from(["appointed", "credentials", "first_seen"]))] = start
        values["ended"] = draw(st.sampled_from([None, start]))
    if cls is azt.Correction:  # a source's error names the source, a dataset's its version
        if values["origin"] is azt.CorrectionOrigin.SOURCE:
            values["published_in"] = values["published_in"] or "src"
            values["data_version"] = None
        else:
            values["data_version"] = values["data_version"] or "1.1.0"
    return cls(**values)

"""`Dataset`: one data version's records, checked once and indexed once, with query helpers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from . import _corrections, _index, _references
from ._coerce import DateLike, day_window
from ._index import DateIndex
from ._text import close_matches, fold
from .dates import DateRange, PartialDate
from .errors import DataError, UnknownIdError, UnknownNameError
from .records import (
    Agreement,
    Correction,
    Council,
    Country,
    Event,
    Format,
    HeadOfMission,
    Meeting,
    Mission,
    MissionKind,
    ParliamentaryGroup,
    Person,
    Place,
    Principle,
    Record,
    Source,
    Visit,
    VisitCount,
)
from .results import Results

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa
    from matplotlib.axes import Axes

__all__ = ["COLLECTIONS", "Dataset", "TimelineRecord"]

R = TypeVar("R", bound=Record)
N = TypeVar("N", bound=Country | Person | Place)

COLLECTIONS: Mapping[str, type[Record]] = MappingProxyType(
    {
        "sources": Source,
        "countries": Country,
        "places": Place,
        "people": Person,
        "events": Event,
        "missions": Mission,
        "mission_heads": HeadOfMission,
        "visits": Visit,
        "visit_counts": VisitCount,
        "agreements": Agreement,
        "councils": Council,
        "meetings": Meeting,
        "groups": ParliamentaryGroup,
        "formats": Format,
        "principles": Principle,
        "corrections": Correction,
    }
)
"""Collection name (and data file stem) -> record type, in the order the files are read."""

COLLECTION_OF: Mapping[type[Record], str] = MappingProxyType(
    {kind: name for name, kind in COLLECTIONS.items()}
)
"""Record type -> the name of its collection (the inverse of `COLLECTIONS`)."""


def _as_tuple(records: Iterable[R]) -> tuple[R, ...]:
    """A collection as a tuple (a Python function: attrs inspects it far faster than `tuple`)."""
    return records if isinstance(records, tuple) else tuple(records)


TimelineRecord = Event | Mission | Visit | Agreement | Meeting
"""A record that has a date and so a place on the timeline."""


def _span(record: TimelineRecord) -> DateRange | None:
    return record.span


def _group(records: Iterable[R], key: str) -> dict[str, list[R]]:
    groups: dict[str, list[R]] = defaultdict(list)
    for record in records:
        groups[getattr(record, key)].append(record)
    return groups


def _indexes_by(ordered: list[_index.Entry[Visit]], key: str) -> dict[str, DateIndex[Visit]]:
    """A date index per value of `key`, from entries already in date order (no sorting again)."""
    groups: dict[str, list[_index.Entry[Visit]]] = defaultdict(list)
    for entry in ordered:
        groups[getattr(entry[3], key)].append(entry)
    return {group: DateIndex(run) for group, run in groups.items()}


class _Names(Generic[N]):
    """Folded ids, names and aliases -> record, for case- and diacritic-insensitive lookup."""

    __slots__ = ("_accepted", "_by_surname", "_keys", "_kind", "_spellings", "_what")

    def __init__(self, kind: type[N], records: Iterable[N], accepted: str, problems: list[str]) -> None:
        self._kind: type[N] = kind
        self._what: str = kind.__name__.lower()
        self._accepted: str = accepted
        self._keys: dict[str, N] = {}
        self._spellings: dict[str, str] = {}
        self._by_surname: dict[str, list[N]] = defaultdict(list)
        for record in records:
            extra = (getattr(record, attr, None) for attr in ("official_name", "native_name", "iso3"))
            names: list[str | None] = [record.id, record.name, *record.aliases, *extra]
            for name in filter(None, names):
                self._spellings.setdefault(name, record.name)
                other = self._keys.setdefault(fold(name), record)
                if other is not record:
                    problems.append(
                        f"{self._what} name {name!r} is used by both {other.id!r} and {record.id!r}"
                    )
            if kind is Person:
                self._by_surname[fold(record.name.split()[-1])].append(record)

    def find(self, query: str | N) -> N:
        """The record `query` names (an instance is looked up by its id)."""
        if isinstance(query, self._kind):
            query = query.id
        if not isinstance(query, str):
            raise TypeError(f"{self._what}: expected a string, got {type(query).__name__} {query!r}")
        key = fold(query)
        if key in self._keys:
            return self._keys[key]
        candidates = self._by_surname.get(key, [])
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            names = [record.name for record in candidates]
            raise UnknownNameError(self._what, query, names, "give the full name or the id", ambiguous=True)
        near = dict.fromkeys(self._spellings[name] for name in close_matches(query, self._spellings))
        raise UnknownNameError(self._what, query, near, self._accepted)


@attrs.frozen(kw_only=True, repr=False)
class Dataset:
    """The records of one data version, validated and indexed; build one with `load()`.

    Constructing a Dataset from records checks ids, references and citations (raising
    `DataError` with every problem) and builds the query indexes, exactly as `load()` does.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> ds.version, len(ds.missions)
    ('1.0.0', 6)
    """

    version: str = attrs.field(metadata={"doc": "The data version, e.g. '1.0.0'."})
    as_of: PartialDate | None = attrs.field(
        default=None, metadata={"doc": "Date up to which the facts are current."}
    )
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_as_tuple)
    countries: tuple[Country, ...] = attrs.field(default=(), converter=_as_tuple)
    places: tuple[Place, ...] = attrs.field(default=(), converter=_as_tuple)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_as_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_as_tuple)
    missions: tuple[Mission, ...] = attrs.field(default=(), converter=_as_tuple)
    mission_heads: tuple[HeadOfMission, ...] = attrs.field(default=(), converter=_as_tuple)
    visits: tuple[Visit, ...] = attrs.field(default=(), converter=_as_tuple)
    visit_counts: tuple[VisitCount, ...] = attrs.field(default=(), converter=_as_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_as_tuple)
    councils: tuple[Council, ...] = attrs.field(default=(), converter=_as_tuple)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_as_tuple)
    groups: tuple[ParliamentaryGroup, ...] = attrs.field(default=(), converter=_as_tuple)
    formats: tuple[Format, ...] = attrs.field(default=(), converter=_as_tuple)
    principles: tuple[Principle, ...] = attrs.field(default=(), converter=_as_tuple)
    corrections: tuple[Correction, ...] = attrs.field(default=(), converter=_as_tuple)

    _by_id: dict[str, Record] = attrs.field(init=False, eq=False)
    _countries: _Names[Country] = attrs.field(init=False, eq=False)
    _people: _Names[Person] = attrs.field(init=False, eq=False)
    _places: _Names[Place] = attrs.field(init=False, eq=False)
    _visits: DateIndex[Visit] = attrs.field(init=False, eq=False)
    _visits_by: dict[str, dict[str, DateIndex[Visit]]] = attrs.field(init=False, eq=False)
    _events: DateIndex[Event] = attrs.field(init=False, eq=False)
    _missions_in: dict[str, tuple[Mission, ...]] = attrs.field(init=False, eq=False)
    _missions_of: dict[str, tuple[Mission, ...]] = attrs.field(init=False, eq=False)
    _timeline: DateIndex[TimelineRecord] = attrs.field(init=False, eq=False)
    _corrected: dict[str, tuple[Correction, ...]] = attrs.field(init=False, eq=False)
    _heads: dict[str, tuple[HeadOfMission, ...]] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        with _index.paused_gc():
            self._check_and_index()

    def _check_and_index(self) -> None:
        problems: list[str] = []
        ids: dict[str, dict[str, Record]] = {}
        by_id: dict[str, Record] = {}
        for name, kind in COLLECTIONS.items():
            ids[name] = known = {}
            for index, record in enumerate(self.collection(name)):
                if not isinstance(record, kind):
                    problems.append(f"{name}.json: $[{index}]: expected a {kind.__name__}, got {record!r}")
                elif record.id in by_id:
                    problems.append(f"{name}.json: $[{index}].id: duplicate id {record.id!r}")
                else:
                    known[record.id] = by_id[record.id] = record
        if not problems:
            problems += _references.check({name: self.collection(name) for name in COLLECTIONS}, ids)
            problems += _corrections.check(self.corrections, by_id)
        set_ = object.__setattr__
        set_(self, "_by_id", by_id)
        countries = ", ".join(c.name for c in self.countries)
        places = ", ".join(p.name for p in self.places)
        set_(
            self,
            "_countries",
            _Names(Country, self.countries, f"a name, alias or ISO code of {countries}", problems),
        )
        set_(
            self,
            "_people",
            _Names(Person, self.people, "an id, name or alias of a person in the dataset", problems),
        )
        set_(self, "_places", _Names(Place, self.places, f"a name or spelling of {places}", problems))
        if problems:
            raise DataError(f"data version {self.version}", problems)
        # Each record's days are computed once; the per-key indexes and the timeline reuse them.
        visits = _index.entries(self.visits, _span)
        events = _index.entries(self.events, _span)
        set_(self, "_visits", DateIndex(visits))
        set_(self, "_visits_by", {key: _indexes_by(visits, key) for key in ("visitor", "origin", "host")})
        set_(self, "_events", DateIndex(events))
        set_(self, "_missions_in", {k: tuple(v) for k, v in _group(self.missions, "receiving").items()})
        set_(self, "_missions_of", {k: tuple(v) for k, v in _group(self.missions, "sending").items()})
        dated: list[_index.Entry[TimelineRecord]] = _index.merged(
            events,  # type: ignore[arg-type]
            _index.entries(self.missions, _span),
            visits,  # type: ignore[arg-type]
            _index.entries(self.agreements, _span),
            _index.entries(self.meetings, _span),
        )
        set_(self, "_timeline", DateIndex(dated))
        set_(self, "_corrected", {k: tuple(v) for k, v in _group(self.corrections, "record").items()})
        by_start = sorted(self.mission_heads, key=lambda head: head.start)
        set_(self, "_heads", {k: tuple(v) for k, v in _group(by_start, "mission").items()})

    # Whole collections -----------------------------------------------------------------

    def collection(self, name: str) -> tuple[Record, ...]:
        """The records of collection `name` (a key of `COLLECTIONS`, e.g. ``"visits"``).

        >>> import az_tr_relations as azt
        >>> [v.id for v in azt.load("1.0.0").collection("visits")]
        ['visit-2022-01-28-erdogan-baku', 'visit-2022-05-14-aliyev-rize']
        """
        if not isinstance(name, str):
            raise TypeError(
                f"collection: expected a name such as 'visits', got {type(name).__name__} {name!r}"
            )
        if name not in COLLECTIONS:
            raise ValueError(f"unknown collection {name!r}; expected one of: {', '.join(COLLECTIONS)}")
        records: tuple[Record, ...] = getattr(self, name)
        return records

    def counts(self) -> dict[str, int]:
        """Number of records per collection, in `COLLECTIONS` order.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").counts()["missions"]
        6
        """
        return {name: len(self.collection(name)) for name in COLLECTIONS}

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"<Dataset version={self.version!r} as_of={str(self.as_of)!r} records={len(self)}>"

    # Lookups -----------------------------------------------------------------------------

    @overload
    def get(self, record_id: str) -> Record: ...

    @overload
    def get(self, record_id: str, kind: type[R]) -> R: ...

    def get(self, record_id: str, kind: type[Any] | None = None) -> Record:
        """The record with this id; with `kind`, also check its type.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").get("embassy-az-in-tr").opened
        PartialDate('1992-08')
        """
        if not isinstance(record_id, str):
            raise TypeError(f"record id: expected a string, got {type(record_id).__name__} {record_id!r}")
        if kind is not None and not (isinstance(kind, type) and attrs.has(kind)):
            raise TypeError(f"kind: expected a record class such as Visit, got {kind!r}")
        record = self._by_id.get(record_id)
        if record is None:
            raise UnknownIdError(record_id, close_matches(record_id, self._by_id))
        if kind is not None and not isinstance(record, kind):
            raise TypeError(f"{record_id!r} is a {type(record).__name__}, not a {kind.__name__}")
        return record

    def country(self, query: str | Country) -> Country:
        """A country by id, ISO alpha-3, name, official name or alias, ignoring case and diacritics.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").country("turkey").name
        'Türkiye'
        """
        return self._countries.find(query)

    def person(self, query: str | Person) -> Person:
        """A person by id, name, native name, alias or unambiguous surname.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").person("Erdogan").id
        'recep-tayyip-erdogan'
        """
        return self._people.find(query)

    def place(self, query: str | Place) -> Place:
        """A place by id, name or other spelling ("Nakhichevan", "Naxçıvan", "Gəncə").

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").place("Naxcivan").name
        'Nakhchivan'
        """
        return self._places.find(query)

    def corrections_for(self, record: str | Record) -> tuple[Correction, ...]:
        """The corrections of a record (by id or the record itself): where this dataset
        departs from what a source printed.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").corrections_for("embassy-az-in-tr")
        ()
        """
        record_id = record if isinstance(record, str) else record.id
        self.get(record_id)
        return self._corrected.get(record_id, ())

    # Queries -----------------------------------------------------------------------------

    def visits_between(
        self,
        start: DateLike | None,
        end: DateLike | None,
        *,
        visitor: str | Person | None = None,
        origin: str | Country | None = None,
        host: str | Country | None = None,
        uncertain: bool = False,
    ) -> Results[Visit]:
        """Visits between `start` and `end` (inclusive; a partial bound covers its whole span).

        By default a visit matches when all its days certainly lie in the window; with
        ``uncertain=True`` also when they may (a visit dated only "2022-05" matches a window
        of 14-20 May). Filter by `visitor` (a person), `origin` and `host` (countries).

        >>> import az_tr_relations as azt
        >>> [v.id for v in azt.load("1.0.0").visits_between("2022", "2022", host="Türkiye")]
        ['visit-2022-05-14-aliyev-rize']
        """
        first, last = day_window(start, end)
        _check_flag(uncertain)
        filters = {
            "visitor": None if visitor is None else self.person(visitor).id,
            "origin": None if origin is None else self.country(origin).id,
            "host": None if host is None else self.country(host).id,
        }
        wanted = [(key, value) for key, value in filters.items() if value is not None]
        index = self._visits_by[wanted[0][0]].get(wanted[0][1], _EMPTY) if wanted else self._visits
        found = index.overlapping(first, last) if uncertain else index.inside(first, last)
        if len(wanted) > 1:  # the index already applied the first filter
            found = [visit for visit in found if all(getattr(visit, k) == v for k, v in wanted[1:])]
        return Results(found)

    def events_between(
        self, start: DateLike | None, end: DateLike | None, *, uncertain: bool = False
    ) -> Results[Event]:
        """Events between `start` and `end`, with the same date rules as `visits_between`.

        >>> import az_tr_relations as azt
        >>> [e.kind.value for e in azt.load("1.0.0").events_between("1991", "1992")]
        ['independence_restored', 'recognition', 'diplomatic_relations']
        """
        first, last = day_window(start, end)
        _check_flag(uncertain)
        return Results(
            self._events.overlapping(first, last) if uncertain else self._events.inside(first, last)
        )

    def missions_in(
        self,
        country: str | Country,
        *,
        city: str | Place | None = None,
        kind: MissionKind | str | None = None,
    ) -> Results[Mission]:
        """Missions located in `country`, optionally in one `city` or of one `kind`.

        >>> import az_tr_relations as azt
        >>> [m.id for m in azt.load("1.0.0").missions_in("Azerbaijan", kind="consulate_general")]
        ['consulate-tr-in-ganja', 'consulate-tr-in-nakhchivan']
        """
        where = self.country(country)
        missions = self._missions_in.get(where.id, ())
        if city is not None:
            place = self.place(city)
            if place.country != where.id:
                raise ValueError(
                    f"{place.name} lies in {self.country(place.country).name}, not in {where.name}"
                )
            missions = tuple(m for m in missions if m.city == place.id)
        if kind is not None:
            wanted = _mission_kind(kind)
            missions = tuple(m for m in missions if m.kind is wanted)
        return Results(missions)

    def missions_of(self, country: str | Country) -> Results[Mission]:
        """Missions that `country` keeps abroad.

        >>> import az_tr_relations as azt
        >>> len(azt.load("1.0.0").missions_of("TR"))
        3
        """
        return Results(self._missions_of.get(self.country(country).id, ()))

    def heads_of_mission(
        self, mission: str | Mission, *, on: DateLike | None = None, uncertain: bool = False
    ) -> Results[HeadOfMission]:
        """The heads of `mission` (an id or a `Mission`) in order of their terms; with `on`, those
        in office on that date (a partial date covers its whole span).

        A term certainly covers `on` when it starts no later than its first day and is known to
        last past its last day (see `HeadOfMission`); with ``uncertain=True`` a term also matches
        when nothing recorded rules the date out (it started before and no end is recorded before).
        """
        mission_id = mission.id if isinstance(mission, Mission) else mission
        if not isinstance(self.get(mission_id), Mission):
            raise TypeError(f"mission: {mission_id!r} is not a Mission")
        _check_flag(uncertain)
        heads = self._heads.get(mission_id, ())
        if on is None:
            return Results(heads)
        first, last = day_window(on, on)
        found = []
        for head in heads:
            begins, ends = head.start, head.end
            if uncertain:
                if begins.earliest.toordinal() <= last and (
                    head.ended is None or head.ended.latest.toordinal() >= first
                ):
                    found.append(head)
            elif begins.latest.toordinal() <= first and ends is not None and ends.earliest.toordinal() >= last:
                found.append(head)
        return Results(found)

    def timeline(self) -> Results[TimelineRecord]:
        """Every dated record (events, missions with an opening date, visits, agreements,
        meetings) from the earliest to the latest.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").timeline()[0].id
        'event-1918-05-28-adr-independence'
        """
        return Results(self._timeline.all())

    # Exports and notebooks (see docs/exports.md) -------------------------------------------

    @overload
    def to_pandas(self, table: str) -> pd.DataFrame: ...

    @overload
    def to_pandas(self, table: None = None) -> dict[str, pd.DataFrame]: ...

    def to_pandas(self, table: str | None = None) -> pd.DataFrame | dict[str, pd.DataFrame]:
        """Table `table` (a name in `tables.TABLES`) as a pandas DataFrame; every table by name
        when None. Needs the ``pandas`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").to_pandas("missions").shape
        (6, 9)
        """
        from ._frames import to_pandas

        return to_pandas(self, table)

    @overload
    def to_polars(self, table: str) -> pl.DataFrame: ...

    @overload
    def to_polars(self, table: None = None) -> dict[str, pl.DataFrame]: ...

    def to_polars(self, table: str | None = None) -> pl.DataFrame | dict[str, pl.DataFrame]:
        """Table `table` as a polars DataFrame; every table by name when None. Needs the
        ``polars`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").to_polars("missions").shape
        (6, 9)
        """
        from ._frames import to_polars

        return to_polars(self, table)

    @overload
    def to_arrow(self, table: str) -> pa.Table: ...

    @overload
    def to_arrow(self, table: None = None) -> dict[str, pa.Table]: ...

    def to_arrow(self, table: str | None = None) -> pa.Table | dict[str, pa.Table]:
        """Table `table` as a pyarrow Table; every table by name when None. Needs the ``arrow``
        extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").to_arrow("missions").num_rows
        6
        """
        from ._frames import to_arrow

        return to_arrow(self, table)

    def plot_timeline(
        self, ax: Axes | None = None, *, since: int | DateLike | None = None, title: str | None = None
    ) -> Axes:
        """Draw events, visits (by direction), missions, agreements and meetings on one time axis,
        from year `since` when given; a new figure when `ax` is None. Needs the ``plot`` extra.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").plot_timeline(since=1990).get_xlabel()
        'year'
        """
        from .plot import plot_timeline

        return plot_timeline(self, ax, since=since, title=title)

    def _repr_html_(self) -> str:
        from ._display import dataset_html

        return dataset_html(self)


_EMPTY: DateIndex[Any] = DateIndex()


def _check_flag(uncertain: object) -> None:
    if not isinstance(uncertain, bool):
        raise TypeError(f"uncertain: expected True or False, got {uncertain!r}")


def _mission_kind(kind: MissionKind | str) -> MissionKind:
    if isinstance(kind, MissionKind):
        return kind
    accepted = ", ".join(repr(k.value) for k in MissionKind)
    if not isinstance(kind, str):
        raise TypeError(f"kind: expected a MissionKind or one of {accepted}, got {kind!r}")
    try:
        return MissionKind(fold(kind).replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise ValueError(f"unknown mission kind {kind!r}; expected one of {accepted}") from None


def from_records(records: Iterable[Record], *, version: str, as_of: PartialDate | None = None) -> Dataset:
    """A `Dataset` from records of any types, grouped into their collections.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> azt.from_records([*ds.sources, *ds.countries], version="custom").counts()["countries"]
    7
    """
    if not isinstance(records, Iterable):
        raise TypeError(f"records: expected an iterable of records, got {type(records).__name__} {records!r}")
    if not isinstance(version, str):
        raise TypeError(
            f"version: expected a string such as '1.0.0', got {type(version).__name__} {version!r}"
        )
    if as_of is not None and not isinstance(as_of, PartialDate):
        raise TypeError(
            f"as_of: expected a PartialDate (e.g. PartialDate.parse('2022-05')) or None, got {as_of!r}"
        )
    groups: dict[str, list[Record]] = {name: [] for name in COLLECTIONS}
    for record in records:
        name = COLLECTION_OF.get(type(record))
        if name is None:
            raise TypeError(
                f"not a record: {record!r}; expected one of {', '.join(k.__name__ for k in COLLECTION_OF)}"
            )
        groups[name].append(record)
    return Dataset(version=version, as_of=as_of, **groups)  # type: ignore[arg-type]

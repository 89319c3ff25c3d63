"""`Dataset`: one data version's records, checked once and indexed once, with query helpers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from . import _index, _owners
from ._coerce import DateLike, check_flag, day_window, mission_kind
from ._index import DateIndex
from ._names import Names
from ._text import close_matches
from ._views import Views
from .checks import check
from .dates import PartialDate
from .errors import DataError, UnknownIdError, shown
from .records import (
    Correction,
    Country,
    Event,
    HeadOfMission,
    Mission,
    MissionKind,
    Person,
    Place,
    Record,
    Visit,
)
from .records._fields import TEXT
from .results import Results
from .schema import COLLECTION_OF, COLLECTIONS, KINDS, Collections, TimelineRecord

if TYPE_CHECKING:
    pass

__all__ = ["COLLECTIONS", "Dataset", "TimelineRecord", "from_records"]

R = TypeVar("R", bound=Record)


def _span(record: Any) -> Any:
    return record.span


def _group(records: Iterable[R], key: str) -> dict[str, tuple[R, ...]]:
    groups: dict[str, list[R]] = defaultdict(list)
    for record in records:
        groups[getattr(record, key)].append(record)
    return {value: tuple(found) for value, found in groups.items()}


def _indexes_by(ordered: list[_index.Entry[Visit]], key: str) -> dict[str, DateIndex[Visit]]:
    """A date index per value of `key`, from entries already in date order (no sorting again)."""
    groups: dict[str, list[_index.Entry[Visit]]] = defaultdict(list)
    for entry in ordered:
        groups[getattr(entry[3], key)].append(entry)
    return {group: DateIndex(run) for group, run in groups.items()}


def _terms(heads: Iterable[HeadOfMission]) -> dict[str, tuple[tuple[HeadOfMission, int | None], ...]]:
    """Per mission, its heads in order of their terms, each with the last day its term may have
    lasted (a day ordinal): its recorded end, else the day before the next head's term starts,
    else None (open)."""
    found = {}
    for mission, group in _group(sorted(heads, key=lambda head: head.start), "mission").items():
        ends = []
        for index, head in enumerate(group):
            following = group[index + 1].start._last_day() - 1 if index + 1 < len(group) else None
            ends.append(head.ended._last_day() if head.ended is not None else following)
        found[mission] = tuple(zip(group, ends, strict=True))
    return found


def _version(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(
            f"version: expected a string such as '1.0.0', got {type(value).__name__} {shown(value)}"
        )
    TEXT(instance, attribute, value)  # printed in reports and written to data packages


def _as_of(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise TypeError(
            f"as_of: expected a PartialDate (e.g. PartialDate.parse('2022-05')) or None, got {shown(value)}"
        )


@attrs.frozen(kw_only=True, repr=False, weakref_slot=True)
class Dataset(Collections, Views):
    """The records of one data version, validated and indexed; build one with `load()`.

    Its collections are those of the schema registry (`schema.Collections`): ``ds.visits``,
    ``ds.missions``, ... Constructing a Dataset checks what needs the whole dataset (unique ids,
    references, citations, corrections, offices: `checks.check`), raising `DataError` with every
    problem, and builds the query indexes, exactly as `load()` does; each record has checked its
    own fields when it was built.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> ds.version, len(ds.missions)
    ('1.0.0', 6)
    """

    version: str = attrs.field(validator=_version, metadata={"doc": "The data version, e.g. '1.0.0'."})
    as_of: PartialDate | None = attrs.field(
        default=None, validator=_as_of, metadata={"doc": "Date up to which the facts are current."}
    )

    _by_id: dict[str, Record] = attrs.field(init=False, eq=False)
    _countries: Names[Country] = attrs.field(init=False, eq=False)
    _people: Names[Person] = attrs.field(init=False, eq=False)
    _places: Names[Place] = attrs.field(init=False, eq=False)
    _visits: DateIndex[Visit] = attrs.field(init=False, eq=False)
    _visits_by: dict[str, dict[str, DateIndex[Visit]]] = attrs.field(init=False, eq=False)
    _events: DateIndex[Event] = attrs.field(init=False, eq=False)
    _missions_in: dict[str, tuple[Mission, ...]] = attrs.field(init=False, eq=False)
    _missions_of: dict[str, tuple[Mission, ...]] = attrs.field(init=False, eq=False)
    _heads: dict[str, tuple[tuple[HeadOfMission, int | None], ...]] = attrs.field(init=False, eq=False)
    _timeline: DateIndex[TimelineRecord] = attrs.field(init=False, eq=False)
    _corrected: dict[str, tuple[Correction, ...]] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        with _index.paused_gc():
            problems = check({name: self.collection(name) for name in COLLECTIONS})
            if problems:
                raise DataError(f"data version {self.version}", problems)
            self._index()
        _owners.register(self)

    def _index(self) -> None:
        set_ = object.__setattr__
        set_(self, "_by_id", {r.id: r for name in COLLECTIONS for r in self.collection(name)})
        countries = ", ".join(c.name for c in self.countries)
        places = ", ".join(p.name for p in self.places)
        set_(self, "_countries", Names(Country, self.countries, f"a name, alias or ISO code of {countries}"))
        set_(self, "_people", Names(Person, self.people, "an id, name or alias of a person in the dataset"))
        set_(self, "_places", Names(Place, self.places, f"a name or spelling of {places}"))
        # Each record's days are computed once; the per-key indexes and the timeline reuse them.
        dated = {
            kind.collection: _index.entries(self.collection(kind.collection), _span)
            for kind in KINDS.values()
            if kind.dated
        }
        visits: list[_index.Entry[Visit]] = dated["visits"]  # type: ignore[assignment]
        set_(self, "_visits", DateIndex(visits))
        set_(self, "_visits_by", {key: _indexes_by(visits, key) for key in ("visitor", "origin", "host")})
        set_(self, "_events", DateIndex(dated["events"]))
        set_(self, "_missions_in", _group(self.missions, "receiving"))
        set_(self, "_missions_of", _group(self.missions, "sending"))
        set_(self, "_heads", _terms(self.mission_heads))
        set_(self, "_timeline", DateIndex(_index.merged(*dated.values())))
        set_(self, "_corrected", _group(self.corrections, "record"))

    def _holds(self, record: object) -> bool:
        """Whether this very record object is one of the dataset's."""
        return self._by_id.get(getattr(record, "id", None)) is record  # type: ignore[arg-type]

    # Whole collections -----------------------------------------------------------------

    def collection(self, name: str) -> tuple[Record, ...]:
        """The records of collection `name` (a key of `COLLECTIONS`, e.g. ``"visits"``).

        >>> import az_tr_relations as azt
        >>> [v.id for v in azt.load("1.0.0").collection("visits")]
        ['visit-2022-01-28-erdogan-baku', 'visit-2022-05-14-aliyev-rize']
        """
        if not isinstance(name, str):
            raise TypeError(
                f"collection: expected a name such as 'visits', got {type(name).__name__} {shown(name)}"
            )
        if name not in COLLECTIONS:
            raise ValueError(f"unknown collection {shown(name)}; expected one of: {', '.join(COLLECTIONS)}")
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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (and copied) as its records, checked and indexed again when unpickled."""
        return (_rebuilt, (self.version, self.as_of, {name: self.collection(name) for name in COLLECTIONS}))

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
            raise TypeError(
                f"record id: expected a string, got {type(record_id).__name__} {shown(record_id)}"
            )
        if kind is not None and not (isinstance(kind, type) and attrs.has(kind)):
            raise TypeError(f"kind: expected a record class such as Visit, got {shown(kind)}")
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
        if isinstance(record, Record):
            record = record.id
        if not isinstance(record, str):
            raise TypeError(
                f"record: expected a record id or a record, got {type(record).__name__} {shown(record)}"
            )
        self.get(record)
        return self._corrected.get(record, ())

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
        check_flag(uncertain)
        wanted = []
        if visitor is not None or origin is not None or host is not None:
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
        return Results(found, "visits")

    def events_between(
        self, start: DateLike | None, end: DateLike | None, *, uncertain: bool = False
    ) -> Results[Event]:
        """Events between `start` and `end`, with the same date rules as `visits_between`.

        >>> import az_tr_relations as azt
        >>> [e.kind.value for e in azt.load("1.0.0").events_between("1991", "1992")]
        ['independence_restored', 'recognition', 'diplomatic_relations']
        """
        first, last = day_window(start, end)
        check_flag(uncertain)
        return Results(
            self._events.overlapping(first, last) if uncertain else self._events.inside(first, last),
            "events",
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
            wanted = mission_kind(kind)
            missions = tuple(m for m in missions if m.kind is wanted)
        return Results(missions, "missions")

    def missions_of(self, country: str | Country) -> Results[Mission]:
        """Missions that `country` keeps abroad.

        >>> import az_tr_relations as azt
        >>> len(azt.load("1.0.0").missions_of("TR"))
        3
        """
        return Results(self._missions_of.get(self.country(country).id, ()), "missions")

    def heads_of_mission(
        self, mission: str | Mission, *, on: DateLike | None = None, uncertain: bool = False
    ) -> Results[HeadOfMission]:
        """The heads of `mission` (an id or a `Mission`) in order of their terms; with `on`, those
        in office on that date (a partial date covers its whole span).

        A term certainly covers `on` when it starts no later than its first day and is known to
        last past its last day (see `HeadOfMission`); with ``uncertain=True`` a term also matches
        when nothing recorded rules the date out: it started by then, and neither its own recorded
        end nor the start of the next head's term comes before.

        >>> import az_tr_relations as azt
        >>> ds = azt.load("1.2.0")
        >>> [ds.person(head.person).name for head in ds.heads_of_mission("embassy-tr-in-az", on="2019-01-01")]
        ['Erkan Özoral']
        """
        mission_id = mission.id if isinstance(mission, Mission) else mission
        if not isinstance(self.get(mission_id), Mission):
            raise TypeError(f"mission: {shown(mission_id)} is not a Mission")
        check_flag(uncertain)
        terms = self._heads.get(mission_id, ())
        if on is None:
            return Results((head for head, _ in terms), "mission_heads")
        first, last = day_window(on, on)
        found = []
        for head, possible_end in terms:
            if uncertain:
                if head.start._first_day() <= last and (possible_end is None or possible_end >= first):
                    found.append(head)
            elif head.start._last_day() <= first and head.end is not None and head.end._first_day() >= last:
                found.append(head)
        return Results(found, "mission_heads")

    def timeline(self) -> Results[TimelineRecord]:
        """Every dated record (events, missions with an opening date, visits, agreements,
        meetings) from the earliest to the latest.

        >>> import az_tr_relations as azt
        >>> azt.load("1.0.0").timeline()[0].id
        'event-1918-05-28-adr-independence'
        """
        return Results(self._timeline.all())


_EMPTY: DateIndex[Any] = DateIndex()


def _rebuilt(version: str, as_of: PartialDate | None, collections: dict[str, tuple[Record, ...]]) -> Dataset:
    return Dataset(version=version, as_of=as_of, **collections)  # type: ignore[arg-type]


def from_records(records: Iterable[Record], *, version: str, as_of: PartialDate | None = None) -> Dataset:
    """A `Dataset` from records of any types, grouped into their collections and checked as
    `load()` checks a data version (`version` and `as_of` as `Dataset` takes them).

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> azt.from_records([*ds.sources, *ds.countries], version="custom").counts()["countries"]
    7
    """
    if not isinstance(records, Iterable):
        raise TypeError(
            f"records: expected an iterable of records, got {type(records).__name__} {shown(records)}"
        )
    groups: dict[str, list[Record]] = {name: [] for name in COLLECTIONS}
    for record in records:
        name = COLLECTION_OF.get(type(record))
        if name is None:
            raise TypeError(
                f"not a record: {shown(record)}; expected one of {', '.join(k.__name__ for k in COLLECTION_OF)}"
            )
        groups[name].append(record)
    return Dataset(version=version, as_of=as_of, **groups)  # type: ignore[arg-type]

"""The schema registry: every collection, its record type and what the package needs to know about
that type beyond its fields, declared once, one line per collection.

`Collections` is the registry itself: each field is a collection of a data version (its name is
the data file's stem), typed with its record type, carrying its `Kind` facts. `Dataset` extends
it, so the dataset's attributes, the data files, the tables, the exports, the display, the plot,
the diff, the search, the docs and the tests all read the same list. Nested record types (a
record's citations, a person's offices, an agreement's ratifications) are listed in `NESTED`.

Adding a record type: its class in a module of `records/`, one line here, and its data file.

Templates (`Kind.label`, `Kind.describe`, `Kind.short`, `Kind.lane`) are text with fields in
braces: ``{visitor}`` is the field's value (a reference shows the name of the record it refers
to, an enumeration its value in words, a tuple its items joined), ``{number:ordinal}`` gives
"8th", ``{visitor:surname}`` the last word. ``[...]`` is left out when a field inside it is empty;
``[a|b]`` shows the first alternative whose fields are all set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from .errors import shown
from .records import (
    Agreement,
    Citation,
    Correction,
    Council,
    Country,
    Event,
    Format,
    HeadOfMission,
    Meeting,
    Mission,
    Office,
    ParliamentaryGroup,
    Person,
    Place,
    Principle,
    Ratification,
    Record,
    Source,
    Visit,
    VisitCount,
)

__all__ = [
    "COLLECTIONS",
    "COLLECTION_OF",
    "KINDS",
    "NESTED",
    "Collections",
    "Kind",
    "Nested",
    "TimelineRecord",
    "kind_of",
]

R = TypeVar("R", bound=Record)

TimelineRecord = Event | Mission | HeadOfMission | Visit | Agreement | Meeting
"""A record that has a date and so a place on the timeline (the types whose `Kind.date` is set)."""


@attrs.frozen(kw_only=True)
class Kind:
    """What the package knows about one record type beyond its fields."""

    type: type[Record]
    collection: str
    """The collection's name: a `Dataset` attribute and the data file's stem."""
    label: str
    """Template of a short name for the record ("Embassy of Türkiye in Azerbaijan (Baku)")."""
    describe: str
    """Template of a line about the record on a timeline or in a summary."""
    short: str
    """Template of the shortest label, for crowded pictures (a visitor's surname)."""
    date: tuple[str, ...] = ()
    """Fields giving the record's date, the first that is set wins; empty for an undated type."""
    lane: str | None = None
    """Template of the timeline lane the record belongs to (dated types only)."""
    colour: str | None = None
    """Matplotlib colour of its timeline marks (dated types only)."""

    @property
    def dated(self) -> bool:
        """Whether records of this type have a place on the timeline."""
        return bool(self.date)


def _as_tuple(records: Any) -> Any:
    """A collection as a tuple; anything not iterable is left to the validator to refuse."""
    if isinstance(records, tuple) or isinstance(records, (str, bytes)) or not isinstance(records, Iterable):
        return records
    return tuple(records)


def _a_tuple(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise TypeError(
            f"{attribute.name}: expected an iterable of records, got {type(value).__name__} {shown(value)}"
        )


def _collection(
    kind: type[R],
    *,
    label: str,
    describe: str | None = None,
    short: str | None = None,
    date: tuple[str, ...] = (),
    lane: str | None = None,
    colour: str | None = None,
) -> Any:
    """A collection field of `Collections`: a tuple of `kind` records (lists and other iterables
    become tuples) and the type's facts (see `Kind`)."""
    facts = {
        "type": kind,
        "label": label,
        "describe": describe or label,
        "short": short or label,
        "date": date,
        "lane": lane,
        "colour": colour,
    }
    return attrs.field(default=(), converter=_as_tuple, validator=_a_tuple, metadata={"kind": facts})


@attrs.frozen(kw_only=True)
class Collections:
    """The records of a data version, one tuple per collection, in the order the files are read."""

    sources: tuple[Source, ...] = _collection(Source, label="{title}")
    countries: tuple[Country, ...] = _collection(Country, label="{name}")
    places: tuple[Place, ...] = _collection(Place, label="{name}")
    people: tuple[Person, ...] = _collection(Person, label="{name}", short="{name:surname}")
    events: tuple[Event, ...] = _collection(
        Event, label="{title}", date=("start",), lane="events", colour="tab:red"
    )
    missions: tuple[Mission, ...] = _collection(
        Mission,
        label="{kind} of {sending} in {receiving}[ ({city})]",
        describe="{kind} of {sending} in {receiving}[ ({city})] opens",
        short="[{city}|{receiving}]",
        date=("opened",),
        lane="missions",
        colour="tab:green",
    )
    mission_heads: tuple[HeadOfMission, ...] = _collection(
        HeadOfMission,
        label="{person}, head of {mission}",
        describe="{person} heads the {mission}",
        short="{person:surname}",
        date=("credentials", "appointed", "first_seen"),
        lane="heads of mission",
        colour="tab:olive",
    )
    visits: tuple[Visit, ...] = _collection(
        Visit,
        label="[{occasion}|{visitor} to {host}]",
        describe="{visitor} visits {host}[ ({place})][: {occasion}]",
        short="{visitor:surname}",
        date=("start",),
        lane="visits {origin:id} → {host:id}",
        colour="tab:blue",
    )
    visit_counts: tuple[VisitCount, ...] = _collection(
        VisitCount, label="{qualifier} {count} visits from {origin} to {host}, {period_start}–{period_end}"
    )
    agreements: tuple[Agreement, ...] = _collection(
        Agreement,
        label="{title}",
        describe="{title} signed[ in {place}]",
        date=("signed",),
        lane="agreements",
        colour="tab:purple",
    )
    councils: tuple[Council, ...] = _collection(Council, label="{name}")
    meetings: tuple[Meeting, ...] = _collection(
        Meeting,
        label="{council}: [{number:ordinal} ]meeting",
        describe="{council}: [{number:ordinal} ][{level} ]meeting[ in {place}]",
        short="[No. {number}|meeting]",
        date=("date",),
        lane="meetings",
        colour="tab:orange",
    )
    groups: tuple[ParliamentaryGroup, ...] = _collection(ParliamentaryGroup, label="{name}")
    formats: tuple[Format, ...] = _collection(Format, label="[{name}|{kind} format of {countries}]")
    principles: tuple[Principle, ...] = _collection(Principle, label="{text}")
    corrections: tuple[Correction, ...] = _collection(
        Correction,
        label="{record:id} {field} {published} -> {corrected}",
    )


@attrs.frozen(kw_only=True)
class Nested:
    """A record type that lives inside records of other types, with a table of its own in exports."""

    owner: type[Record] | None
    """The record type that holds it, or None when every record type may (citations)."""
    type: type[Any]
    """The nested record type."""
    field: str
    """The owner's field holding a tuple of them."""
    where: str
    """Where it lives, in words (for the data dictionary)."""


NESTED: Mapping[str, Nested] = MappingProxyType(
    {
        "citations": Nested(
            type=Citation,
            owner=None,
            field="citations",
            where="`citations` of every record type except `Source`",
        ),
        "offices": Nested(type=Office, owner=Person, field="offices", where="`Person.offices`"),
        "ratifications": Nested(
            type=Ratification, owner=Agreement, field="ratifications", where="`Agreement.ratifications`"
        ),
    }
)
"""Nested table name -> what it holds and where."""


def _kinds() -> dict[type[Any], Kind]:
    found = {}
    for field in attrs.fields(Collections):
        found[field.metadata["kind"]["type"]] = Kind(collection=field.name, **field.metadata["kind"])
    return found


KINDS: Mapping[type[Any], Kind] = MappingProxyType(_kinds())
"""Record type -> its `Kind`, in collection order."""

COLLECTIONS: Mapping[str, type[Record]] = MappingProxyType({kind.collection: t for t, kind in KINDS.items()})
"""Collection name (and data file stem) -> record type, in the order the files are read."""

COLLECTION_OF: Mapping[type[Record], str] = MappingProxyType(
    {t: kind.collection for t, kind in KINDS.items()}
)
"""Record type -> the name of its collection (the inverse of `COLLECTIONS`)."""


def kind_of(record: Record | type[Record]) -> Kind:
    """The `Kind` of a record (or record type) that has a collection.

    >>> from az_tr_relations import Visit
    >>> kind_of(Visit).collection, kind_of(Visit).date
    ('visits', ('start',))
    """
    kind = KINDS.get(record if isinstance(record, type) else type(record))
    if kind is None:
        raise TypeError(
            f"not a record with a collection: {shown(record)}; expected one of "
            + ", ".join(t.__name__ for t in KINDS)
        )
    return kind

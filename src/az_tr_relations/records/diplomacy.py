"""Diplomatic missions, their heads, and visits between the two states."""

from __future__ import annotations

from typing import Any

import attrs

from ..dates import DateRange, PartialDate
from ..errors import FieldError
from ._fields import (
    CITATIONS,
    COUNT,
    COUNTRY,
    DATE,
    FLAG,
    NOTE,
    SLUG,
    TEXT,
    Record,
    doc,
    end_after,
    instance_of,
    one_of,
    optional,
    to_tuple,
    tuple_of,
)
from .sources import Citation
from .vocabularies import CountQualifier, MissionKind, Role, VisitKind

__all__ = ["HeadOfMission", "Mission", "Visit", "VisitCount"]


@attrs.frozen(kw_only=True)
class Mission(Record):
    """An embassy or consulate general that one state keeps in the other.

    >>> import az_tr_relations as azt
    >>> m = azt.load("1.0.0").get("consulate-az-in-kars")
    >>> m.kind.value, m.sending, m.receiving, m.city
    ('consulate_general', 'AZ', 'TR', 'kars')
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "embassy-az-in-tr"))
    kind: MissionKind = attrs.field(
        validator=one_of(MissionKind),
        metadata=doc("Embassy or consulate general.", "embassy"),
    )
    sending: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` that keeps the mission.", "AZ", ref="countries")
    )
    receiving: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` it is located in.", "TR", ref="countries")
    )
    city: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc("`Place.id` of its seat.", "ankara", ref="places"),
    )
    opened: PartialDate | None = attrs.field(
        default=None, validator=optional(DATE), metadata=doc("When it opened, where stated.", "1992-08")
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def span(self) -> DateRange | None:
        """The opening date as a `DateRange`, or None when unknown."""
        return None if self.opened is None else DateRange._of(self.opened)


def _term_start(instance: HeadOfMission, attribute: attrs.Attribute[Any], value: PartialDate | None) -> None:
    """`first_seen` is a date, and the term has a start: appointed, credentials or first_seen."""
    optional(DATE)(instance, attribute, value)
    if instance.appointed is None and instance.credentials is None and value is None:
        raise FieldError(attribute.name, "a term needs at least one of appointed, credentials or first_seen")


def _term_end(instance: HeadOfMission, attribute: attrs.Attribute[Any], value: PartialDate | None) -> None:
    """`ended` is a date, and neither it nor `last_seen` lies before the start of the term."""
    optional(DATE)(instance, attribute, value)
    start = instance.credentials or instance.appointed or instance.first_seen
    for name in ("last_seen", "ended"):
        end = getattr(instance, name)
        if start is not None and end is not None and end._last_day() < start._first_day():
            raise FieldError(name, f"{end} is before the start of the term {start}")


@attrs.frozen(kw_only=True)
class HeadOfMission(Record):
    """One person's term at the head of a mission (an ambassador at an embassy, a consul general).

    The term counts from the presentation of credentials, else from the appointment, else from
    the first date a source shows the person in office (`first_seen`); it ends when the mission
    ended, else at the last date a source shows the person in office (`last_seen`).

    >>> head = HeadOfMission(id="head-1", person="erkan-ozoral", mission="embassy-tr-in-az",
    ...     first_seen=PartialDate.parse("2016"), ended=PartialDate.parse("2021-04-16"),
    ...     citations=(Citation(source="s", locator="article"),))
    >>> str(head.span)
    '2016/2021-04-16'
    """

    id: str = attrs.field(
        validator=SLUG, metadata=doc("Stable identifier.", "head-embassy-tr-in-az-erkan-ozoral")
    )
    person: str = attrs.field(
        validator=SLUG, metadata=doc("`Person.id` of the head of mission.", "erkan-ozoral", ref="people")
    )
    mission: str = attrs.field(
        validator=SLUG, metadata=doc("`Mission.id` headed.", "embassy-tr-in-az", ref="missions")
    )
    title: str | None = attrs.field(
        default=None, validator=optional(TEXT), metadata=doc("Title held, where stated.", "Ambassador")
    )
    appointed: PartialDate | None = attrs.field(
        default=None,
        validator=optional(DATE),
        metadata=doc("When the sending state appointed them.", "2021-04-03"),
    )
    credentials: PartialDate | None = attrs.field(
        default=None,
        validator=optional(DATE),
        metadata=doc("When they presented credentials to the receiving head of state.", "2021-05-03"),
    )
    first_seen: PartialDate | None = attrs.field(
        default=None,
        validator=_term_start,
        metadata=doc("Earliest date a source shows them in office, where the start is not known.", "2016"),
    )
    last_seen: PartialDate | None = attrs.field(
        default=None,
        validator=optional(DATE),
        metadata=doc("Latest date a source shows them in office, where the end is not known.", "2025-10-07"),
    )
    ended: PartialDate | None = attrs.field(
        default=None,
        validator=_term_end,
        metadata=doc("When the mission ended (departure, recall).", "2021-04-16"),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def start(self) -> PartialDate:
        """Where the term begins: credentials, else appointment, else the first date seen in office."""
        start = self.credentials or self.appointed or self.first_seen
        assert start is not None  # the validator requires one
        return start

    @property
    def end(self) -> PartialDate | None:
        """Where the term ends as far as known: `ended`, else `last_seen`, else None."""
        return self.ended or self.last_seen

    @property
    def span(self) -> DateRange:
        """`start` to `end` as a `DateRange`."""
        return DateRange._of(self.start, self.end)


@attrs.frozen(kw_only=True)
class Visit(Record):
    """One visit by a leader of one state to the other.

    >>> import az_tr_relations as azt
    >>> v = azt.load("1.0.0").get("visit-2022-05-14-aliyev-rize")
    >>> v.visitor, v.origin, v.host, v.place, str(v.start)
    ('ilham-aliyev', 'AZ', 'TR', 'rize', '2022-05-14')
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "visit-2022-05-14-aliyev-rize"))
    visitor: str = attrs.field(
        validator=SLUG, metadata=doc("`Person.id` of the visitor.", "ilham-aliyev", ref="people")
    )
    office: Role = attrs.field(
        validator=one_of(Role),
        metadata=doc("The office the visitor travelled in.", "president"),
    )
    origin: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` the visitor represents.", "AZ", ref="countries")
    )
    host: str = attrs.field(validator=COUNTRY, metadata=doc("`Country.id` visited.", "TR", ref="countries"))
    place: str | None = attrs.field(
        default=None, validator=optional(SLUG), metadata=doc("`Place.id` visited.", "rize", ref="places")
    )
    start: PartialDate = attrs.field(validator=DATE, metadata=doc("First day of the visit.", "2022-05-14"))
    end: PartialDate | None = attrs.field(
        default=None,
        validator=end_after("start"),
        metadata=doc("Last day, for visits of several days.", None),
    )
    kind: VisitKind = attrs.field(
        validator=one_of(VisitKind),
        default=VisitKind.UNKNOWN,
        metadata=doc("Protocol level.", "working"),
    )
    occasion: str | None = attrs.field(
        default=None,
        validator=optional(NOTE),
        metadata=doc("Why, in our words.", "Opening of Rize-Artvin Airport"),
    )
    multilateral: bool | None = attrs.field(
        default=None,
        validator=optional(FLAG),
        metadata=doc(
            "True when the visitor came for a multilateral event the host held (a summit, a congress); "
            "False for a bilateral visit; None where not recorded.",
            False,
        ),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def span(self) -> DateRange:
        """`start` to `end` as a `DateRange`."""
        return DateRange._of(self.start, self.end)


def _period_end(instance: VisitCount, attribute: attrs.Attribute[Any], end: PartialDate) -> None:
    """`period_end` is a date that does not end before `period_start`."""
    DATE(instance, attribute, end)
    end_after("period_start")(instance, attribute, end)


@attrs.frozen(kw_only=True)
class VisitCount(Record):
    """An aggregate claim about visits ("more than 42 visits in 1994-2022"), kept as a claim.

    >>> import az_tr_relations as azt
    >>> c = azt.load("1.0.0").get("visit-count-az-to-tr-1994-2022")
    >>> c.qualifier.value, c.count, str(c.period_start), str(c.period_end)
    ('more_than', 42, '1994', '2022')
    """

    id: str = attrs.field(
        validator=SLUG, metadata=doc("Stable identifier.", "visit-count-az-to-tr-1994-2022")
    )
    origin: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` of the visitors.", "AZ", ref="countries")
    )
    host: str = attrs.field(validator=COUNTRY, metadata=doc("`Country.id` visited.", "TR", ref="countries"))
    office: Role = attrs.field(validator=one_of(Role), metadata=doc("Office of the visitors.", "president"))
    period_start: PartialDate = attrs.field(validator=DATE, metadata=doc("First year counted.", "1994"))
    period_end: PartialDate = attrs.field(validator=_period_end, metadata=doc("Last year counted.", "2022"))
    count: int = attrs.field(validator=COUNT, metadata=doc("The number stated.", 42))
    qualifier: CountQualifier = attrs.field(
        validator=one_of(CountQualifier),
        metadata=doc("How the number is stated.", "more_than"),
    )
    kinds: tuple[VisitKind, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(one_of(VisitKind)),
        default=(),
        metadata=doc("Kinds of visit counted; empty for any kind.", ["official", "working"]),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

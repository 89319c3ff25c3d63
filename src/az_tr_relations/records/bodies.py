"""Councils, multilateral formats, their meetings, and parliamentary groups."""

from __future__ import annotations

import attrs

from ..dates import DateRange, PartialDate
from ._fields import (
    CITATIONS,
    COUNT,
    COUNTRY,
    DATE,
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
from .vocabularies import CountQualifier, FormatKind, MeetingLevel

__all__ = ["Council", "Format", "Meeting", "ParliamentaryGroup"]


@attrs.frozen(kw_only=True)
class Council(Record):
    """A standing intergovernmental council.

    >>> import az_tr_relations as azt
    >>> council = azt.load("1.0.0").get("council-hlscc")
    >>> council.meeting_count, council.meeting_count_qualifier.value   # as of its source (2022)
    (8, 'exactly')
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "council-hlscc"))
    name: str = attrs.field(
        validator=TEXT, metadata=doc("Name in English.", "High-Level Strategic Cooperation Council")
    )
    countries: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(COUNTRY, unique=True),
        metadata=doc("Member `Country.id`s.", ["AZ", "TR"], ref="countries"),
    )
    established_by: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc(
            "`Agreement.id` that set it up.", "agreement-2010-09-15-hlscc-declaration", ref="agreements"
        ),
    )
    meeting_count: int | None = attrs.field(
        default=None,
        validator=optional(COUNT),
        metadata=doc("Number of meetings as the source states it (true as of the source's date).", 8),
    )
    meeting_count_qualifier: CountQualifier | None = attrs.field(
        default=None,
        validator=optional(one_of(CountQualifier)),
        metadata=doc("How `meeting_count` is stated.", "exactly"),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )


@attrs.frozen(kw_only=True)
class Meeting(Record):
    """One meeting of a council.

    >>> import az_tr_relations as azt
    >>> meeting = azt.load("1.1.0").get("meeting-hlscc-8")
    >>> meeting.council, meeting.number, str(meeting.date), meeting.place
    ('council-hlscc', 8, '2020-02-25', 'baku')
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "meeting-hlscc-8"))
    council: str = attrs.field(
        validator=SLUG,
        metadata=doc(
            "`Council.id`, or `Format.id` for a meeting of a multilateral format.",
            "council-hlscc",
            ref="councils|formats",
        ),
    )
    number: int | None = attrs.field(
        default=None, validator=optional(COUNT), metadata=doc("Ordinal of the meeting.", 8)
    )
    date: PartialDate = attrs.field(validator=DATE, metadata=doc("When it met.", "2020-02-25"))
    end: PartialDate | None = attrs.field(
        default=None,
        validator=end_after("date"),
        metadata=doc("Last day, for meetings of several days.", None),
    )
    place: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc("`Place.id` where it met.", "baku", ref="places"),
    )
    level: MeetingLevel | None = attrs.field(
        default=None,
        validator=optional(one_of(MeetingLevel)),
        metadata=doc("Who met, where a format meets at several levels.", "foreign_ministers"),
    )
    summary: str | None = attrs.field(
        default=None,
        validator=optional(NOTE),
        metadata=doc("What it adopted or decided, in our words.", None),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def span(self) -> DateRange:
        """`date` to `end` as a `DateRange`."""
        return DateRange._of(self.date, self.end)


@attrs.frozen(kw_only=True)
class ParliamentaryGroup(Record):
    """A parliament's group for relations with the other state.

    >>> import az_tr_relations as azt
    >>> group = azt.load("1.0.0").get("group-milli-majlis-az-tr")
    >>> group.parliament, group.leader, group.members
    ('Milli Majlis', 'ahliman-amiraslanov', 59)
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "group-milli-majlis-az-tr"))
    parliament: str = attrs.field(validator=TEXT, metadata=doc("The parliament it sits in.", "Milli Majlis"))
    country: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` of the parliament.", "AZ", ref="countries")
    )
    name: str = attrs.field(
        validator=TEXT, metadata=doc("Name of the group.", "Working Group on Azerbaijan-Türkiye relations")
    )
    leader: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc("`Person.id` of its leader.", "ahliman-amiraslanov", ref="people"),
    )
    members: int | None = attrs.field(
        default=None, validator=optional(COUNT), metadata=doc("Number of members, where stated.", 59)
    )
    board_members: int | None = attrs.field(
        default=None, validator=optional(COUNT), metadata=doc("Number of board members, where stated.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )


@attrs.frozen(kw_only=True)
class Format(Record):
    """A multilateral format that Azerbaijan and Türkiye take part in.

    >>> import az_tr_relations as azt
    >>> [f.id for f in azt.load("1.0.0").formats if f.kind is FormatKind.QUADRILATERAL]
    ['format-az-tr-ir-ge']
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "format-az-tr-ge"))
    name: str | None = attrs.field(
        default=None,
        validator=optional(TEXT),
        metadata=doc("Name, where the format has one.", "3+3 regional platform"),
    )
    kind: FormatKind = attrs.field(
        validator=one_of(FormatKind),
        metadata=doc("Trilateral or quadrilateral.", "trilateral"),
    )
    countries: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(COUNTRY, unique=True),
        metadata=doc("Member `Country.id`s.", ["AZ", "TR", "GE"], ref="countries"),
    )
    first_meeting: PartialDate | None = attrs.field(
        default=None, validator=optional(DATE), metadata=doc("Date of its first meeting, where known.", None)
    )
    first_meeting_place: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc("`Place.id` of its first meeting, where known.", None, ref="places"),
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

"""Milestones and the guiding principles of the relationship."""

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
from .vocabularies import EventKind

__all__ = ["Event", "Principle"]


@attrs.frozen(kw_only=True)
class Event(Record):
    """A milestone: independence, recognition, the establishment of relations, a war.

    >>> import az_tr_relations as azt
    >>> war = azt.load("1.0.0").get("event-2020-09-27-44-day-war")
    >>> war.kind.value, str(war.span)
    ('war', '2020-09-27/2020-11-10')
    """

    id: str = attrs.field(
        validator=SLUG, metadata=doc("Stable identifier.", "event-1992-01-14-diplomatic-relations")
    )
    kind: EventKind = attrs.field(
        validator=one_of(EventKind),
        metadata=doc("What happened.", "diplomatic_relations"),
    )
    title: str = attrs.field(validator=TEXT, metadata=doc("Short name.", "Diplomatic relations established"))
    start: PartialDate = attrs.field(validator=DATE, metadata=doc("When it happened or began.", "1992-01-14"))
    end: PartialDate | None = attrs.field(
        default=None, validator=end_after("start"), metadata=doc("When it ended, for spans.", None)
    )
    countries: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(COUNTRY, unique=True),
        metadata=doc("`Country.id`s involved.", ["AZ", "TR"], ref="countries"),
    )
    actor: str | None = attrs.field(
        default=None,
        validator=optional(COUNTRY),
        metadata=doc(
            "`Country.id` of the state that acted (the recognizing state), where one did.",
            "TR",
            ref="countries",
        ),
    )
    ordinal: int | None = attrs.field(
        default=None,
        validator=optional(COUNT),
        metadata=doc("Rank the source gives the act (1 = the first state to do it).", 1),
    )
    place: str | None = attrs.field(
        default=None, validator=optional(SLUG), metadata=doc("`Place.id`, where stated.", None, ref="places")
    )
    summary: str = attrs.field(
        validator=NOTE, metadata=doc("What it was, in our words.", "Relations established.")
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def span(self) -> DateRange:
        """`start` to `end` as a `DateRange`."""
        return DateRange._of(self.start, self.end)


@attrs.frozen(kw_only=True)
class Principle(Record):
    """A guiding phrase of the relationship and who it is credited to.

    >>> import az_tr_relations as azt
    >>> p = azt.load("1.0.0").get("principle-one-nation-two-states")
    >>> p.text, p.attributed_to
    ('one nation, two states', 'heydar-aliyev')
    """

    id: str = attrs.field(
        validator=SLUG, metadata=doc("Stable identifier.", "principle-one-nation-two-states")
    )
    text: str = attrs.field(validator=TEXT, metadata=doc("The phrase.", "one nation, two states"))
    attributed_to: str = attrs.field(
        validator=SLUG, metadata=doc("`Person.id` it is credited to.", "heydar-aliyev", ref="people")
    )
    note: str | None = attrs.field(
        default=None, validator=optional(NOTE), metadata=doc("Context, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

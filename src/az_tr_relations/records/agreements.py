"""Agreements and their ratifications."""

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
    Shown,
    doc,
    instance_of,
    one_of,
    optional,
    to_tuple,
    tuple_of,
)
from .sources import Citation
from .vocabularies import AgreementKind

__all__ = ["Agreement", "Ratification"]


@attrs.frozen(kw_only=True)
class Ratification(Shown):
    """Approval of an agreement by one state's body.

    >>> import az_tr_relations as azt
    >>> shusha = azt.load("1.1.0").get("agreement-2021-06-15-shusha-declaration")
    >>> [(r.country, str(r.date)) for r in shusha.ratifications]
    [('AZ', '2022-02-01'), ('TR', '2022-02-03')]
    """

    country: str = attrs.field(
        validator=COUNTRY, metadata=doc("`Country.id` that ratified.", "AZ", ref="countries")
    )
    body: str = attrs.field(validator=TEXT, metadata=doc("The ratifying body.", "Milli Majlis"))
    date: PartialDate | None = attrs.field(
        default=None, validator=optional(DATE), metadata=doc("When, where stated.", "2022-02-01")
    )
    votes_for: int | None = attrs.field(
        default=None, validator=optional(COUNT), metadata=doc("Votes in favour, where stated.", 266)
    )
    votes_against: int | None = attrs.field(
        default=None, validator=optional(COUNT), metadata=doc("Votes against, where stated.", 11)
    )
    instrument: str | None = attrs.field(
        default=None,
        validator=optional(TEXT),
        metadata=doc("The law, decree or decision that approved it, where stated.", "Law No. 7260"),
    )
    published: PartialDate | None = attrs.field(
        default=None,
        validator=optional(DATE),
        metadata=doc("When the approval was published in the official gazette, where stated.", "2021-01-19"),
    )


@attrs.frozen(kw_only=True)
class Agreement(Record):
    """A signed declaration, agreement or treaty, with its ratifications.

    >>> import az_tr_relations as azt
    >>> shusha = azt.load("1.0.0").get("agreement-2021-06-15-shusha-declaration")
    >>> shusha.kind.value, str(shusha.signed), shusha.place, shusha.parties
    ('declaration', '2021-06-15', 'shusha', ('AZ', 'TR'))
    """

    id: str = attrs.field(
        validator=SLUG, metadata=doc("Stable identifier.", "agreement-2021-06-15-shusha-declaration")
    )
    title: str = attrs.field(validator=TEXT, metadata=doc("Name of the document.", "Shusha Declaration"))
    kind: AgreementKind = attrs.field(
        validator=one_of(AgreementKind),
        metadata=doc("Form of the document.", "declaration"),
    )
    signed: PartialDate = attrs.field(validator=DATE, metadata=doc("When it was signed.", "2021-06-15"))
    place: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc("`Place.id` of signing.", "shusha", ref="places"),
    )
    parties: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(COUNTRY, unique=True),
        metadata=doc("`Country.id`s of the parties.", ["AZ", "TR"], ref="countries"),
    )
    signatories: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(SLUG),
        default=(),
        metadata=doc("`Person.id`s of the signers, where known.", ["ilham-aliyev"], ref="people"),
    )
    witnesses: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(SLUG),
        default=(),
        metadata=doc(
            "`Person.id`s of the leaders in whose presence it was signed, where stated.",
            ["recep-tayyip-erdogan"],
            ref="people",
        ),
    )
    ratifications: tuple[Ratification, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(instance_of(Ratification)),
        default=(),
        metadata=doc("Approvals by the states' bodies (ratifications, laws, decrees).", []),
    )
    in_force: PartialDate | None = attrs.field(
        default=None,
        validator=optional(DATE),
        metadata=doc("When it entered into force, where stated.", "2021-03-01"),
    )
    summary: str | None = attrs.field(
        default=None, validator=optional(NOTE), metadata=doc("What it does, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def span(self) -> DateRange:
        """The signing date as a `DateRange`."""
        return DateRange._of(self.signed)

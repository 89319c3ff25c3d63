"""Sources, citations and corrections: where every value comes from."""

from __future__ import annotations

import re
from typing import Any

import attrs

from ..dates import PartialDate
from ..errors import FieldError, shown
from ._fields import (
    CITATIONS,
    DATE,
    FLAG,
    NOTE,
    RECORD_ID,
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
from .vocabularies import CorrectionOrigin

__all__ = ["Citation", "Correction", "Source"]


@attrs.frozen(kw_only=True)
class Source(Record):
    """A document that records are transcribed from.

    >>> Source(id="mfa-az-2022", title="Relations with Türkiye", publisher="MFA of Azerbaijan",
    ...        language="en", accessed=PartialDate.parse("2026-11-29")).language
    'en'
    """

    id: str = attrs.field(validator=SLUG, metadata=doc("Stable identifier.", "mfa-az-2022"))
    title: str = attrs.field(validator=TEXT, metadata=doc("Title of the document.", "Relations with Türkiye"))
    publisher: str = attrs.field(
        validator=TEXT,
        metadata=doc("Who published it.", "Ministry of Foreign Affairs of the Republic of Azerbaijan"),
    )
    url: str | None = attrs.field(
        default=None, validator=optional(TEXT), metadata=doc("Address, where known.", "https://mfa.gov.az/")
    )
    language: str = attrs.field(validator=TEXT, metadata=doc("ISO 639-1 language code.", "en"))
    accessed: PartialDate = attrs.field(
        validator=DATE, metadata=doc("When the document was read for this dataset.", "2026-11-29")
    )
    published: PartialDate | None = attrs.field(
        default=None,
        validator=optional(DATE),
        metadata=doc(
            "When the document was written or last updated: its time-bound claims are true as of this date.",
            "2022",
        ),
    )
    note: str | None = attrs.field(
        default=None,
        validator=optional(NOTE),
        metadata=doc("What to know about the source.", "Original address not confirmed."),
    )


@attrs.frozen(kw_only=True)
class Citation(Shown):
    """Where a record, or some of its fields, comes from.

    ``inferred=True`` marks a value the source implies but does not state.
    ``fields`` names the fields the citation is for; empty means the whole record.

    >>> import az_tr_relations as azt
    >>> embassy = azt.load("1.0.0").get("embassy-az-in-tr")
    >>> [(c.inferred, c.fields) for c in embassy.citations]
    [(False, ('kind', 'sending', 'receiving', 'opened')), (True, ('city',))]
    """

    source: str = attrs.field(
        validator=SLUG, metadata=doc("Id of the `Source`.", "mfa-az-2022", ref="sources")
    )
    locator: str = attrs.field(
        validator=TEXT, metadata=doc("Section and paragraph in the source.", "Political relations, para. 2")
    )
    inferred: bool = attrs.field(
        default=False,
        validator=FLAG,
        metadata=doc("True where the value is reasoned from the source, not stated by it.", False),
    )
    fields: tuple[str, ...] = attrs.field(
        converter=to_tuple,
        validator=tuple_of(TEXT),
        default=(),
        metadata=doc("The record's fields this citation supports; empty for the whole record.", ["city"]),
    )
    note: str | None = attrs.field(
        default=None,
        validator=optional(NOTE),
        metadata=doc("Why the value is inferred, or other remarks.", None),
    )


def _wrong_in(instance: Correction, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """`data_version` is a version; a source's error names its source, a dataset's its data version."""
    if value is not None and (not isinstance(value, str) or not re.fullmatch(r"\d+\.\d+\.\d+", value)):
        raise FieldError(attribute.name, f"expected a data version like '1.1.0', got {shown(value)}")
    if instance.origin is CorrectionOrigin.SOURCE and instance.published_in is None:
        raise FieldError("published_in", "a source's error needs the id of the source that printed it")
    if instance.origin is CorrectionOrigin.DATASET and value is None:
        raise FieldError(attribute.name, "a dataset's own error needs the data version that carried it")


@attrs.frozen(kw_only=True)
class Correction(Record):
    """A value a source printed wrongly, and the corrected value the dataset carries instead.

    The corrected record holds the corrected value; this record keeps the published one visible,
    with the source that printed it (`published_in`) and, in `citations`, the sources of the
    correction.

    >>> import az_tr_relations as azt
    >>> (fix,) = azt.load("1.1.0").corrections_for("visit-2022-01-28-erdogan-baku")
    >>> fix.field, fix.published, fix.corrected, fix.published_in
    ('start', '2022-01-28', '2022-05-28', 'mfa-az-relations-tr-2022')
    """

    id: str = attrs.field(
        validator=SLUG, metadata=doc("Stable identifier.", "correction-visit-2022-01-28-erdogan-baku-start")
    )
    record: str = attrs.field(
        validator=RECORD_ID,
        metadata=doc("Id of the corrected record (any collection).", "visit-2022-01-28-erdogan-baku"),
    )
    field: str = attrs.field(validator=TEXT, metadata=doc("The corrected field of that record.", "start"))
    origin: CorrectionOrigin = attrs.field(
        default=CorrectionOrigin.SOURCE,
        validator=one_of(CorrectionOrigin),
        metadata=doc(
            "Whose error: `source` (a source printed it) or `dataset` (an earlier data version carried it).",
            "source",
        ),
    )
    published: str = attrs.field(
        validator=TEXT,
        metadata=doc(
            "The wrong value as the source printed it, or as the earlier data version held it (JSON text form).",
            "2022-01-28",
        ),
    )
    published_in: str | None = attrs.field(
        default=None,
        validator=optional(SLUG),
        metadata=doc(
            "`Source.id` that printed it (required when `origin` is `source`).",
            "mfa-az-relations-tr-2022",
            ref="sources",
        ),
    )
    data_version: str | None = attrs.field(
        default=None,
        validator=_wrong_in,
        metadata=doc(
            "The first data version that carried the wrong value (required when `origin` is `dataset`).",
            "1.1.0",
        ),
    )
    corrected: str = attrs.field(
        validator=TEXT,
        metadata=doc("The corrected value, as the record now holds it (JSON text form).", "2022-05-28"),
    )
    note: str | None = attrs.field(
        default=None, validator=optional(NOTE), metadata=doc("What was wrong, in our words.", None)
    )
    citations: tuple[Citation, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(instance_of(Citation), non_empty=True), metadata=CITATIONS
    )

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the sources behind the corrected value."""
        return tuple(dict.fromkeys(c.source for c in self.citations))

"""Where a value comes from: the citations behind one field of a record."""

from __future__ import annotations

import attrs

from .errors import shown
from .records import Citation, Record, Source

__all__ = ["citations_for", "is_inferred"]


def citations_for(record: Record, field: str) -> tuple[Citation, ...]:
    """The citations that support `field` of `record` (those naming it, and whole-record ones).

    >>> import az_tr_relations as azt
    >>> mission = azt.load("1.0.0").get("embassy-az-in-tr")
    >>> [c.inferred for c in azt.citations_for(mission, "city")]
    [True]
    """
    names = [f.name for f in attrs.fields(type(record))]
    if field not in names:
        raise ValueError(f"{type(record).__name__} has no field {shown(field)}; fields: {', '.join(names)}")
    if isinstance(record, Source):
        return ()
    citations: tuple[Citation, ...] = getattr(record, "citations", ())
    return tuple(c for c in citations if not c.fields or field in c.fields)


def is_inferred(record: Record, field: str) -> bool:
    """True when the value of `field` is reasoned from its sources rather than stated by them.

    >>> import az_tr_relations as azt
    >>> war = azt.load("1.0.0").get("event-2020-09-27-44-day-war")
    >>> is_inferred(war, "start"), is_inferred(war, "title")
    (True, False)
    """
    citations = citations_for(record, field)
    return bool(citations) and all(c.inferred for c in citations)

"""One record in full, as text: every field (inferred values marked), its citations and corrections."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

from ..dates import PartialDate
from ..provenance import is_inferred
from ..records import Citation, Correction, CorrectionOrigin, Record, Source
from ..schema import kind_of
from .text import name_of

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["INFERRED", "correction_line", "inferred_fields", "record_text", "whose"]

INFERRED = "* = inferred: reasoned from the source, not stated by it"
"""The footnote under a record or table with marked values."""


def _value(ds: Dataset, value: Any, ref: str | None) -> str:
    """A field value as text: dates with their precision, references with the name they refer to."""
    if value is None:
        return "-"
    if isinstance(value, PartialDate):
        return f"{value} ({value.precision.value})"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ", ".join(_value(ds, item, ref) for item in value) or "-"
    if ref is not None and ref != "sources":
        return f"{value} ({name_of(ds, value)})"
    return str(value)


def _nested(ds: Dataset, item: Any) -> str:
    """A nested record (an office, a ratification) on one line: ``field value; field value``."""
    return "; ".join(
        f"{field.name} {_value(ds, getattr(item, field.name), field.metadata.get('ref'))}"
        for field in attrs.fields(type(item))
        if getattr(item, field.name) is not None
    )


def _fields(ds: Dataset, record: Record) -> list[str]:
    """One line per field except the id and citations; nested records one line each below."""
    shown = [f for f in attrs.fields(type(record)) if f.name not in ("id", "citations")]
    width = max(len(f.name) for f in shown) + 2
    lines = []
    for field in shown:
        value = getattr(record, field.name)
        mark = " *" if is_inferred(record, field.name) else ""
        if isinstance(value, tuple) and value and attrs.has(type(value[0])):
            lines.append(f"  {field.name}{mark}")
            lines += [f"    - {_nested(ds, item)}" for item in value]
        else:
            lines.append(f"  {field.name:<{width}}{_value(ds, value, field.metadata.get('ref'))}{mark}")
    return lines


def _citation(number: int, citation: Citation) -> list[str]:
    """A numbered citation: source and locator, whether inferred, the fields it covers, its note."""
    inferred = " (inferred)" if citation.inferred else ""
    lines = [f"  [{number}] {citation.source}, {citation.locator}{inferred}"]
    lines.append(f"      for: {', '.join(citation.fields) if citation.fields else 'the whole record'}")
    if citation.note:
        lines.append(f"      note: {citation.note}")
    return lines


def whose(correction: Correction) -> str:
    """Whose error a correction mends: "as published in SOURCE" or "our own error in data X.Y.Z"."""
    if correction.origin is CorrectionOrigin.SOURCE:
        return f"as published in {correction.published_in}"
    return f"our own error in data {correction.data_version}"


def correction_line(correction: Correction) -> str:
    """What was published (by a source, or by an earlier data version) and what the record holds."""
    held = whose(correction) if correction.origin is CorrectionOrigin.SOURCE else f"({whose(correction)})"
    return f"{correction.field}: {correction.published!r} {held}, corrected to {correction.corrected!r}"


def inferred_fields(record: Record) -> list[str]:
    """The names of the record's fields whose values are inferred."""
    return [f.name for f in attrs.fields(type(record)) if is_inferred(record, f.name)]


def record_text(ds: Dataset, record: Record) -> str:
    """The record with every field (inferred ones marked), its citations and its corrections.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.1.0")
    >>> print(record_text(ds, ds.get("visit-2022-01-28-erdogan-baku")).splitlines()[-1])
      start: '2022-01-28' as published in mfa-az-relations-tr-2022, corrected to '2022-05-28' (correction-visit-2022-01-28-erdogan-baku-start)
    """
    lines = [f"{record.id} ({type(record).__name__}, in {kind_of(record).collection})", *_fields(ds, record)]
    if not isinstance(record, Source):
        lines += ["", "Citations"]
        for number, citation in enumerate(record.citations, 1):  # type: ignore[attr-defined]
            lines += _citation(number, citation)
    corrections = ds.corrections_for(record)
    if corrections:
        lines += ["", "Corrections (the value published, and the one the dataset holds)"]
        lines += [f"  {correction_line(c)} ({c.id})" for c in corrections]
    if inferred_fields(record):
        lines += ["", INFERRED]
    return "\n".join(lines)

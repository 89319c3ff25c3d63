"""``show ID``: one record with every field, its citations and corrections, for people or as JSON."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from ._cli_output import Output
from ._cli_records import INFERRED
from ._converter import CONVERTER
from ._describe import name_of
from .dataset import COLLECTION_OF, Dataset
from .dates import PartialDate
from .errors import UnknownIdError
from .provenance import is_inferred
from .records import Citation, Correction, Record, Source


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


def _correction(correction: Correction) -> str:
    """What a source printed and what the record holds instead."""
    return (
        f"  {correction.field}: {correction.published!r} as published in {correction.published_in}, "
        f"corrected to {correction.corrected!r} ({correction.id})"
    )


def show(ds: Dataset, record_id: str) -> Output:
    """The record with `record_id`: every field (inferred ones marked), its citations and corrections.

    ``--json`` gives ``{"collection", "record", "inferred", "corrections"}``: the record's
    canonical JSON, the names of its inferred fields and its corrections' canonical JSON.
    """
    try:
        record = ds.get(record_id)
    except UnknownIdError as error:
        if error.suggestions:
            raise
        raise LookupError(f"{error}; to find an id: az-tr-relations search TEXT") from None
    collection = COLLECTION_OF[type(record)]
    lines = [f"{record.id} ({type(record).__name__}, in {collection})", *_fields(ds, record)]
    if not isinstance(record, Source):
        lines += ["", "Citations"]
        for number, citation in enumerate(record.citations, 1):
            lines += _citation(number, citation)
    corrections = ds.corrections_for(record)
    if corrections:
        lines += ["", "Corrections (the value a source printed, and the one the dataset holds)"]
        lines += [_correction(c) for c in corrections]
    inferred = [f.name for f in attrs.fields(type(record)) if is_inferred(record, f.name)]
    if inferred:
        lines += ["", INFERRED]
    data = {
        "collection": collection,
        "record": CONVERTER.unstructure(record),
        "inferred": inferred,
        "corrections": [CONVERTER.unstructure(c) for c in corrections],
    }
    return Output(text="\n".join(lines), data=data)

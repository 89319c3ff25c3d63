"""Lists of records for the command line: readable tables, their CSV rows and JSON form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._cli_output import Output, Table, listing
from ._converter import CONVERTER
from ._describe import name_of
from .dataset import Dataset
from .provenance import is_inferred
from .records import Record
from .tables import columns, rows

INFERRED = "* = inferred: reasoned from the source, not stated by it"
"""The footnote under a record or table with marked values."""


def csv_table(ds: Dataset, collection: str, records: Sequence[Record]) -> Table:
    """`records` of `collection` in the flat column layout of `tables` (as the exports have it)."""
    header = tuple(column.name for column in columns(collection))
    by_id = {row["id"]: row for row in rows(ds, collection)}
    return Table(header=header, rows=tuple(tuple(by_id[r.id][c] for c in header) for r in records))


Show = Callable[[Dataset, Any], str]
"""How a table cell shows a record: the record's value as text."""


def _ref(field: str) -> Show:
    """Show the name of the record that `field` refers to."""
    return lambda ds, record: name_of(ds, getattr(record, field))


def _span(ds: Dataset, record: Any) -> str:
    """Show the record's date or span at its precision (``-`` when it has none)."""
    return str(record.span or "-")


def _get(field: str) -> Show:
    """Show `field` as it is (an enum by its value, None as ``-``)."""
    return lambda ds, record: str(getattr(getattr(record, field), "value", getattr(record, field)) or "-")


_COLUMNS: dict[str, tuple[tuple[str, str | None, Show], ...]] = {
    "visits": (
        ("date", "start", _span),
        ("visitor", "visitor", _ref("visitor")),
        ("from", "origin", _ref("origin")),
        ("to", "host", _ref("host")),
        ("place", "place", _ref("place")),
        ("id", None, _get("id")),
        ("occasion", "occasion", _get("occasion")),
    ),
    "events": (
        ("date", "start", _span),
        ("kind", "kind", _get("kind")),
        ("id", None, _get("id")),
        ("title", "title", _get("title")),
    ),
    "missions": (
        ("kind", "kind", _get("kind")),
        ("of", "sending", _ref("sending")),
        ("in", "receiving", _ref("receiving")),
        ("city", "city", _ref("city")),
        ("opened", "opened", _span),
        ("id", None, _get("id")),
    ),
}
"""Per collection: the readable table's columns as (header, field marked when inferred, how shown);
free text comes last, where a long value does not push the other columns apart."""


def records_output(ds: Dataset, collection: str, records: Sequence[Record]) -> Output:
    """Records of one collection (``"visits"``, ``"events"`` or ``"missions"``) as a readable
    table (inferred values marked), the export layout for ``--csv``, and canonical JSON for ``--json``."""
    layout = _COLUMNS[collection]
    cells = [
        [(show(ds, record), field is not None and is_inferred(record, field)) for _, field, show in layout]
        for record in records
    ]
    shown = Table(
        header=tuple(header for header, _, _ in layout),
        rows=tuple(tuple(f"{text} *" if inferred else text for text, inferred in row) for row in cells),
    )
    footnote = (
        f"{INFERRED} ('show ID' gives the reason)"
        if any(inferred for row in cells for _, inferred in row)
        else ""
    )
    data = [CONVERTER.unstructure(record) for record in records]
    return listing(shown, csv_table(ds, collection, records), data, collection, footnote)

"""CSV: UTF-8 with a header row, lists joined with "|", dates in ISO 8601, empty cells for None."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from .._cells import csv_cell
from ..tables import columns, rows
from ._format import Format
from .datapackage import schema

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["FORMAT", "csv_cell"]


def write(ds: Dataset, table: str) -> bytes:
    """One table as CSV."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    names = [c.name for c in columns(table)]
    writer.writerow(names)
    for row in rows(ds, table):
        writer.writerow([csv_cell(row[name], f"{table}.{name}") for name in names])
    return out.getvalue().encode("utf-8")


def layout(table: str, data: bytes) -> dict[str, Any]:
    """A CSV file is a tabular resource with its Table Schema and its size."""
    return {
        "type": "table",
        "bytes": len(data),
        "description": f"Table {table!r}.",
        "schema": schema(table, "{table}-csv"),
    }


FORMAT = Format(name="csv", media_type="text/csv", write=write, layout=layout)

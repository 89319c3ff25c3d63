"""CSV: UTF-8 with a header row, lists joined with "|", dates in ISO 8601, empty cells for None."""

from __future__ import annotations

import csv
import datetime
import io
from typing import TYPE_CHECKING, Any

from ..errors import shown
from ..tables import Value, columns, rows
from ._format import Format
from .datapackage import LIST_DELIMITER, schema

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["FORMAT", "csv_cell"]


_FORMULA = ("=", "+", "-", "@", "\t", "\r")
"""How a cell that a spreadsheet would run as a formula starts (OWASP's list)."""


def csv_cell(value: Value, where: str = "value") -> str:
    """A CSV cell: empty for None, ISO dates, ``true``/``false``, lists joined with "|".

    Text that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...) is refused
    rather than altered: records refuse it when built, so only a bug could bring it here. `where`
    names the cell (``"places.aliases"``) in the errors.

    >>> csv_cell(["AZ", "TR"]), csv_cell(None), csv_cell(True), csv_cell(-41.5)
    ('AZ|TR', '', 'true', '-41.5')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)  # a number, even a negative one, is no formula
    if isinstance(value, list):
        for item in value:
            if LIST_DELIMITER in item:
                raise ValueError(
                    f"{where}: the item {shown(item)} contains {LIST_DELIMITER!r}, "
                    "which separates list items in CSV; export it as JSON or Parquet instead"
                )
        text = LIST_DELIMITER.join(value)
    else:
        text = str(value)
    if text.startswith(_FORMULA):
        raise ValueError(f"{where}: {shown(text)} would run as a formula in a spreadsheet")
    return text


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

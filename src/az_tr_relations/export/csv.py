"""CSV: UTF-8 with a header row, lists joined with "|", dates in ISO 8601, empty cells for None."""

from __future__ import annotations

import csv
import datetime
import io
from typing import TYPE_CHECKING, Any

from ..tables import Value, columns, rows
from ._format import Format
from .datapackage import LIST_DELIMITER, schema

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["FORMAT", "csv_cell"]


def csv_cell(value: Value, where: str = "value") -> str:
    """A CSV cell: empty for None, ISO dates, ``true``/``false``, lists joined with "|".

    `where` names the cell (``"places.aliases"``) in the error for a list item holding "|".

    >>> csv_cell(["AZ", "TR"]), csv_cell(None), csv_cell(True)
    ('AZ|TR', '', 'true')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        for item in value:
            if LIST_DELIMITER in item:
                raise ValueError(
                    f"{where}: the item {item!r} contains {LIST_DELIMITER!r}, "
                    "which separates list items in CSV; export it as JSON or Parquet instead"
                )
        return LIST_DELIMITER.join(value)
    return str(value)


def write(ds: Dataset, table: str) -> bytes:
    """One table as CSV."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    names = [c.name for c in columns(table)]
    writer.writerow(names)
    for row in rows(ds, table):
        writer.writerow([csv_cell(row[name], f"{table}.{name}") for name in names])
    return out.getvalue().encode("utf-8")


def layout(table: str) -> dict[str, Any]:
    """A CSV file is a tabular resource with its Table Schema."""
    return {"description": f"Table {table!r}.", "schema": schema(table, "{table}-csv")}


FORMAT = Format(name="csv", media_type="text/csv", write=write, layout=layout)

"""JSON: an array of rows keyed by column name (lists as arrays, dates as ISO text)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .._json import canonical_json
from ..tables import rows
from ._format import Format
from .datapackage import schema

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["FORMAT"]


def write(ds: Dataset, table: str) -> bytes:
    """One table as a JSON array of rows."""
    found = [
        {k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in row.items()}
        for row in rows(ds, table)
    ]
    return canonical_json(found).encode("utf-8")


def layout(table: str, data: bytes) -> dict[str, Any]:
    """A JSON file is a tabular resource (an array of rows keyed by column name) with the Table
    Schema of the CSV resource, its foreign keys naming JSON resources. An empty table is a JSON
    document of its size, since frictionless cannot read a table's columns from ``[]``."""
    description = f"Table {table!r} as JSON (an array of rows keyed by column name)"
    if data.strip() == b"[]":  # as `write` writes an empty table
        return {"type": "json", "bytes": len(data), "description": f"{description}: no rows."}
    return {"type": "table", "description": f"{description}.", "schema": schema(table, "{table}-json")}


FORMAT = Format(name="json", media_type="application/json", write=write, layout=layout)

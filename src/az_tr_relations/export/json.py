"""JSON: an array of rows keyed by column name (lists as arrays, dates as ISO text)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .._json import canonical_json
from ..tables import rows
from ._format import Format

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


def layout(table: str) -> dict[str, Any]:
    """Listed as a JSON document with the columns of the CSV resource."""
    return {
        "type": "json",
        "description": f"Table {table!r} as JSON (an array of rows keyed by column name); the columns of resource {table}-csv.",
    }


FORMAT = Format(name="json", media_type="application/json", write=write, layout=layout)

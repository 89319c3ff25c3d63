"""Parquet: the Arrow table of `to_arrow`, typed columns (needs the ``arrow`` extra)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from ._format import Format

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["FORMAT"]


def write(ds: Dataset, table: str) -> bytes:
    """One table as a Parquet file."""
    import pyarrow.parquet as pq

    from .._frames import to_arrow

    out = io.BytesIO()
    pq.write_table(to_arrow(ds, table), out)
    return out.getvalue()


def layout(table: str) -> dict[str, Any]:
    """Listed as a file with the columns of the CSV resource."""
    return {
        "type": "file",
        "description": f"Table {table!r} as Parquet; the columns of resource {table}-csv.",
    }


FORMAT = Format(
    name="parquet",
    media_type="application/vnd.apache.parquet",
    write=write,
    layout=layout,
    encoding=None,
    needs=("pyarrow", "arrow"),
)

"""Parquet: the Arrow table of `to_arrow`, typed columns (needs the ``arrow`` extra)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from ..tables import Column
from ._format import Format
from .datapackage import schema

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


def _readable(column: Column) -> bool:
    """Whether frictionless reads the column back from Parquet as it is: not a list (numpy arrays)
    and not a whole number that may be empty (NaN)."""
    return column.type != "list" and (column.type != "integer" or column.required)


def layout(table: str, data: bytes) -> dict[str, Any]:
    """A Parquet file is a tabular resource with the Table Schema of the CSV resource, its foreign
    keys naming the Parquet resources; what frictionless cannot read back is typed ``any``. Its size
    is not given: frictionless reads Parquet through pyarrow, without counting its bytes."""
    return {
        "type": "table",
        "description": f"Table {table!r} as Parquet (typed columns: see docs/exports.md).",
        "schema": schema(table, "{table}-parquet", _readable),
    }


FORMAT = Format(
    name="parquet",
    media_type="application/vnd.apache.parquet",
    write=write,
    layout=layout,
    encoding=None,
    needs=("pyarrow", "arrow"),
)

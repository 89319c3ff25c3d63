"""Tables as pandas, polars and Arrow data frames, typed from `tables.columns`, from a whole dataset
or from some records (a query's `Results`).

Dates are dates that hold every year 1-9999 (pandas ``datetime64[s]``, polars ``Date``, Arrow
``date32``), enumerations are categoricals (pandas ``category``, polars ``Enum``, Arrow
``dictionary``), integers stay integers where empty (pandas ``Int64``), lists of strings are lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._extras import require
from .errors import shown
from .tables import TABLES, Column, Value, columns, rows

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

    from .dataset import Dataset

__all__ = ["PANDAS_DATES", "arrow_schema", "to_arrow", "to_pandas", "to_polars"]

PANDAS_DATES = "datetime64[s]"
"""The pandas dtype of date columns: seconds hold every year 1-9999 (nanoseconds stop at 1677-2262)."""


def _names(table: object) -> tuple[str, ...]:
    """The tables asked for: one, or every table when None."""
    if table is None:
        return TABLES
    if not isinstance(table, str):
        raise TypeError(f"table: expected a table name such as 'visits' or None, got {shown(table)}")
    columns(table)  # raises ValueError naming the accepted tables
    return (table,)


def _values(source: Dataset | Iterable[Any], table: str) -> tuple[tuple[Column, ...], dict[str, list[Value]]]:
    """The columns of `table` and its values column by column."""
    cols, found = columns(table), rows(source, table)
    return cols, {c.name: [row[c.name] for row in found] for c in cols}


def _pandas_series(column: Column, values: list[Value]) -> pd.Series[Any]:
    import numpy as np
    import pandas as pd

    if column.type == "date":  # via numpy: pandas would take dates as nanoseconds on the way
        days = np.array(["NaT" if v is None else str(v) for v in values], dtype="datetime64[D]")
        return pd.Series(days.astype(PANDAS_DATES), name=column.name)
    if column.enum and column.type == "string":
        dtype: Any = pd.CategoricalDtype(list(column.enum))
    else:
        dtype = {
            "string": pd.StringDtype(),
            "integer": "Int64",
            "number": "Float64",
            "boolean": "boolean",
            "list": object,
        }[column.type]
    return pd.Series(values, dtype=dtype, name=column.name)


def _pandas_table(source: Dataset | Iterable[Any], table: str) -> pd.DataFrame:
    import pandas as pd

    cols, values = _values(source, table)
    return pd.DataFrame(
        {c.name: _pandas_series(c, values[c.name]) for c in cols}, columns=[c.name for c in cols]
    )


def to_pandas(source: Dataset | Iterable[Any], table: str | None) -> pd.DataFrame | dict[str, pd.DataFrame]:
    """`table` of `source` (a dataset or records) as a pandas DataFrame, or every table by name
    when `table` is None."""
    require("to_pandas()", "pandas", "pandas")
    frames = {name: _pandas_table(source, name) for name in _names(table)}
    return frames if table is None else frames[table]


def _polars_dtype(column: Column) -> Any:
    import polars as pl

    if column.enum and column.type == "string":
        return pl.Enum(list(column.enum))
    return {
        "string": pl.String,
        "integer": pl.Int64,
        "number": pl.Float64,
        "boolean": pl.Boolean,
        "date": pl.Date,
        "list": pl.List(pl.String),
    }[column.type]


def _polars_table(source: Dataset | Iterable[Any], table: str) -> pl.DataFrame:
    import polars as pl

    cols, values = _values(source, table)
    return pl.DataFrame([pl.Series(c.name, values[c.name], dtype=_polars_dtype(c)) for c in cols])


def to_polars(source: Dataset | Iterable[Any], table: str | None) -> pl.DataFrame | dict[str, pl.DataFrame]:
    """`table` of `source` as a polars DataFrame, or every table by name when `table` is None."""
    require("to_polars()", "polars", "polars")
    frames = {name: _polars_table(source, name) for name in _names(table)}
    return frames if table is None else frames[table]


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of `table`: one field per column, nullable where the column may be empty,
    the column's documentation as field metadata ``description``."""
    import pyarrow as pa

    def kind(column: Column) -> pa.DataType:
        if column.enum and column.type == "string":
            return pa.dictionary(pa.int32(), pa.string())
        simple: dict[str, pa.DataType] = {
            "string": pa.string(),
            "integer": pa.int64(),
            "number": pa.float64(),
            "boolean": pa.bool_(),
            "date": pa.date32(),
            "list": pa.list_(pa.string()),
        }
        return simple[column.type]

    return pa.schema(
        [
            pa.field(c.name, kind(c), nullable=not c.required, metadata={"description": c.doc})
            for c in columns(table)
        ]
    )


def _arrow_table(source: Dataset | Iterable[Any], table: str) -> pa.Table:
    import pyarrow as pa

    _, values = _values(source, table)
    return pa.table(values, schema=arrow_schema(table))


def to_arrow(source: Dataset | Iterable[Any], table: str | None) -> pa.Table | dict[str, pa.Table]:
    """`table` of `source` as a pyarrow Table, or every table by name when `table` is None."""
    require("to_arrow()", "pyarrow", "arrow")
    frames = {name: _arrow_table(source, name) for name in _names(table)}
    return frames if table is None else frames[table]

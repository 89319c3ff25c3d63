"""Tables as pandas, polars and Arrow frames: one column per `tables.columns` entry, typed, and a
clear error naming the extra when a library is missing."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

import az_tr_relations as azt
from az_tr_relations.tables import TABLES, columns, rows

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

DS = azt.load("1.0.0")


@pytest.mark.parametrize("table", TABLES)
def test_pandas_has_every_column_with_its_dtype(table: str) -> None:
    frame = DS.to_pandas(table)
    assert list(frame.columns) == [c.name for c in columns(table)]
    assert len(frame) == len(rows(DS, table))
    for column in columns(table):
        dtype = frame[column.name].dtype
        if column.enum and column.type == "string":
            assert isinstance(dtype, pd.CategoricalDtype)
            assert list(dtype.categories) == list(column.enum)
        else:
            expected = {
                "string": "string",
                "integer": "Int64",
                "number": "Float64",
                "boolean": "boolean",
                "date": "datetime64[ns]",
                "list": "object",
            }[column.type]
            assert str(dtype) == expected, column.name


@pytest.mark.parametrize("table", TABLES)
def test_polars_has_every_column_with_its_dtype(table: str) -> None:
    frame = DS.to_polars(table)
    assert frame.columns == [c.name for c in columns(table)]
    assert frame.height == len(rows(DS, table))
    for column in columns(table):
        dtype = frame.schema[column.name]
        if column.enum and column.type == "string":
            assert dtype == pl.Enum(list(column.enum))
        else:
            expected = {
                "string": pl.String,
                "integer": pl.Int64,
                "number": pl.Float64,
                "boolean": pl.Boolean,
                "date": pl.Date,
                "list": pl.List(pl.String),
            }[column.type]
            assert dtype == expected, column.name


@pytest.mark.parametrize("table", TABLES)
def test_arrow_has_every_column_typed_and_nullable_where_optional(table: str) -> None:
    frame = DS.to_arrow(table)
    assert frame.column_names == [c.name for c in columns(table)]
    assert frame.num_rows == len(rows(DS, table))
    for column in columns(table):
        field = frame.schema.field(column.name)
        assert field.nullable is not column.required
        assert field.metadata[b"description"] == column.doc.encode()
        if column.enum and column.type == "string":
            assert pa.types.is_dictionary(field.type)
        if column.type == "date":
            assert field.type == pa.date32()


def test_values_dates_ids_and_references_survive() -> None:
    missions = DS.to_pandas("missions").set_index("id")
    embassy = missions.loc["embassy-az-in-tr"]
    assert embassy["sending"] == "AZ" and embassy["receiving"] == "TR"
    assert embassy["opened"] == "1992-08" and embassy["opened_precision"] == "month"
    assert embassy["opened_earliest"] == pd.Timestamp("1992-08-01")
    events = DS.to_polars("events")
    assert events.filter(pl.col("id") == "event-2020-09-27-44-day-war")["start_latest"].item() == (
        datetime.date(2020, 9, 27)
    )
    assert DS.to_pandas("events")["ordinal"].isna().any()  # optional integers stay integers
    countries = DS.to_arrow("countries").to_pylist()
    assert next(c for c in countries if c["id"] == "TR")["aliases"][0] == "Turkey"


def test_no_argument_gives_every_table() -> None:
    for frames in (DS.to_pandas(), DS.to_polars(), DS.to_arrow()):
        assert list(frames) == list(TABLES)
    assert len(DS.to_pandas()["citations"]) == len(rows(DS, "citations"))


def test_bad_table_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown table 'visit'; expected one of: sources"):
        DS.to_pandas("visit")
    with pytest.raises(TypeError, match="table: expected a table name"):
        DS.to_polars(3)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("call", "module", "extra"),
    [
        (lambda: DS.to_pandas("visits"), "pandas", "pandas"),
        (lambda: DS.to_polars("visits"), "polars", "polars"),
        (lambda: DS.to_arrow("visits"), "pyarrow", "arrow"),
        (lambda: DS.plot_timeline(), "matplotlib", "plot"),
    ],
)
def test_a_missing_library_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, call: object, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if not installed
    with pytest.raises(ImportError, match=rf'pip install "az-tr-relations\[{extra}\]"') as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, azt.MissingExtraError) and caught.value.extra == extra


def test_importing_the_package_imports_no_optional_library() -> None:
    code = (
        "import sys, az_tr_relations as azt\n"
        "ds = azt.load()\n"
        "ds.timeline()._repr_html_(), ds._repr_html_(), ds.missions[0]._repr_html_(), azt.cite()\n"
        "heavy = {'pandas', 'polars', 'pyarrow', 'matplotlib'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

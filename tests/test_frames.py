"""Tables as pandas, polars and Arrow frames: one column per `tables.columns` entry, typed, and a
clear error naming the extra when a library is missing."""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations.export import csv as csv_format
from az_tr_relations.export import json as json_format
from az_tr_relations.export import parquet as parquet_format
from az_tr_relations.tables import TABLES, columns, rows
from strategies import COUNTRIES, SOURCE, partial_dates

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

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
                "date": "datetime64[s]",  # every year 1-9999; nanoseconds end in 2262
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


# Every year the library accepts, in every table format ------------------------------------------

FORMATS = ("pandas", "polars", "arrow", "csv", "json", "parquet")
DATES = [
    f"{field}{part}" for field in ("start", "end") for part in ("", "_earliest", "_latest", "_precision")
]
"""The columns of the events' dates."""


def _read_back(ds: azt.Dataset, form: str) -> list[dict[str, object]]:
    """The date columns of table "events" of `ds`, written as `form` and read back as Python."""
    names = DATES
    if form == "pandas":
        frame = ds.to_pandas("events")
        return [
            {
                n: (None if pd.isna(v) else v.date() if isinstance(v, pd.Timestamp) else v)
                for n, v in row.items()
            }
            for row in frame[names].to_dict("records")
        ]
    if form == "polars":
        return ds.to_polars("events").select(names).to_dicts()
    if form == "arrow":
        return ds.to_arrow("events").select(names).to_pylist()
    data = {"csv": csv_format, "json": json_format, "parquet": parquet_format}[form].FORMAT.write(
        ds, "events"
    )
    if form == "parquet":
        return pq.read_table(io.BytesIO(data), columns=names).to_pylist()
    if form == "json":
        found = json.loads(data)
    else:
        found = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    typed = {"start_earliest", "start_latest", "end_earliest", "end_latest"}
    return [
        {n: (datetime.date.fromisoformat(row[n]) if n in typed and row[n] else row[n] or None) for n in names}
        for row in found
    ]


def _events(dates: list[tuple[azt.PartialDate, azt.PartialDate | None]]) -> azt.Dataset:
    """A dataset of one event per (start, end)."""
    events = tuple(
        azt.Event(
            id=f"event-{index}",
            kind=azt.EventKind.WAR,
            title="A war",
            start=start,
            end=end,
            countries=("AZ",),
            summary="What happened.",
            citations=(azt.Citation(source="src", locator="p. 1"),),
        )
        for index, (start, end) in enumerate(dates)
    )
    return azt.Dataset(version="0.0.0", sources=(SOURCE,), countries=COUNTRIES, events=events)


@st.composite
def spans(draw: st.DrawFn) -> tuple[azt.PartialDate, azt.PartialDate | None]:
    """A start on any partial date of years 1-9999, and no end, the same or a later one."""
    start = draw(partial_dates())
    ends = st.none() | st.just(start)
    if start.year < 9999:
        ends |= partial_dates(start.year + 1, 9999)
    return start, draw(ends)


EXTREMES = _events([(azt.PartialDate(1), azt.PartialDate(9999, 12, 31)), (azt.PartialDate(9999), None)])


@pytest.mark.parametrize("form", FORMATS)
@example(ds=EXTREMES)
@given(ds=st.lists(spans(), min_size=1, max_size=4).map(_events))
def test_every_year_survives_every_format(form: str, ds: azt.Dataset) -> None:
    names = DATES
    expected = [{name: row[name] for name in names} for row in rows(ds, "events")]
    assert _read_back(ds, form) == expected


# Tables from any query ----------------------------------------------------------------------------

QUERIES = {
    "visits_between": lambda ds: ds.visits_between("2022", "2022"),
    "visits_between, none": lambda ds: ds.visits_between("1800", "1800"),
    "events_between": lambda ds: ds.events_between(None, "1992"),
    "missions_in": lambda ds: ds.missions_in("TR"),
    "missions_of, none": lambda ds: ds.missions_of("GE"),
    "heads_of_mission": lambda ds: ds.heads_of_mission("embassy-tr-in-az"),
}


@pytest.mark.parametrize("query", QUERIES)
def test_results_give_the_columns_of_the_whole_table(query: str) -> None:
    ds = azt.load()
    found = QUERIES[query](ds)
    assert found.collection is not None
    whole = ds.to_pandas(found.collection)
    frame = found.to_pandas()
    assert list(frame.columns) == list(whole.columns) and frame.dtypes.equals(whole.dtypes)
    ids = [record.id for record in found]
    pd.testing.assert_frame_equal(
        frame, whole.set_index("id").loc[ids].reset_index()[whole.columns].reset_index(drop=True)
    )
    assert found.to_polars().schema == ds.to_polars(found.collection).schema
    assert found.to_polars()["id"].to_list() == ids
    assert found.to_arrow().schema == ds.to_arrow(found.collection).schema
    assert found.to_arrow().num_rows == len(found)


def test_results_give_the_nested_tables_of_their_records() -> None:
    ds = azt.load("1.0.0")
    found = ds.missions_of("AZ")
    citations = found.to_pandas("citations")
    assert list(citations.columns) == [c.name for c in columns("citations")]
    assert citations.shape[0] == sum(len(m.citations) for m in found)
    assert set(citations["record_id"]) == {m.id for m in found}


def test_mixed_or_unnamed_results_need_a_table_name() -> None:
    ds = azt.load("1.0.0")
    with pytest.raises(
        ValueError, match=r"records of several collections \(agreements, events, .*name the table"
    ):
        ds.timeline().to_pandas()
    assert ds.timeline().to_pandas("citations").shape[0] == sum(len(r.citations) for r in ds.timeline())
    with pytest.raises(ValueError, match="hold no records and name no collection; name the table"):
        azt.Results(()).to_polars()
    assert azt.Results((), "visits").to_arrow().column_names == [c.name for c in columns("visits")]
    assert azt.Results(ds.places).to_pandas().shape[0] == len(ds.places)
    with pytest.raises(TypeError, match="table 'visits' holds Visit records, got a record of 'places'"):
        azt.Results(ds.places).to_pandas("visits")
    with pytest.raises(ValueError, match="collection: expected one of sources"):
        azt.Results((), "trips")


def test_the_table_layer_takes_records() -> None:
    ds = azt.load("1.0.0")
    assert rows(ds.missions_of("TR"), "missions") == [r for r in rows(ds, "missions") if r["sending"] == "TR"]
    with pytest.raises(TypeError, match="records: expected a Dataset or records, got int 3"):
        rows(3, "visits")  # type: ignore[arg-type]

"""`export`: files per table and format, a Frictionless data package that validates, Parquet that
reads back, and clear errors for bad arguments."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import az_tr_relations as azt
from az_tr_relations.tables import TABLES, columns, rows
from strategies import datasets

frictionless = pytest.importorskip("frictionless")
duckdb = pytest.importorskip("duckdb")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

DS = azt.load("1.0.0")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    azt.export(DS, out)
    return out


def _package(folder: Path) -> dict[str, object]:
    package: dict[str, object] = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    return package


def test_one_file_per_table_and_format_then_the_package(tmp_path: Path) -> None:
    paths = azt.export(DS, tmp_path / "new" / "folder")
    assert len(paths) == 3 * len(TABLES) + 1 and paths[-1].name == "datapackage.json"
    assert {p.name for p in paths[:-1]} == {f"{t}.{f}" for t in TABLES for f in ("csv", "json", "parquet")}
    assert all(p.is_file() for p in paths)


def test_the_data_package_validates(folder: Path) -> None:
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])
    assert len(report.tasks) == 3 * len(TABLES)


def test_the_data_package_describes_schemas_keys_hashes_version_and_licence(folder: Path) -> None:
    package = _package(folder)
    assert package["version"] == "1.0.0" and package["released"] == "2026-11-29"
    assert package["licenses"][0]["name"] == "MIT"  # type: ignore[index]
    assert "data version 1.0.0" in str(package["citation"]).lower()
    resources = {r["name"]: r for r in package["resources"]}  # type: ignore[attr-defined]
    visits = resources["visits-csv"]
    assert visits["schema"]["primaryKey"] == ["id"]
    fields = {f["name"]: f for f in visits["schema"]["fields"]}
    assert fields["id"]["constraints"] == {"required": True}
    assert fields["kind"]["constraints"]["enum"] == ["state", "official", "working", "unknown"]
    assert fields["start_earliest"]["type"] == "date" and "required" not in fields["place"].get(
        "constraints", {}
    )
    assert {"fields": ["host"], "reference": {"resource": "countries-csv", "fields": ["id"]}} in visits[
        "schema"
    ]["foreignKeys"]
    offices = resources["offices-csv"]["schema"]
    assert offices["primaryKey"] == ["record_id", "position"]
    assert offices["foreignKeys"][0] == {
        "fields": ["record_id"],
        "reference": {"resource": "people-csv", "fields": ["id"]},
    }
    for resource in resources.values():
        data = (folder / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        # a size only where frictionless counts it: CSV, and JSON read as a document
        assert resource.get("bytes") == (
            len(data) if resource["format"] == "csv" or resource["type"] == "json" else None
        )


def test_every_table_resource_carries_its_schema(folder: Path) -> None:
    resources = _package(folder)["resources"]
    by_type = {(r["format"], r["type"]) for r in resources}  # type: ignore[attr-defined]
    assert by_type == {("csv", "table"), ("json", "table"), ("parquet", "table"), ("json", "json")}
    for resource in resources:  # type: ignore[attr-defined]
        table, form = resource["name"].rsplit("-", 1)
        if resource["type"] == "json":  # an empty table: frictionless reads no columns from []
            assert json.loads((folder / resource["path"]).read_text(encoding="utf-8")) == []
            continue
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == [c.name for c in columns(table)]
        assert all(
            key["reference"]["resource"].endswith(f"-{form}") for key in resource["schema"]["foreignKeys"]
        )
        untyped = {f["name"] for f in fields if f["type"] == "any"}
        optional_integers = {c.name for c in columns(table) if c.type == "integer" and not c.required}
        lists = {c.name for c in columns(table) if c.type == "list"}
        assert untyped == (lists | optional_integers if form == "parquet" else set())


def _plant(folder: Path, target: Path, form: str, field: str, value: str) -> None:
    """A copy of the export in `target` with `field` of the first visit set to `value` in the
    `form` file, its hash (and size) in the data package updated to match."""
    shutil.copytree(folder, target)
    path = target / f"visits.{form}"
    if form == "csv":
        with path.open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
        rows[0][field] = value
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    elif form == "json":
        rows = json.loads(path.read_text(encoding="utf-8"))
        rows[0][field] = value
        path.write_text(json.dumps(rows), encoding="utf-8")
    else:
        table = pq.read_table(path)
        rows = table.to_pylist()
        rows[0][field] = value
        pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)
    data = path.read_bytes()
    package = _package(target)
    for resource in package["resources"]:  # type: ignore[attr-defined]
        if resource["path"] == path.name:
            resource["hash"] = f"sha256:{hashlib.sha256(data).hexdigest()}"
            if "bytes" in resource:
                resource["bytes"] = len(data)
    (target / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")


@pytest.mark.parametrize(
    ("form", "field", "value", "error"),
    [
        *((form, "host", "XX", "foreign-key") for form in ("csv", "json", "parquet")),
        *((form, "kind", "palace", "constraint-error") for form in ("csv", "json", "parquet")),
        # a Parquet date column holds dates: no text can be planted there
        *((form, "start_earliest", "2022-02-30", "type-error") for form in ("csv", "json")),
    ],
)
def test_frictionless_catches_a_planted_value_in_every_format(
    folder: Path, tmp_path: Path, form: str, field: str, value: str, error: str
) -> None:
    _plant(folder, tmp_path / "planted", form, field, value)
    report = frictionless.validate(str(tmp_path / "planted" / "datapackage.json"))
    assert {(task.name, problem.type) for task in report.tasks for problem in task.errors} == {
        (f"visits-{form}", error)
    }


def test_the_data_package_carries_schema_org_metadata(folder: Path, tmp_path: Path) -> None:
    package = _package(folder)
    about = package["jsonld"]
    assert about["@context"] == "https://schema.org/" and about["@type"] == "Dataset"  # type: ignore[index]
    assert about["version"] == "1.0.0" and about["datePublished"] == "2026-11-29"  # type: ignore[index]
    assert about["license"] == package["licenses"][0]["path"]  # type: ignore[index]
    assert about["temporalCoverage"] == "1918-05-28/2022-05"  # type: ignore[index]
    assert about["creditText"] == package["citation"]  # type: ignore[index]
    assert {c["identifier"] for c in about["spatialCoverage"]} == {"AZ", "TR"}  # type: ignore[index]
    assert [d["contentUrl"] for d in about["distribution"]] == [r["path"] for r in package["resources"]]  # type: ignore[index]
    assert len(about["isBasedOn"]) == len(DS.sources)  # type: ignore[index]
    mine = azt.from_records([*DS.sources, *DS.countries], version="mine")
    azt.export(mine, tmp_path, formats=("csv",))
    about = _package(tmp_path)["jsonld"]
    assert about["version"] == "mine" and "datePublished" not in about and "temporalCoverage" not in about  # type: ignore[operator,index]


def test_a_broken_reference_fails_validation(folder: Path, tmp_path: Path) -> None:
    descriptor = _package(folder)
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"].endswith("-csv")]  # type: ignore[attr-defined]
    for resource in descriptor["resources"]:  # type: ignore[attr-defined]
        del resource["hash"], resource["bytes"]
        (tmp_path / resource["path"]).write_bytes((folder / resource["path"]).read_bytes())
    visits = (tmp_path / "visits.csv").read_text(encoding="utf-8")
    (tmp_path / "visits.csv").write_text(visits.replace(",AZ,TR,", ",AZ,XX,"), encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert {error[0] for error in report.flatten(["type"])} == {"foreign-key"}


def test_parquet_reads_back_with_duckdb_and_polars(folder: Path) -> None:
    db = duckdb.connect()
    for table in TABLES:
        count = db.execute(f"select count(*) from '{folder / table}.parquet'").fetchone()
        assert count == (len(rows(DS, table)),), table
    opened = db.execute(
        f"select opened, opened_earliest from '{folder}/missions.parquet' where id = 'embassy-az-in-tr'"
    ).fetchone()
    assert opened is not None and opened[0] == "1992-08" and str(opened[1]) == "1992-08-01"
    countries = pl.read_parquet(folder / "countries.parquet")
    assert countries.filter(pl.col("id") == "TR")["aliases"].item().to_list()[0] == "Turkey"
    assert countries.schema["cow_code"] == pl.Int64


def test_csv_is_utf8_with_lists_joined_and_iso_dates(folder: Path) -> None:
    with (folder / "countries.csv").open(encoding="utf-8", newline="") as file:
        turkey = next(row for row in csv.DictReader(file) if row["id"] == "TR")
    assert turkey["name"] == "Türkiye" and turkey["aliases"].split("|")[0] == "Turkey"
    with (folder / "missions.csv").open(encoding="utf-8", newline="") as file:
        embassy = next(row for row in csv.DictReader(file) if row["id"] == "embassy-az-in-tr")
    assert (embassy["opened"], embassy["opened_latest"]) == ("1992-08", "1992-08-31")


def test_json_holds_the_rows(folder: Path) -> None:
    missions = json.loads((folder / "missions.json").read_text(encoding="utf-8"))
    expected = [
        {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}
        for row in rows(DS, "missions")
    ]
    assert missions == expected


def test_one_format_only(tmp_path: Path) -> None:
    paths = azt.export(DS, tmp_path, formats=("json",))
    assert {p.suffix for p in paths} == {".json"} and len(paths) == len(TABLES) + 1
    assert frictionless.validate(str(tmp_path / "datapackage.json")).valid


def test_a_dataset_built_in_python_exports_without_a_release(tmp_path: Path) -> None:
    mine = azt.from_records([*DS.sources, *DS.countries], version="mine")
    azt.export(mine, tmp_path, formats=("csv",))
    package = _package(tmp_path)
    assert package["version"] == "mine" and "citation" not in package
    assert frictionless.validate(str(tmp_path / "datapackage.json")).valid


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        (("not a dataset", "out"), TypeError, "ds: expected a Dataset"),
        ((DS, 42), TypeError, "directory: expected a path"),
        ((DS, "out", ("csv", "xlsx")), ValueError, "accepted: csv, json, parquet"),
        ((DS, "out", ()), ValueError, "accepted: csv, json, parquet"),
        ((DS, "out", "csv"), TypeError, r"formats: expected a tuple of format names such as \('csv',\)"),
    ],
)
def test_bad_arguments_are_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[object, ...],
    error: type[Exception],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error, match=message):
        azt.export(*args)  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


def test_a_file_is_not_a_directory(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(NotADirectoryError, match="is a file; give a folder"):
        azt.export(DS, tmp_path / "file")


def test_parquet_without_pyarrow_names_the_extra_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(azt.MissingExtraError, match=r'pip install "az-tr-relations\[arrow\]"'):
        azt.export(DS, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert len(azt.export(DS, tmp_path / "out", formats=("csv", "json"))) == 2 * len(TABLES) + 1


def test_a_list_item_holding_the_delimiter_is_refused(tmp_path: Path) -> None:
    turkey = attrs.evolve(DS.country("TR"), aliases=("Turkey|Türkei",))
    odd = azt.from_records([*DS.sources, turkey], version="odd")
    with pytest.raises(ValueError, match=r"countries.aliases: the item 'Turkey\|Türkei' contains '\|'"):
        azt.export(odd, tmp_path, formats=("csv",))
    assert len(azt.export(odd, tmp_path, formats=("json",))) == len(TABLES) + 1


@settings(max_examples=10)  # frictionless reads 57 files per example: about a second each
@given(ds=datasets())
def test_any_dataset_built_in_python_exports_a_valid_package(ds: azt.Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        azt.export(ds, Path(folder) / "out")
        report = frictionless.validate(str(Path(folder) / "out" / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])

"""Tampered and broken data folders, in one place: every problem refused with one `DataError`
naming each file and JSON path, checksums that catch edits, and `validate()` collecting the same
problems without raising. (Fuzzed tampering: test_tampered_data_fuzz.py.)"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import az_tr_relations as azt
from az_tr_relations._json import canonical_json

DATA = Path(str(resources.files("az_tr_relations").joinpath("data")))
VERSION = "1.0.0"  # released, so never edited: the fixtures below can rely on its records


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / VERSION
    shutil.copytree(DATA / VERSION, target)
    return target


def _reseal(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name in manifest["files"]:
        if (folder / name).is_file():
            manifest["files"][name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(canonical_json(manifest), encoding="utf-8")


def _problems(folder: Path) -> tuple[str, ...]:
    with pytest.raises(azt.DataError) as caught:
        azt.load_folder(folder)
    assert str(caught.value).startswith(f"data folder {folder}: ")
    return caught.value.problems


def _records(folder: Path, name: str, change: Callable[[list[Any]], None]) -> None:
    path = folder / name
    records = json.loads(path.read_text(encoding="utf-8"))
    change(records)
    path.write_text(canonical_json(records), encoding="utf-8")
    _reseal(folder)


def _bytes(folder: Path, name: str, change: Callable[[bytes], bytes]) -> None:
    (folder / name).write_bytes(change((folder / name).read_bytes()))
    _reseal(folder)


# Bad data: one DataError, every problem, each with file and JSON path --------------------------


def test_every_field_problem_of_a_record_is_listed(folder: Path) -> None:
    """attrs stops at a record's first failing validator; the loader reports them all."""
    _records(folder, "visits.json", lambda r: r[0].update(end="2022-01-01", citations=[], host=7))
    _records(
        folder, "people.json", lambda r: r[2]["offices"][0].update(start="2000", end="1999", country="xx")
    )
    assert set(_problems(folder)) == {
        "visits.json: $[0].host: expected a string, got int 7",
        "visits.json: $[0].end: 2022-01-01 is before start 2022-01-28",
        "visits.json: $[0].citations: must not be empty",
        "people.json: $[2].offices[0].country: expected an ISO 3166-1 alpha-2 code like 'AZ', got 'xx'",
        "people.json: $[2].offices[0].end: 1999 is before start 2000",
    }


@pytest.mark.parametrize(
    ("name", "change", "problem"),
    [
        (
            "countries.json",
            lambda r: r[0].update(aliases=None),
            "$[0].aliases: expected a JSON array, got null",
        ),
        (
            "countries.json",
            lambda r: r[0].update(aliases="Turkey"),
            "$[0].aliases: expected a JSON array, got str 'Turkey'",
        ),
        (
            "missions.json",
            lambda r: r[0]["citations"][0].update(fields={"city": True}),
            "$[0].citations[0].fields: expected a JSON array, got dict",
        ),
        (
            "missions.json",
            lambda r: r[0].update(citations=[["mfa"]]),
            "$[0].citations[0]: expected a JSON object holding a Citation",
        ),
        (
            "missions.json",
            lambda r: r[0]["citations"][0].update(inferred="yes"),
            "$[0].citations[0].inferred: expected true or false, got str 'yes'",
        ),
        (
            "missions.json",
            lambda r: r[0].update(kind="consulate"),
            "$[0].kind: expected one of 'embassy', 'consulate_general', 'honorary_consulate', got str 'consulate'",
        ),
        (
            "countries.json",
            lambda r: r[0].update(cow_code=10**30),
            "$[0].cow_code: expected an integer that fits",
        ),
        (
            "countries.json",
            lambda r: r[0].update(cow_code=True),
            "$[0].cow_code: expected an integer, got bool",
        ),
        ("places.json", lambda r: r[0].update(latitude="40.1"), "$[0].latitude: expected a number, got str"),
        (
            "missions.json",
            lambda r: r[0].update(opened="１９９２-08"),
            "$[0].opened: not a date: '１９９２-08'",
        ),
        (
            "missions.json",
            lambda r: r[0].update(opened="2021-02-30"),
            "$[0].opened: not a date: '2021-02-30'",
        ),
        ("missions.json", lambda r: r[0].update(opened=1992), "$[0].opened: expected an ISO date string"),
        ("missions.json", lambda r: r[0].pop("kind"), "$[0].kind: required field missing"),
        ("missions.json", lambda r: r[0].update(colour="red"), "$[0]: unknown field(s) colour"),
        (
            "missions.json",
            lambda r: r.__setitem__(0, "embassy"),
            "$[0]: expected a JSON object holding a Mission",
        ),
        ("missions.json", lambda r: r.__setitem__(0, None), "$[0]: expected a JSON object holding a Mission"),
    ],
)
def test_wrong_values_are_refused_with_their_path(
    folder: Path, name: str, change: Callable[[list[Any]], None], problem: str
) -> None:
    _records(folder, name, change)
    assert any(p.startswith(f"{name}: {problem}") for p in _problems(folder)), _problems(folder)


@pytest.mark.parametrize(
    ("name", "change", "problem"),
    [
        ("visits.json", lambda b: b"\xef\xbb\xbf" + b, "starts with a byte-order mark"),
        ("places.json", lambda b: b.decode().encode("latin-1", "replace"), "not UTF-8: byte 0xfc at line 15"),
        ("places.json", lambda b: b.decode().encode("utf-16"), "not UTF-8: byte 0xff at line 1"),
        (
            "places.json",
            lambda b: b.replace(b'"latitude": 4', b'"latitude": NaN, "x": 4', 1),
            "$[1].latitude: expected a finite number, got nan",
        ),
        (
            "places.json",
            lambda b: b.replace(b'"latitude": 4', b'"latitude": 1e999, "x": 4', 1),
            "$[1].latitude: expected a finite number, got inf",
        ),
        (
            "places.json",
            lambda b: b.replace(b'"longitude": 4', b'"longitude": -Infinity, "x": 4', 1),
            "$[1].longitude: expected a finite number, got -inf",
        ),
        (
            "countries.json",
            lambda b: b.replace(b'"cow_code": ', b'"cow_code": ' + b"9" * 5000, 1),
            "not valid JSON: the integer 999999999999... has 50",
        ),
        (
            "visits.json",
            lambda b: b.replace(b'"host": "TR"', b'"host": "TR", "host": "AZ"', 1),
            "not valid JSON: key 'host' appears twice in the object with id 'visit-2022-05-14-aliyev-rize'",
        ),
        (
            "people.json",
            lambda b: b.replace(b'"name": "', b'"name": "\\ud800', 1),
            "$[0].name: expected text, got a string holding an unpaired surrogate",
        ),
        ("visits.json", lambda b: b"[" * 100_000 + b"]" * 100_000, "not valid JSON: nested too deeply"),
        ("visits.json", lambda b: b[: len(b) // 2], "not valid JSON: "),
        ("visits.json", lambda b: b"", "not valid JSON: Expecting value: line 1 column 1"),
        ("visits.json", lambda b: b"null", "$: expected a JSON array of records, got null"),
    ],
)
def test_broken_bytes_are_refused_clearly(
    folder: Path, name: str, change: Callable[[bytes], bytes], problem: str
) -> None:
    _bytes(folder, name, change)
    problems = _problems(folder)
    assert any(p.startswith(f"{name}: {problem}") for p in problems), problems


def test_manifest_problems_are_all_listed(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.update(version=1, released="2021-02-30", changes=None)
    (folder / "manifest.json").write_text(canonical_json(manifest), encoding="utf-8")
    assert set(_problems(folder)) == {
        "manifest.json: $.version: expected a string, got int 1",
        "manifest.json: $.released: not a date: '2021-02-30': day must be 1-28 in 2021-02, got 30",
        "manifest.json: $.changes: expected a string, got null",
    }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda m: m["files"].update({"visits.json": "ABC"}),
            "manifest.json: $.files['visits.json']: expected a SHA-256 as 64 lowercase hex digits, got 'ABC'",
        ),
        (
            lambda m: m["files"].update({"visits.json": m["files"]["visits.json"].upper()}),
            "manifest.json: $.files['visits.json']: expected a SHA-256 as 64 lowercase hex digits",
        ),
        (lambda m: m.update(files=[]), "manifest.json: $.files: expected a JSON object, got list []"),
        (
            lambda m: m["files"].update({"visits.json": 7}),
            "manifest.json: $.files['visits.json']: expected a string",
        ),
        (
            lambda m: m.update(version="1.0"),
            "manifest.json: $.version: expected MAJOR.MINOR.PATCH, got '1.0'",
        ),
        (lambda m: m.update(version="1.0.1"), "manifest.json: $.version: '1.0.1' does not match its folder"),
        (lambda m: m.update(extra=1), "manifest.json: $: unknown field(s) extra"),
        (lambda m: m.pop("as_of"), "manifest.json: $.as_of: required field missing"),
    ],
)
def test_bad_manifests_are_refused(
    folder: Path, change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    change(manifest)
    (folder / "manifest.json").write_text(canonical_json(manifest), encoding="utf-8")
    problems = _problems(folder)
    assert any(p.startswith(problem) for p in problems), problems


def test_a_manifest_naming_a_file_twice_is_refused(folder: Path) -> None:
    text = (folder / "manifest.json").read_text(encoding="utf-8")
    twice = text.replace('"files": {', '"files": {\n    "visits.json": "' + "0" * 64 + '",', 1)
    (folder / "manifest.json").write_text(twice, encoding="utf-8")
    assert _problems(folder) == ("manifest.json: not valid JSON: key 'visits.json' appears twice",)


def test_unexpected_and_unreadable_files_are_reported(folder: Path, tmp_path: Path) -> None:
    (folder / "notes.json").write_text("[]", encoding="utf-8")
    (folder / "README.md").write_text("other files are left alone", encoding="utf-8")
    (folder / "visits.json").unlink()
    (folder / "visits.json").mkdir()
    assert set(_problems(folder)) == {
        "visits.json: cannot be read: Is a directory",
        "notes.json: unexpected file in the data folder (neither manifest.json nor a collection)",
    }
    assert _problems(tmp_path / "missing") == ("not a folder: it does not exist or is a file",)
    assert _problems(folder / "manifest.json") == ("not a folder: it does not exist or is a file",)


# validate(): the same checks, collected -----------------------------------------------------------


def test_validate_reports_every_shipped_version() -> None:
    reports = azt.validate()
    assert [r.version for r in reports] == list(azt.versions())
    assert all(r.ok and not r.problems for r in reports), [str(r) for r in reports if not r.ok]
    assert [r.records for r in reports] == [len(azt.load(v)) for v in azt.versions()]
    assert str(reports[0]) == f"data version {VERSION}: ok, {len(azt.load(VERSION))} records"


def test_validate_collects_instead_of_raising(folder: Path) -> None:
    _records(folder, "visits.json", lambda r: r[0].update(host="FR", citations=[]))
    (report,) = azt.validate(folder)
    assert not report.ok and report.version is None and report.folder == str(folder)
    assert report.problems == _problems(folder)
    assert str(report).startswith(f"data folder {folder}: 1 problem\n  - visits.json: $[0].citations")


def test_validate_checks_each_version_folder_of_a_data_root(folder: Path) -> None:
    shutil.copytree(folder, folder.parent / "1.0.1")
    reports = azt.validate(folder.parent)
    assert [Path(r.folder).name for r in reports] == ["1.0.0", "1.0.1"]
    assert reports[0].ok and reports[0].version == VERSION
    assert reports[1].problems == ("manifest.json: $.version: '1.0.0' does not match its folder '1.0.1'",)


def test_validate_from_the_shell(folder: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "az_tr_relations.validate", *args]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    good = run(str(folder))
    assert (good.returncode, good.stderr) == (0, "")
    assert good.stdout.startswith(f"data folder {folder}: ok, ")
    _records(folder, "missions.json", lambda r: r[0].update(opened="1992-13", citations=[]))
    bad = run(str(folder))
    assert bad.returncode == 1
    assert bad.stdout.splitlines()[1:] == [
        "  - missions.json: $[0].opened: not a date: '1992-13': month must be 1-12, got 13 in 1992-13",
        "  - missions.json: $[0].citations: must not be empty",
    ]
    assert bad.stderr == "1 of 1 data version(s) invalid\n"
    assert run().returncode == 0


# Edits, checksums and damage (loader) ----------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "1.0.0"  # a released version, so the record positions below stay put
    shutil.copytree(DATA / "1.0.0", target)
    return target


def _edit(folder: Path, name: str, change: object, reseal: bool = True) -> None:
    """Apply `change` to the parsed records of `name` and, unless told not to, fix the manifest."""
    path = folder / name
    records = json.loads(path.read_text(encoding="utf-8"))
    change(records)  # type: ignore[operator]
    path.write_text(canonical_json(records), encoding="utf-8")
    if reseal:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        manifest["files"][name] = hashlib.sha256(path.read_bytes()).hexdigest()
        (folder / "manifest.json").write_text(canonical_json(manifest), encoding="utf-8")


def test_a_copy_loads_equal(copy: Path) -> None:
    assert azt.load_folder(copy) == azt.load("1.0.0")


def test_tampered_file_is_refused(copy: Path) -> None:
    _edit(copy, "visits.json", lambda r: r[0].update(start="2022-01-29"), reseal=False)
    with pytest.raises(
        azt.DataError, match=r"visits\.json: contents do not match the SHA-256 in manifest\.json"
    ):
        azt.load_folder(copy)


def test_every_problem_is_listed_with_file_and_path(copy: Path) -> None:
    def break_visits(records: list[dict[str, object]]) -> None:
        records[0]["start"] = "2021-02-30"
        records[1]["host"] = 7
        records[1]["extra"] = True
        del records[1]["visitor"]

    _edit(copy, "visits.json", break_visits)
    _edit(copy, "missions.json", lambda r: r[0].update(opened="1992-13"))
    with pytest.raises(azt.DataError) as caught:
        azt.load_folder(copy)
    problems = caught.value.problems
    assert (
        "visits.json: $[0].start: not a date: '2021-02-30': day must be 1-28 in 2021-02, got 30" in problems
    )
    assert "visits.json: $[1].host: expected a string, got int 7" in problems
    assert "visits.json: $[1]: unknown field(s) extra" in problems
    assert "visits.json: $[1].visitor: required field missing" in problems
    assert any(p.startswith("missions.json: $[0].opened: not a date: '1992-13'") for p in problems)
    assert str(caught.value).startswith(f"data folder {copy}: 5 problems")


@pytest.mark.parametrize(
    ("name", "change", "problem"),
    [
        (
            "visits.json",
            lambda r: r[0].update(host="FR"),
            "visits.json: $[0].host: unknown countries id 'FR'",
        ),
        (
            "visits.json",
            lambda r: r[0].update(visitor="nobody"),
            "visits.json: $[0].visitor: unknown people id 'nobody'",
        ),
        (
            "visits.json",
            lambda r: r[0].update(end="2022-01-01"),
            "visits.json: $[0].end: 2022-01-01 is before start 2022-01-28",
        ),
        (
            "visits.json",
            lambda r: r[0].update(citations=[]),
            "visits.json: $[0].citations: must not be empty",
        ),
        (
            "visits.json",
            lambda r: r.append(dict(r[0])),
            "visits.json: $[2].id: duplicate id 'visit-2022-01-28-erdogan-baku'",
        ),
        (
            "missions.json",
            lambda r: r[0]["citations"][0].update(source="nowhere"),
            "missions.json: $[0].citations[0].source: unknown sources id 'nowhere'",
        ),
        (
            "missions.json",
            lambda r: r[0]["citations"][0].update(fields=["colour"]),
            "missions.json: $[0].citations[0].fields: Mission has no field 'colour'",
        ),
        (
            "missions.json",
            lambda r: r[0].update(city="baku"),
            "missions.json: $[0].city: 'baku' lies in AZ, not in TR",
        ),
        (
            "people.json",
            lambda r: r[2]["offices"][0].update(country="XX"),
            "people.json: $[2].offices[0].country: unknown countries id 'XX'",
        ),
        (
            "agreements.json",
            lambda r: r[1]["ratifications"][0].update(date="2022-02-30"),
            "agreements.json: $[1].ratifications[0].date: not a date",
        ),
        (
            "meetings.json",
            lambda r: r[0].update(council="council-x"),
            "meetings.json: $[0].council: unknown councils or formats id 'council-x'",
        ),
    ],
)
def test_bad_data_is_refused_with_its_place(copy: Path, name: str, change: object, problem: str) -> None:
    _edit(copy, name, change)
    with pytest.raises(azt.DataError) as caught:
        azt.load_folder(copy)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda f: (f / "visits.json").write_text("[{", encoding="utf-8"), "visits.json: not valid JSON"),
        (
            lambda f: (f / "visits.json").write_text("{}", encoding="utf-8"),
            "visits.json: $: expected a JSON array of records, got dict",
        ),
        (lambda f: (f / "visits.json").unlink(), "visits.json: file missing"),
        (lambda f: (f / "manifest.json").unlink(), "manifest.json: file missing"),
        (
            lambda f: (f / "manifest.json").write_text("[]", encoding="utf-8"),
            "manifest.json: $: expected a JSON object, got list",
        ),
    ],
)
def test_damaged_files_are_refused(copy: Path, damage: object, problem: str) -> None:
    if "manifest" not in problem and "missing" not in problem:
        manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
        damage(copy)  # type: ignore[operator]
        manifest["files"]["visits.json"] = hashlib.sha256((copy / "visits.json").read_bytes()).hexdigest()
        (copy / "manifest.json").write_text(canonical_json(manifest), encoding="utf-8")
    else:
        damage(copy)  # type: ignore[operator]
    with pytest.raises(azt.DataError) as caught:
        azt.load_folder(copy)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems

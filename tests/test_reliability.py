"""Reliability: bad data gets one clear DataError, bad arguments a clear ValueError, TypeError or
LookupError, nothing public can be mutated, concurrent loads agree, and `validate` reports."""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# Query input: a result or a clear ValueError, TypeError or LookupError -------------------------------

DS = azt.load(VERSION)
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.complex_numbers(),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.frozensets(st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.from_type(type),
    st.sampled_from(
        [
            "Türkiye",
            "2022",
            "2022-05-14",
            "1992-13",
            "visits",
            "embassy",
            azt.Visit,
            azt.MissionKind.EMBASSY,
            azt.PartialDate(year=2022),
            DS.country("TR"),
            DS.get("embassy-az-in-tr"),
            DS,
            object(),
        ]
    ),
)

CALLS: dict[str, Callable[[Any, Any], object]] = {
    "get": lambda a, b: DS.get(a),
    "get kind": lambda a, b: DS.get("embassy-az-in-tr", a),
    "country": lambda a, b: DS.country(a),
    "person": lambda a, b: DS.person(a),
    "place": lambda a, b: DS.place(a),
    "visits_between": lambda a, b: DS.visits_between(a, b),
    "visits_between filters": lambda a, b: DS.visits_between(None, None, host=a, visitor=b),
    "visits_between origin": lambda a, b: DS.visits_between("1990", "2030", origin=a, uncertain=b),
    "events_between": lambda a, b: DS.events_between(a, b, uncertain=True),
    "missions_in": lambda a, b: DS.missions_in(a),
    "missions_in city": lambda a, b: DS.missions_in("TR", city=a, kind=b),
    "missions_of": lambda a, b: DS.missions_of(a),
    "collection": lambda a, b: DS.collection(a),
    "load": lambda a, b: azt.load(a),
    "from_records": lambda a, b: azt.from_records(a, version="x"),
    "from_records version": lambda a, b: azt.from_records(DS.sources, version=a, as_of=b),
    "load_folder": lambda a, b: azt.load_folder(a),
    "validate": lambda a, b: azt.validate(a),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=60)
@given(a=anything, b=anything)
def test_every_public_helper_gives_a_result_or_a_clear_error(name: str, a: object, b: object) -> None:
    try:
        CALLS[name](a, b)
    except (ValueError, TypeError, LookupError) as error:
        message = str(error)
        assert message and "Traceback" not in message
        assert "unhashable" not in message and "not iterable" not in message and "isinstance()" not in message


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: DS.collection(["visits"]),
            TypeError,
            "collection: expected a name such as 'visits', got list",
        ),
        (
            lambda: DS.get("embassy-az-in-tr", "Mission"),
            TypeError,
            "kind: expected a record class such as Visit",
        ),
        (lambda: azt.from_records(None, version="x"), TypeError, "records: expected an iterable of records"),
        (lambda: azt.from_records([], version=1), TypeError, "version: expected a string such as '1.0.0'"),
        (lambda: azt.from_records([], version="x", as_of="2022"), TypeError, "as_of: expected a PartialDate"),
        (lambda: azt.load_folder(3), TypeError, "folder: expected a path (str or os.PathLike), got int 3"),
        (lambda: azt.validate(b"data"), TypeError, "folder: expected a path (str or os.PathLike), got bytes"),
        (lambda: DS.visits_between("２０２２", None), ValueError, "start: not a date: '２０２２'"),
        (
            lambda: DS.events_between(None, "05/06/2022"),
            ValueError,
            "end: not a date: '05/06/2022'; expected YYYY",
        ),
        (lambda: DS.visits_between(datetime.date(2023, 1, 1), "2022"), ValueError, "is after end 2022"),
    ],
)
def test_bad_arguments_are_named(call: Callable[[], object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        call()
    assert message in str(caught.value)


# Immutability ------------------------------------------------------------------------------------


def _public_values(value: object, seen: set[int], depth: int = 0) -> list[tuple[str, object]]:
    """Every value reachable from `value` through public attributes and tuple items."""
    if id(value) in seen or depth > 6 or isinstance(value, (str, int, float, type(None))):
        return []
    seen.add(id(value))
    found: list[tuple[str, object]] = [(type(value).__name__, value)]
    if isinstance(value, tuple):
        for item in value:
            found += _public_values(item, seen, depth + 1)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if not field.name.startswith("_"):
                found += _public_values(getattr(value, field.name), seen, depth + 1)
    return found


def test_no_public_attribute_holds_a_mutable_container() -> None:
    reachable = _public_values(DS, set()) + _public_values(azt.manifest(VERSION), set())
    assert len(reachable) > 300
    mutable = [
        (where, type(value)) for where, value in reachable if isinstance(value, (list, dict, set, bytearray))
    ]
    assert mutable == []


def test_records_collections_and_the_dataset_cannot_be_changed() -> None:
    visit = DS.visits[0]
    targets: list[object] = [DS, visit, visit.citations[0], visit.start, azt.manifest(VERSION)]
    for target in targets:
        with pytest.raises(AttributeError):
            target.id = "changed"  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            del target.version  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            target.__dict__  # noqa: B018 - slotted: no instance dict to write through
    for result in (DS.visits, DS.visits_between(None, None), DS.missions_of("TR"), DS.timeline()):
        assert isinstance(result, tuple)
        with pytest.raises(TypeError):
            result[0] = visit  # type: ignore[index]
    with pytest.raises(TypeError):
        azt.manifest(VERSION).files["visits.json"] = "0" * 64  # type: ignore[index]
    with pytest.raises(TypeError):
        azt.COLLECTIONS["trips"] = azt.Visit  # type: ignore[index]
    counts = DS.counts()
    counts["visits"] = -1
    assert DS.counts()["visits"] == len(DS.visits)
    assert azt.load(VERSION) == DS == azt.load_folder(DATA / VERSION)


# Concurrency -------------------------------------------------------------------------------------


def _in_threads(call: Callable[[], object], count: int = 16) -> list[object]:
    results: list[object] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def worker() -> None:
        try:
            barrier.wait()
            results.append(call())
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == count
    return results


@pytest.mark.parametrize("version", azt.versions())
def test_concurrent_first_loads_share_one_dataset(version: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(azt._loader, "_CACHE", {})
    results = _in_threads(lambda: azt.load(version))
    assert all(result is results[0] for result in results)
    assert azt.load(version) is results[0]


def test_concurrent_loads_of_every_version_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(azt._loader, "_CACHE", {})
    shipped = azt.versions()
    results = _in_threads(lambda: {version: azt.load(version) for version in reversed(shipped)})
    for version in shipped:
        assert len({id(result[version]) for result in results}) == 1  # type: ignore[index]


def test_concurrent_folder_loads_and_validations_agree(folder: Path) -> None:
    datasets = _in_threads(lambda: azt.load_folder(folder))
    assert all(ds == DS for ds in datasets)
    reports = _in_threads(lambda: azt.validate(folder), count=8)
    assert all(report == reports[0] for report in reports)

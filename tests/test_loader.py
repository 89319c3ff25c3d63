"""The loader: shipped versions, caching, integrity, and errors that name file and path."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from importlib import resources
from pathlib import Path

import pytest

import az_tr_relations as azt
from az_tr_relations._converter import CONVERTER
from az_tr_relations._json import canonical_json

DATA = Path(str(resources.files("az_tr_relations").joinpath("data")))

# Released data versions never change. Pinned per version: SHA-256 over the manifest and every
# data file (the bytes), and `azt.content_hash` of the loaded records (their content).
RELEASED = {
    "1.0.0": (
        "ec7680de37d531b6725171f4073ece064645f10d39881b6798175abbb0b56eae",
        "82f9eabce394cc6d734f62a1e2d395cb3aebc0de7d91cd2429f8db5a1929a28f",
    ),
    "1.1.0": (
        "2447420462839546fc42d39f054b99a008c21baae90e36d658c0251ee551c2b5",
        "016373aaebe02e3cce7195ab69db30b0d909635fe883a1fb49252ac58603e05f",
    ),
}


def _files_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_released_versions_are_unchanged(version: str) -> None:
    files, content = RELEASED[version]
    message = f"data version {version} changed; released versions are immutable: put changes in a new version"
    assert _files_hash(DATA / version) == files, message
    assert azt.content_hash(azt.load(version)) == content, message


def test_versions_agree_with_the_folders_and_latest() -> None:
    folders = sorted(
        (p.name for p in DATA.iterdir() if p.is_dir() and p.name[0].isdigit()),
        key=lambda v: tuple(map(int, v.split("."))),
    )
    assert azt.versions() == tuple(folders)
    assert azt.LATEST == azt.versions()[-1]
    assert azt.load().version == azt.LATEST
    assert set(RELEASED) <= set(azt.versions())


@pytest.mark.parametrize("version", azt.versions())
def test_every_version_loads_and_files_are_canonical(version: str) -> None:
    ds = azt.load(version)
    assert ds.version == version
    manifest = json.loads((DATA / version / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == version and str(ds.as_of) == manifest["as_of"]
    for name, kind in azt.COLLECTIONS.items():
        path = DATA / version / f"{name}.json"
        records = ds.collection(name)
        if path.name not in manifest["files"]:  # a collection this version predates
            assert not path.exists() and records == ()
            continue
        assert [r.id for r in records] == sorted(r.id for r in records), f"{path.name} is not sorted by id"
        text = path.read_text(encoding="utf-8")
        assert text == canonical_json(json.loads(text)), f"{path.name} is not canonically formatted"
        if version == azt.LATEST:  # older versions predate fields added since (left at their defaults)
            assert text == canonical_json(CONVERTER.unstructure(records, tuple[kind, ...]))  # type: ignore[valid-type]
        assert manifest["files"][path.name] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_record_is_cited_to_a_known_source() -> None:
    ds = azt.load()
    sources = {s.id for s in ds.sources}
    for name in azt.COLLECTIONS:
        for record in ds.collection(name):
            for citation in getattr(record, "citations", ()):
                assert citation.source in sources


def test_load_is_cached_and_thread_safe() -> None:
    azt._loader._CACHE.clear()
    results: list[object] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(16)

    def worker() -> None:
        try:
            barrier.wait()
            results.append(azt.load())
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 16 and all(result is results[0] for result in results)
    assert azt.load() is results[0]


def test_unknown_version_lists_what_is_available() -> None:
    with pytest.raises(azt.UnknownVersionError) as caught:
        azt.load("9.9.9")
    assert isinstance(caught.value, LookupError)
    assert caught.value.available == azt.versions()
    assert str(caught.value) == f"unknown data version '9.9.9'; available: {', '.join(azt.versions())}"
    with pytest.raises(TypeError, match="version: expected a string"):
        azt.load(1)  # type: ignore[arg-type]


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

"""The loader: shipped versions, caching, integrity, and errors that name file and path."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections.abc import Callable
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
    "1.2.0": (
        "c34b00545170f3e42624cae0997adaf07da631eaa5536104847660f6e2fdd7a9",
        "2a8befabf841d256c766b484e73daf774bcc7bc301517d1aba76e346b36d7fc1",
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


DS = azt.load("1.0.0")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "1.0.0"
    shutil.copytree(DATA / "1.0.0", target)
    return target


# Concurrency (with test_load_is_cached_and_thread_safe above) -------------------------------------------------------------------------------------


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

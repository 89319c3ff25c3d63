"""Loading a data version: the manifests of the versions this package ships, and `Dataset`s read
from data folders (checked file by file, then as a whole).

Each shipped version is read and checked once per process; later calls return the same object.
"""

from __future__ import annotations

import os
import threading

from . import _index
from ._build import Builder
from ._files import read_collection, read_manifest
from ._manifest import Manifest
from ._shipped import checked, shipped_folder
from .dataset import Dataset
from .errors import DataError, Problem
from .schema import COLLECTIONS

__all__ = ["load", "load_folder", "manifest", "read_folder"]

_LOCK = threading.Lock()
_CACHE: dict[str, Dataset] = {}


def manifest(version: str | None = None) -> Manifest:
    """What ``manifest.json`` of data version `version` (the newest when None) says.

    >>> import az_tr_relations as azt
    >>> m = azt.manifest("1.0.0")
    >>> m.version, str(m.released), str(m.as_of)
    ('1.0.0', '2026-11-29', '2022-05')
    """
    version = checked(version)
    found, problems = read_manifest(shipped_folder(version))
    if found is None:
        raise DataError(f"data version {version}", problems)
    return found


def load(version: str | None = None) -> Dataset:
    """The dataset of data version `version` (the newest when None), loaded once per process.

    >>> import az_tr_relations as azt
    >>> azt.load("1.0.0") is azt.load("1.0.0")
    True
    """
    version = checked(version)
    cached = _CACHE.get(version)
    if cached is not None:
        return cached
    with _LOCK:
        if version not in _CACHE:
            _CACHE[version] = read_folder(shipped_folder(version), f"data version {version}")
        return _CACHE[version]


def load_folder(folder: str | os.PathLike[str]) -> Dataset:
    """A dataset from a data folder outside the package (for curators preparing a version).

    It is checked exactly as a shipped version is (checksums, JSON, records, references) and
    not cached; any problem raises one `DataError` listing them all.

    >>> import az_tr_relations as azt
    >>> from importlib import resources
    >>> folder = resources.files("az_tr_relations") / "data" / "1.0.0"
    >>> azt.load_folder(str(folder)) == azt.load("1.0.0")
    True
    """
    if isinstance(folder, bytes) or not isinstance(folder, (str, os.PathLike)):
        raise TypeError(
            f"folder: expected a path (str or os.PathLike), got {type(folder).__name__} {folder!r}"
        )
    return read_folder(os.fspath(folder), f"data folder {folder}")


def read_folder(folder: str, context: str) -> Dataset:
    """The dataset in `folder`, or a `DataError` (titled `context`) listing every problem, each
    placed in its file: the manifest's, each collection file's, then those of the whole dataset."""
    if not os.path.isdir(folder):
        raise DataError(context, [Problem("not a folder: it does not exist or is a file")])
    about, problems = read_manifest(folder)
    if about is None:
        raise DataError(context, problems)
    expected = {f"{name}.json" for name in COLLECTIONS}
    problems = [
        Problem("listed in manifest.json but not a data file", where=name)
        for name in sorted(set(about.files) - expected)
    ]
    collections = {}
    builder = Builder()
    for name, kind in COLLECTIONS.items():
        file = f"{name}.json"
        if file not in about.files:
            if os.path.lexists(os.path.join(folder, file)):  # whatever it is: a file, a link, a pipe
                problems.append(Problem("not listed in manifest.json", where=file))
            continue  # a collection the version predates (e.g. corrections before 1.1.0) is empty
        with _index.paused_gc():
            path = os.path.join(folder, file)
            records, found = read_collection(path, file, about.files.get(file), kind, builder)
        collections[name] = records
        problems += found
    problems += [
        Problem(
            "unexpected file in the data folder (neither manifest.json nor a collection)", where=entry.name
        )
        for entry in sorted(os.scandir(folder), key=lambda entry: entry.name)
        if entry.name.endswith(".json") and entry.name not in expected | {"manifest.json"}
    ]
    if problems:
        raise DataError(context, problems)
    try:
        return Dataset(version=about.version, as_of=about.as_of, **collections)  # type: ignore[arg-type]
    except DataError as error:  # placed in collections: place them in the data files
        located = [
            p.located(f"{p.where}.json") if p.where in COLLECTIONS else p
            for p in map(_as_problem, error.problems)
        ]
        raise DataError(context, located) from None


def _as_problem(problem: str) -> Problem:
    return problem if isinstance(problem, Problem) else Problem(problem)

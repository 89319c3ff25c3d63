"""Reading a data version shipped in the package: manifest, checksums, JSON, records, Dataset.

Each version is parsed and validated once per process; later calls return the same object.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import attrs
import cattrs

from ._converter import CONVERTER, describe_error
from .dataset import COLLECTIONS, Dataset
from .dates import PartialDate
from .errors import DataError, UnknownVersionError
from .records import Record

__all__ = ["LATEST", "Manifest", "load", "load_folder", "versions"]

LATEST = "1.0.0"
"""The newest data version shipped (kept in step with the data folders by a test)."""

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_LOCK = threading.Lock()
_CACHE: dict[str, Dataset] = {}


@attrs.frozen(kw_only=True)
class Manifest:
    """What ``manifest.json`` says about a data version."""

    version: str
    released: PartialDate
    as_of: PartialDate
    changes: str
    files: dict[str, str]
    """Data file name -> SHA-256 of its bytes."""


def _data_root() -> Traversable:
    return resources.files("az_tr_relations").joinpath("data")


@functools.cache
def versions() -> tuple[str, ...]:
    """The data versions this package ships, oldest first.

    >>> import az_tr_relations as azt
    >>> azt.versions()[0]
    '1.0.0'
    """
    names = [
        entry.name for entry in _data_root().iterdir() if entry.is_dir() and _VERSION.fullmatch(entry.name)
    ]
    return tuple(sorted(names, key=lambda name: tuple(map(int, name.split(".")))))


def load(version: str | None = None) -> Dataset:
    """The dataset of data version `version` (the newest when None), loaded once per process.

    >>> import az_tr_relations as azt
    >>> azt.load("1.0.0") is azt.load("1.0.0")
    True
    """
    if version is None:
        version = LATEST
    if not isinstance(version, str):
        raise TypeError(
            f"version: expected a string like {LATEST!r}, got {type(version).__name__} {version!r}"
        )
    cached = _CACHE.get(version)
    if cached is not None:
        return cached
    if version not in versions():
        raise UnknownVersionError(version, versions())
    with _LOCK:
        if version not in _CACHE:
            _CACHE[version] = _read(_data_root().joinpath(version), f"data version {version}")
        return _CACHE[version]


def load_folder(folder: str | Path) -> Dataset:
    """A dataset from a data folder outside the package (for curators preparing a version)."""
    return _read(Path(folder), f"data folder {folder}")


def _read(folder: Traversable, context: str) -> Dataset:
    manifest = _read_manifest(folder, context)
    expected = {f"{name}.json" for name in COLLECTIONS}
    problems = [
        f"{name}: listed in manifest.json but not a data file"
        for name in sorted(set(manifest.files) - expected)
    ]
    problems += [f"{name}: missing from manifest.json" for name in sorted(expected - set(manifest.files))]
    collections: dict[str, Any] = {}
    for name, kind in COLLECTIONS.items():
        file = f"{name}.json"
        records, file_problems = _read_file(folder.joinpath(file), file, manifest.files.get(file), kind)
        collections[name] = records
        problems += file_problems
    if problems:
        raise DataError(context, problems)
    try:
        return Dataset(version=manifest.version, as_of=manifest.as_of, **collections)
    except DataError as error:
        raise DataError(context, error.problems) from None


def _read_manifest(folder: Traversable, context: str) -> Manifest:
    entry = folder.joinpath("manifest.json")
    try:
        raw = json.loads(entry.read_bytes())
    except FileNotFoundError:
        raise DataError(context, ["manifest.json: file missing"]) from None
    except ValueError as error:
        raise DataError(context, [f"manifest.json: not valid JSON: {error}"]) from None
    if not isinstance(raw, dict):
        raise DataError(context, [f"manifest.json: $: expected a JSON object, got {type(raw).__name__}"])
    try:
        manifest = CONVERTER.structure(raw, Manifest)
    except cattrs.BaseValidationError as error:
        raise DataError(context, [f"manifest.json: {line}" for line in describe_error(error)]) from None
    if not _VERSION.fullmatch(manifest.version):
        raise DataError(
            context, [f"manifest.json: $.version: expected MAJOR.MINOR.PATCH, got {manifest.version!r}"]
        )
    name = getattr(folder, "name", "")
    if _VERSION.fullmatch(name) and name != manifest.version:
        raise DataError(
            context, [f"manifest.json: $.version: {manifest.version!r} does not match its folder {name!r}"]
        )
    return manifest


def _read_file(
    entry: Traversable, file: str, digest: str | None, kind: type[Record]
) -> tuple[tuple[Record, ...], list[str]]:
    """The records of one data file, or the problems that keep it from loading."""
    try:
        data = entry.read_bytes()
    except FileNotFoundError:
        return (), [f"{file}: file missing"]
    if digest is not None and hashlib.sha256(data).hexdigest() != digest:
        return (), [
            f"{file}: contents do not match the SHA-256 in manifest.json (the file was altered or corrupted)"
        ]
    try:
        raw = json.loads(data)
    except ValueError as error:
        return (), [f"{file}: not valid JSON: {error}"]
    if not isinstance(raw, list):
        return (), [f"{file}: $: expected a JSON array of records, got {type(raw).__name__}"]
    try:
        return CONVERTER.structure(raw, tuple[kind, ...]), []  # type: ignore[valid-type]
    except cattrs.BaseValidationError as error:
        return (), [f"{file}: {line}" for line in describe_error(error)]

"""Reading a data version shipped in the package: manifest, checksums, JSON, records, Dataset.

Each version is parsed and validated once per process; later calls return the same object.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import re
import threading
import typing
from collections.abc import Mapping
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import cattrs

from ._converter import CONVERTER, describe_error
from ._index import paused_gc
from .dataset import COLLECTIONS, Dataset
from .dates import PartialDate
from .errors import DataError, FieldError, UnknownVersionError
from .records import Record

__all__ = ["LATEST", "Manifest", "load", "load_folder", "manifest", "versions"]

LATEST = "1.1.0"
"""The newest data version shipped (kept in step with the data folders by a test)."""

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_LOCK = threading.Lock()
_CACHE: dict[str, Dataset] = {}


def _read_only(files: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(files))


@attrs.frozen(kw_only=True)
class Manifest:
    """What ``manifest.json`` says about a data version.

    >>> import az_tr_relations as azt
    >>> about = azt.manifest("1.0.0")
    >>> about.version, str(about.as_of), len(about.files)
    ('1.0.0', '2022-05', 14)
    """

    version: str
    released: PartialDate
    as_of: PartialDate
    changes: str
    files: Mapping[str, str] = attrs.field(converter=_read_only)
    """Data file name -> SHA-256 of its bytes (read-only)."""


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


def _shipped(version: str | None) -> str:
    """`version` (the newest when None), checked to be a data version this package ships."""
    if version is None:
        return LATEST
    if not isinstance(version, str):
        raise TypeError(
            f"version: expected a string like {LATEST!r}, got {type(version).__name__} {version!r}"
        )
    if version not in versions():
        raise UnknownVersionError(version, versions())
    return version


def manifest(version: str | None = None) -> Manifest:
    """What ``manifest.json`` of data version `version` (the newest when None) says.

    >>> import az_tr_relations as azt
    >>> m = azt.manifest("1.0.0")
    >>> m.version, str(m.released), str(m.as_of)
    ('1.0.0', '2026-11-29', '2022-05')
    """
    version = _shipped(version)
    return _read_manifest(_data_root().joinpath(version), f"data version {version}")


def load(version: str | None = None) -> Dataset:
    """The dataset of data version `version` (the newest when None), loaded once per process.

    >>> import az_tr_relations as azt
    >>> azt.load("1.0.0") is azt.load("1.0.0")
    True
    """
    version = _shipped(version)
    cached = _CACHE.get(version)
    if cached is not None:
        return cached
    with _LOCK:
        if version not in _CACHE:
            _CACHE[version] = _read(_data_root().joinpath(version), f"data version {version}")
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
    return _read(Path(folder), f"data folder {folder}")


def _read(folder: Traversable, context: str) -> Dataset:
    if not folder.is_dir():
        raise DataError(context, ["not a folder: it does not exist or is a file"])
    manifest = _read_manifest(folder, context)
    expected = {f"{name}.json" for name in COLLECTIONS}
    problems = [
        f"{name}: listed in manifest.json but not a data file"
        for name in sorted(set(manifest.files) - expected)
    ]
    collections: dict[str, Any] = {}
    for name, kind in COLLECTIONS.items():
        file = f"{name}.json"
        if file not in manifest.files:
            if folder.joinpath(file).is_file():
                problems.append(f"{file}: not listed in manifest.json")
            continue  # a collection the version predates (e.g. corrections before 1.1.0) is empty
        with paused_gc():
            records, file_problems = _read_file(folder.joinpath(file), file, manifest.files.get(file), kind)
        collections[name] = records
        problems += file_problems
    problems += [
        f"{entry.name}: unexpected file in the data folder (neither manifest.json nor a collection)"
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".json") and entry.name not in expected | {"manifest.json"}
    ]
    if problems:
        raise DataError(context, problems)
    try:
        return Dataset(version=manifest.version, as_of=manifest.as_of, **collections)
    except DataError as error:
        raise DataError(context, error.problems) from None


def _read_manifest(folder: Traversable, context: str) -> Manifest:
    """The manifest, or a `DataError` with every problem in it (nothing can be checked without it)."""
    data, problems = _read_bytes(folder.joinpath("manifest.json"), "manifest.json")
    raw, problems = _parse(data, "manifest.json") if not problems else (None, problems)
    if problems:
        raise DataError(context, problems)
    if not isinstance(raw, dict):
        raise DataError(context, [f"manifest.json: $: expected a JSON object, got {_kind(raw)}"])
    try:
        manifest = CONVERTER.structure(raw, Manifest)
    except cattrs.BaseValidationError as error:
        raise DataError(context, [f"manifest.json: {line}" for line in describe_error(error)]) from None
    if not _VERSION.fullmatch(manifest.version):
        problems.append(f"manifest.json: $.version: expected MAJOR.MINOR.PATCH, got {manifest.version!r}")
    name = getattr(folder, "name", "")
    if _VERSION.fullmatch(name) and name != manifest.version:
        problems.append(f"manifest.json: $.version: {manifest.version!r} does not match its folder {name!r}")
    problems += [
        f"manifest.json: $.files[{file!r}]: expected a SHA-256 as 64 lowercase hex digits, got {digest!r}"
        for file, digest in manifest.files.items()
        if not _SHA256.fullmatch(digest)
    ]
    if problems:
        raise DataError(context, problems)
    return manifest


def _read_bytes(entry: Traversable, file: str) -> tuple[bytes, list[str]]:
    try:
        return entry.read_bytes(), []
    except FileNotFoundError:
        return b"", [f"{file}: file missing"]
    except OSError as error:
        return b"", [f"{file}: cannot be read: {error.strerror or error}"]


def _parse(data: bytes, file: str) -> tuple[Any, list[str]]:
    """The JSON value in `data`: strict UTF-8 without a byte-order mark, no duplicate keys."""
    if data.startswith(codecs.BOM_UTF8):
        return None, [f"{file}: starts with a byte-order mark; save it as UTF-8 without one"]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, [
            f"{file}: not UTF-8: byte 0x{data[error.start]:02x} at line {line} (offset {error.start})"
        ]
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int), []
    except ValueError as error:  # json.JSONDecodeError, or raised by the hooks
        return None, [f"{file}: not valid JSON: {error}"]
    except RecursionError:
        return None, [f"{file}: not valid JSON: nested too deeply"]


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a repeated key (which `json` would silently resolve to its last value) is an error."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        where = f" in the object with id {found['id']!r}" if isinstance(found.get("id"), str) else ""
        raise ValueError(f"key {repeated!r} appears twice{where}")
    return found


def _json_int(text: str) -> int:
    if len(text) > 40:
        raise ValueError(f"the integer {text[:12]}... has {len(text)} digits, far too many")
    return int(text)


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _read_file(
    entry: Traversable, file: str, digest: str | None, kind: type[Record]
) -> tuple[tuple[Record, ...], list[str]]:
    """The records of one data file, or the problems that keep it from loading."""
    data, problems = _read_bytes(entry, file)
    if problems:
        return (), problems
    if digest is not None and hashlib.sha256(data).hexdigest() != digest:
        return (), [
            f"{file}: contents do not match the SHA-256 in manifest.json (the file was altered or corrupted)"
        ]
    raw, problems = _parse(data, file)
    if problems:
        return (), problems
    if not isinstance(raw, list):
        return (), [f"{file}: $: expected a JSON array of records, got {_kind(raw)}"]
    try:
        return CONVERTER.structure(raw, tuple[kind, ...]), []  # type: ignore[valid-type]
    except cattrs.BaseValidationError as error:
        lines = describe_error(error)
        for index, item in enumerate(raw):
            lines += _field_problems(kind, item, f"$[{index}]")
        return (), [f"{file}: {line}" for line in dict.fromkeys(lines)]


def _field_problems(kind: type, raw: object, path: str) -> list[str]:
    """What every field validator says about `raw` as a `kind`, not only the first that fails.

    attrs stops at a record's first failing validator, and cattrs runs none when another field
    does not structure; this runs each validator on its own over the fields that do structure,
    so that (say) an end before its start does not hide an empty citation list.
    """
    if not isinstance(raw, dict) or not attrs.has(kind) or kind is PartialDate:
        return []
    problems: list[str] = []
    bare = object.__new__(kind)
    fields = attrs.fields(attrs.resolve_types(kind))
    for field in fields:
        element = next(iter(typing.get_args(field.type)), None)
        if typing.get_origin(field.type) is tuple and isinstance(raw.get(field.name), list):
            for index, item in enumerate(raw[field.name]):
                problems += _field_problems(element, item, f"{path}.{field.name}[{index}]")  # type: ignore[arg-type]
        if field.name not in raw:
            if field.default is not attrs.NOTHING:
                object.__setattr__(bare, field.name, field.default)
            continue
        try:
            object.__setattr__(bare, field.name, CONVERTER.structure(raw[field.name], field.type))
        except (cattrs.BaseValidationError, ValueError, TypeError, AttributeError, KeyError):
            continue  # reported by `describe_error`
    for field in fields:
        try:
            if field.validator is not None:
                field.validator(bare, field, getattr(bare, field.name))
        except FieldError as error:
            problems.append(f"{path}.{error.field}: {error.problem}")
        except Exception:  # a value this check needs did not structure: reported already
            continue
    return problems

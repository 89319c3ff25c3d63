"""Reading the files of one data folder: the manifest, then each collection's JSON file, checked
byte by byte (SHA-256), as strict JSON and record by record. Every problem is placed in its file.

Nothing here needs the whole dataset; what does is `checks`, run when the `Dataset` is built.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import cattrs

from ._build import Builder, Unfit
from ._converter import CONVERTER, describe_error
from ._frozen import FrozenMap
from .dates import PartialDate
from .errors import FieldError, Problem
from .records import Record

__all__ = ["MAX_FILE_BYTES", "MAX_MANIFEST_BYTES", "VERSION", "Manifest", "read_collection", "read_manifest"]

VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
"""A data version: MAJOR.MINOR.PATCH."""
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _read_only(files: Mapping[str, str]) -> Mapping[str, str]:
    return FrozenMap(files)


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


def _problem(file: str, message: str, path: str = "") -> Problem:
    return Problem(message, where=file, path=path)


def read_manifest(folder: Path) -> tuple[Manifest | None, list[Problem]]:
    """The folder's manifest, or None and every problem in it (nothing can be checked without it)."""
    data, problems = _read_bytes(folder / "manifest.json", "manifest.json", MAX_MANIFEST_BYTES)
    raw, problems = _parse(data, "manifest.json") if not problems else (None, problems)
    if problems:
        return None, problems
    if not isinstance(raw, dict):
        return None, [_problem("manifest.json", f"expected a JSON object, got {_kind(raw)}", "$")]
    try:
        manifest = CONVERTER.structure(raw, Manifest)
    except cattrs.BaseValidationError as error:
        return None, [_located("manifest.json", line) for line in describe_error(error)]
    if not VERSION.fullmatch(manifest.version):
        problems.append(
            _problem("manifest.json", f"expected MAJOR.MINOR.PATCH, got {manifest.version!r}", "$.version")
        )
    name = getattr(folder, "name", "")
    if VERSION.fullmatch(name) and name != manifest.version:
        message = f"{manifest.version!r} does not match its folder {name!r}"
        problems.append(_problem("manifest.json", message, "$.version"))
    problems += [
        _problem(
            "manifest.json",
            f"expected a SHA-256 as 64 lowercase hex digits, got {digest!r}",
            f"$.files[{file!r}]",
        )
        for file, digest in manifest.files.items()
        if not _SHA256.fullmatch(digest)
    ]
    return (None if problems else manifest), problems


def _located(file: str, line: str) -> Problem:
    """A ``"$.path: message"`` line of `describe_error` as a `Problem` in `file`."""
    path, _, message = line.partition(": ")
    return _problem(file, message, path)


MAX_FILE_BYTES = 1 << 30
"""The largest data file read (1 GiB: about three million records); a larger one is refused."""
MAX_MANIFEST_BYTES = 1 << 20
"""The largest manifest read (1 MiB)."""


def _read_bytes(path: Path, file: str, limit: int | None = None) -> tuple[bytes, list[Problem]]:
    """The bytes of a regular file of at most `limit` bytes (default `MAX_FILE_BYTES`). Opening
    never blocks (a pipe in the folder is refused, not waited on), and a device, a folder or a
    socket is refused unread."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return b"", [_problem(file, "file missing")]
    except OSError as error:
        return b"", [_problem(file, f"cannot be read: {error.strerror or error}")]
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            return b"", [_problem(file, f"cannot be read: {os.strerror(errno.EISDIR)}")]
        if not stat.S_ISREG(mode):
            return b"", [_problem(file, "cannot be read: not a regular file (a device, a pipe or a socket)")]
        with os.fdopen(os.dup(handle), "rb") as opened:
            data = opened.read(limit + 1)
    except OSError as error:
        return b"", [_problem(file, f"cannot be read: {error.strerror or error}")]
    finally:
        os.close(handle)
    if len(data) > limit:
        return b"", [_problem(file, f"larger than {limit:,} bytes; refused unread")]
    return data, []


def _parse(data: bytes, file: str) -> tuple[Any, list[Problem]]:
    """The JSON value in `data`: strict UTF-8 without a byte-order mark, no duplicate keys."""
    if data.startswith(codecs.BOM_UTF8):
        return None, [_problem(file, "starts with a byte-order mark; save it as UTF-8 without one")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8: byte 0x{data[error.start]:02x} at line {line} (offset {error.start})"
        return None, [_problem(file, message)]
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int), []
    except ValueError as error:  # json.JSONDecodeError, or raised by the hooks
        return None, [_problem(file, f"not valid JSON: {error}")]
    except RecursionError:
        return None, [_problem(file, "not valid JSON: nested too deeply")]


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a repeated key (which `json` would silently resolve to its last value) is an error."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        where = f" in the object with id {found['id']!r}" if isinstance(found.get("id"), str) else ""
        raise ValueError(f"key {repeated!r} appears twice{where}")
    return found


def _json_constant(text: str) -> None:
    raise ValueError(f"{text} is not a number JSON allows")


def _json_int(text: str) -> int:
    if len(text) > 40:
        raise ValueError(f"the integer {text[:12]}... has {len(text)} digits, far too many")
    return int(text)


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def read_collection(
    entry: Path, file: str, digest: str | None, kind: type[Record], builder: Builder
) -> tuple[tuple[Record, ...], list[Problem]]:
    """The records of one data file, or the problems that keep it from loading.

    The fast path parses the JSON and builds the records with `builder`; whatever it does not
    take (a value of the wrong type, a repeated key: the keys it took must be all the keys in the
    text) goes the converter's way, which says what is wrong and where.
    """
    data, problems = _read_bytes(entry, file)
    if problems:
        return (), problems
    if digest is not None and hashlib.sha256(data).hexdigest() != digest:
        message = "contents do not match the SHA-256 in manifest.json (the file was altered or corrupted)"
        return (), [_problem(file, message)]
    if not data.startswith(codecs.BOM_UTF8):
        try:
            raw = json.loads(data.decode("utf-8"), parse_int=_json_int, parse_constant=_json_constant)
            taken = builder.keys
            records = builder.records(kind, raw)
            if builder.keys - taken == data.count(b'":') - data.count(b'\\":'):  # no key repeated
                return records, []
        except (ValueError, RecursionError, Unfit):
            pass
    return _converted(data, file, kind)


def _converted(data: bytes, file: str, kind: type[Record]) -> tuple[tuple[Record, ...], list[Problem]]:
    """The records by the converter's path, or every problem, each with its JSON path."""
    raw, problems = _parse(data, file)
    if problems:
        return (), problems
    if not isinstance(raw, list):
        return (), [_problem(file, f"expected a JSON array of records, got {_kind(raw)}", "$")]
    try:
        return CONVERTER.structure(raw, tuple[kind, ...]), []  # type: ignore[valid-type]
    except cattrs.BaseValidationError as error:
        lines = describe_error(error)
        for index, item in enumerate(raw):
            lines += _field_problems(kind, item, f"$[{index}]")
        return (), [_located(file, line) for line in dict.fromkeys(lines)]


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

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
from typing import TYPE_CHECKING

from ._build import Builder, Unfit
from ._manifest import Manifest, manifest_from_json
from ._shipped import VERSION
from ._strict_json import json_constant, json_int, kind_of_json, parse, problem
from .errors import Problem

if TYPE_CHECKING:
    from .records import Record

__all__ = ["MAX_FILE_BYTES", "MAX_MANIFEST_BYTES", "read_collection", "read_manifest"]

_SHA256 = re.compile(r"[0-9a-f]{64}")


def read_manifest(folder: str) -> tuple[Manifest | None, list[Problem]]:
    """The folder's manifest, or None and every problem in it (nothing can be checked without it)."""
    data, problems = _read_bytes(os.path.join(folder, "manifest.json"), "manifest.json", MAX_MANIFEST_BYTES)
    raw, problems = parse(data, "manifest.json") if not problems else (None, problems)
    if problems:
        return None, problems
    if not isinstance(raw, dict):
        return None, [problem("manifest.json", f"expected a JSON object, got {kind_of_json(raw)}", "$")]
    manifest = manifest_from_json(raw)
    if manifest is None:  # the converter's path says what is wrong
        from ._precise import manifest_problems

        return None, manifest_problems(raw)
    if not VERSION.fullmatch(manifest.version):
        problems.append(
            problem("manifest.json", f"expected MAJOR.MINOR.PATCH, got {manifest.version!r}", "$.version")
        )
    name = os.path.basename(os.path.normpath(folder))
    if VERSION.fullmatch(name) and name != manifest.version:
        message = f"{manifest.version!r} does not match its folder {name!r}"
        problems.append(problem("manifest.json", message, "$.version"))
    problems += [
        problem(
            "manifest.json",
            f"expected a SHA-256 as 64 lowercase hex digits, got {digest!r}",
            f"$.files[{file!r}]",
        )
        for file, digest in manifest.files.items()
        if not _SHA256.fullmatch(digest)
    ]
    return (None if problems else manifest), problems


MAX_FILE_BYTES = 1 << 30
"""The largest data file read (1 GiB: about three million records); a larger one is refused."""
MAX_MANIFEST_BYTES = 1 << 20
"""The largest manifest read (1 MiB)."""


def _read_bytes(path: str, file: str, limit: int | None = None) -> tuple[bytes, list[Problem]]:
    """The bytes of a regular file of at most `limit` bytes (default `MAX_FILE_BYTES`). Opening
    never blocks (a pipe in the folder is refused, not waited on), and a device, a folder or a
    socket is refused unread."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return b"", [problem(file, "file missing")]
    except OSError as error:
        return b"", [problem(file, f"cannot be read: {error.strerror or error}")]
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            return b"", [problem(file, f"cannot be read: {os.strerror(errno.EISDIR)}")]
        if not stat.S_ISREG(mode):
            return b"", [problem(file, "cannot be read: not a regular file (a device, a pipe or a socket)")]
        with os.fdopen(os.dup(handle), "rb") as opened:
            data = opened.read(limit + 1)
    except OSError as error:
        return b"", [problem(file, f"cannot be read: {error.strerror or error}")]
    finally:
        os.close(handle)
    if len(data) > limit:
        return b"", [problem(file, f"larger than {limit:,} bytes; refused unread")]
    return data, []


def _all_keys_taken(taken: int, data: bytes) -> bool:
    """Whether the parser kept every key of the JSON text `data` (`json` keeps the last of a repeated
    key): each key ends with ``":``, and so does an escaped quote before a colon in a string."""
    ends = data.count(b'":')
    return taken == ends or taken == ends - data.count(b'\\":')  # the second count only when needed


def read_collection(
    entry: str, file: str, digest: str | None, kind: type[Record], builder: Builder
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
        return (), [problem(file, message)]
    if not data.startswith(codecs.BOM_UTF8):
        try:
            raw = json.loads(data.decode("utf-8"), parse_int=json_int, parse_constant=json_constant)
            taken = builder.keys
            records = builder.records(kind, raw)
            if _all_keys_taken(builder.keys - taken, data):
                return records, []
        except (ValueError, RecursionError, Unfit):
            pass
    from ._precise import converted

    return converted(data, file, kind)

"""JSON text read strictly: UTF-8 without a byte-order mark, no repeated key, no NaN, no
absurd integer; and problems placed in their file and JSON path.

The loader's fast path parses with `json.loads` alone and counts keys instead; this is the
careful reading that says what is wrong (`_precise`), and the manifest's."""

from __future__ import annotations

import codecs
import json
from typing import Any

from .errors import Problem

__all__ = ["json_constant", "json_int", "kind_of_json", "located", "parse", "problem"]


def problem(file: str, message: str, path: str = "") -> Problem:
    return Problem(message, where=file, path=path)


def located(file: str, line: str) -> Problem:
    """A ``"$.path: message"`` line of `describe_error` as a `Problem` in `file`."""
    path, _, message = line.partition(": ")
    return problem(file, message, path)


def parse(data: bytes, file: str) -> tuple[Any, list[Problem]]:
    """The JSON value in `data`: strict UTF-8 without a byte-order mark, no duplicate keys."""
    if data.startswith(codecs.BOM_UTF8):
        return None, [problem(file, "starts with a byte-order mark; save it as UTF-8 without one")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8: byte 0x{data[error.start]:02x} at line {line} (offset {error.start})"
        return None, [problem(file, message)]
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=json_int), []
    except ValueError as error:  # json.JSONDecodeError, or raised by the hooks
        return None, [problem(file, f"not valid JSON: {error}")]
    except RecursionError:
        return None, [problem(file, "not valid JSON: nested too deeply")]


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a repeated key (which `json` would silently resolve to its last value) is an error."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        where = f" in the object with id {found['id']!r}" if isinstance(found.get("id"), str) else ""
        raise ValueError(f"key {repeated!r} appears twice{where}")
    return found


def json_constant(text: str) -> None:
    raise ValueError(f"{text} is not a number JSON allows")


def json_int(text: str) -> int:
    if len(text) > 40:
        raise ValueError(f"the integer {text[:12]}... has {len(text)} digits, far too many")
    return int(text)


def kind_of_json(value: object) -> str:
    return "null" if value is None else type(value).__name__

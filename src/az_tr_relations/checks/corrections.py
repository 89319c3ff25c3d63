"""Each correction points at a real field of a real record and matches what that record now holds."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._json import text_form
from ..errors import Problem
from ..records import Correction

__all__ = ["check", "value_at"]

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def value_at(record: Any, path: str) -> Any:
    """The value at `path` in `record`: a field (``"start"``) or a path into nested records
    (``"offices[0].start"``); a `LookupError` naming the step that does not exist.

    >>> from az_tr_relations import load
    >>> str(value_at(load("1.1.0").get("ilham-aliyev"), "offices[0].start"))
    '2003-10-31'
    """
    value = record
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        names = [f.name for f in attrs.fields(type(value))] if attrs.has(type(value)) else []
        if match is None or match[1] not in names or match[1] in ("id", "citations"):
            raise LookupError(f"{type(value).__name__} has no correctable field {step!r}")
        value = getattr(value, match[1])
        if match[2] is not None:
            if not isinstance(value, tuple) or int(match[2]) >= len(value):
                raise LookupError(f"{match[1]} has no item {match[2]}")
            value = value[int(match[2])]
    return value


def check(corrections: Sequence[Correction], by_id: Mapping[str, Any]) -> list[Problem]:
    """Problems in `corrections`, placed in the ``corrections`` collection."""
    problems = []
    for index, correction in enumerate(corrections):

        def problem(field: str, message: str, index: int = index) -> Problem:
            return Problem(message, where="corrections", path=f"$[{index}].{field}")

        record = by_id.get(correction.record)
        if record is None:
            problems.append(problem("record", f"no record with id {correction.record!r}"))
            continue
        try:
            held = text_form(value_at(record, correction.field))
        except LookupError as error:
            problems.append(problem("field", str(error)))
            continue
        if held != correction.corrected:
            message = f"{correction.corrected!r} but {correction.record} holds {held!r}"
            problems.append(problem("corrected", message))
        if correction.published == correction.corrected:
            problems.append(problem("published", f"the same as the corrected value {correction.corrected!r}"))
    return problems

"""Checks that each correction points at a real field and matches what the record now holds."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ._converter import CONVERTER
from .records import Correction, Record


def text_form(value: Any) -> str:
    """A field value as corrections write it: its JSON form, strings without quotes ("2022-05-28")."""
    plain = CONVERTER.unstructure(value)
    return plain if isinstance(plain, str) else json.dumps(plain, ensure_ascii=False)


def check(corrections: Sequence[Correction], by_id: Mapping[str, Record]) -> list[str]:
    """Problems as ``"corrections.json: $[0].field: ..."`` lines."""
    problems = []
    for index, correction in enumerate(corrections):
        path = f"corrections.json: $[{index}]"
        record = by_id.get(correction.record)
        if record is None:
            problems.append(f"{path}.record: no record with id {correction.record!r}")
            continue
        names = [f.name for f in attrs.fields(type(record))]
        if correction.field not in names or correction.field in ("id", "citations"):
            problems.append(
                f"{path}.field: {type(record).__name__} has no correctable field {correction.field!r}"
            )
            continue
        held = text_form(getattr(record, correction.field))
        if held != correction.corrected:
            problems.append(
                f"{path}.corrected: {correction.corrected!r} but {correction.record} holds {held!r}"
            )
        if correction.published == correction.corrected:
            problems.append(f"{path}.published: the same as the corrected value {correction.corrected!r}")
    return problems

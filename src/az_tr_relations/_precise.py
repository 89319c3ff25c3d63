"""The converter's path through a data file: the records, or every problem with its JSON path.

The loader takes it only when its fast path (`_builder`) finds something it does not take, so
cattrs is imported only for data that is wrong, or written unlike the data files.
"""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any

import attrs
import cattrs

from ._converter import CONVERTER, describe_error
from ._manifest import Manifest
from ._strict_json import kind_of_json, located, parse, problem
from .dates import PartialDate
from .errors import FieldError, Problem

if TYPE_CHECKING:
    from .records import Record

__all__ = ["converted", "manifest_problems"]


def manifest_problems(raw: dict[str, Any]) -> list[Problem]:
    """What is wrong with a manifest whose values do not all have their JSON types."""
    try:
        CONVERTER.structure(raw, Manifest)
    except cattrs.BaseValidationError as error:
        return [located("manifest.json", line) for line in describe_error(error)]
    except ValueError as error:
        return [problem("manifest.json", str(error), "$")]
    return []


def converted(data: bytes, file: str, kind: type[Record]) -> tuple[tuple[Record, ...], list[Problem]]:
    """The records by the converter's path, or every problem, each with its JSON path."""
    raw, problems = parse(data, file)
    if problems:
        return (), problems
    if not isinstance(raw, list):
        return (), [problem(file, f"expected a JSON array of records, got {kind_of_json(raw)}", "$")]
    try:
        return CONVERTER.structure(raw, tuple[kind, ...]), []  # type: ignore[valid-type]
    except cattrs.BaseValidationError as error:
        lines = describe_error(error)
        for index, item in enumerate(raw):
            lines += _field_problems(kind, item, f"$[{index}]")
        return (), [located(file, line) for line in dict.fromkeys(lines)]


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

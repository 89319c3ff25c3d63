"""The one cattrs converter that turns JSON values into records and back, exactly.

Scalars are checked strictly (no "42" for 42, no 1 for True), unknown keys are refused and
partial dates travel as ISO strings.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar, cast

import attrs
import cattrs
from cattrs.errors import IterableValidationNote

from .dates import PartialDate
from .errors import FieldError

T = TypeVar("T")


def _strict(kind: type[T], accepted: tuple[type, ...], name: str) -> Any:
    def structure(value: Any, _: Any) -> T:
        if (isinstance(value, bool) and bool not in accepted) or not isinstance(value, accepted):
            raise TypeError(f"expected {name}, got {type(value).__name__} {value!r}")
        return cast(T, value)

    return structure


def _structure_date(value: Any, _: Any) -> PartialDate:
    return PartialDate.parse(value)


def make_converter() -> cattrs.Converter:
    """A converter with the dataset's strict rules; shared by the loader and the exports."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict(str, (str,), "a string"))
    converter.register_structure_hook(int, _strict(int, (int,), "an integer"))
    converter.register_structure_hook(bool, _strict(bool, (bool,), "true or false"))
    converter.register_structure_hook(float, _strict(float, (int, float), "a number"))
    converter.register_structure_hook(PartialDate, _structure_date)
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    return converter


CONVERTER = make_converter()


def _describe_leaf(exc: BaseException, expected: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}"
    if attrs.has(expected) and expected is not PartialDate and not isinstance(exc, FieldError):
        return f"expected a JSON object holding a {expected.__name__}"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(expected, "__name__", None) or repr(expected)
    return f"invalid value, expected {name}" if expected is not None else f"invalid value ({exc!r})"


def describe_error(exc: BaseException, path: str = "$") -> list[str]:
    """Flatten a cattrs validation error into ``"$[3].start: what was wrong"`` lines.

    Like `cattrs.transform_error`, but keeps each error's own message and places a record
    validator's error (`FieldError`) at its field.
    """
    if isinstance(exc, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        problems: list[str] = []
        for inner, note in with_notes:
            step = f"[{note.index!r}]" if isinstance(note, IterableValidationNote) else f".{note.name}"
            if isinstance(inner, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
                problems.extend(describe_error(inner, path + step))
            else:
                problems.append(f"{path}{step}: {_describe_leaf(inner, note.type)}")
        for inner in without:
            problems.extend(describe_error(inner, path))
        return problems
    if isinstance(exc, FieldError):
        return [f"{path}.{exc.field}: {exc.problem}"]
    return [f"{path}: {_describe_leaf(exc, None)}"]


def canonical_json(value: Any) -> str:
    """The one text form of committed data: 2-space indent, UTF-8 characters kept, final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"

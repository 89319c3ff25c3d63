"""The one cattrs converter that turns JSON values into records and back, exactly.

Scalars are checked strictly (no "42" for 42, no 1 for True), unknown keys are refused and
partial dates travel as ISO strings.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs
import cattrs
from cattrs.cols import (
    homogenous_tuple_structure_factory,
    is_mapping,
    is_mutable_sequence,
    is_sequence,
    list_structure_factory,
    mapping_structure_factory,
)
from cattrs.errors import IterableValidationNote

from .dates import PartialDate
from .errors import FieldError

T = TypeVar("T")


def _clip(value: object, limit: int = 80) -> str:
    """`repr(value)`, shortened so that one bad value cannot flood an error message."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-2:]}"


def _got(value: object) -> str:
    """What a bad JSON value was: ``null``, or its Python type and (shortened) value."""
    return "null" if value is None else f"{type(value).__name__} {_clip(value)}"


def _strict(
    kind: type[T], accepted: tuple[type, ...], name: str, check: Callable[[Any], None] | None = None
) -> Any:
    def structure(value: Any, _: Any) -> T:
        if (isinstance(value, bool) and bool not in accepted) or not isinstance(value, accepted):
            raise TypeError(f"expected {name}, got {_got(value)}")
        if check is not None:
            check(value)
        return cast(T, value)

    return structure


def _encodable(text: str) -> None:
    """Refuse lone surrogates (JSON ``"\\ud800"``): such a string cannot be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"expected text, got a string holding an unpaired surrogate {text[error.start]!r}: {_clip(text)}"
        ) from None


_INT64 = 2**63


def _int64(number: int) -> None:
    if not -_INT64 <= number < _INT64:
        raise ValueError(f"expected an integer that fits in 64 bits, got {_clip(number)}")


def _finite(number: float) -> None:
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {number!r}")


def _json_array(kind: Any, converter: cattrs.Converter) -> Any:
    """Sequences come from JSON arrays only: a string or an object is never split into items."""
    factory = list_structure_factory if is_mutable_sequence(kind) else homogenous_tuple_structure_factory
    items = factory(kind, converter)

    def structure(value: Any, cl: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a JSON array, got {_got(value)}")
        return items(value, cl)

    return structure


def _json_object(kind: Any, converter: cattrs.Converter) -> Any:
    """Mappings come from JSON objects only (as dicts)."""
    # Not `converter.gen_structure_mapping`: it registers its hook directly, bypassing this one.
    entries = mapping_structure_factory(kind, converter, dict)

    def structure(value: Any, cl: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected a JSON object, got {_got(value)}")
        return entries(value, cl)

    return structure


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def _one_of(kind: type[enum.Enum]) -> Any:
    """An enum from its value, or an error listing the values allowed."""
    by_value = {member.value: member for member in kind}
    allowed = ", ".join(repr(value) for value in by_value)

    def structure(value: Any, _: Any) -> enum.Enum:
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            raise ValueError(f"expected one of {allowed}, got {_got(value)}")
        return member

    return structure


def _structure_date(value: Any, _: Any) -> PartialDate:
    return PartialDate.parse(value)


def make_converter() -> cattrs.Converter:
    """A converter with the dataset's strict rules; shared by the loader and the exports."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict(str, (str,), "a string", _encodable))
    converter.register_structure_hook(int, _strict(int, (int,), "an integer", _int64))
    converter.register_structure_hook(bool, _strict(bool, (bool,), "true or false"))
    converter.register_structure_hook(float, _strict(float, (int, float), "a number", _finite))
    converter.register_structure_hook_factory(is_sequence, _json_array)
    converter.register_structure_hook_factory(is_mapping, _json_object)
    converter.register_structure_hook_factory(_is_enum, _one_of)
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

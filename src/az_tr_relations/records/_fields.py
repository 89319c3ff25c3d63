"""The building blocks of record fields: validators, the tuple converter and field documentation.

Each validator raises `FieldError` naming the field, what it holds and what it accepts. They are
combined with attrs' own `optional`, `deep_iterable` and `and_`, so that a record that exists is
valid, whoever built it: the loader, `attrs.evolve` or a user.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from attrs.validators import and_, deep_iterable, optional

from ..dates import PartialDate
from ..errors import FieldError, shown

__all__ = [
    "CITATIONS",
    "COUNT",
    "COUNTRY",
    "DATE",
    "FLAG",
    "ISO3",
    "LATITUDE",
    "LONGITUDE",
    "NOTE",
    "RECORD_ID",
    "SLUG",
    "TEXT",
    "Record",
    "Shown",
    "doc",
    "end_after",
    "instance_of",
    "one_of",
    "optional",
    "to_tuple",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{2}")
_INT64 = 2**63
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FORMULA = ("=", "+", "-", "@")


class Shown:
    """Base of every record type, nested ones included: Jupyter shows a record as a table of its
    fields and citations, linked to the sources of the dataset that holds it."""

    __slots__ = ()

    if TYPE_CHECKING:
        __attrs_attrs__: ClassVar[Any]  # every subclass is an attrs class

    def _repr_html_(self) -> str:
        from ..render.record import record_html

        return record_html(self)


class Record(Shown):
    """Any record that has an id and a collection of its own (a `Visit`, a `Source`, ...).

    >>> import az_tr_relations as azt
    >>> isinstance(azt.load("1.0.0").get("embassy-az-in-tr"), azt.Record)
    True
    """

    __slots__ = ()

    if TYPE_CHECKING:
        id: str


def doc(text: str, example: object, ref: str | None = None) -> dict[str, object]:
    """Field metadata: documentation, an example value (JSON form) and, for references, the
    collection referred to ("people", or several joined by "|")."""
    return {"doc": text, "example": example, "ref": ref}


def _rule(test: Callable[[Any], bool], expected: str) -> Validator:
    """A validator: `test(value)` must hold, else "field: EXPECTED, got VALUE"."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not test(value):
            raise FieldError(attribute.name, f"{expected}, got {shown(value)}")

    return validate


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _pattern(pattern: re.Pattern[str], expected: str) -> Validator:
    """A string matching `pattern`. Ids repeat (every visit names its host), so strings seen to
    match are remembered, up to 65,536 of them."""
    matched: set[str] = set()

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, str) and (value in matched or pattern.fullmatch(value) is not None):
            if len(matched) < 1 << 16:
                matched.add(value)
            return
        raise FieldError(attribute.name, f"{expected}, got {shown(value)}")

    return validate


SLUG = _pattern(_SLUG, "expected a lowercase slug like 'visit-2022-05-14-aliyev-rize'")
COUNTRY = _pattern(_COUNTRY, "expected an ISO 3166-1 alpha-2 code like 'AZ'")
ISO3 = _pattern(re.compile(r"[A-Z]{3}"), "expected an ISO 3166-1 alpha-3 code like 'AZE'")
RECORD_ID = _pattern(
    re.compile(rf"{_SLUG.pattern}|{_COUNTRY.pattern}"),
    "expected a record id (a slug, or a country code like 'TR')",
)
COUNT = _rule(lambda v: _is_int(v) and 0 <= v < _INT64, "expected a whole number >= 0")
DATE = _rule(
    lambda v: isinstance(v, PartialDate), "expected a PartialDate (e.g. PartialDate.parse('1992-08'))"
)
FLAG = _rule(lambda v: isinstance(v, bool), "expected True or False")
LATITUDE = _rule(lambda v: _is_number(v) and -90 <= v <= 90, "expected degrees in [-90, 90]")
LONGITUDE = _rule(lambda v: _is_number(v) and -180 <= v <= 180, "expected degrees in [-180, 180]")


_OTHER = "\x7f-\x9f\ud800-\udfff" + "".join(sorted(_BIDI))  # C1 controls, lone surrogates, bidi
_CONTROL = re.compile("[\x00-\x1f" + _OTHER + "]")
_CONTROL_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f" + _OTHER + "]")


def _text_problem(value: Any, multiline: bool) -> str | None:
    """What is wrong with `value` as a text field, or None."""
    if not isinstance(value, str) or not value.strip():
        return "expected non-blank text"
    found = (_CONTROL_BUT_NEWLINE if multiline else _CONTROL).search(value)
    if found is not None:
        if "\ud800" <= found.group() <= "\udfff":
            return "expected text that can be written as UTF-8 (no unpaired surrogate)"
        where = "" if multiline else " (a newline is allowed only in multi-line fields)"
        return f"expected text without control characters{where}, found {found.group()!r}"
    if value.startswith(_FORMULA):
        return (
            f"expected text that does not start with {value[0]!r} (a spreadsheet would run it as a formula)"
        )
    return None


def _text(multiline: bool) -> Validator:
    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        problem = _text_problem(value, multiline)
        if problem is not None:
            raise FieldError(attribute.name, f"{problem}, got {shown(value)}")

    return validate


TEXT = _text(multiline=False)
"""One line of non-blank text: no control characters, nothing a spreadsheet would execute."""
NOTE = _text(multiline=True)
"""Text that may run over several lines (notes, summaries)."""


def one_of(kind: type[enum.Enum]) -> Validator:
    """A member of the enumeration `kind`."""
    values = ", ".join(repr(member.value) for member in kind)
    return _rule(lambda v: isinstance(v, kind), f"expected a {kind.__name__} ({values})")


def instance_of(kind: type[Any]) -> Validator:
    """An instance of the record type `kind`."""
    article = "an" if kind.__name__[0] in "AEIOU" else "a"
    return _rule(lambda v: isinstance(v, kind), f"expected {article} {kind.__name__}")


def to_tuple(value: tuple[Any, ...] | list[Any]) -> Any:
    """A list becomes a tuple (records hold tuples, never lists); anything else is left to the validator."""
    return tuple(value) if isinstance(value, list) else value


_IS_TUPLE = _rule(lambda v: isinstance(v, tuple), "expected a tuple (or list)")


def _unique(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if len(set(value)) != len(value):
        raise FieldError(attribute.name, f"a country is listed twice in {shown(value)}")


def _non_empty(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    if not value:
        raise FieldError(attribute.name, "must not be empty")


def tuple_of(member: Validator, *, unique: bool = False, non_empty: bool = False) -> Validator:
    """A tuple (use with the `to_tuple` converter) whose items each pass `member`."""
    checks: list[Validator] = [_IS_TUPLE, *([_non_empty] if non_empty else []), deep_iterable(member)]
    return and_(*checks, *([_unique] if unique else []))


def end_after(start_field: str) -> Validator:
    """An optional `PartialDate` that does not end before the field `start_field` begins."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], end: Any) -> None:
        if end is None:
            return
        DATE(instance, attribute, end)
        start = getattr(instance, start_field)
        if isinstance(start, PartialDate) and end._last_day() < start._first_day():
            raise FieldError(attribute.name, f"{end} is before {start_field} {start}")

    return validate


CITATIONS = doc(
    "Where the record comes from: at least one citation; inferred values are marked.",
    [{"source": "mfa-az-2022", "locator": "Political relations, para. 2"}],
)
"""The documentation of every record's `citations` field."""

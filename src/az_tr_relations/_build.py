"""Records from parsed JSON, fast: one builder per record type, made once from its attrs fields.

A builder checks each JSON value's type exactly as the strict converter does (no "42" for 42,
no 1 for True, no unknown or missing keys) and then calls the record class, whose validators
check the rest. It shares equal values within one load: a string, a citation or a tuple of
citations that occurs many times is kept once. At the first value that does not fit, it gives up
(`Unfit`) and the loader takes the converter's path instead, which reports every problem with
its place; so data that loads is exactly what the converter would give.
"""

from __future__ import annotations

import enum
import math
import typing
from collections.abc import Callable
from typing import Any

import attrs

from .dates import PartialDate, _parse

__all__ = ["Builder", "Unfit"]

_INT64 = 2**63


class Unfit(Exception):
    """A JSON value that the fast path does not take (the converter's path will say why)."""


Convert = Callable[[Any], Any]


class Builder:
    """Builds records of any type from JSON values, sharing equal values within one load;
    `keys` counts the object keys taken (the loader compares it with the keys in the text)."""

    def __init__(self) -> None:
        self.keys = 0
        self._shared: dict[Any, Any] = {}
        self._converters: dict[Any, Convert] = {}

    def records(self, kind: type[Any], raw: Any) -> tuple[Any, ...]:
        """A tuple of `kind` records from a JSON array."""
        if type(raw) is not list:
            raise Unfit
        build = self._converter(kind)
        return tuple([build(item) for item in raw])

    def _converter(self, hint: Any) -> Convert:
        convert = self._converters.get(hint)
        if convert is None:
            convert = self._converters[hint] = self._make(hint)
        return convert

    def _make(self, hint: Any) -> Convert:  # noqa: C901 - one branch per kind of annotation
        args = typing.get_args(hint)
        if type(None) in args:  # X | None
            inner = self._converter(next(arg for arg in args if arg is not type(None)))
            return lambda value: None if value is None else inner(value)
        if typing.get_origin(hint) is tuple:
            item = self._converter(args[0])
            share = self._shared.setdefault if attrs.has(args[0]) else None  # a tuple of citations

            def items(value: Any) -> Any:
                if type(value) is not list:
                    raise Unfit
                found = tuple([item(element) for element in value])
                return found if share is None else share(found, found)

            return items
        if hint is str:
            share = self._shared.setdefault

            def text(value: Any) -> Any:
                if type(value) is not str:
                    raise Unfit
                return share(value, value)

            return text
        if hint is bool:
            return _exact(bool)
        if hint is int:
            return _integer
        if hint is float:
            return _number
        if hint is PartialDate:
            return _date
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            members = {member.value: member for member in hint}

            def member(value: Any) -> Any:
                try:
                    return members[value]
                except (KeyError, TypeError):
                    raise Unfit from None

            return member
        if attrs.has(hint):
            return self._record(hint)
        raise TypeError(f"no fast builder for {hint!r}")

    def _record(self, kind: type[Any]) -> Convert:
        hints = typing.get_type_hints(kind)
        names = frozenset(field.name for field in attrs.fields(kind))
        steps = [
            (field.name, self._converter(hints[field.name]), field.default is attrs.NOTHING)
            for field in attrs.fields(kind)
            if field.init
        ]
        # A nested record (a citation, an office) has no id: equal ones are built once and shared.
        built: dict[tuple[Any, ...], Any] | None = None if "id" in names else {}

        def build(raw: Any) -> Any:
            if type(raw) is not dict or not names.issuperset(raw):
                raise Unfit
            self.keys += len(raw)
            values = {}
            for name, convert, required in steps:
                if name in raw:
                    values[name] = convert(raw[name])
                elif required:
                    raise Unfit
            if built is None:
                return _construct(kind, values)
            key = tuple(values.items())
            record = built.get(key)
            if record is None:
                record = built[key] = _construct(kind, values)
            return record

        return build


def _construct(kind: type[Any], values: dict[str, Any]) -> Any:
    """A record from converted values; a value its validators refuse makes the data unfit."""
    try:
        return kind(**values)
    except (ValueError, TypeError):
        raise Unfit from None


def _exact(kind: type[Any]) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not kind:
            raise Unfit
        return value

    return convert


def _integer(value: Any) -> Any:
    if type(value) is not int or not -_INT64 <= value < _INT64:
        raise Unfit
    return value


def _number(value: Any) -> Any:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise Unfit
    return value


def _date(value: Any) -> Any:
    if type(value) is not str:
        raise Unfit
    try:
        return _parse(value)
    except ValueError:
        raise Unfit from None

"""Records from parsed JSON, fast: one builder function per record type, generated once from its
attrs fields, as cattrs generates its own.

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
        self._builders: dict[type[Any], Convert] = {}

    def records(self, kind: type[Any], raw: Any) -> tuple[Any, ...]:
        """A tuple of `kind` records from a JSON array."""
        if type(raw) is not list:
            raise Unfit
        build = self._builder(kind)
        try:
            return tuple([build(item) for item in raw])
        except (KeyError, TypeError, ValueError):
            raise Unfit from None

    def _builder(self, kind: type[Any]) -> Convert:
        build = self._builders.get(kind)
        if build is None:
            build = self._builders[kind] = self._generate(kind)
        return build

    def _generate(self, kind: type[Any]) -> Convert:
        """The source of ``build(raw)`` for `kind`, compiled: one check and conversion per field."""
        hints = {field.name: field.type for field in attrs.fields(attrs.resolve_types(kind))}
        fields = [field for field in attrs.fields(kind) if field.init]
        scope: dict[str, Any] = {
            "Unfit": Unfit,
            "kind": kind,
            "names": frozenset(field.name for field in fields),
            "share": self._shared.setdefault,
            "counted": self,
        }
        lines = [
            "def build(raw):",
            "    if type(raw) is not dict or not names.issuperset(raw):",
            "        raise Unfit",
            "    counted.keys += len(raw)",
        ]
        for number, field in enumerate(fields):
            name = f"v{number}"
            convert = self._convert(name, hints[field.name], scope)
            if field.default is attrs.NOTHING:  # required: a KeyError when missing makes it unfit
                lines += [f"    {name} = raw[{field.name!r}]", *(f"    {line}" for line in convert)]
            else:
                scope[f"default{number}"] = field.default
                lines += [
                    f"    if {field.name!r} in raw:",
                    f"        {name} = raw[{field.name!r}]",
                    *(f"        {line}" for line in convert),
                    "    else:",
                    f"        {name} = default{number}",
                ]
        arguments = ", ".join(f"{field.name}=v{number}" for number, field in enumerate(fields))
        if "id" in scope["names"]:
            lines.append(f"    return kind({arguments})")
        else:  # a nested record (a citation, an office) has no id: equal ones are built once, shared
            scope["built"] = {}
            values = ", ".join(f"v{number}" for number in range(len(fields)))
            lines += [
                f"    key = ({values},)",
                "    found = built.get(key)",
                "    if found is None:",
                f"        found = built[key] = kind({arguments})",
                "    return found",
            ]
        exec("\n".join(lines), scope)
        build: Convert = scope["build"]
        return build

    def _convert(self, name: str, hint: Any, scope: dict[str, Any]) -> list[str]:
        """Lines that check the JSON value in variable `name` and replace it with the field's value."""
        args = typing.get_args(hint)
        if type(None) in args:  # X | None
            inner = self._convert(name, next(arg for arg in args if arg is not type(None)), scope)
            return [f"if {name} is not None:", *(f"    {line}" for line in inner)]
        if typing.get_origin(hint) is tuple:
            item = self._item(args[0], scope)
            lines = [
                f"if type({name}) is not list:",
                "    raise Unfit",
                f"{name} = tuple([{item}(x) for x in {name}])",
            ]
            if attrs.has(args[0]):  # a tuple of citations: shared
                lines.append(f"{name} = share({name}, {name})")
            return lines
        if hint is str:
            return [f"if type({name}) is not str:", "    raise Unfit", f"{name} = share({name}, {name})"]
        if hint in (bool, int, float):
            scope[f"check_{hint.__name__}"] = {bool: _flag, int: _integer, float: _number}[hint]
            return [f"check_{hint.__name__}({name})"]
        if hint is PartialDate:
            scope["parse"] = _parse
            return [f"if type({name}) is not str:", "    raise Unfit", f"{name} = parse({name})"]
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            scope[f"members_{hint.__name__}"] = {member.value: member for member in hint}
            return [f"{name} = members_{hint.__name__}[{name}]"]  # a KeyError or TypeError: unfit
        if attrs.has(hint):
            scope[f"build_{hint.__name__}"] = self._builder(hint)
            return [f"{name} = build_{hint.__name__}({name})"]
        raise TypeError(f"no fast builder for {hint!r}")

    def _item(self, hint: Any, scope: dict[str, Any]) -> str:
        """The name, in `scope`, of a function converting one item of a tuple field."""
        if attrs.has(hint):
            scope[f"build_{hint.__name__}"] = self._builder(hint)
            return f"build_{hint.__name__}"
        name = f"item_{len(scope)}"
        lines = [
            f"def {name}(value):",
            *(f"    {line}" for line in self._convert("value", hint, scope)),
            "    return value",
        ]
        exec("\n".join(lines), scope)
        return name


def _flag(value: Any) -> None:
    if type(value) is not bool:
        raise Unfit


def _integer(value: Any) -> None:
    if type(value) is not int or not -_INT64 <= value < _INT64:
        raise Unfit


def _number(value: Any) -> None:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise Unfit

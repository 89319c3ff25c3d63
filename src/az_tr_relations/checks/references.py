"""References that resolve, citations that name real fields, places that lie in the right state.

Which fields refer to which collection is read from the ``ref`` entry of each attrs field's
metadata, so a new reference field is checked without touching this module.

Checking a million records has to be quick: each record type's reference fields (and the
fields whose type may hold a record with references, like ``citations``) are worked out once,
and each record is first checked without building any path text. Only a record with a problem
is walked again, field by field, to describe its problems with their JSON paths.
"""

from __future__ import annotations

import typing
from collections.abc import Container, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ..errors import Problem
from ..records import Citation, Mission, Place, Record, Visit


def _references(value: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """(path, collection, referenced id) for every reference inside an attrs instance."""
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        where = f"{path}.{field.name}"
        target = field.metadata.get("ref")
        if target is not None:
            for index, ref in _each(item):
                if ref is not None:
                    yield (where if index is None else f"{where}[{index}]", target, ref)
        for index, nested in _each(item):
            if attrs.has(type(nested)):
                yield from _references(nested, where if index is None else f"{where}[{index}]")


def _each(item: Any) -> Iterator[tuple[int | None, Any]]:
    if isinstance(item, tuple):
        yield from enumerate(item)
    else:
        yield None, item


class _Plan:
    """What to check in the instances of one attrs class."""

    __slots__ = ("names", "nested", "refs")

    def __init__(self, kind: type[Any]) -> None:
        attrs.resolve_types(kind)  # a no-op once cattrs (or an earlier call) has resolved them
        fields = attrs.fields(kind)
        self.refs = tuple((f.name, str(f.metadata["ref"])) for f in fields if f.metadata.get("ref"))
        """(field name, ``ref`` metadata: a collection, or several joined by "|")."""
        self.nested = tuple(f.name for f in fields if any(_has_references(c) for c in _classes_in(f.type)))
        """Fields whose type may hold an attrs instance that has references of its own."""
        self.names = frozenset(f.name for f in fields)
        """Every field name (for citations' ``fields``)."""


_PLANS: dict[type[Any], _Plan] = {}


def _plan(kind: type[Any]) -> _Plan:
    plan = _PLANS.get(kind)
    if plan is None:
        plan = _PLANS[kind] = _Plan(kind)
    return plan


def _classes_in(hint: Any) -> Iterator[type[Any]]:
    """The attrs classes a type annotation mentions (``tuple[Citation, ...]`` -> Citation)."""
    if attrs.has(hint):
        yield hint
    for arg in typing.get_args(hint):
        yield from _classes_in(arg)


def _has_references(kind: type[Any]) -> bool:
    plan = _plan(kind)
    return bool(plan.refs) or bool(plan.nested)


def _refs_known(value: Any, plan: _Plan, lookups: Mapping[str, Container[str]]) -> bool:
    """Whether each reference field of `value` (its own, not those of nested values) names a known
    record."""
    for name, target in plan.refs:
        item = getattr(value, name)
        known = lookups[target]
        if isinstance(item, tuple):
            if not all(ref is None or ref in known for ref in item):
                return False
        elif item is not None and item not in known:
            return False
    return True


def _resolves(value: Any, lookups: Mapping[str, Container[str]]) -> bool:
    """Whether every reference inside `value` (an attrs instance) names a known record."""
    plan = _plan(type(value))
    if not _refs_known(value, plan, lookups):
        return False
    for name in plan.nested:
        item = getattr(value, name)
        for nested in item if isinstance(item, tuple) else (item,):
            if attrs.has(type(nested)) and not _resolves(nested, lookups):
                return False
    return True


def _fine(
    record: Record, lookups: Mapping[str, Container[str]], places: Mapping[str, Record], seen: set[Any]
) -> bool:
    """Whether `record` has no problem at all (the quick check, no messages). Nested values
    (a tuple of citations) are often shared between records: each is checked once per record type
    (`seen` holds what was checked)."""
    plan = _plan(type(record))
    if not _refs_known(record, plan, lookups):
        return False
    for name in plan.nested:
        item = getattr(record, name)
        key = (type(record), id(item))
        if key in seen:
            continue
        for nested in item if isinstance(item, tuple) else (item,):
            if attrs.has(type(nested)) and not _resolves(nested, lookups):
                return False
            if isinstance(nested, Citation) and not plan.names.issuperset(nested.fields):
                return False
        seen.add(key)
    return next(_consistency(record, "", places), None) is None


def check(
    collections: Mapping[str, Sequence[Record]], ids: Mapping[str, Mapping[str, Record]]
) -> list[Problem]:
    """Every reference, citation and place problem across the collections.

    `ids` maps each collection name to its records by id (duplicates already reported).
    """
    problems: list[Problem] = []
    lookups = _Lookups(ids)
    places = ids["places"]
    seen: set[Any] = set()
    for name, records in collections.items():
        for index, record in enumerate(records):
            if _fine(record, lookups, places, seen):
                continue
            path = f"$[{index}]"
            for where, target, ref in _references(record, path):
                targets = target.split("|")  # "councils|formats": an id from either
                if not any(ref in ids[t] for t in targets):
                    known = ", ".join(sorted(i for t in targets for i in ids[t])[:12]) or "none"
                    message = f"unknown {target.replace('|', ' or ')} id {ref!r} (known: {known})"
                    problems.append(Problem(message, where=name, path=where))
            for where, message in (*_citation_fields(record, path), *_consistency(record, path, places)):
                problems.append(Problem(message, where=name, path=where))
    return problems


class _Lookups(dict[str, Container[str]]):
    """``ref`` metadata ("people", "councils|formats") -> the ids it may name, made on first use."""

    def __init__(self, ids: Mapping[str, Mapping[str, Record]]) -> None:
        super().__init__()
        self._ids = ids

    def __missing__(self, target: str) -> Container[str]:
        maps = [self._ids[t] for t in target.split("|")]
        self[target] = found = maps[0] if len(maps) == 1 else frozenset().union(*maps)
        return found


def _citation_fields(record: Record, path: str) -> Iterator[tuple[str, str]]:
    """(path, message) for each citation naming a field its record does not have."""
    names = {field.name for field in attrs.fields(type(record))}
    for index, citation in enumerate(getattr(record, "citations", ())):
        assert isinstance(citation, Citation)
        for unknown in sorted(set(citation.fields) - names):
            yield f"{path}.citations[{index}].fields", f"{type(record).__name__} has no field {unknown!r}"


def _consistency(record: Record, path: str, places: Mapping[str, Record]) -> Iterator[tuple[str, str]]:
    """(path, message) for a mission or visit whose two states are one, or whose place lies elsewhere."""
    if isinstance(record, Mission):
        if record.sending == record.receiving:
            message = f"a mission's sending and receiving states differ, both are {record.sending!r}"
            yield f"{path}.receiving", message
        yield from _place_in(places, record.city, record.receiving, f"{path}.city")
    if isinstance(record, Visit):
        if record.origin == record.host:
            yield f"{path}.host", f"a visit's origin and host differ, both are {record.host!r}"
        yield from _place_in(places, record.place, record.host, f"{path}.place")


def _place_in(
    places: Mapping[str, Record], place_id: str | None, country: str, where: str
) -> Iterator[tuple[str, str]]:
    place = places.get(place_id) if place_id is not None else None
    if isinstance(place, Place) and place.country != country:
        yield where, f"{place_id!r} lies in {place.country}, not in {country}"

"""Cross-record checks: unique ids, references that resolve, citations that fit their record.

Which fields refer to which collection is read from the ``ref`` entry of each attrs field's
metadata, so a new reference field is checked without touching this module.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from .records import Citation, Mission, Place, Record, Visit


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


def check(collections: Mapping[str, Sequence[Record]], ids: Mapping[str, Mapping[str, Record]]) -> list[str]:
    """Every problem across the collections, as ``"visits.json: $[3].host: ..."`` lines.

    `ids` maps each collection name to its records by id (duplicates already reported).
    """
    problems: list[str] = []
    for name, records in collections.items():
        for index, record in enumerate(records):
            path = f"{name}.json: $[{index}]"
            for where, target, ref in _references(record, path):
                if ref not in ids[target]:
                    known = ", ".join(sorted(ids[target])[:12]) or "none"
                    problems.append(f"{where}: unknown {target} id {ref!r} (known: {known})")
            problems.extend(_citation_fields(record, path))
            problems.extend(_consistency(record, path, ids["places"]))
    return problems


def _citation_fields(record: Record, path: str) -> Iterator[str]:
    names = {field.name for field in attrs.fields(type(record))}
    for index, citation in enumerate(getattr(record, "citations", ())):
        assert isinstance(citation, Citation)
        for unknown in sorted(set(citation.fields) - names):
            yield (f"{path}.citations[{index}].fields: {type(record).__name__} has no field {unknown!r}")


def _consistency(record: Record, path: str, places: Mapping[str, Record]) -> Iterator[str]:
    if isinstance(record, Mission):
        if record.sending == record.receiving:
            yield f"{path}.receiving: a mission's sending and receiving states differ, both are {record.sending!r}"
        yield from _place_in(places, record.city, record.receiving, f"{path}.city")
    if isinstance(record, Visit):
        if record.origin == record.host:
            yield f"{path}.host: a visit's origin and host differ, both are {record.host!r}"
        yield from _place_in(places, record.place, record.host, f"{path}.place")


def _place_in(places: Mapping[str, Record], place_id: str | None, country: str, where: str) -> Iterator[str]:
    place = places.get(place_id) if place_id is not None else None
    if isinstance(place, Place) and place.country != country:
        yield f"{where}: {place_id!r} lies in {place.country}, not in {country}"

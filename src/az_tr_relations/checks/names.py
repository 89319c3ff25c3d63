"""Names that find one record only: no two countries, people or places share a name, alias or
code once case and diacritics are ignored (``ds.country("turkiye")`` must be unambiguous)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .._text import fold
from ..errors import Problem

__all__ = ["NAME_FIELDS", "check", "names_of"]

NAME_FIELDS = ("id", "name", "aliases", "official_name", "native_name", "iso3")
"""The fields by which `Dataset.country`, `person` and `place` find a record."""

_WHAT = {"countries": "country", "people": "person", "places": "place"}


def names_of(record: Any) -> Iterator[tuple[str, str]]:
    """(field, name) for every name `record` can be found by."""
    for field in NAME_FIELDS:
        value = getattr(record, field, None)
        for name in value if isinstance(value, tuple) else (value,):
            if name:
                yield field, name


def check(collections: Mapping[str, Sequence[Any]]) -> list[Problem]:
    """A problem for each name that a second record of the same collection also uses."""
    problems = []
    for collection, what in _WHAT.items():
        owners: dict[str, str] = {}
        for index, record in enumerate(collections[collection]):
            for field, name in names_of(record):
                other = owners.setdefault(fold(name), record.id)
                if other != record.id:
                    message = f"{what} name {name!r} is used by both {other!r} and {record.id!r}"
                    problems.append(Problem(message, where=collection, path=f"$[{index}].{field}"))
    return problems

"""Finding countries, people and places by any of their names, ignoring case and diacritics."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Generic, TypeVar

from ._text import close_matches, fold
from .checks.names import names_of
from .errors import UnknownNameError, shown
from .records import Country, Person, Place

__all__ = ["Names"]

N = TypeVar("N", bound=Country | Person | Place)


class Names(Generic[N]):
    """Folded ids, names, aliases and codes -> record (names are unique: see `checks.names`)."""

    __slots__ = ("_accepted", "_by_surname", "_keys", "_kind", "_spellings", "_what")

    def __init__(self, kind: type[N], records: Iterable[N], accepted: str) -> None:
        self._kind: type[N] = kind
        self._what: str = kind.__name__.lower()
        self._accepted: str = accepted
        self._keys: dict[str, N] = {}
        self._spellings: dict[str, str] = {}
        self._by_surname: dict[str, list[N]] = defaultdict(list)
        for record in records:
            for _, name in names_of(record):
                self._spellings.setdefault(name, record.name)
                self._keys.setdefault(fold(name), record)
            if kind is Person:
                self._by_surname[fold(record.name.split()[-1])].append(record)

    def find(self, query: str | N) -> N:
        """The record `query` names (an instance is looked up by its id)."""
        if isinstance(query, self._kind):
            query = query.id
        if not isinstance(query, str):
            raise TypeError(f"{self._what}: expected a string, got {type(query).__name__} {shown(query)}")
        key = fold(query)
        if key in self._keys:
            return self._keys[key]
        candidates = self._by_surname.get(key, [])
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            names = [record.name for record in candidates]
            raise UnknownNameError(self._what, query, names, "give the full name or the id", ambiguous=True)
        near = dict.fromkeys(self._spellings[name] for name in close_matches(query, self._spellings))
        raise UnknownNameError(self._what, query, near, self._accepted)

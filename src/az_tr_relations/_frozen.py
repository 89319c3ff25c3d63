"""`FrozenMap`: a read-only mapping that, like the records holding it, hashes, pickles and copies."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

__all__ = ["FrozenMap"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V], Generic[K, V]):
    """A mapping that cannot be changed, equal to any mapping with the same items; it hashes
    (when its values do), pickles and deep-copies, which a ``MappingProxyType`` does not.

    >>> files = FrozenMap({"visits.json": "ab12"})
    >>> files["visits.json"], files == {"visits.json": "ab12"}, hash(files) == hash(FrozenMap(files))
    ('ab12', True, True)
    >>> files["x"] = "y"
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenMap' object does not support item assignment
    """

    __slots__ = ("_items",)

    _items: dict[K, V]

    def __init__(self, items: Mapping[K, V]) -> None:
        object.__setattr__(self, "_items", dict(items))

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a {type(self).__name__} cannot be changed (tried to set {name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a {type(self).__name__} cannot be changed (tried to delete {name})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._items,))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"

"""A date index: records in date order (first possible day, coarser dates first), searched by bisection.

A query costs O(log n + k), k being the records that start inside the window (widened by
the longest span for overlap queries), never a scan of the whole collection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from .dates import DateRange

R = TypeVar("R")


class DateIndex(Generic[R]):
    """Records ordered by date, with their first and last possible day as ordinals."""

    __slots__ = ("_earliest", "_latest", "_longest", "_records")

    def __init__(self, records: Iterable[R], span: Callable[[R], DateRange | None]) -> None:
        keyed = []
        for record in records:
            when = span(record)
            if when is not None:
                keyed.append((*when.start.sort_key(), when.latest.toordinal(), record))
        keyed.sort(key=lambda item: item[:3])
        self._earliest = [item[0] for item in keyed]
        self._latest = [item[2] for item in keyed]
        self._records = [item[3] for item in keyed]
        self._longest = max((last - first for first, _, last, _ in keyed), default=0)

    def __len__(self) -> int:
        return len(self._records)

    def all(self) -> tuple[R, ...]:
        """Every dated record, in date order."""
        return tuple(self._records)

    def inside(self, first: int, last: int) -> list[R]:
        """Records whose whole span certainly lies within days `first`..`last` (ordinals)."""
        lo = bisect_left(self._earliest, first)
        hi = bisect_right(self._earliest, last)
        latest, records = self._latest, self._records
        return [records[i] for i in range(lo, hi) if latest[i] <= last]

    def overlapping(self, first: int, last: int) -> list[R]:
        """Records whose span may meet days `first`..`last` (ordinals)."""
        lo = bisect_left(self._earliest, first - self._longest)
        hi = bisect_right(self._earliest, last)
        latest, records = self._latest, self._records
        return [records[i] for i in range(lo, hi) if latest[i] >= first]

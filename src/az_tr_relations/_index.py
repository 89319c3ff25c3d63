"""A date index: records in date order (first possible day, coarser dates first), searched by bisection.

A query costs O(log n + k), k being the records that start inside the window (widened by
the longest span for overlap queries), never a scan of the whole collection.

Building is O(n log n) once: `entries` computes each record's days once (as plain ordinals,
no date objects) and sorts them; indexes over subsets in the same order (per visitor, per
country) and merged timelines reuse those entries instead of computing them again.
"""

from __future__ import annotations

import contextlib
import gc
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from operator import itemgetter
from typing import Generic, TypeVar

from .dates import DateRange

R = TypeVar("R")

Entry = tuple[int, int, int, R]
"""(sort key, first day, last day, record); days are ordinals, as ``date.toordinal()`` gives."""

_KEY = itemgetter(0)
_DAY_BITS = 22  # ordinals of 0001-01-01 .. 9999-12-31 are below 2**22


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while records and indexes are built in bulk.

    Records are immutable trees (no reference cycles), so a collection would find nothing, yet
    each one walks every object made so far: with a million records that makes loading
    superlinear. Reference counting still frees everything as usual.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def entries(records: Iterable[R], span: Callable[[R], DateRange | None]) -> list[Entry[R]]:
    """The dated records as entries in date order: by first day, coarser dates first, then last
    day, ties in the order given (the sort is stable)."""
    keyed: list[Entry[R]] = []
    append = keyed.append
    for record in records:
        when = span(record)
        if when is not None:
            first, rank = when.start.sort_key()
            last = (when.end or when.start)._last_day()
            append(((((first << 2) | rank) << _DAY_BITS) | last, first, last, record))
    keyed.sort(key=_KEY)
    return keyed


def merged(*runs: list[Entry[R]]) -> list[Entry[R]]:
    """Entry lists, each in date order, as one list in date order; equal dates keep the order of
    `runs` (what sorting the concatenation would give, in about linear time)."""
    return sorted(chain.from_iterable(runs), key=_KEY)


class DateIndex(Generic[R]):
    """Records ordered by date, with their first and last possible day as ordinals."""

    __slots__ = ("_earliest", "_latest", "_longest", "_records")

    def __init__(self, ordered: Sequence[Entry[R]] = ()) -> None:
        """An index over `ordered`, entries already in date order (see `entries`)."""
        self._earliest = [entry[1] for entry in ordered]  # a list: bisection on it is fastest
        self._latest = array("i", [entry[2] for entry in ordered])  # read only per row found
        self._records = [entry[3] for entry in ordered]
        self._longest = max((entry[2] - entry[1] for entry in ordered), default=0)

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

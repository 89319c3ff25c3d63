"""Which dataset holds a record, so that a record shown on its own links its sources and shows its
corrections from that dataset, never by loading data behind the user's back.

Each `Dataset` registers itself when it is built (weakly: registering keeps nothing alive).
"""

from __future__ import annotations

import weakref
from typing import Any

__all__ = ["owner_of", "register"]

_DATASETS: list[weakref.ref[Any]] = []


def register(dataset: Any) -> None:
    """Remember `dataset` (a `Dataset`) for `owner_of`; forgotten once it is garbage-collected."""
    _DATASETS[:] = [ref for ref in _DATASETS if ref() is not None]
    _DATASETS.append(weakref.ref(dataset))


def owner_of(record: Any) -> Any | None:
    """The most recently built live dataset that holds this very record, or None."""
    for ref in reversed(_DATASETS):
        dataset = ref()
        if dataset is not None and dataset._holds(record):
            return dataset
    return None

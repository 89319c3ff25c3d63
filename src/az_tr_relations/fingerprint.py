"""A content hash of a dataset: the same records give the same hash, whatever the file layout.

Fields left at their default are not hashed, so a later package release that adds an optional
field to a record type does not change the hash of an older data version's records.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import attrs

from ._json import plain
from .dataset import Dataset
from .dates import PartialDate
from .errors import shown
from .schema import COLLECTIONS

__all__ = ["content_hash"]


def _essential(value: Any) -> Any:
    if attrs.has(type(value)) and not isinstance(value, PartialDate):
        return {
            field.name: _essential(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.default is attrs.NOTHING or getattr(value, field.name) != field.default
        }
    if isinstance(value, tuple):
        return [_essential(item) for item in value]
    return plain(value)


def content_hash(ds: Dataset) -> str:
    """SHA-256 over every record's content, collection by collection, in id order.

    Quote it beside the data version in a paper or notebook to show exactly which records an
    analysis used.

    >>> import az_tr_relations as azt
    >>> len(azt.content_hash(azt.load("1.0.0")))
    64
    """
    if not isinstance(ds, Dataset):
        raise TypeError(f"ds: expected a Dataset (from azt.load()), got {type(ds).__name__} {shown(ds)}")
    digest = hashlib.sha256()
    for name in COLLECTIONS:
        for record in sorted(ds.collection(name), key=lambda r: r.id):
            digest.update(json.dumps([name, _essential(record)], ensure_ascii=False, sort_keys=True).encode())
            digest.update(b"\n")
    return digest.hexdigest()

"""The checks that need a whole dataset: one owner, shared by `load()`, `load_folder()`,
`validate()`, `Dataset(...)` and `from_records()`.

Each record checks its own fields when it is built (see `records`); what is left needs the other
records: each collection holds records of its type, ids are unique, references resolve,
citations name real fields, places lie in the right country, corrections match their record,
visitors and signatories held an office on the day, and names do not clash. Every problem is a
`Problem` placed in its collection and JSON path (``visits: $[3].host: ...``); the loader places
it in the collection's data file instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import Problem, shown
from ..schema import COLLECTIONS
from . import corrections, names, offices, references

__all__ = ["check"]


def check(collections: Mapping[str, Sequence[Any]]) -> list[Problem]:
    """Every problem across `collections` (collection name -> its records; a missing name is empty).

    >>> from az_tr_relations import load
    >>> ds = load("1.0.0")
    >>> check({"missions": ds.missions[:1]})[0]
    "missions: $[0].sending: unknown countries id 'AZ' (known: none)"
    """
    problems: list[Problem] = []
    by_collection: dict[str, dict[str, Any]] = {}
    by_id: dict[str, Any] = {}
    for name, kind in COLLECTIONS.items():
        by_collection[name] = known = {}
        for index, record in enumerate(collections.get(name, ())):
            if not isinstance(record, kind):
                message = f"expected a {kind.__name__}, got {type(record).__name__} {shown(record)}"
                problems.append(Problem(message, where=name, path=f"$[{index}]"))
            elif record.id in by_id:
                problems.append(Problem(f"duplicate id {record.id!r}", where=name, path=f"$[{index}].id"))
            else:
                known[record.id] = by_id[record.id] = record
    if problems:
        return problems
    records = {name: tuple(collections.get(name, ())) for name in COLLECTIONS}
    problems += references.check(records, by_collection)
    problems += corrections.check(records["corrections"], by_id)
    problems += offices.check(records, by_collection["people"])
    problems += names.check(records)
    return problems

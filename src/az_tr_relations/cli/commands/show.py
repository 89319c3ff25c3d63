"""``show ID``: one record with every field, its citations and corrections; found by its id, or by
a name or title."""

from __future__ import annotations

import argparse
import re

from ..._json import plain
from ...dataset import Dataset
from ...errors import UnknownIdError
from ...records import Record, Source
from ...render.show import inferred_fields, record_text
from ...schema import COLLECTION_OF, COLLECTIONS
from .._common import dataset
from .._lookup import find, matches
from .._output import Output

_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)+")
"""What an id looks like: lower-case words joined by hyphens."""


def arguments(parser: argparse.ArgumentParser) -> None:
    """The record's id, name or title."""
    parser.add_argument(
        "id",
        metavar="ID",
        help="the record's id, or a name or title (a person, place or country, an agreement's title, "
        "...), ignoring case and diacritics; see 'search' to find one",
    )


def record(ds: Dataset, query: str) -> Record:
    """The record with id `query`, else the one `query` names (`_lookup.matches`), a source only
    when nothing else fits; a query shaped like an id that finds nothing is reported as an unknown
    id, with the ids it resembles."""
    try:
        return ds.get(query)
    except UnknownIdError as error:
        groups = _groups(ds)
        if _ID.fullmatch(query) and not matches(ds, query, *groups):
            if error.suggestions:
                raise
            raise LookupError(f"{error}; to find an id: az-tr-relations search TEXT") from None
        return find(ds, query, "record", *groups)


def _groups(ds: Dataset) -> tuple[list[Record], list[Record]]:
    """The records a name is looked for in: first those about the relations, then the sources
    (whose titles name much of the rest)."""
    records = [r for name in COLLECTIONS for r in ds.collection(name)]
    return [r for r in records if not isinstance(r, Source)], [r for r in records if isinstance(r, Source)]


def run(args: argparse.Namespace) -> Output:
    """The record in full; ``--json`` gives ``{"collection", "record", "inferred", "corrections"}``:
    the record's canonical JSON, the names of its inferred fields and its corrections' JSON."""
    ds = dataset(args)
    found = record(ds, args.id)
    data = {
        "collection": COLLECTION_OF[type(found)],
        "record": plain(found),
        "inferred": inferred_fields(found),
        "corrections": [plain(c) for c in ds.corrections_for(found)],
    }
    return Output(text=record_text(ds, found), data=data)

"""``show ID``: one record with every field, its citations and corrections."""

from __future__ import annotations

import argparse

from ..._json import plain
from ...errors import UnknownIdError
from ...render.show import inferred_fields, record_text
from ...schema import COLLECTION_OF
from .._common import dataset
from .._output import Output

HELP = "one record: every field, its citations and corrections"
TABULAR = False


def arguments(parser: argparse.ArgumentParser) -> None:
    """The record's id."""
    parser.add_argument("id", metavar="ID", help="the record's id (see 'search' to find one)")


def run(args: argparse.Namespace) -> Output:
    """The record in full; ``--json`` gives ``{"collection", "record", "inferred", "corrections"}``:
    the record's canonical JSON, the names of its inferred fields and its corrections' JSON."""
    ds = dataset(args)
    try:
        record = ds.get(args.id)
    except UnknownIdError as error:
        if error.suggestions:
            raise
        raise LookupError(f"{error}; to find an id: az-tr-relations search TEXT") from None
    data = {
        "collection": COLLECTION_OF[type(record)],
        "record": plain(record),
        "inferred": inferred_fields(record),
        "corrections": [plain(c) for c in ds.corrections_for(record)],
    }
    return Output(text=record_text(ds, record), data=data)

"""``timeline``: every dated record in date order."""

from __future__ import annotations

import argparse

from ..._json import plain
from ...render.text import dated, describe, timeline_lines
from ...schema import COLLECTION_OF
from .._common import dataset
from .._output import Output, Table

HELP = "every dated record in date order (* = date inferred)"
TABULAR = True


def arguments(parser: argparse.ArgumentParser) -> None:
    """No options of its own."""


def run(args: argparse.Namespace) -> Output:
    """Date, type and description per record; JSON: ``[{"collection", "record"}]``."""
    ds = dataset(args)
    records = ds.timeline()
    table = Table(
        header=("date", "date_inferred", "collection", "id", "description"),
        rows=tuple((*dated(r), COLLECTION_OF[type(r)], r.id, describe(r, ds)) for r in records),
    )
    data = [{"collection": COLLECTION_OF[type(r)], "record": plain(r)} for r in records]
    return Output(text="\n".join(timeline_lines(ds)), data=data, table=table)

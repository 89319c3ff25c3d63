"""``timeline``: every dated record in date order, or those in a date window."""

from __future__ import annotations

import argparse

from ..._json import plain
from ...render.text import dated, describe, timeline_lines
from ...schema import COLLECTION_OF
from .._common import dataset, in_window, window
from .._output import Output, Table


def arguments(parser: argparse.ArgumentParser) -> None:
    """The window, as ``visits`` takes it."""
    window(parser)


def run(args: argparse.Namespace) -> Output:
    """Date, type and description per record in the window; JSON: ``[{"collection", "record"}]``."""
    ds = dataset(args)
    records = tuple(in_window(ds.timeline(), args))
    table = Table(
        header=("date", "date_inferred", "collection", "id", "description"),
        rows=tuple((*dated(r), COLLECTION_OF[type(r)], r.id, describe(r, ds)) for r in records),
    )
    data = [{"collection": COLLECTION_OF[type(r)], "record": plain(r)} for r in records]
    text = "\n".join(timeline_lines(ds, records)) if records else "no dated records in this window"
    return Output(text=text, data=data, table=table)

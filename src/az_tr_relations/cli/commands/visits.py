"""``visits``: visits by a leader of one state to the other, in a date window."""

from __future__ import annotations

import argparse

from .._common import dataset, records_output, window, window_dates
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The window and the visitor, origin and host filters of `Dataset.visits_between`."""
    window(parser)
    parser.add_argument("--visitor", metavar="PERSON", help="only this visitor (id, name or surname)")
    parser.add_argument("--origin", metavar="COUNTRY", help="only visitors from this country (name or code)")
    parser.add_argument("--host", metavar="COUNTRY", help="only visits to this country (name or code)")


def run(args: argparse.Namespace) -> Output:
    """`Dataset.visits_between` with the window and filters given."""
    ds = dataset(args)
    start, end = window_dates(args)
    found = ds.visits_between(
        start,
        end,
        visitor=args.visitor,
        origin=args.origin,
        host=args.host,
        uncertain=args.uncertain,
    )
    return records_output(ds, "visits", found)

"""``events``: milestones in a date window."""

from __future__ import annotations

import argparse

from .._common import dataset, records_output, window, window_dates
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The window of `Dataset.events_between`."""
    window(parser)


def run(args: argparse.Namespace) -> Output:
    """`Dataset.events_between` with the window given."""
    ds = dataset(args)
    start, end = window_dates(args)
    found = ds.events_between(start, end, uncertain=args.uncertain)
    return records_output(ds, "events", found)

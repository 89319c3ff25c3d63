"""``meetings``: meetings of the councils and multilateral formats, by date, body and level."""

from __future__ import annotations

import argparse

from ...records import MeetingLevel
from .._common import dataset, in_window, named, records_output, window
from .._lookup import find
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The window, ``--council`` and ``--level``."""
    window(parser)
    parser.add_argument(
        "--council",
        metavar="BODY",
        help="only meetings of this council or format: its id, name, or a part of either "
        "('hlscc', '3+3'), ignoring case and diacritics",
    )
    parser.add_argument("--level", choices=[level.value for level in MeetingLevel], help="only who met")


def run(args: argparse.Namespace) -> Output:
    """Meetings in the window, in date order, narrowed by ``--council`` and ``--level``."""
    ds = dataset(args)
    body = None
    if args.council is not None:
        bodies = (*ds.councils, *ds.formats)
        body = named(lambda text: find(ds, text, "council or format", bodies), args.council, "--council").id
    found = [
        meeting
        for meeting in in_window(ds.meetings, args)
        if body in (None, meeting.council) and args.level in (None, meeting.level and meeting.level.value)
    ]
    return records_output(ds, "meetings", found)

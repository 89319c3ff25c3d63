"""The command line's grammar: sub-commands, their options and their ``--help`` texts."""

from __future__ import annotations

import argparse

from . import __version__
from ._loader import LATEST
from .export import FORMATS
from .records import MissionKind

PROG = "az-tr-relations"


def _shared(tabular: bool) -> argparse.ArgumentParser:
    """Options every sub-command takes: ``--data-version`` again (after the sub-command),
    ``--json``, and ``--csv`` where the output is a table (`tabular`)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-version",
        default=argparse.SUPPRESS,  # keeps a value given before the sub-command
        metavar="X.Y.Z",
        help=f"data version to use (default: newest, {LATEST})",
    )
    output = parent.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        default="text",
        help="print one JSON document (records as in the data files)",
    )
    if tabular:
        output.add_argument(
            "--csv",
            dest="format",
            action="store_const",
            const="csv",
            help="print CSV with a header row",
        )
    return parent


def _window(command: argparse.ArgumentParser) -> None:
    """``--from``, ``--to`` and ``--uncertain``: a date window, as `visits_between` takes it."""
    command.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day of the window: YYYY, YYYY-MM or YYYY-MM-DD (a year or month covers all of it); "
        "default: open",
    )
    command.add_argument(
        "--to", dest="end", metavar="DATE", help="last day of the window, as --from; default: open"
    )
    command.add_argument(
        "--uncertain",
        action="store_true",
        help="also list records that only may fall in the window (a date known to the month only, "
        "a span that overlaps it)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``az-tr-relations`` argument parser, with one sub-parser per sub-command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Azerbaijan-Türkiye relations as a versioned, cited dataset. "
        "Without a command, prints the summary.",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options. Exit status: 0 on success, "
        "2 on an error (a usage error, an unknown name, id, date or version, invalid data).",
    )
    parser.set_defaults(format="text")  # for the summary run without a sub-command
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-version",
        default=None,
        metavar="X.Y.Z",
        help=f"data version to use, before or after the command (default: newest, {LATEST})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(name: str, purpose: str, parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
        """Add sub-command `name`; `purpose` is its line in the main help and its description."""
        return commands.add_parser(
            name, help=purpose, description=f"{purpose[0].upper()}{purpose[1:]}.", parents=[parent]
        )

    command("summary", "what the dataset holds, its sources and timeline (the default)", _shared(False))
    command("versions", "the data versions shipped, oldest first", _shared(True))
    command("timeline", "every dated record in date order (* = date inferred)", _shared(True))

    visits = command("visits", "visits by a leader of one state to the other", _shared(True))
    _window(visits)
    visits.add_argument("--visitor", metavar="PERSON", help="only this visitor (id, name or surname)")
    visits.add_argument("--origin", metavar="COUNTRY", help="only visitors from this country (name or code)")
    visits.add_argument("--host", metavar="COUNTRY", help="only visits to this country (name or code)")

    missions = command("missions", "embassies and consulates general", _shared(True))
    missions.add_argument(
        "--in", dest="receiving", metavar="COUNTRY", help="only missions located in COUNTRY"
    )
    missions.add_argument("--of", dest="sending", metavar="COUNTRY", help="only missions that COUNTRY keeps")
    missions.add_argument("--city", metavar="PLACE", help="only missions in this city")
    missions.add_argument("--kind", choices=[kind.value for kind in MissionKind], help="only this kind")

    events = command("events", "milestones: independence, recognition, relations, wars", _shared(True))
    _window(events)

    show = command("show", "one record: every field, its citations and corrections", _shared(False))
    show.add_argument("id", metavar="ID", help="the record's id (see 'search' to find one)")

    search = command("search", "records whose id or text contains TEXT", _shared(True))
    search.add_argument("text", metavar="TEXT", help="text to find, ignoring case and diacritics")

    export = command("export", "write every table to files in DIR", _shared(False))
    export.add_argument("directory", metavar="DIR", help="folder to write to (created if missing)")
    export.add_argument(
        "--format",
        dest="formats",
        action="extend",
        nargs="+",
        choices=FORMATS,
        metavar="FORMAT",
        help=f"file formats, of {', '.join(FORMATS)} (default: csv json; parquet needs the 'arrow' extra)",
    )

    validate = command("validate", "check every shipped data version, or one data folder", _shared(False))
    validate.add_argument("folder", metavar="DIR", nargs="?", help="a data folder to check instead")

    diff = command("diff", "what changed from one data version to another", _shared(False))
    diff.add_argument("old", metavar="OLD", help="the earlier data version (or data folder)")
    diff.add_argument(
        "new", metavar="NEW", nargs="?", help="the later data version or folder (default: --data-version)"
    )
    return parser

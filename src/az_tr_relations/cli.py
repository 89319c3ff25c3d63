"""The command line: ``az-tr-relations`` (or ``python -m az_tr_relations``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from ._loader import LATEST, load, versions
from ._summary import summary, timeline_lines
from .errors import UnknownVersionError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="az-tr-relations",
        description="Azerbaijan-Türkiye relations as a versioned, cited dataset.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-version",
        default=None,
        metavar="X.Y.Z",
        help=f"data version to use (default: newest, {LATEST})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("summary", help="what the dataset holds, its sources and timeline (the default)")
    commands.add_parser("timeline", help="every dated record in date order")
    commands.add_parser("versions", help="the data versions shipped, oldest first")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for a usage or lookup error)."""
    args = _parser().parse_args(argv)
    if args.command == "versions":
        print("\n".join(versions()))
        return 0
    try:
        ds = load(args.data_version)
    except UnknownVersionError as error:
        print(f"az-tr-relations: error: {error}", file=sys.stderr)
        return 2
    if args.command == "timeline":
        print("\n".join(timeline_lines(ds)))
    else:
        print(summary(ds, __version__))
    return 0

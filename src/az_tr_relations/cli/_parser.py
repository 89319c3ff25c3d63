"""The command line's grammar: sub-commands, their options and their ``--help`` texts."""

from __future__ import annotations

import argparse

from .._loader import LATEST
from .._version import __version__
from .commands import COMMANDS

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
    for name, command in COMMANDS.items():
        sub = commands.add_parser(
            name,
            help=command.HELP,
            description=f"{command.HELP[0].upper()}{command.HELP[1:]}.",
            parents=[_shared(command.TABULAR)],
        )
        command.arguments(sub)
    return parser

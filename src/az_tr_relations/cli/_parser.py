"""The command line's grammar: sub-commands, their options and their ``--help`` texts.

The parser never prints or exits by itself: help and version texts, and usage errors, come back
as exceptions, so that the caller writes them as it writes everything (one line per error, no
traceback whatever the state of the output).
"""

from __future__ import annotations

import argparse
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, NoReturn

from .._shipped import LATEST
from .._text import shorten
from .._version import __version__
from ._status import status_table
from .commands import COMMANDS, TABULAR, command

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["PROG", "Parser", "Printed", "UsageError", "build_parser", "command_in"]

PROG = "az-tr-relations"

_LONGEST = 300
"""The most characters of an argparse message: a huge argument is not echoed in full."""


class UsageError(Exception):
    """The arguments do not fit the grammar: one line saying what is wrong and where help is."""


class Printed(Exception):
    """argparse answered a request (``--help``, ``--version``) with `text`, for stdout."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class Parser(argparse.ArgumentParser):
    """An `argparse.ArgumentParser` that raises `Printed` and `UsageError` instead of printing
    and exiting."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        raise Printed(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise Printed(message or "")

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{shorten(message, _LONGEST)}; see '{self.prog} --help'")


def _shared(tabular: bool) -> Parser:
    """Options every sub-command takes: ``--data-version`` again (after the sub-command),
    ``--json``, and ``--csv`` where the output is a table (`tabular`)."""
    parent = Parser(add_help=False)
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


def command_in(argv: Sequence[str]) -> str | None:
    """The command that `argv` runs, read as the parser will read it: the first argument that
    is neither an option nor the value of ``--data-version`` (spelled out, abbreviated or joined
    with ``=``). None when there is none, or it is no command (the parser will say so)."""
    value_next = False
    for position, argument in enumerate(argv):
        if value_next:
            value_next = False
        elif argument == "--":
            following = argv[position + 1 : position + 2]
            return following[0] if following and following[0] in COMMANDS else None
        elif argument.startswith("-"):
            name = argument.split("=", 1)[0]
            value_next = "=" not in argument and len(name) > 2 and "--data-version".startswith(name)
        else:
            return argument if argument in COMMANDS else None
    return None


def build_parser(detailed: Collection[str] = COMMANDS) -> argparse.ArgumentParser:
    """The ``az-tr-relations`` argument parser, with one sub-parser per sub-command; only the
    commands in `detailed` get their options and ``--help`` (importing their modules): a parser
    for one run needs those of the command it runs (`command_in`), shell completion all of them."""
    parser = Parser(
        prog=PROG,
        description="Azerbaijan-Türkiye relations as a versioned, cited dataset. "
        "Without a command, prints the summary.",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options.\nEach error is one line on "
        f"stderr: '{PROG}: error: ...'.\n\nexit status:\n{status_table()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    shared = {tabular: [_shared(tabular)] for tabular in {name in TABULAR for name in detailed}}
    for name, line in COMMANDS.items():
        if name not in detailed:  # listed in --help, and a valid choice, but never entered
            commands.add_parser(name, help=line, add_help=False)
            continue
        sub = commands.add_parser(
            name,
            help=line,
            description=f"{line[0].upper()}{line[1:]}.",
            parents=shared[name in TABULAR],
        )
        command(name).arguments(sub)
    return parser

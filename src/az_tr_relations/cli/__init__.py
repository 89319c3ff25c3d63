"""The command line: ``az-tr-relations`` (or ``python -m az_tr_relations``).

Each sub-command prints an aligned table or text by default, one JSON document with ``--json``
and CSV with ``--csv`` where its output is a table. A mistake (an unknown version, name or id,
a bad date) is one ``az-tr-relations: error: ...`` line on stderr and exit status 2, never a
traceback; ``validate`` lists every problem in the data it checks and exits 1.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from ..errors import DataError
from ._parser import PROG, build_parser
from .commands import COMMANDS


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the arguments; answer a shell's completion request instead when one is running.

    Completion needs the optional `argcomplete` package; it is imported only while completing.
    """
    parser = build_parser()
    if "_ARGCOMPLETE" in os.environ:  # set by the shell hook of argcomplete, asking for completions
        try:
            argcomplete = importlib.import_module("argcomplete")
        except ImportError:
            sys.exit(1)  # no completions without argcomplete, and no command run either
        argcomplete.autocomplete(parser)
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "summary"  # the default
    return args


def _error_lines(error: Exception) -> list[str]:
    """What went wrong, one line per problem (a `DataError` lists every problem it found)."""
    if isinstance(error, DataError):
        return [f"{error.context}: {problem}" for problem in error.problems]
    return [str(error).splitlines()[0] if str(error) else type(error).__name__]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status: 0; 1 when ``validate`` finds problems in
    the data; 2 for a usage, lookup or input error (and for a data version that fails to load)."""
    args = _parse(argv)
    try:
        output = COMMANDS[args.command].run(args)
    except (LookupError, ValueError, TypeError, ImportError, OSError) as error:
        for line in _error_lines(error):
            print(f"{PROG}: error: {line}", file=sys.stderr)
        return 2
    text = output.render(args.format, sys.stdout.encoding or "utf-8")
    try:
        if text:
            print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (| head); silence Python's flush at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    for line in output.problems:
        print(f"{PROG}: error: {line}", file=sys.stderr)
    return 1 if output.problems else 0

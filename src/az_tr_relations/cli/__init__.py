"""The command line: ``az-tr-relations`` (or ``python -m az_tr_relations``).

Each sub-command prints an aligned table or text by default, one JSON document with ``--json``
and CSV with ``--csv`` where its output is a table. Whatever goes wrong (a mistake in the
arguments, invalid data, a full disk, a closed or broken output, a bug) is one
``az-tr-relations: error: ...`` line on stderr per problem and an exit status from the table of
`_status` (``--help`` lists it), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .._extras import MissingExtraError
from .._streams import write_err, write_out
from .._text import shorten
from ..errors import DataError
from ._output import Output
from ._parser import PROG, Printed, UsageError, build_parser, command_in
from ._status import Status
from .commands import command

__all__ = ["main"]

_LONGEST = 600
"""The most characters of an error line: messages cut the values they echo, and this catches the rest."""


def _decoded(argument: str) -> str:
    """`argument` as the UTF-8 text it was typed as: under a locale that is not UTF-8 (``LC_ALL=C``)
    Python decodes the bytes of ``Türkiye`` as ``T\\udcc3\\udcbcrkiye``; bytes that are not UTF-8
    stay as Python gave them (a file name in another encoding still names its file)."""
    try:
        return argument.encode(sys.getfilesystemencoding(), "surrogateescape").decode("utf-8")
    except UnicodeError:
        return argument


def _say(line: str) -> None:
    """One error line on stderr."""
    write_err(f"{PROG}: error: {line}")


def _lines(error: BaseException) -> list[str]:
    """What went wrong, one line per problem (a `DataError` lists every problem it found)."""
    if isinstance(error, DataError):
        return [f"{error.context}: {problem}" for problem in error.problems]
    if isinstance(error, OSError) and error.filename is not None and error.strerror:
        return [f"{shorten(str(error.filename), _LONGEST)}: {error.strerror}"]
    text = str(error).strip()
    return [shorten(text.splitlines()[0], _LONGEST) if text else type(error).__name__]


def _status_of(error: Exception) -> Status:
    """The exit status of a command that raised `error`."""
    if isinstance(error, DataError):
        return Status.INVALID_DATA
    if isinstance(error, (MissingExtraError, OSError)):
        return Status.ENVIRONMENT
    if isinstance(error, (LookupError, ValueError, TypeError)):
        return Status.USAGE
    return Status.BUG


def _write(text: str) -> Status:
    """Print `text` to stdout; a stream that cannot take it is one error line (none for a reader
    that stopped early) and status 3."""
    problem = write_out(text)
    if problem is None:
        return Status.OK
    if problem:
        _say(f"cannot write the output: {problem}")
    return Status.ENVIRONMENT


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the arguments; answer a shell's completion request instead when one is running.

    Only the command that runs has its options parsed (and its module imported), but completion
    offers them all; it needs the optional `argcomplete` package, imported only while completing.
    """
    if "_ARGCOMPLETE" in os.environ:  # set by the shell hook of argcomplete, asking for completions
        try:
            argcomplete = importlib.import_module("argcomplete")
        except ImportError:
            sys.exit(1)  # no completions without argcomplete, and no command run either
        argcomplete.autocomplete(build_parser())
    selected = command_in(argv)
    args = build_parser(() if selected is None else (selected,)).parse_args(argv)
    if args.command is None:
        args.command = "summary"  # the default, which has no options of its own
    return args


def _run(argv: Sequence[str]) -> Status:
    try:
        args = _parse(argv)
    except Printed as printed:  # --help, --version
        return _write(printed.text.rstrip("\n"))
    except UsageError as error:
        _say(str(error))
        return Status.USAGE
    try:
        output: Output = command(args.command).run(args)
        text = output.render(args.format, getattr(sys.stdout, "encoding", None) or "utf-8")
    except Exception as error:
        status = _status_of(error)
        prefix = "internal error (a bug; please report it): " if status is Status.BUG else ""
        for line in _lines(error):
            _say(prefix + line)
        return status
    written = _write(text)
    for line in output.problems:
        _say(line)
    if written is not Status.OK:
        return written
    return Status.INVALID_DATA if output.problems else Status.OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on `argv` (default: the process's arguments) and return the exit
    status (see `_status.MEANINGS`); never raises, whatever the arguments or the state of the
    output.

    >>> main(["versions", "--json"])  # doctest: +ELLIPSIS
    [
      "1.0.0",
    ...
    0
    """
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        return int(_run([_decoded(argument) for argument in arguments]))
    except KeyboardInterrupt:
        _say("interrupted")
        return int(Status.INTERRUPTED)

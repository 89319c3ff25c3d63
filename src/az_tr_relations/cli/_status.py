"""The exit statuses of ``az-tr-relations``, each with its meaning: the table that ``--help`` and
docs/cli.md show."""

from __future__ import annotations

import enum
import textwrap

__all__ = ["MEANINGS", "Status", "status_table"]


class Status(enum.IntEnum):
    """How a run of the command line ended."""

    OK = 0
    INVALID_DATA = 1
    USAGE = 2
    ENVIRONMENT = 3
    BUG = 4
    INTERRUPTED = 130


MEANINGS: dict[Status, str] = {
    Status.OK: "success",
    Status.INVALID_DATA: "invalid data: the problems 'validate' found, or a data folder that does not load",
    Status.USAGE: "a usage error: an unknown command or option, a bad date, an unknown name, id or version",
    Status.ENVIRONMENT: "a file, folder or output that cannot be read or written (a full disk, a closed "
    "output; silent when the reader stops early, as '| head' does), or a missing optional library",
    Status.BUG: "an internal error: a bug, please report it",
    Status.INTERRUPTED: "interrupted (Ctrl-C)",
}
"""Each exit status and what it means."""


def status_table(width: int = 88) -> str:
    """The exit statuses as ``--help`` lists them, one each, wrapped to `width` characters.

    >>> print(status_table().splitlines()[0])
      0    success
    """
    return "\n".join(
        textwrap.fill(meaning, width, initial_indent=f"  {int(status):<4} ", subsequent_indent=" " * 7)
        for status, meaning in MEANINGS.items()
    )

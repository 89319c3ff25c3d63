"""The commands of ``az-tr-relations``, one module each: its ``HELP`` line, whether its output is a
table (``TABULAR``: ``--csv`` is offered), its ``arguments`` and its ``run``. They are registered
here, in the order ``--help`` lists them."""

from __future__ import annotations

import argparse
from typing import Protocol

from .._output import Output
from . import (
    agreements,
    diff,
    events,
    explore,
    export,
    meetings,
    missions,
    people,
    search,
    show,
    summary,
    timeline,
    validate,
    versions,
    visits,
)

__all__ = ["COMMANDS", "Command"]


class Command(Protocol):
    """What a command module declares."""

    HELP: str
    TABULAR: bool

    def arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> Output: ...


COMMANDS: dict[str, Command] = {
    "summary": summary,
    "versions": versions,
    "timeline": timeline,
    "visits": visits,
    "missions": missions,
    "events": events,
    "agreements": agreements,
    "meetings": meetings,
    "people": people,
    "show": show,
    "search": search,
    "export": export,
    "validate": validate,
    "diff": diff,
    "explore": explore,
}
"""Command name -> its module."""

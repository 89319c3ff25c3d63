"""The commands of ``az-tr-relations``: each one's help line and whether its output is a table
(``--csv`` is offered), in the order ``--help`` lists them. Each command is a module of this
package, with its ``arguments`` and its ``run``; only the command that runs is imported, so that
``versions`` or ``--help`` does not pay for the renderers, the loader or the exports."""

from __future__ import annotations

import argparse
import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .._output import Output

__all__ = ["COMMANDS", "TABULAR", "Command", "command"]


class Command(Protocol):
    """What a command module declares."""

    def arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> Output: ...


COMMANDS: dict[str, str] = {
    "summary": "what the dataset holds, its sources and timeline (the default)",
    "versions": "the data versions shipped, oldest first",
    "timeline": "every dated record in date order (* = date inferred)",
    "visits": "visits by a leader of one state to the other",
    "missions": "embassies and consulates",
    "events": "milestones: independence, recognition, relations, wars, elections",
    "agreements": "declarations, agreements and treaties signed",
    "meetings": "meetings of the councils and multilateral formats",
    "people": "people named in the dataset, and who held an office on a date",
    "show": "one record (by id, name or title): every field, its citations and corrections",
    "search": "records whose id or text contains TEXT",
    "export": "write every table to files in DIR",
    "validate": "check every shipped data version, or one data folder",
    "diff": "what changed from one data version to another",
    "explore": "write the explorer: one HTML page with the timeline, filters and sources, for any browser",
}
"""Command name -> its line in ``--help``; the module of the same name runs it."""

TABULAR = frozenset(
    {"versions", "timeline", "visits", "missions", "events", "agreements", "meetings", "people", "search"}
)
"""The commands whose output is a table: they offer ``--csv``."""


def command(name: str) -> Command:
    """The module of command `name` (one of `COMMANDS`), imported now."""
    if name not in COMMANDS:
        raise KeyError(f"unknown command {name!r}; known: {', '.join(COMMANDS)}")
    module: Command = importlib.import_module(f"{__name__}.{name}")
    return module

"""The commands of ``az-tr-relations``: each one's help line and whether its output is a table
(``--csv`` is offered), in the order ``--help`` lists them. Each command is a module of this
package, with its ``arguments`` and its ``run``; only the command that runs is imported, so that
``versions`` or ``--help`` does not pay for the renderers, the loader or the exports."""

from __future__ import annotations

import argparse
import importlib
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from .._output import Output

__all__ = ["COMMANDS", "Command", "Entry", "command"]


class Command(Protocol):
    """What a command module declares."""

    def arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> Output: ...


class Entry(NamedTuple):
    """A command as ``--help`` lists it: its help line, and whether its output is a table
    (``--csv`` is offered)."""

    help: str
    tabular: bool


COMMANDS: dict[str, Entry] = {
    "summary": Entry("what the dataset holds, its sources and timeline (the default)", False),
    "versions": Entry("the data versions shipped, oldest first", True),
    "timeline": Entry("every dated record in date order (* = date inferred)", True),
    "visits": Entry("visits by a leader of one state to the other", True),
    "missions": Entry("embassies and consulates", True),
    "events": Entry("milestones: independence, recognition, relations, wars, elections", True),
    "agreements": Entry("declarations, agreements and treaties signed", True),
    "meetings": Entry("meetings of the councils and multilateral formats", True),
    "people": Entry("people named in the dataset, and who held an office on a date", True),
    "show": Entry("one record (by id, name or title): every field, its citations and corrections", False),
    "search": Entry("records whose id or text contains TEXT", True),
    "export": Entry("write every table to files in DIR", False),
    "validate": Entry("check every shipped data version, or one data folder", False),
    "diff": Entry("what changed from one data version to another", False),
    "explore": Entry(
        "write the explorer: one HTML page with the timeline, filters and sources, for any browser", False
    ),
}
"""Command name -> how ``--help`` lists it; the module of the same name runs it."""


def command(name: str) -> Command:
    """The module of command `name` (one of `COMMANDS`), imported now."""
    if name not in COMMANDS:
        raise KeyError(f"unknown command {name!r}; known: {', '.join(COMMANDS)}")
    module: Command = importlib.import_module(f"{__name__}.{name}")
    return module

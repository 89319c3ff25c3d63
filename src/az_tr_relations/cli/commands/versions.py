"""``versions``: the data versions shipped, oldest first."""

from __future__ import annotations

import argparse

from ..._shipped import versions
from .._output import Output, Table


def arguments(parser: argparse.ArgumentParser) -> None:
    """No options of its own."""


def run(args: argparse.Namespace) -> Output:
    """One version a line."""
    shipped = versions()
    return Output(
        text="\n".join(shipped),
        data=list(shipped),
        table=Table(header=("version",), rows=tuple((v,) for v in shipped)),
    )

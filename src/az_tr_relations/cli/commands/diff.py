"""``diff OLD [NEW]``: what changed from one data version (or folder) to another."""

from __future__ import annotations

import argparse

from ..._loader import load, load_folder
from ..._shipped import versions
from ...dataset import Dataset
from ...diff import diff
from .._common import dataset, path
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The two versions (or folders)."""
    parser.add_argument("old", metavar="OLD", help="the earlier data version (or data folder)")
    parser.add_argument(
        "new", metavar="NEW", nargs="?", help="the later data version or folder (default: --data-version)"
    )


def _open(name: str, what: str) -> Dataset:
    """A shipped data version by number, else a data folder by path (argument `what`)."""
    if name not in versions() and name.strip() and path(name, what).is_dir():
        return load_folder(path(name, what))
    return load(name)


def run(args: argparse.Namespace) -> Output:
    """Records added, removed and changed; NEW defaults to ``--data-version``."""
    old = _open(args.old, "OLD")
    new = dataset(args) if args.new is None else _open(args.new, "NEW")
    result = diff(old, new)
    return Output(text=str(result), data=result.to_json())

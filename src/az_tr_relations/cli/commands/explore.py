"""``explore [PATH]``: write the explorer page, one HTML file to open in any browser."""

from __future__ import annotations

import argparse

from ...explore import explore
from .._common import dataset
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The place to write to."""
    parser.add_argument(
        "path",
        metavar="PATH",
        nargs="?",
        default=".",
        help="a folder (created if missing; the file is az-tr-relations-explorer-VERSION.html) "
        "or a file name ending in .html (default: the current folder)",
    )


def run(args: argparse.Namespace) -> Output:
    """The file written, its size and what it shows; JSON: ``{"path", "version", "bytes", "dated"}``."""
    ds = dataset(args)
    path = explore(ds, args.path)
    size = path.stat().st_size
    dated = len(ds.timeline())
    text = (
        f"wrote {path} ({size / 1e6:.1f} MB): {dated} dated records of {len(ds)}, data {ds.version}\n"
        f"open it in a browser: {path.resolve().as_uri()}"
    )
    return Output(text=text, data={"path": str(path), "version": ds.version, "bytes": size, "dated": dated})

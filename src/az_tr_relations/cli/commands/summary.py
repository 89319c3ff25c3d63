"""``summary`` (the default): what the dataset holds, its sources and its timeline."""

from __future__ import annotations

import argparse

from ..._json import plain
from ..._version import __version__
from ...render.text import summary
from .._common import dataset
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """No options of its own."""


def run(args: argparse.Namespace) -> Output:
    """Counts, sources and timeline; JSON: versions, as-of date, counts, sources."""
    ds = dataset(args)
    data = {
        "package_version": __version__,
        "data_version": ds.version,
        "as_of": None if ds.as_of is None else str(ds.as_of),
        "records": len(ds),
        "counts": ds.counts(),
        "sources": [plain(source) for source in ds.sources],
    }
    return Output(text=summary(ds, __version__), data=data)

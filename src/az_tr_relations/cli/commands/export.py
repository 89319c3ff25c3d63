"""``export DIR``: every table as files of the formats chosen, with a data package."""

from __future__ import annotations

import argparse

from ...export import FORMATS, export
from .._common import dataset
from .._output import Output

HELP = "write every table to files in DIR"
TABULAR = False


def arguments(parser: argparse.ArgumentParser) -> None:
    """The folder and ``--format``."""
    parser.add_argument("directory", metavar="DIR", help="folder to write to (created if missing)")
    parser.add_argument(
        "--format",
        dest="formats",
        action="extend",
        nargs="+",
        choices=FORMATS,
        metavar="FORMAT",
        help=f"file formats, of {', '.join(FORMATS)} (default: csv json; parquet needs the 'arrow' extra)",
    )


def run(args: argparse.Namespace) -> Output:
    """Every table as files of the formats chosen (default: CSV and JSON)."""
    formats = tuple(dict.fromkeys(args.formats or ("csv", "json")))
    paths = export(dataset(args), args.directory, formats=formats)
    text = f"wrote {len(paths)} files to {args.directory} ({', '.join(formats)} and datapackage.json)"
    return Output(text=text, data=[str(path) for path in paths])

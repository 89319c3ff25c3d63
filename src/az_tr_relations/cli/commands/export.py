"""``export DIR``: every table as files of the formats chosen, with a data package."""

from __future__ import annotations

import argparse
import os

from ..._extras import require
from ...errors import shown
from ...export import FORMATS, NEEDS, FolderNotEmptyError, export
from .._common import dataset, path
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """The folder, ``--format`` and ``--overwrite``."""
    parser.add_argument("directory", metavar="DIR", help="folder to write to (created if missing)")
    parser.add_argument(
        "--format",
        dest="formats",
        action="extend",
        type=_formats,
        metavar="FORMAT",
        help=f"file formats, of {', '.join(FORMATS)}: repeat the option or separate them with commas "
        "(default: csv,json; parquet needs the 'arrow' extra)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="write into a folder that holds files already, replacing the data package's files "
        "(other files stay)",
    )


def _formats(text: str) -> list[str]:
    """The formats of one ``--format`` value (``csv`` or ``csv,json``); argparse reports an
    unknown one as ``argument --format: ...``."""
    names = [name.strip() for name in text.split(",")]
    unknown = [name for name in names if name not in FORMATS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return names


def run(args: argparse.Namespace) -> Output:
    """Every table as files of the formats chosen (default: CSV and JSON)."""
    formats = tuple(dict.fromkeys(args.formats or ("csv", "json")))
    folder = path(args.directory, "DIR")
    if os.path.lexists(folder) and not folder.is_dir():
        raise ValueError(f"DIR {shown(args.directory)} is a file; give a folder (made if missing)")
    for form in formats:
        if form in NEEDS:
            require(f"--format {form}", *NEEDS[form])
    try:
        paths = export(dataset(args), folder, formats=formats, overwrite=args.overwrite)
    except FolderNotEmptyError:
        raise ValueError(
            f"DIR {shown(args.directory)} is not empty; add --overwrite to replace the data package's files in it "
            "(other files stay), or give a new or empty folder"
        ) from None
    text = f"wrote {len(paths)} files to {args.directory} ({', '.join(formats)} and datapackage.json)"
    return Output(text=text, data=[str(path) for path in paths])

"""``validate [DIR]``: check every shipped data version, or one data folder."""

from __future__ import annotations

import argparse

from ..._shipped import versions
from ..._text import shorten
from ...errors import UnknownVersionError
from ...validate import validate
from .._common import path
from .._output import Output


def arguments(parser: argparse.ArgumentParser) -> None:
    """An optional data folder."""
    parser.add_argument("folder", metavar="DIR", nargs="?", help="a data folder to check instead")


def run(args: argparse.Namespace) -> Output:
    """Check every shipped data version (or the pinned one, or folder DIR) and report "ok" per
    version, or every problem found."""
    if args.folder is not None:
        if args.data_version is not None:
            raise ValueError("validate: give a data folder or --data-version, not both")
        folder = path(args.folder, "DIR")
        if not folder.is_dir():
            raise ValueError(f"validate: {shorten(args.folder)} is not a directory")
        reports = validate(folder)
    else:
        if args.data_version is not None and args.data_version not in versions():
            raise UnknownVersionError(args.data_version, versions())
        reports = tuple(r for r in validate() if args.data_version in (None, r.version))
    data = [
        {"context": r.context, "ok": r.ok, "records": r.records, "problems": list(r.problems)}
        for r in reports
    ]
    text = "\n".join(f"{r.context}: ok ({r.records} records)" for r in reports if r.ok)
    problems = tuple(f"{r.context}: {problem}" for r in reports for problem in r.problems)
    return Output(text=text, data=data, problems=problems)

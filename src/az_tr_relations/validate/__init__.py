"""Check data versions without raising: every problem of every version, as reports.

`validate()` checks every data version shipped in the package, or a folder being prepared
for release, exactly as `load()` and `load_folder()` do (manifest, SHA-256 sums, strict
JSON, every field of every record, ids, references, citations) but returns what it found
instead of raising. From the shell, for curators::

    python -m az_tr_relations.validate                       # every shipped version
    python -m az_tr_relations.validate path/to/data/1.1.0    # one folder being prepared
    python -m az_tr_relations.validate path/to/data          # every version folder in it

It prints one report per version and exits with status 1 when any has a problem (3 when the
reports cannot be written: a full disk, a closed output; never a traceback). (A package,
not a module, so that ``-m`` runs ``__main__.py`` without importing this code twice.)
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

import attrs

from .._loader import read_folder
from .._shipped import VERSION, shipped_folder, versions
from .._streams import write_err, write_out
from ..errors import DataError

__all__ = ["ValidationReport", "main", "validate"]


@attrs.frozen(kw_only=True)
class ValidationReport:
    """What checking one data version found: nothing (``ok``) or every problem.

    ``str()`` gives the report as printed by ``python -m az_tr_relations.validate``.

    >>> import az_tr_relations as azt
    >>> report = azt.validate()[0]
    >>> report.ok, report.version, report.problems
    (True, '1.0.0', ())
    >>> print(report)
    data version 1.0.0: ok, 54 records
    """

    context: str = attrs.field(
        metadata={"doc": "What was checked: 'data version 1.0.0' or 'data folder PATH'."}
    )
    folder: str = attrs.field(metadata={"doc": "Where its files are."})
    version: str | None = attrs.field(
        metadata={"doc": "The data version: the one shipped, or the one a valid folder declares; else None."}
    )
    problems: tuple[str, ...] = attrs.field(
        metadata={"doc": "Every problem, as 'file: $.json.path: what is wrong' lines."}
    )
    records: int = attrs.field(default=0, metadata={"doc": "Number of records, when the version is valid."})

    @property
    def ok(self) -> bool:
        """True when the version loads: no problem at all."""
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return f"{self.context}: ok, {self.records} records"
        count = len(self.problems)
        listing = "".join(f"\n  - {problem}" for problem in self.problems)
        return f"{self.context}: {count} problem{'s' if count != 1 else ''}{listing}"


def validate(folder: str | os.PathLike[str] | None = None) -> tuple[ValidationReport, ...]:
    """Check every shipped data version (`folder` None) or the data folder `folder`.

    A folder that holds ``manifest.json`` is one version; a folder without one is checked as
    a data root: each sub-folder named like a version (``1.1.0``) is checked. Nothing is
    cached and nothing raises for bad data: each report lists every problem found.

    >>> import az_tr_relations as azt
    >>> [(report.version, report.ok) for report in azt.validate()][:1]
    [('1.0.0', True)]
    >>> bad = azt.validate("no/such/folder")[0]
    >>> bad.ok, bad.problems
    (False, ('not a folder: it does not exist or is a file',))
    """
    if folder is None:
        return tuple(
            _check(shipped_folder(version), f"data version {version}", version) for version in versions()
        )
    if isinstance(folder, bytes) or not isinstance(folder, (str, os.PathLike)):
        raise TypeError(
            f"folder: expected a path (str or os.PathLike), got {type(folder).__name__} {folder!r}"
        )
    path = Path(folder)
    inner = [] if (path / "manifest.json").exists() or not path.is_dir() else _version_folders(path)
    return tuple(_check(one, f"data folder {one}", None) for one in inner or [path])


def _version_folders(root: Path) -> list[Path]:
    found = [entry for entry in root.iterdir() if entry.is_dir() and VERSION.fullmatch(entry.name)]
    return sorted(found, key=lambda entry: tuple(map(int, entry.name.split("."))))


def _check(folder: str | Path, context: str, version: str | None) -> ValidationReport:
    try:
        ds = read_folder(os.fspath(folder), context)
    except DataError as error:
        return ValidationReport(context=context, folder=str(folder), version=version, problems=error.problems)
    return ValidationReport(
        context=context, folder=str(folder), version=ds.version, problems=(), records=len(ds)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print a report for each version checked; 0 when all are valid, 1 otherwise, 3 when the
    reports cannot be written (a full disk, a closed output).

    >>> import tempfile
    >>> main([tempfile.mkdtemp()])  # doctest: +ELLIPSIS
    data folder ...: 1 problem
      - manifest.json: file missing
    1
    """
    parser = argparse.ArgumentParser(
        prog="python -m az_tr_relations.validate",
        description="Check data versions: every shipped one, or the data folder DIR (a version "
        "folder with manifest.json, or a folder of version folders). Exits 1 on any problem.",
    )
    parser.add_argument(
        "folder", nargs="?", metavar="DIR", help="data folder to check (default: shipped versions)"
    )
    args = parser.parse_args(argv)
    reports = validate(args.folder)
    problem = write_out("\n".join(map(str, reports)))
    if problem is not None:
        if problem:
            write_err(f"{parser.prog}: error: cannot write the reports: {problem}")
        return 3
    failed = sum(not report.ok for report in reports)
    if failed:
        write_err(f"{failed} of {len(reports)} data version(s) invalid")
    return 1 if failed else 0

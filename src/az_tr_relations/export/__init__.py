"""`export`: every table of a dataset as files, one module per format (`csv`, `json`, `parquet`,
registered in `FORMATS`), with a Frictionless ``datapackage.json`` describing them (see
docs/exports.md)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from .._extras import require
from .._json import canonical_json
from ..dataset import Dataset
from ..errors import shown
from ..tables import TABLES
from . import csv, parquet
from . import json as json_format
from ._format import Format
from ._place import FolderNotEmptyError, place
from .csv import csv_cell
from .datapackage import descriptor

__all__ = ["FORMATS", "NEEDS", "PACKAGE_FILES", "FolderNotEmptyError", "csv_cell", "export"]

_REGISTRY: Mapping[str, Format] = MappingProxyType(
    {f.name: f for f in (csv.FORMAT, json_format.FORMAT, parquet.FORMAT)}
)
"""Format name -> its module's `Format`: the one place formats are registered."""

FORMATS = tuple(_REGISTRY)
"""The file formats `export` writes."""

NEEDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {f.name: f.needs for f in _REGISTRY.values() if f.needs is not None}
)
"""Format name -> (module, extra) for the formats that need an optional library."""


def _check(ds: object, directory: object, formats: object, overwrite: object) -> tuple[Path, tuple[str, ...]]:
    if not isinstance(ds, Dataset):
        raise TypeError(f"ds: expected a Dataset (from az_tr_relations.load()), got {type(ds).__name__}")
    if not isinstance(directory, (str, os.PathLike)) or isinstance(directory, bytes):
        raise TypeError(f"directory: expected a path (str or Path), got {type(directory).__name__}")
    if not str(os.fspath(directory)).strip():
        raise ValueError(
            "directory: the path is empty; give the folder to write to (made if missing), "
            "'.' for the working folder"
        )
    folder = Path(directory)
    if os.path.lexists(folder) and not folder.is_dir():
        what = "a link to no folder" if folder.is_symlink() else "a file"
        raise NotADirectoryError(
            f"directory: {shown(str(folder))} is {what}; give a folder (made if missing)"
        )
    if not isinstance(overwrite, bool):
        raise TypeError(f"overwrite: expected True or False, got {shown(overwrite)}")
    if isinstance(formats, str) or not isinstance(formats, Iterable):
        raise TypeError(f"formats: expected a tuple of format names such as ('csv',), got {shown(formats)}")
    wanted = tuple(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise ValueError(f"formats: unknown or no format in {shown(formats)}; accepted: {', '.join(FORMATS)}")
    for name in wanted:
        if name in NEEDS:
            require(f"export(..., formats=({name!r},))", *NEEDS[name])
    return folder, wanted


PACKAGE_FILES = (*(f"{table}.{form}" for form in FORMATS for table in TABLES), "datapackage.json")
"""Every file name an export may write: the files of the data package in a folder."""


def export(
    ds: Dataset,
    directory: str | os.PathLike[str],
    formats: Iterable[str] = FORMATS,
    *,
    overwrite: bool = False,
) -> tuple[Path, ...]:
    """Write every table of `ds` to `directory` as ``<table>.<format>`` for each of `formats`,
    then ``datapackage.json``; return the paths written, the data package last. Parquet needs the
    ``arrow`` extra.

    `directory` is made if missing. A folder that holds anything needs ``overwrite=True``, and
    then only the data package's files (any ``<table>.<format>`` and ``datapackage.json``) are
    replaced or removed; other files stay. The files are written beside the folder first and
    moved in only when all are complete, so a failed export (a full disk, a folder where a file
    goes) leaves the folder as it was, and names the file in its `OSError`. A symbolic link named
    like a package file is replaced, never written through.

    CSV is UTF-8 with a header row, lists joined with "|", dates in ISO 8601 and empty cells for
    missing values; JSON is an array of rows keyed by column name (lists as arrays).

    >>> import tempfile, az_tr_relations as azt
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = azt.export(azt.load("1.0.0"), folder, formats=("csv",))
    ...     [p.name for p in paths][:2], paths[-1].name
    (['sources.csv', 'countries.csv'], 'datapackage.json')
    """
    folder, wanted = _check(ds, directory, formats, overwrite)
    files = {
        (table, form): (f"{table}.{form}", _REGISTRY[form].write(ds, table))
        for form in wanted
        for table in TABLES
    }
    package = canonical_json(descriptor(ds, files, _REGISTRY)).encode("utf-8")
    contents = {name: data for name, data in files.values()} | {"datapackage.json": package}
    place(folder, contents, PACKAGE_FILES, overwrite)
    return tuple(folder / name for name in contents)

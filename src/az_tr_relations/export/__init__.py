"""`export`: every table of a dataset as files, one module per format (`csv`, `json`, `parquet`,
registered in `FORMATS`), with a Frictionless ``datapackage.json`` describing them (see
docs/exports.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from .._extras import require
from .._json import canonical_json
from ..dataset import Dataset
from ..tables import TABLES
from . import csv, parquet
from . import json as json_format
from ._format import Format
from .csv import csv_cell
from .datapackage import descriptor

__all__ = ["FORMATS", "csv_cell", "export"]

_REGISTRY: Mapping[str, Format] = MappingProxyType(
    {f.name: f for f in (csv.FORMAT, json_format.FORMAT, parquet.FORMAT)}
)
"""Format name -> its module's `Format`: the one place formats are registered."""

FORMATS = tuple(_REGISTRY)
"""The file formats `export` writes."""


def _check(ds: object, directory: object, formats: object) -> tuple[Path, tuple[str, ...]]:
    if not isinstance(ds, Dataset):
        raise TypeError(f"ds: expected a Dataset (from az_tr_relations.load()), got {type(ds).__name__}")
    if not isinstance(directory, str | Path):
        raise TypeError(f"directory: expected a path (str or Path), got {type(directory).__name__}")
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"directory: {str(folder)!r} is a file; give a folder (made if missing)")
    if isinstance(formats, str) or not isinstance(formats, Iterable):
        raise TypeError(f"formats: expected a tuple of format names such as ('csv',), got {formats!r}")
    wanted = tuple(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise ValueError(f"formats: unknown or no format in {formats!r}; accepted: {', '.join(FORMATS)}")
    for name in wanted:
        needs = _REGISTRY[name].needs
        if needs is not None:
            require(f"export(..., formats=({name!r},))", *needs)
    return folder, wanted


def export(ds: Dataset, directory: str | Path, formats: Iterable[str] = FORMATS) -> tuple[Path, ...]:
    """Write every table of `ds` to `directory` (made if missing, files replaced) as
    ``<table>.<format>`` for each of `formats`, then ``datapackage.json``; return the paths
    written, the data package last. Parquet needs the ``arrow`` extra.

    CSV is UTF-8 with a header row, lists joined with "|", dates in ISO 8601 and empty cells for
    missing values; JSON is an array of rows keyed by column name (lists as arrays).

    >>> import tempfile, az_tr_relations as azt
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = azt.export(azt.load("1.0.0"), folder, formats=("csv",))
    ...     [p.name for p in paths][:2], paths[-1].name
    (['sources.csv', 'countries.csv'], 'datapackage.json')
    """
    folder, wanted = _check(ds, directory, formats)
    files = {
        (table, form): (f"{table}.{form}", _REGISTRY[form].write(ds, table))
        for form in wanted
        for table in TABLES
    }
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.values():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    package = folder / "datapackage.json"
    package.write_text(canonical_json(descriptor(ds, files, _REGISTRY)), encoding="utf-8")
    return (*written, package)

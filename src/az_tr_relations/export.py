"""`export`: every table of a dataset as CSV, JSON and Parquet files with a Frictionless
``datapackage.json`` describing them (see docs/exports.md)."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable
from pathlib import Path

from ._converter import canonical_json
from ._datapackage import LIST_DELIMITER, descriptor
from ._extras import require
from .dataset import Dataset
from .tables import TABLES, Value, columns, rows

__all__ = ["FORMATS", "csv_cell", "export"]

FORMATS = ("csv", "json", "parquet")
"""The file formats `export` writes."""


def csv_cell(value: Value, where: str = "value") -> str:
    """A CSV cell: empty for None, ISO dates, ``true``/``false``, lists joined with "|".

    `where` names the cell (``"places.aliases"``) in the error for a list item holding "|".

    >>> csv_cell(["AZ", "TR"]), csv_cell(None), csv_cell(True)
    ('AZ|TR', '', 'true')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        for item in value:
            if LIST_DELIMITER in item:
                raise ValueError(
                    f"{where}: the item {item!r} contains {LIST_DELIMITER!r}, "
                    "which separates list items in CSV; export it as JSON or Parquet instead"
                )
        return LIST_DELIMITER.join(value)
    return str(value)


def _csv(ds: Dataset, table: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    names = [c.name for c in columns(table)]
    writer.writerow(names)
    for row in rows(ds, table):
        writer.writerow([csv_cell(row[name], f"{table}.{name}") for name in names])
    return out.getvalue().encode("utf-8")


def _json(ds: Dataset, table: str) -> bytes:
    found = [
        {k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in row.items()}
        for row in rows(ds, table)
    ]
    return canonical_json(found).encode("utf-8")


def _parquet(ds: Dataset, table: str) -> bytes:
    import pyarrow.parquet as pq

    from ._frames import to_arrow

    out = io.BytesIO()
    pq.write_table(to_arrow(ds, table), out)
    return out.getvalue()


_WRITERS = {"csv": _csv, "json": _json, "parquet": _parquet}


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
    if "parquet" in wanted:
        require("export(..., formats=('parquet',))", "pyarrow", "arrow")
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
        (table, form): (f"{table}.{form}", _WRITERS[form](ds, table)) for form in wanted for table in TABLES
    }
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.values():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    package = folder / "datapackage.json"
    package.write_text(
        json.dumps(descriptor(ds, files), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return (*written, package)

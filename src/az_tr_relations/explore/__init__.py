"""The explorer: one self-contained HTML page per data version, to browse the records with their
sources in any browser, offline.

The page shows an interactive timeline of every dated record (zoom, pan; one lane per record type
and direction, coloured as the schema registry says), filters by type, country, person, place
and years, a search that ignores case and diacritics, a panel with every field of a record (dates
as written, inferred values marked), its citations linked to the sources and its corrections,
and the data version with how to cite it. Scripts, styles and data are inline; the timeline is
drawn by vis-timeline, vendored in the package with its licence (``vendor/vis-timeline``,
fetched by ``scripts/vendor_explorer.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..dataset import Dataset
from ..errors import shown
from ._page import LIBRARY, page
from ._payload import payload

__all__ = ["LIBRARY", "explore", "explorer_html", "file_name"]


def _a_dataset(ds: object) -> Dataset:
    if not isinstance(ds, Dataset):
        raise TypeError(f"ds: expected a Dataset (azt.load()), got {type(ds).__name__} {shown(ds)}")
    return ds


def explorer_html(ds: Dataset) -> str:
    """The explorer page for `ds` as HTML text (`explore` writes it to a file).

    >>> import az_tr_relations as azt
    >>> page = explorer_html(azt.load("1.0.0"))
    >>> page.startswith("<!DOCTYPE html>"), "data 1.0.0" in page
    (True, True)
    """
    return page(payload(_a_dataset(ds)))


def file_name(ds: Dataset) -> str:
    """The name `explore` gives the page in a folder: ``az-tr-relations-explorer-VERSION.html``.

    >>> import az_tr_relations as azt
    >>> file_name(azt.load("1.0.0"))
    'az-tr-relations-explorer-1.0.0.html'
    """
    return f"az-tr-relations-explorer-{_a_dataset(ds).version}.html"


def _target(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """The file to write: `path` itself when it names an ``.html`` file, else `file_name` in the
    folder `path` (created when missing)."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"path: expected a folder or an .html file name (str or Path), got {type(path).__name__} {shown(path)}"
        )
    target = Path(path)
    if target.suffix.lower() in (".html", ".htm") and not target.is_dir():
        return target
    if target.exists() and not target.is_dir():
        raise ValueError(
            f"path: {str(target)!r} is a file that is not .html; give a folder or an .html file name"
        )
    return target / file_name(ds)


def explore(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write the explorer page for `ds` and return where: `path` when it names an ``.html`` file,
    else ``az-tr-relations-explorer-VERSION.html`` in the folder `path` (folders are created).

    The file needs nothing else: open it from disk in any browser, no network needed.

    >>> import tempfile, az_tr_relations as azt
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = azt.explore(azt.load("1.0.0"), folder)
    ...     written.name, written.stat().st_size < 1_500_000
    ('az-tr-relations-explorer-1.0.0.html', True)
    """
    text = explorer_html(ds)
    target = _target(ds, path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")
    return target

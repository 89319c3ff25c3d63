"""``search TEXT``: records whose id or text fields contain some text, ignoring case and diacritics."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

import attrs

from ..._json import plain
from ..._text import fold
from ...dataset import Dataset
from ...records import Citation, Record
from ...render.text import label
from ...schema import COLLECTIONS
from .._common import dataset
from .._output import Output, Table, listing


def arguments(parser: argparse.ArgumentParser) -> None:
    """The text to find."""
    parser.add_argument("text", metavar="TEXT", help="text to find, ignoring case and diacritics")


def run(args: argparse.Namespace) -> Output:
    """`search` in the dataset asked for."""
    return search(dataset(args), args.text)


def _texts(item: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(field, text) for every text in `item`: its strings, lists of strings and the texts of
    nested records (``"offices.title"``); citations are provenance, not content, and are left out."""
    for field in attrs.fields(type(item)):
        value = getattr(item, field.name)
        for element in value if isinstance(value, tuple) else (value,):
            if isinstance(element, str):
                yield prefix + field.name, element
            elif attrs.has(type(element)) and not isinstance(element, Citation):
                yield from _texts(element, f"{prefix}{field.name}.")


def search(ds: Dataset, text: str) -> Output:
    """Every record, collection by collection, with `text` in its id or a text field.

    ``--json`` gives ``[{"collection", "matched", "record"}]``, `matched` naming the fields.
    """
    key = fold(text)
    if not key:
        raise ValueError("search: give some text to look for")
    found: list[tuple[str, Record, list[str]]] = []
    for collection in COLLECTIONS:
        for record in ds.collection(collection):
            matched = list(dict.fromkeys(field for field, value in _texts(record) if key in fold(value)))
            if matched:
                found.append((collection, record, matched))
    shown = Table(
        header=("id", "collection", "matched", "name"),
        rows=tuple((r.id, c, ", ".join(m), label(r, ds)) for c, r, m in found),
    )
    table = Table(header=("id", "collection", "matched"), rows=tuple((r.id, c, m) for c, r, m in found))
    data = [{"collection": c, "matched": m, "record": plain(r)} for c, r, m in found]
    return listing(shown, table, data, f"records contain {text!r}")

"""HTML for Jupyter: a dataset's summary and query results as a table (one record: `record`)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._owners import owner_of
from .record import cell, link, table
from .text import label

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["MAX_ROWS", "dataset_html", "results_html"]

MAX_ROWS = 20
"""Rows shown for query results; the rest are counted, not shown."""


def _when(record: Any) -> str:
    span = getattr(record, "span", None)
    return "" if span is None else html.escape(str(span))


def results_html(records: Sequence[Any]) -> str:
    """Query results as a table: every field for records of one type, else id, type, date and label.
    At most `MAX_ROWS` rows are shown; a caption counts the rest.

    >>> import az_tr_relations as azt
    >>> page = results_html(azt.load("1.0.0").places * 3)
    >>> "24 records, 4 more not shown" in page, page.count("<tr>")
    (True, 21)
    """
    if not records:
        return "<p>No records.</p>"
    kinds = {type(record) for record in records}
    shown = records[:MAX_ROWS]
    if len(kinds) == 1:
        names = [f.name for f in attrs.fields(type(records[0])) if f.name != "citations"]
        rows = [[cell(getattr(record, name)) for name in names] for record in shown]
    else:
        names = ["id", "type", "when", "name"]
        rows = [
            [html.escape(r.id), type(r).__name__, _when(r), html.escape(label(r, owner_of(r)))] for r in shown
        ]
    rest = len(records) - len(shown)
    caption = f"{len(records)} records, {rest} more not shown" if rest else f"{len(records)} records"
    return table([html.escape(name) for name in names], rows, caption)


def dataset_html(ds: Dataset) -> str:
    """A dataset at a glance: version, as-of date, records per collection and the sources.

    >>> import az_tr_relations as azt
    >>> "<td>missions</td><td>6</td>" in dataset_html(azt.load("1.0.0"))
    True
    """
    as_of = f", facts as of {html.escape(str(ds.as_of))}" if ds.as_of else ""
    counts = table(["collection", "records"], [(name, str(n)) for name, n in ds.counts().items()])
    sources = "".join(
        f"<li>{link(s.url, html.escape(s.title))}. {html.escape(s.publisher)}"
        f"{f' ({html.escape(str(s.published))})' if s.published else ''}</li>"
        for s in ds.sources
    )
    return (
        f"<div><p><strong>Azerbaijan–Türkiye relations</strong>, data version {html.escape(ds.version)}"
        f"{as_of}: {len(ds)} records</p>{counts}<p>Sources</p><ul>{sources}</ul></div>"
    )

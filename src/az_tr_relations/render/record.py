"""One record as HTML for Jupyter: its fields, its corrections and its citations, linked to the
sources of the dataset that holds it (see `_owners`); a record built outside any dataset shows
its source ids unlinked.

Every piece of text goes through `html.escape`; only http(s) addresses become links. This module
knows no record type: it reads the record's attrs fields (so that the record classes can use it).
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .._owners import owner_of
from ..dates import PartialDate

__all__ = ["STYLE", "cell", "link", "record_html", "table"]

STYLE = "border-collapse:collapse;text-align:left"


def cell(value: object) -> str:
    """A field value as escaped text: dates in ISO, enums by value, lists joined, None as a dash."""
    if value is None:
        return "—"
    if isinstance(value, enum.Enum):
        return html.escape(str(value.value))
    if isinstance(value, tuple):
        return ", ".join(cell(item) for item in value)
    if attrs.has(type(value)) and not isinstance(value, PartialDate):
        kind: Any = type(value)
        return "; ".join(f"{f.name}={cell(getattr(value, f.name))}" for f in attrs.fields(kind))
    return html.escape(str(value))


def link(url: str | None, text: str) -> str:
    """`text` (already escaped) as a link to `url` when it is a web address, else as it is."""
    if url is None or not url.startswith(("https://", "http://")):
        return text
    return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">{text}</a>'


def table(header: Sequence[str], rows: Iterable[Sequence[str]], caption: str = "") -> str:
    """An HTML table from escaped cells."""
    head = "".join(f"<th>{item}</th>" for item in header)
    body = "".join("<tr>" + "".join(f"<td>{item}</td>" for item in row) + "</tr>" for row in rows)
    title = f"<caption>{caption}</caption>" if caption else ""
    return f'<table style="{STYLE}">{title}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _citation(citation: Any, dataset: Any) -> str:
    source = _source(dataset, citation.source)
    name = link(getattr(source, "url", None), html.escape(citation.source))
    parts = [f"{name}, {html.escape(citation.locator)}"]
    if citation.fields:
        parts.append(f"for {cell(citation.fields)}")
    if citation.inferred:
        parts.append("<strong>inferred</strong>")
    if citation.note:
        parts.append(f"<em>{html.escape(citation.note)}</em>")
    return "<li>" + "; ".join(parts) + "</li>"


def _source(dataset: Any, source_id: str) -> Any:
    if dataset is None:
        return None
    try:
        return dataset.get(source_id)
    except KeyError:
        return None


def _corrections(record: Any, dataset: Any) -> str:
    """The dataset's corrections of this record: the value published, the value held, whose error."""
    if dataset is None or not hasattr(record, "id"):
        return ""
    items = []
    for fix in dataset.corrections_for(record.id):
        whose = (
            f"as published in {html.escape(fix.published_in)}"
            if fix.origin.value == "source"
            else f"our own error in data {html.escape(fix.data_version)}"
        )
        change = f"{html.escape(fix.field)}: {html.escape(fix.published)} → {html.escape(fix.corrected)}"
        items.append(f"<li>Corrected: {change} ({whose})</li>")
    return f"<p>Corrections</p><ul>{''.join(items)}</ul>" if items else ""


def record_html(record: Any, dataset: Any = None) -> str:
    """One record: a table of its fields, the corrections its dataset makes to it, then its
    citations with links to the sources. `dataset` defaults to the one holding the record.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.1.0")
    >>> page = record_html(ds.get("embassy-az-in-tr"))
    >>> "<th>opened</th><td>1992-08</td>" in page, "Political relations, para. 2" in page
    (True, True)
    >>> "Corrected: start: 2022-01-28 → 2022-05-28" in record_html(ds.get("visit-2022-01-28-erdogan-baku"))
    True
    """
    dataset = owner_of(record) if dataset is None else dataset
    kind = type(record).__name__
    rows = []
    citations = ""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name == "citations":
            citations = "<ul>" + "".join(_citation(c, dataset) for c in value) + "</ul>"
        elif field.name == "url" and isinstance(value, str):
            rows.append((field.name, link(value, html.escape(value))))
        else:
            rows.append((field.name, cell(value)))
    body = "".join(f"<tr><th>{html.escape(name)}</th><td>{value}</td></tr>" for name, value in rows)
    cited = f"<p>Citations</p>{citations}" if citations else ""
    return (
        f'<div><p><strong>{html.escape(kind)}</strong></p><table style="{STYLE}">{body}</table>'
        f"{_corrections(record, dataset)}{cited}</div>"
    )

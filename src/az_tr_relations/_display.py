"""HTML for Jupyter: a dataset's summary, query results as a table, one record with its citations.

Every piece of text goes through `html.escape`; only http(s) addresses become links.
"""

from __future__ import annotations

import enum
import functools
import html
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._corrections import text_form
from .dates import PartialDate
from .records import Citation, Correction, Source

if TYPE_CHECKING:
    from .dataset import Dataset

MAX_ROWS = 20
"""Rows shown for query results; the rest are counted, not shown."""

_LABELS = ("title", "name", "text", "occasion", "parliament")
_STYLE = "border-collapse:collapse;text-align:left"


def _text(value: object) -> str:
    """A field value as escaped text: dates in ISO, enums by value, lists joined, None as a dash."""
    if value is None:
        return "—"
    if isinstance(value, enum.Enum):
        return html.escape(str(value.value))
    if isinstance(value, tuple):
        return ", ".join(_text(item) for item in value)
    if attrs.has(type(value)) and not isinstance(value, PartialDate):
        kind: Any = type(value)
        fields = (f"{f.name}={_text(getattr(value, f.name))}" for f in attrs.fields(kind))
        return "; ".join(fields)
    return html.escape(str(value))


def _link(url: str | None, text: str) -> str:
    """`text` (already escaped) as a link to `url` when it is a web address, else as it is."""
    if url is None or not url.startswith(("https://", "http://")):
        return text
    return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">{text}</a>'


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], caption: str = "") -> str:
    """An HTML table from escaped cells."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    title = f"<caption>{caption}</caption>" if caption else ""
    return f'<table style="{_STYLE}">{title}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


@functools.cache
def _shipped_sources() -> Mapping[str, Source]:
    """Every source of every shipped data version by id (the newest wins), to link citations."""
    from ._loader import load, versions

    return {source.id: source for version in versions() for source in load(version).sources}


@functools.cache
def _shipped_corrections() -> Mapping[str, tuple[Correction, ...]]:
    """Every correction of every shipped data version, by the id of the record it corrects."""
    from ._loader import load, versions

    found: dict[str, dict[str, Correction]] = {}
    for version in versions():
        for correction in load(version).corrections:
            found.setdefault(correction.record, {})[correction.id] = correction
    return {record: tuple(by_id.values()) for record, by_id in found.items()}


def _corrections(record: Any) -> str:
    """What shipped data versions correct in this record: done here, or done in a later version."""
    items = []
    for fix in _shipped_corrections().get(getattr(record, "id", ""), ()):
        held = text_form(getattr(record, fix.field, None))
        change = f"{html.escape(fix.field)}: {html.escape(fix.published)} → {html.escape(fix.corrected)}"
        if held == fix.corrected:
            where = fix.published_in or f"data {fix.data_version}"
            items.append(f"<li>Corrected: {change} (as published in {html.escape(where)})</li>")
        elif held == fix.published:
            items.append(f"<li><strong>Corrected in a later data version</strong>: {change}</li>")
    return f"<p>Corrections</p><ul>{''.join(items)}</ul>" if items else ""


def _citation(citation: Citation, sources: Mapping[str, Source]) -> str:
    source = sources.get(citation.source)
    name = _link(source.url if source else None, html.escape(citation.source))
    parts = [f"{name}, {html.escape(citation.locator)}"]
    if citation.fields:
        parts.append(f"for {_text(citation.fields)}")
    if citation.inferred:
        parts.append("<strong>inferred</strong>")
    if citation.note:
        parts.append(f"<em>{html.escape(citation.note)}</em>")
    return "<li>" + "; ".join(parts) + "</li>"


def record_html(record: Any, sources: Mapping[str, Source] | None = None) -> str:
    """One record: a table of its fields, its corrections (made here, or known from a later
    data version), then its citations with links to the sources.

    >>> import az_tr_relations as azt
    >>> page = record_html(azt.load("1.0.0").get("embassy-az-in-tr"))
    >>> "<th>opened</th><td>1992-08</td>" in page, "Political relations, para. 2" in page
    (True, True)
    >>> "Corrected in a later data version" in record_html(azt.load("1.0.0").get("visit-2022-01-28-erdogan-baku"))
    True
    """
    sources = _shipped_sources() if sources is None else sources
    kind = type(record).__name__
    rows = []
    citations = ""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name == "citations":
            citations = "<ul>" + "".join(_citation(c, sources) for c in value) + "</ul>"
        elif field.name == "url" and isinstance(value, str):
            rows.append((field.name, _link(value, html.escape(value))))
        else:
            rows.append((field.name, _text(value)))
    body = "".join(f"<tr><th>{html.escape(name)}</th><td>{value}</td></tr>" for name, value in rows)
    cited = f"<p>Citations</p>{citations}" if citations else ""
    return (
        f'<div><p><strong>{html.escape(kind)}</strong></p><table style="{_STYLE}">{body}</table>'
        f"{_corrections(record)}{cited}</div>"
    )


def _label(record: Any) -> str:
    return next((_text(getattr(record, name)) for name in _LABELS if hasattr(record, name)), "")


def _when(record: Any) -> str:
    span = getattr(record, "span", None)
    return "" if span is None else html.escape(str(span))


def results_html(records: Sequence[Any]) -> str:
    """Query results as a table: every field for records of one type, else id, type, date and name.
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
        rows = [[_text(getattr(record, name)) for name in names] for record in shown]
    else:
        names = ["id", "type", "when", "name"]
        rows = [[html.escape(r.id), type(r).__name__, _when(r), _label(r)] for r in shown]
    rest = len(records) - len(shown)
    caption = f"{len(records)} records, {rest} more not shown" if rest else f"{len(records)} records"
    return _table([html.escape(name) for name in names], rows, caption)


def dataset_html(ds: Dataset) -> str:
    """A dataset at a glance: version, as-of date, records per collection and the sources.

    >>> import az_tr_relations as azt
    >>> "<td>missions</td><td>6</td>" in dataset_html(azt.load("1.0.0"))
    True
    """
    as_of = f", facts as of {html.escape(str(ds.as_of))}" if ds.as_of else ""
    counts = _table(["collection", "records"], [(name, str(n)) for name, n in ds.counts().items()])
    sources = "".join(
        f"<li>{_link(s.url, html.escape(s.title))}. {html.escape(s.publisher)}"
        f"{f' ({html.escape(str(s.published))})' if s.published else ''}</li>"
        for s in ds.sources
    )
    return (
        f"<div><p><strong>Azerbaijan–Türkiye relations</strong>, data version {html.escape(ds.version)}"
        f"{as_of}: {len(ds)} records</p>{counts}<p>Sources</p><ul>{sources}</ul></div>"
    )

"""The explorer page as one HTML text: the template with the vendored timeline library, the
page's own script and styles, and the data inlined, so that the file needs no network.

Data goes into a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written
as JSON escapes, so no value can close the block or open a comment; scripts and styles are
checked for a closing tag before they are inlined. A Content-Security-Policy forbids the page
any request.
"""

from __future__ import annotations

import html
import json
import re
import string
from importlib import resources
from typing import Any

__all__ = ["LIBRARY", "page", "script_json"]

_HERE = resources.files("az_tr_relations.explore")
_VENDOR = _HERE / "vendor" / "vis-timeline"


def _vendored() -> dict[str, Any]:
    record: dict[str, Any] = json.loads((_VENDOR / "VENDOR.json").read_text(encoding="utf-8"))
    return record


LIBRARY = f"{_vendored()['package']} {_vendored()['version']}"
"""The timeline library inlined in every page, with its version: ``vis-timeline 8.5.4``."""

_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SOURCE_MAP = re.compile(r"^\s*(//# sourceMappingURL=\S+|/\*# sourceMappingURL=\S+ \*/)\s*$", re.MULTILINE)


def script_json(value: Any) -> str:
    """`value` as JSON that is safe inside a ``<script>`` block: no ``<``, ``>`` or ``&`` (each
    becomes its ``\\u`` escape, which JSON reads back as the same character).

    >>> script_json({"note": "</script><!--"})
    '{"note":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    >>> json.loads(script_json({"note": "</script>"}))
    {'note': '</script>'}
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_ESCAPES.get(char, char) for char in text)


def _inline(text: str, tag: str, what: str) -> str:
    """`text` for a ``<tag>`` block, without its source-map comment (the map is not shipped);
    refused if it holds anything that would end the block early."""
    text = _SOURCE_MAP.sub("", text)
    lowered = text.lower()
    for sequence in (f"</{tag}", "<!--"):
        if sequence in lowered:
            raise ValueError(f"{what} holds {sequence!r} and cannot be inlined in a <{tag}> block")
    return text


def _asset(name: str) -> str:
    return (_HERE / "assets" / name).read_text(encoding="utf-8")


def _vendor(name: str) -> str:
    return (_VENDOR / name).read_text(encoding="utf-8")


def _header(data: dict[str, Any]) -> dict[str, str]:
    """The page's static words: version, dates, counts and how to cite, escaped."""
    meta = data["meta"]
    citation = meta["citation"]
    facts = [f"{meta['records']} records, {len(data['timeline'])} of them dated"]
    if meta["as_of"]:
        facts.insert(0, f"facts as of {meta['as_of']}")
    if citation:
        facts.insert(1, f"released {citation['released']}")
    if citation:
        cite = (
            f"<p>{html.escape(citation['text'])}</p><pre>{html.escape(citation['bibtex'])}</pre>"
            f"<p>In Python: <code>azt.cite({html.escape(repr(meta['version']))})</code></p>"
        )
    else:
        cite = (
            f"<p>Data version {html.escape(meta['version'])} is not one that az-tr-relations ships: "
            f"cite the package (az-tr-relations {html.escape(meta['package'])}) and say how the data "
            "was changed.</p>"
        )
    return {
        "version": html.escape(meta["version"]),
        "facts": html.escape(" · ".join(facts)),
        "cite": cite,
        "package": html.escape(meta["package"]),
    }


def page(data: dict[str, Any]) -> str:
    """The whole page for the explorer's data (`_payload.payload`)."""
    template = string.Template(_asset("page.html"))
    return template.substitute(
        _header(data),
        library=html.escape(LIBRARY),
        app_css=_inline(_asset("explorer.css"), "style", "explorer.css"),
        vis_js=_inline(_vendor("vis-timeline-graph2d.min.js"), "script", "the vendored timeline library"),
        app_js=_inline(_asset("explorer.js"), "script", "explorer.js"),
        data=script_json(data),
    )

"""MkDocs hook: fills in the generated parts of the site at build time.

A page holding ``<!-- generated: NAME -->`` gets the Markdown NAME stands for:

- ``data-dictionary``: every field of every record type (`docs/dictionary.py`);
- ``coverage``: records per collection and the sources of every data version;
- ``api``: one mkdocstrings block per name in ``az_tr_relations.__all__``, grouped;
- ``explorer``: the newest version's explorer in the page, and each version's page size.

Nothing is written to docs/; the pages in the repository keep only the marker. The explorer
page itself is added to the site's files (`on_files`), generated, never committed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import az_tr_relations as azt
from az_tr_relations.explore import explorer_html, file_name

sys.path.insert(0, str(Path(__file__).parent))  # the docs' own tooling beside this file
from dictionary import coverage, data_dictionary

DOCS = Path(__file__).parent

API_GROUPS: dict[str, tuple[str, ...]] = {
    "Loading a data version": ("load", "versions", "LATEST", "load_folder", "manifest", "Manifest"),
    "The dataset and its queries": ("Dataset", "Results", "from_records", "COLLECTIONS", "TimelineRecord"),
    "Records": (
        "Record",
        "Source",
        "Citation",
        "Country",
        "Place",
        "Person",
        "Office",
        "Event",
        "Mission",
        "Visit",
        "VisitCount",
        "Agreement",
        "Ratification",
        "Council",
        "Meeting",
        "ParliamentaryGroup",
        "Format",
        "Principle",
        "Correction",
    ),
    "Vocabularies": (
        "AgreementKind",
        "CountQualifier",
        "EventKind",
        "FormatKind",
        "MissionKind",
        "Role",
        "VisitKind",
    ),
    "Dates": ("PartialDate", "Precision", "DateRange"),
    "Provenance": ("citations_for", "is_inferred"),
    "Versions, differences and citing": (
        "diff",
        "DataDiff",
        "RecordChange",
        "FieldChange",
        "content_hash",
        "cite",
        "DataCitation",
        "__version__",
    ),
    "Exports": ("export",),
    "Exploring": ("explore",),
    "Validation": ("validate", "ValidationReport"),
    "Errors": (
        "DataError",
        "FieldError",
        "UnknownIdError",
        "UnknownNameError",
        "UnknownVersionError",
        "MissingExtraError",
    ),
}
"""Sections of the API reference; a public name in no group is listed under "Other"."""


def api_markdown() -> str:
    """One ``::: az_tr_relations.NAME`` block per public name, by section."""
    public = list(azt.__all__)
    grouped = {name for names in API_GROUPS.values() for name in names}
    sections = {title: [n for n in names if n in public] for title, names in API_GROUPS.items()}
    sections["Other"] = [name for name in public if name not in grouped]
    lines: list[str] = []
    for title, names in sections.items():
        if names:
            lines += [f"## {title}", ""]
            lines += [f"::: az_tr_relations.{name}\n" for name in names]
    return "\n".join(lines)


def coverage_markdown() -> str:
    """Coverage of every data version, newest first, linking each version's own page."""
    parts = []
    for version in reversed(azt.versions()):
        page = f"data-{version}.md"
        parts.append(coverage(version, notes=page if (DOCS / page).exists() else None))
    return "\n".join(parts)


EXPLORER_FOLDER = "explore"
"""Where the site keeps the explorer page, beside the Explore page (``explore/`` with directory
URLs, which this site uses)."""


def explorer_markdown() -> str:
    """The newest version's explorer in a frame with a link to it alone, then the size of each
    version's page."""
    newest = file_name(azt.load())
    rows = [
        f"| {version} | {len(azt.load(version).timeline())} | {len(explorer_html(azt.load(version)).encode()) / 1e6:.2f} MB |"
        for version in azt.versions()
    ]
    return "\n".join(
        [
            f"[Open the explorer of data {azt.LATEST} on its own]({EXPLORER_FOLDER}/{newest}){{ target=_blank }}",
            "",
            f'<iframe class="explorer" src="{newest}" title="Explorer of data {azt.LATEST}"'
            ' style="width:100%;height:80vh;border:1px solid #ccc"></iframe>',
            "",
            "| data version | dated records | page size |",
            "| --- | --- | --- |",
            *rows,
        ]
    )


GENERATORS = {
    "data-dictionary": data_dictionary,
    "coverage": coverage_markdown,
    "api": api_markdown,
    "explorer": explorer_markdown,
}

_MARKER = re.compile(r"<!-- generated: ([a-z-]+) -->")


def expand(markdown: str) -> str:
    """`markdown` with every generated marker replaced by what it stands for."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            raise ValueError(f"unknown generated section {name!r}; known: {', '.join(GENERATORS)}")
        return GENERATORS[name]()

    return _MARKER.sub(replace, markdown)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """MkDocs event: expand the markers of each page before it is rendered."""
    return expand(markdown)


def on_files(files: Any, config: Any, **kwargs: Any) -> Any:
    """MkDocs event: add the newest version's explorer page to the site, generated."""
    from mkdocs.structure.files import File

    ds = azt.load()
    files.append(File.generated(config, f"{EXPLORER_FOLDER}/{file_name(ds)}", content=explorer_html(ds)))
    return files

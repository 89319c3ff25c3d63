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

import importlib
import inspect
import json
import pkgutil
import re
import sys
import tempfile
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

import az_tr_relations as azt
from az_tr_relations.citing import schema_org
from az_tr_relations.explore import explorer_html, file_name
from az_tr_relations.records import vocabularies

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
        "HeadOfMission",
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
    "Vocabularies": tuple(vocabularies.__all__),
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
    """One ``::: az_tr_relations.NAME`` block per public name, by section (the `Dataset`'s
    attributes in a table after its block), then every public module (`modules_markdown`)."""
    public = list(azt.__all__)
    grouped = {name for names in API_GROUPS.values() for name in names}
    sections = {title: [n for n in names if n in public] for title, names in API_GROUPS.items()}
    sections["Other"] = [name for name in public if name not in grouped]
    lines: list[str] = []
    for title, names in sections.items():
        if names:
            lines += [f"## {title}", ""]
            for name in names:
                lines += [f"::: az_tr_relations.{name}", ""]
                if name == "Dataset":
                    lines += [dataset_attributes(), ""]
    return "\n".join(lines) + "\n" + modules_markdown()


def dataset_attributes() -> str:
    """A table of the `Dataset`'s attributes: its version, `as_of` and one tuple per collection of
    the schema registry, each with its record type (the registry lives in `schema.Collections`,
    whose fields carry no docstrings of their own)."""
    rows = [
        "#### Attributes of a `Dataset` { #dataset-attributes }",
        "",
        "Every collection is a tuple of records, sorted by id (the fields of each record type are in "
        "the [data dictionary](data-dictionary.md)); a collection a data version predates is empty.",
        "",
        "| attribute | type | holds |",
        "| --- | --- | --- |",
    ]
    for field in attrs.fields(azt.Dataset):
        if not field.init:
            continue
        kind = field.metadata.get("kind")
        if kind is None:
            rows.append(f"| `{field.name}` | `{_type_name(field.type)}` | {field.metadata['doc']} |")
        else:
            record = kind["type"].__name__
            summary = (inspect.getdoc(kind["type"]) or "").split("\n\n", 1)[0].replace("\n", " ")
            rows.append(f"| `{field.name}` | tuple of [`{record}`][az_tr_relations.{record}] | {summary} |")
    return "\n".join(rows)


def _type_name(annotation: object) -> str:
    """An attrs field's annotation as written (a string under postponed evaluation)."""
    return annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))


def public_modules() -> list[str]:
    """Every module of the package that is not private (no part of its path starts with ``_``),
    except the command-line sub-commands (documented on the command-line page)."""
    found = ["az_tr_relations"]
    for module in pkgutil.walk_packages(azt.__path__, "az_tr_relations."):
        parts = module.name.split(".")
        if any(part.startswith("_") for part in parts) or module.name.startswith(_COMMANDS):
            continue
        found.append(module.name)
    return found[1:]


_COMMANDS = "az_tr_relations.cli.commands"


def modules_markdown() -> str:
    """One section per public module: its docstring, and its own names that the top-level
    sections above do not already document (the others are listed with links)."""
    lines = [
        "## Modules",
        "",
        "Every public module: what it is for, and what it holds beyond "
        "the names above (import those from `az_tr_relations`).",
        "",
    ]
    for name in public_modules():
        module = importlib.import_module(name)
        top = [n for n in azt.__all__ if getattr(getattr(azt, n), "__module__", None) == name]
        own = [n for n in _own_names(module) if n not in azt.__all__]
        lines += [f"::: {name}", "    options:", "      show_root_full_path: true"]
        lines += [f"      members: [{', '.join(own)}]" if own else "      members: false", ""]
        if top:
            links = ", ".join(f"[`{n}`][az_tr_relations.{n}]" for n in top)
            lines += [f"Documented above: {links}.", ""]
    return "\n".join(lines)


def _own_names(module: ModuleType) -> list[str]:
    """The module's public names: its ``__all__``, else the functions and classes defined in it."""
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    return [
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == module.__name__
    ]


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


DOWNLOAD = "downloads/az-tr-relations-data-{version}.zip"
"""Where the site offers the newest data version's export (CSV, JSON and datapackage.json)."""


def dataset_jsonld(site_url: str | None) -> str:
    """The newest data version's schema.org ``Dataset`` (`azt.citing.schema_org`) as the text of
    a ``<script type="application/ld+json">``: with the site's address and its download when the
    site knows its address (``site_url``)."""
    about = schema_org(azt.load())
    if site_url:
        base = site_url.rstrip("/") + "/"
        about["url"] = base
        download = {
            "@type": "DataDownload",
            "name": f"Data version {azt.LATEST}: every table as CSV and JSON, with datapackage.json",
            "encodingFormat": "application/zip",
            "contentUrl": base + DOWNLOAD.format(version=azt.LATEST),
        }
        about["distribution"] = [download, *about["distribution"]]
    return json.dumps(about, ensure_ascii=False, indent=2).replace("</", "<\\/")


def on_config(config: Any, **kwargs: Any) -> Any:
    """MkDocs event: the JSON-LD that docs/overrides/main.html puts in every page's head."""
    config.extra["dataset_jsonld"] = dataset_jsonld(config.site_url)
    return config


def on_post_build(config: Any, **kwargs: Any) -> None:
    """MkDocs event: the newest data version's export, zipped, where the JSON-LD points."""
    target = Path(config.site_dir) / DOWNLOAD.format(version=azt.LATEST)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = azt.export(azt.load(), folder, formats=("csv", "json"))
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                archive.write(path, f"az-tr-relations-data-{azt.LATEST}/{Path(path).name}")


def on_files(files: Any, config: Any, **kwargs: Any) -> Any:
    """MkDocs event: add the newest version's explorer page to the site, generated."""
    from mkdocs.structure.files import File

    ds = azt.load()
    files.append(File.generated(config, f"{EXPLORER_FOLDER}/{file_name(ds)}", content=explorer_html(ds)))
    return files

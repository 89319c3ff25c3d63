"""Markdown for the documentation site, generated from the code and the data (never written twice).

`data_dictionary()` documents every field of every record type from its attrs metadata;
`coverage()` lists what a data version holds and the sources it cites. The docs build calls
them (docs/hooks.py); they need nothing beyond the package itself, and do not ship in it.

>>> text = data_dictionary()
>>> "## Visit" in text and "| `host` |" in text
True
>>> "| `mfa-az-relations-tr-2022` |" in coverage("1.0.0")
True
"""

from __future__ import annotations

import enum
import inspect
import json
import types
import typing
from typing import Any

import attrs

from az_tr_relations import CountQualifier, Dataset, VisitKind, content_hash, load, manifest
from az_tr_relations.dates import PartialDate
from az_tr_relations.render.text import lane, lanes
from az_tr_relations.schema import COLLECTION_OF, COLLECTIONS, NESTED

__all__ = ["claims", "coverage", "data_dictionary", "per_year", "record_types"]

_WHERE = {nested.type: nested.where for nested in NESTED.values()}
"""Record types that live inside other records, not in a collection of their own, and where."""


def record_types() -> tuple[type, ...]:
    """Every record type the data dictionary documents: the collections' types, then the nested ones.

    >>> [cls.__name__ for cls in record_types()][-3:]
    ['Citation', 'Office', 'Ratification']
    """
    return (*COLLECTIONS.values(), *_WHERE)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _code(value: str) -> str:
    """`value` as a code span, with enough backticks and no table-breaking pipe."""
    fence = "``" if "`" in value else "`"
    pad = " " if "`" in value else ""
    return f"{fence}{pad}{value}{pad}{fence}".replace("|", "\\|")


def _summary(cls: type) -> str:
    """The first paragraph of a class's docstring, without doctest examples."""
    doc = inspect.getdoc(cls) or ""
    paragraph = doc.split("\n\n", 1)[0]
    return " ".join(line for line in paragraph.splitlines() if not line.lstrip().startswith(">>>"))


def _hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of an attrs class (its fields' types as objects, not strings)."""
    return typing.get_type_hints(cls)


def _named_types(hint: Any) -> list[type]:
    """Record and enum classes that appear anywhere in a type hint, in order."""
    found: list[type] = []
    if isinstance(hint, type) and (attrs.has(hint) or issubclass(hint, enum.Enum)):
        if hint is not PartialDate:
            found.append(hint)
    for arg in typing.get_args(hint):
        found += [t for t in _named_types(arg) if t not in found]
    return found


def _type_name(hint: Any) -> str:
    """A type hint as written in the code, with bare class names (``tuple[Citation, ...]``)."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return " | ".join(_type_name(arg) for arg in args)
    if typing.get_origin(hint) is tuple:
        inner = ", ".join("..." if arg is Ellipsis else _type_name(arg) for arg in args)
        return f"tuple[{inner}]"
    if hint is type(None):
        return "None"
    return hint.__name__ if isinstance(hint, type) else str(hint)


def _type_text(hint: Any) -> str:
    """The field's type, ``X | None`` shown as "`X` or None", with links to documented types."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    parts = typing.get_args(hint) if union else (hint,)
    text = " or ".join("None" if part is type(None) else _code(_type_name(part)) for part in parts)
    links = [f"[{t.__name__}](#{t.__name__.lower()})" for t in _named_types(hint)]
    return text + (f" (see {', '.join(links)})" if links else "")


def _requirement(field: attrs.Attribute[Any]) -> str:
    if field.default is attrs.NOTHING:
        return "required"
    default = field.default
    shown = default.value if isinstance(default, enum.Enum) else default
    return f"optional, default {_code(json.dumps(shown))}" if shown is not None else "optional, default None"


def _meaning(field: attrs.Attribute[Any]) -> str:
    text = _cell(str(field.metadata["doc"]))
    ref = field.metadata.get("ref")
    if ref:
        targets = [
            f"`{name}` ([{COLLECTIONS[name].__name__}](#{COLLECTIONS[name].__name__.lower()}))"
            for name in str(ref).split("|")
        ]
        text += f" References {' or '.join(targets)}."
    return text


def _example(field: attrs.Attribute[Any]) -> str:
    return _code(json.dumps(field.metadata["example"], ensure_ascii=False))


def _check_documented(cls: type) -> None:
    """Every field has ``metadata["doc"]`` (non-blank) and ``metadata["example"]``, or a ValueError."""
    missing = [
        field.name
        for field in attrs.fields(cls)
        if not str(field.metadata.get("doc") or "").strip() or "example" not in field.metadata
    ]
    if missing:
        raise ValueError(
            f"{cls.__name__}: fields without metadata doc and example: {', '.join(missing)}; "
            "document each field with doc(text, example) in records/"
        )


def _record_section(cls: type) -> list[str]:
    _check_documented(cls)
    name = COLLECTION_OF.get(cls)
    where = (
        f"Collection `{name}` (`ds.{name}`, file `{name}.json`)."
        if name is not None
        else f"Nested: in {_WHERE[cls]}."
    )
    hints = _hints(cls)
    lines = [f"## {cls.__name__}", "", _summary(cls), "", where, ""]
    lines += ["| field | type | required | meaning | example (JSON) |", "| --- | --- | --- | --- | --- |"]
    for field in attrs.fields(cls):
        lines.append(
            f"| `{field.name}` | {_type_text(hints[field.name])} | {_requirement(field)} "
            f"| {_meaning(field)} | {_example(field)} |"
        )
    return [*lines, ""]


def _vocabularies() -> list[type[enum.Enum]]:
    found: list[type[enum.Enum]] = []
    for cls in record_types():
        for hint in _hints(cls).values():
            found += [t for t in _named_types(hint) if issubclass(t, enum.Enum) and t not in found]
    return found


def data_dictionary(heading_level: int = 2) -> str:
    """Markdown: one section per record type, one table row per field (type, whether it is
    required, meaning, an example value in JSON form), then the closed vocabularies.

    Everything comes from `attrs.fields` and each field's ``metadata["doc"]``,
    ``metadata["example"]`` and ``metadata["ref"]``, so a new field appears here with its type.

    >>> "| `opened` | `PartialDate` or None | optional, default None | When it opened" in data_dictionary()
    True
    """
    lines: list[str] = []
    for cls in record_types():
        lines += _record_section(cls)
    lines += ["## Vocabularies", "", "Closed lists of values; the JSON form is the value.", ""]
    for kind in _vocabularies():
        lines += [f"### {kind.__name__}", "", _summary(kind), ""]
        lines += [", ".join(f"`{member.value}`" for member in kind), ""]
    shift = "#" * (heading_level - 2)
    return "\n".join(shift + line if line.startswith("#") else line for line in lines).rstrip() + "\n"


def coverage(version: str, heading_level: int = 2, notes: str | None = None) -> str:
    """Markdown: what data version `version` holds: dates, content hash, records per
    collection and every source it cites (id, title, publisher, address, date).

    `notes` is a link target for the hand-written page about the version, if there is one.

    >>> print(coverage("1.0.0").splitlines()[0])
    ## Data 1.0.0
    """
    ds = load(version)
    about = manifest(version)
    h = "#" * heading_level
    lines = [f"{h} Data {version}", ""]
    lines += [
        f"Released {about.released}; facts current as of {about.as_of}. "
        f"{len(ds)} records from {len(ds.sources)} sources."
        + (f" What it holds and why: [Data {version}]({notes})." if notes else ""),
        "",
        f"Content hash (`azt.content_hash(azt.load({version!r}))`): `{content_hash(ds)}`",
        "",
        f"Changes: {_cell(about.changes)}",
        "",
        f"{h}# Records in {version}",
        "",
        "| collection | record type | records |",
        "| --- | --- | ---: |",
    ]
    lines += [f"| `{name}` | {COLLECTIONS[name].__name__} | {count} |" for name, count in ds.counts().items()]
    lines += ["", *claims(ds, h + "#"), "", *per_year(ds, h + "#")]
    lines += ["", f"{h}# Sources of {version}", ""]
    lines += ["| id | title | publisher | address | published |", "| --- | --- | --- | --- | --- |"]
    for source in ds.sources:
        url = f"<{source.url}>" if source.url else "—"
        published = str(source.published) if source.published else "—"
        lines.append(
            f"| `{source.id}` | {_cell(source.title)} | {_cell(source.publisher)} | {url} | {published} |"
        )
    return "\n".join(lines) + "\n"


def claims(ds: Dataset, heading: str = "###") -> list[str]:
    """Markdown: each count a source claims (a `VisitCount`) beside the visits the data records
    for it, and how many of the counted visits at least are not recorded (the known unknowns).

    >>> print(claims(load("1.2.0"))[-1])
    | visit-count-tr-to-az-1994-2022 | more than 22 visits of presidents, TR → AZ | 1994–2022 | 23 | 23 | 0 |
    """
    lines = [
        f"{heading} Counts the sources claim, and what is recorded",
        "",
        "A source's count is kept as the source states it. *Recorded* counts the visits of this "
        "version that fit the claim (same direction, office and years); *of the kinds counted* "
        "those whose protocol level is one the claim names, or unknown. The last column is what "
        "the data cannot account for: visits the source counts that are not (yet) recorded.",
        "",
        "| claim | what the source says | period | recorded | of the kinds counted | not recorded, at least |",
        "| --- | --- | --- | ---: | ---: | ---: |",
    ]
    if not ds.visit_counts:
        return []
    for claim in ds.visit_counts:
        found = [
            v
            for v in ds.visits_between(
                claim.period_start, claim.period_end, origin=claim.origin, host=claim.host
            )
            if v.office is claim.office
        ]
        counted = [
            v for v in found if not claim.kinds or v.kind in claim.kinds or v.kind is VisitKind.UNKNOWN
        ]
        least = claim.count + (claim.qualifier is CountQualifier.MORE_THAN)
        kinds = f" ({', '.join(k.value for k in claim.kinds)})" if claim.kinds else ""
        said = (
            f"{claim.qualifier.value.replace('_', ' ')} {claim.count} visits of {claim.office.value}s{kinds}"
        )
        lines.append(
            f"| {claim.id} | {said}, {claim.origin} → {claim.host} | {claim.period_start}–{claim.period_end} "
            f"| {len(found)} | {len(counted)} | {max(least - len(counted), 0)} |"
        )
    return lines


def per_year(ds: Dataset, heading: str = "###") -> list[str]:
    """Markdown: the dated records per year (of their start), one column per timeline lane
    (record type, and visits by direction).

    >>> print("\\n".join(per_year(load("1.0.0"))[4:6]))
    | year | events | missions | visits AZ → TR | visits TR → AZ | agreements | meetings |
    | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
    """
    records = ds.timeline()
    columns = lanes(records)
    counts: dict[int, dict[str, int]] = {}
    for record in records:
        year = counts.setdefault(record.span.start.year, dict.fromkeys(columns, 0))  # type: ignore[union-attr]
        year[lane(record)] += 1
    lines = [
        f"{heading} Dated records per year",
        "",
        "Each dated record counts once, in the year it starts (a span in its first year).",
        "",
        "| year | " + " | ".join(columns) + " |",
        "| ---: | " + " | ".join("---:" for _ in columns) + " |",
    ]
    for year in sorted(counts):
        lines.append(f"| {year} | " + " | ".join(str(counts[year][name]) for name in columns) + " |")
    return lines

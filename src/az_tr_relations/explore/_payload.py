"""What the explorer page knows about a data version, as JSON-ready data.

Every record in its `_json.plain` form with its label and inferred fields; the dated records as
timeline items (lane, first and last possible day, date as written, description, and the
countries, people and places they concern); the registry's collections with their fields and
colours; the corrections with whose error they mend; the version, its date and how to cite it.
Nothing here knows a record type: it reads the schema registry and the records' attrs fields.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from .._json import plain
from .._loader import manifest
from .._shipped import versions
from .._text import FOLDED_LETTERS
from .._version import __version__
from ..citing import cite
from ..dates import PartialDate
from ..records import Record
from ..render.show import INFERRED, inferred_fields, whose
from ..render.text import dated, describe, label, lane, lanes, short
from ..schema import COLLECTION_OF, COLLECTIONS, KINDS, NESTED, TimelineRecord

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["FILTERS", "TABLEAU", "css_colour", "payload", "related"]

TABLEAU: dict[str, str] = {
    "tab:blue": "#1f77b4",
    "tab:orange": "#ff7f0e",
    "tab:green": "#2ca02c",
    "tab:red": "#d62728",
    "tab:purple": "#9467bd",
    "tab:brown": "#8c564b",
    "tab:pink": "#e377c2",
    "tab:gray": "#7f7f7f",
    "tab:olive": "#bcbd22",
    "tab:cyan": "#17becf",
}
"""Matplotlib's Tableau colour names (the schema registry's `Kind.colour`) as CSS colours."""

FILTERS = ("countries", "people", "places")
"""The collections a reader filters the timeline by, besides its own type and years."""

_NESTED_TYPES = tuple(entry.type for entry in NESTED.values())


def css_colour(name: str) -> str:
    """A registry colour as CSS: a Tableau name (``tab:blue``) or a ``#rrggbb`` colour.

    >>> css_colour("tab:blue"), css_colour("#123abc")
    ('#1f77b4', '#123abc')
    """
    if name in TABLEAU:
        return TABLEAU[name]
    if len(name) == 7 and name.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in name[1:]):
        return name
    raise ValueError(f"colour {name!r}: expected #rrggbb or a Tableau name, one of {', '.join(TABLEAU)}")


def _field_facts(kind: type[Any]) -> list[dict[str, Any]]:
    """Per field of `kind`: its name, the collection(s) it refers to, whether it holds dates,
    and the facts of the nested records it holds (offices, ratifications)."""
    hints = typing.get_type_hints(kind)
    facts = []
    for field in attrs.fields(kind):
        hint = hints[field.name]
        held = (hint, *typing.get_args(hint))
        entry: dict[str, Any] = {
            "name": field.name,
            "ref": field.metadata.get("ref"),
            "date": PartialDate in held,
        }
        nested = next((t for t in _NESTED_TYPES if t in held), None)
        if nested is not None:
            entry["nested"] = _field_facts(nested)
        facts.append(entry)
    return facts


def _references(value: Any) -> Iterator[str]:
    """The ids a record (or a nested record) refers to, its sources and citations left out."""
    for field in attrs.fields(type(value)):
        ref = field.metadata.get("ref")
        if field.name == "citations" or ref == "sources":
            continue
        held = getattr(value, field.name)
        for item in held if isinstance(held, tuple) else (held,):
            if isinstance(item, _NESTED_TYPES):
                yield from _references(item)
            elif ref is not None and isinstance(item, str):
                yield item


def related(ds: Dataset, record: Record) -> list[str]:
    """The ids of the countries, people and places a record concerns: those it names and those
    named by the records it names (a visit's place's country, a head of mission's embassy's
    countries), in `FILTERS` order, then by id.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> related(ds, ds.get("visit-2022-05-14-aliyev-rize"))
    ['AZ', 'TR', 'ilham-aliyev', 'rize']
    """
    named = set(_references(record))
    found = named | {second for first in named for second in _references(ds.get(first))}
    return sorted(
        (i for i in found if COLLECTION_OF[type(ds.get(i))] in FILTERS),
        key=lambda i: (FILTERS.index(COLLECTION_OF[type(ds.get(i))]), i),
    )


def _item(ds: Dataset, record: TimelineRecord) -> dict[str, Any]:
    """A dated record as a timeline item: where it lies, as written and as days, and its words."""
    span = record.span
    assert span is not None, "the timeline holds dated records only"
    when, inferred = dated(record)
    return {
        "id": record.id,
        "lane": lane(record),
        "when": when,
        "when_inferred": inferred,
        "start": plain(span.start),
        "end": plain(span.end),
        "first": span.earliest.isoformat(),
        "last": span.latest.isoformat(),
        "describe": describe(record, ds),
        "short": short(record, ds),
        "related": related(ds, record),
    }


def _citation(ds: Dataset) -> dict[str, Any] | None:
    """How to cite this data version, or None for a version the package does not ship."""
    if ds.version not in versions():
        return None
    citation = cite(ds.version)
    return {"text": citation.text, "bibtex": citation.bibtex, "released": str(manifest(ds.version).released)}


def payload(ds: Dataset) -> dict[str, Any]:
    """The explorer's data for `ds`: meta, collections, lanes, records, timeline, corrections.

    >>> import az_tr_relations as azt
    >>> data = payload(azt.load("1.0.0"))
    >>> data["meta"]["version"], len(data["timeline"]), data["lanes"][0]
    ('1.0.0', 13, {'name': 'events', 'collection': 'events'})
    """
    timeline = ds.timeline()
    lane_collection = {lane(r): COLLECTION_OF[type(r)] for r in timeline}
    corrections: dict[str, list[dict[str, str]]] = {}
    for fix in ds.corrections:
        corrections.setdefault(fix.record, []).append({"id": fix.id, "whose": whose(fix)})
    return {
        "meta": {
            "version": ds.version,
            "as_of": None if ds.as_of is None else str(ds.as_of),
            "package": __version__,
            "records": len(ds),
            "citation": _citation(ds),
            "inferred": INFERRED,
        },
        "fold": FOLDED_LETTERS,
        "filters": list(FILTERS),
        "collections": {
            kind.collection: {
                "type": kind.type.__name__,
                "dated": kind.dated,
                "colour": None if kind.colour is None else css_colour(kind.colour),
                "fields": _field_facts(kind.type),
            }
            for kind in KINDS.values()
        },
        "lanes": [{"name": name, "collection": lane_collection[name]} for name in lanes(timeline)],
        "records": {
            record.id: {
                "collection": name,
                "label": label(record, ds),
                "values": plain(record),
                "inferred": inferred_fields(record),
            }
            for name in COLLECTIONS
            for record in ds.collection(name)
        },
        "timeline": [_item(ds, record) for record in timeline],
        "corrections": corrections,
    }

"""Records as words: labels, one-line descriptions and timeline lanes from the schema's templates,
and the main job's text (what a data version holds, its sources and its timeline).

A reference shows the label of the record it refers to when a dataset is given, else its id.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ..dates import PartialDate
from ..provenance import is_inferred
from ..schema import COLLECTIONS, KINDS, TimelineRecord, kind_of

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["dated", "describe", "label", "lane", "lanes", "name_of", "render", "short", "summary", "timeline_lines"]

_TOKEN = re.compile(r"\[([^\]]*)\]|\{(\w+)(?::(\w+))?\}|([^\[{]+)")
_FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")

Names = Callable[[str], str]
"""How a reference is shown: record id -> its label."""


def _ordinal(number: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ..., ``11th``, ..., ``21st``."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


_REFS: dict[type[Any], dict[str, str | None]] = {}


def _refs(kind: type[Any]) -> dict[str, str | None]:
    """Field name -> the collection it refers to (None for a plain value), per record type."""
    found = _REFS.get(kind)
    if found is None:
        found = _REFS[kind] = {field.name: field.metadata.get("ref") for field in attrs.fields(kind)}
    return found


def _value(record: Any, name: str, modifier: str | None, names: Names | None) -> str:
    """One field of `record` in words; empty when the field is empty."""
    value = getattr(record, name)
    if value is None or value == () or value == "":
        return ""
    items = value if isinstance(value, tuple) else (value,)
    ref = _refs(type(record)).get(name)
    shown = []
    for item in items:
        if ref is not None and names is not None and modifier != "id":
            text = names(item)
        elif isinstance(item, enum.Enum):
            text = str(item.value).replace("_", " ")
        elif isinstance(item, PartialDate):
            text = item.isoformat()
        elif modifier == "ordinal" and isinstance(item, int):
            text = _ordinal(item)
        else:
            text = str(item)
        shown.append(text.split()[-1] if modifier == "surname" and text.split() else text)
    return ", ".join(shown)


def render(template: str, record: Any, names: Names | None = None, *, capital: bool = True) -> str:
    """`template` (see `schema`) filled in from `record`; with `capital`, a sentence: its first
    letter in upper case when it comes from the template's words or an enumeration (never an id).

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> render("{kind} of {sending} in {receiving}[ ({city})]", ds.get("embassy-az-in-tr"))
    'Embassy of AZ in TR (ankara)'
    """
    parts: list[tuple[str, bool]] = []  # (text, whether it may take a capital)
    for group, name, modifier, literal in _TOKEN.findall(template):
        if literal:
            parts.append((literal, True))
        elif name:
            parts.append((_value(record, name, modifier or None, names), _is_word(record, name, modifier)))
        else:
            for alternative in group.split("|"):
                fields = _FIELD.findall(alternative)
                values = [_value(record, n, m or None, names) for n, m in fields]
                if all(values):
                    parts.append((_fill(alternative, values), False))
                    break
    text = "".join(part for part, _ in parts)
    first = next((may for part, may in parts if part), False)
    return text[:1].upper() + text[1:] if capital and first else text


def _fill(alternative: str, values: list[str]) -> str:
    """`alternative` with its fields replaced by `values`, in order."""
    filled = iter(values)
    return _FIELD.sub(lambda _: next(filled), alternative)


def _is_word(record: Any, name: str, modifier: str | None) -> bool:
    """Whether a field shows as a word that may start a sentence (an enumeration's value)."""
    return modifier != "id" and isinstance(getattr(record, name), enum.Enum)


def name_of(ds: Dataset | None, record_id: str | None) -> str:
    """The label of the record with this id in `ds`; the id itself without a dataset; ``-`` for None."""
    if record_id is None:
        return "-"
    if ds is None:
        return record_id
    return label(ds.get(record_id), ds)


def _names(ds: Dataset | None) -> Names | None:
    return None if ds is None else functools.partial(name_of, ds)


def label(record: Any, ds: Dataset | None = None) -> str:
    """A short name for the record: "Embassy of Türkiye in Azerbaijan (Baku)".

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> label(ds.get("consulate-tr-in-ganja"), ds)
    'Consulate general of Türkiye in Azerbaijan (Ganja)'
    """
    return render(kind_of(record).label, record, _names(ds))


def describe(record: Any, ds: Dataset | None = None) -> str:
    """What a record is about, in a line: "Ilham Aliyev visits Türkiye (Rize): ...".

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> describe(ds.get("visit-2022-05-14-aliyev-rize"), ds)
    'Ilham Aliyev visits Türkiye (Rize): Inauguration of Rize-Artvin International Airport'
    """
    return render(kind_of(record).describe, record, _names(ds))


def short(record: Any, ds: Dataset | None = None) -> str:
    """The shortest label, for crowded pictures: a visitor's surname, a mission's city."""
    return render(kind_of(record).short, record, _names(ds))


def lane(record: TimelineRecord) -> str:
    """The timeline lane of a dated record: "events", "visits AZ → TR", ..."""
    template = kind_of(record).lane
    assert template is not None, "dated types have a lane"
    return render(template, record, capital=False)


def lanes(records: Iterable[TimelineRecord]) -> list[str]:
    """The lanes of `records`, in the order of the schema's collections, then by name.

    >>> import az_tr_relations as azt
    >>> lanes(azt.load("1.0.0").timeline())
    ['events', 'missions', 'visits AZ → TR', 'visits TR → AZ', 'agreements', 'meetings']
    """
    order = list(COLLECTIONS)
    return sorted({lane(r) for r in records}, key=lambda name: (order.index(_collection(name)), name))


def _collection(lane_name: str) -> str:
    """The collection a lane shows ("visits AZ → TR" -> "visits")."""
    return next(k.collection for k in KINDS.values() if k.lane and lane_name.startswith(k.lane.split(" {")[0]))


def dated(record: TimelineRecord) -> tuple[str, bool]:
    """A dated record's date (or span) at its precision, and whether that date is inferred."""
    field = next((name for name in kind_of(record).date if getattr(record, name) is not None), None)
    return str(record.span or ""), field is not None and is_inferred(record, field)


def _when(record: TimelineRecord) -> str:
    """The date as the timeline prints it: at its precision, `` *`` appended where inferred."""
    text, inferred = dated(record)
    return f"{text} *" if inferred else text


def _corrected(ds: Dataset, record: TimelineRecord) -> str:
    """`` [field corrected: published as X]`` for each of the record's corrections in this version."""
    return "".join(f" [{c.field} corrected: published as {c.published}]" for c in ds.corrections_for(record))


def timeline_lines(ds: Dataset, records: tuple[TimelineRecord, ...] | None = None) -> list[str]:
    """One line per dated record (all of `ds` unless `records` are given): date (``*`` where
    inferred), type, description, corrections."""
    records = ds.timeline() if records is None else records
    rows = [(_when(r), kind_of(r).collection, describe(r, ds) + _corrected(ds, r)) for r in records]
    width = max((len(when) for when, _, _ in rows), default=0)
    kinds = max((len(kind) for _, kind, _ in rows), default=0)
    return [f"  {when:<{width}}  {kind:<{kinds}}  {text}" for when, kind, text in rows]


def summary(ds: Dataset, package_version: str) -> str:
    """The dataset at a glance: version, record counts, sources and the timeline."""
    as_of = f", facts as of {ds.as_of}" if ds.as_of else ""
    lines = [
        f"az-tr-relations {package_version}: Azerbaijan-Türkiye relations, data version {ds.version}{as_of}",
        f"{len(ds)} records from {len(ds.sources)} sources",
        "",
        "Records",
    ]
    counts = list(ds.counts().items())
    for start in range(0, len(counts), 4):
        lines.append(
            "  " + "".join(f"{name:<14}{count:>4}    " for name, count in counts[start : start + 4]).rstrip()
        )
    lines += ["", "Sources"]
    for source in ds.sources:
        published = f" ({source.published})" if source.published else ""
        lines.append(f"  {source.id}: {source.title}. {source.publisher}{published}")
    lines += ["", "Timeline (* = date inferred, not stated by the source)", *timeline_lines(ds)]
    return "\n".join(lines)

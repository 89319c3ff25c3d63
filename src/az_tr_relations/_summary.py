"""The main job's text: what a data version holds, its sources and its timeline."""

from __future__ import annotations

from ._describe import describe
from .dataset import Dataset, TimelineRecord
from .provenance import is_inferred

_DATE_FIELD = {
    "Event": "start",
    "Mission": "opened",
    "Visit": "start",
    "Agreement": "signed",
    "Meeting": "date",
}


def dated(record: TimelineRecord) -> tuple[str, bool]:
    """A dated record's date (or span) at its precision, and whether that date is inferred."""
    return str(record.span or ""), is_inferred(record, _DATE_FIELD[type(record).__name__])


def _when(record: TimelineRecord) -> str:
    """The date as the timeline prints it: at its precision, `` *`` appended where inferred."""
    text, inferred = dated(record)
    return f"{text} *" if inferred else text


def _corrected(ds: Dataset, record: TimelineRecord) -> str:
    """`` [corrected: published as X]`` for each of the record's fields this version corrects."""
    return "".join(f" [{c.field} corrected: published as {c.published}]" for c in ds.corrections_for(record))


def timeline_lines(ds: Dataset) -> list[str]:
    """One line per dated record: date (``*`` where inferred), kind, description, corrections."""
    records = ds.timeline()
    rows = [(_when(r), type(r).__name__.lower(), describe(ds, r) + _corrected(ds, r)) for r in records]
    width = max((len(when) for when, _, _ in rows), default=0)
    return [f"  {when:<{width}}  {kind:<9} {text}" for when, kind, text in rows]


def summary(ds: Dataset, package_version: str) -> str:
    """The dataset at a glance: version, record counts, sources and the timeline."""
    as_of = f", facts as of {ds.as_of}" if ds.as_of else ""
    lines = [
        f"az-tr-relations {package_version}: Azerbaijan-Türkiye relations, data version {ds.version}{as_of}",
        f"{len(ds)} records from {len(ds.sources)} sources",
        "",
        "Records",
    ]
    counts = [(name, count) for name, count in ds.counts().items()]
    for start in range(0, len(counts), 4):
        lines.append(
            "  " + "".join(f"{name:<13}{count:>4}    " for name, count in counts[start : start + 4]).rstrip()
        )
    lines += ["", "Sources"]
    for source in ds.sources:
        published = f" ({source.published})" if source.published else ""
        lines.append(f"  {source.id}: {source.title}. {source.publisher}{published}")
    lines += ["", "Timeline (* = date inferred, not stated by the source)", *timeline_lines(ds)]
    return "\n".join(lines)

"""One-line descriptions of records, for the summary, the timeline and the command line."""

from __future__ import annotations

from .dataset import Dataset, TimelineRecord
from .records import Agreement, Event, Meeting, Mission, Visit

_MISSION = {"embassy": "Embassy", "consulate_general": "Consulate general"}


def name_of(ds: Dataset, record_id: str | None) -> str:
    """The name (or title) of the record with this id, else the id itself; ``-`` for None."""
    if record_id is None:
        return "-"
    record = ds.get(record_id)
    return str(getattr(record, "name", None) or getattr(record, "title", record_id))


def _ordinal(number: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ..., ``11th``, ..., ``21st``."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def describe(ds: Dataset, record: TimelineRecord) -> str:
    """What a dated record is about, in a few words: "Visit: Ilham Aliyev to Türkiye (Rize)"."""
    if isinstance(record, Event):
        return record.title
    if isinstance(record, Mission):
        where = name_of(ds, record.city) if record.city else name_of(ds, record.receiving)
        return f"{_MISSION[record.kind.value]} of {name_of(ds, record.sending)} in {where} opens"
    if isinstance(record, Visit):
        host = name_of(ds, record.host)
        where = f"{name_of(ds, record.place)} ({host})" if record.place else host
        occasion = f": {record.occasion}" if record.occasion else ""
        return f"{name_of(ds, record.visitor)} visits {where}{occasion}"
    if isinstance(record, Agreement):
        place = f" in {name_of(ds, record.place)}" if record.place else ""
        return f"{record.title} signed{place}"
    assert isinstance(record, Meeting)
    number = f"{_ordinal(record.number)} " if record.number else ""
    place = f" in {name_of(ds, record.place)}" if record.place else ""
    return f"{name_of(ds, record.council)}: {number}meeting{place}"

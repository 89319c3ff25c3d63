"""What changed between two data versions: records added, removed and changed, field by field."""

from __future__ import annotations

from typing import Any

import attrs

from ._json import plain
from ._owners import owner_of
from ._text import printable
from .dataset import Dataset
from .records import Correction, Record
from .render.show import whose
from .render.text import label
from .schema import COLLECTION_OF, COLLECTIONS

__all__ = ["DataDiff", "FieldChange", "RecordChange", "diff"]


@attrs.frozen(kw_only=True)
class FieldChange:
    """One field whose value differs; values in their JSON form ("2022-05-28", ["AZ", "TR"]).

    >>> import az_tr_relations as azt
    >>> change = azt.diff(azt.load("1.0.0"), azt.load("1.1.0"))
    >>> visit = next(c for c in change.changed if c.id == "visit-2022-01-28-erdogan-baku")
    >>> next(f for f in visit.changes if f.field == "start")
    FieldChange(field='start', old='2022-01-28', new='2022-05-28')
    """

    field: str
    old: Any = attrs.field(hash=False)  # JSON lists and objects do not hash; equal changes share a field
    new: Any = attrs.field(hash=False)


@attrs.frozen(kw_only=True)
class RecordChange:
    """A record present in both versions whose fields differ.

    >>> import az_tr_relations as azt
    >>> change = azt.diff(azt.load("1.0.0"), azt.load("1.1.0"))
    >>> visit = next(c for c in change.changed if c.id == "visit-2022-01-28-erdogan-baku")
    >>> visit.collection, [f.field for f in visit.changes]
    ('visits', ['start', 'occasion', 'citations'])
    """

    id: str
    collection: str
    changes: tuple[FieldChange, ...]


@attrs.frozen(kw_only=True)
class DataDiff:
    """The differences from data version `old_version` to `new_version`, printable as release notes.

    >>> import az_tr_relations as azt
    >>> change = azt.diff(azt.load("1.0.0"), azt.load("1.0.0"))
    >>> bool(change), str(change)
    (False, 'Data 1.0.0 -> 1.0.0: no changes')
    """

    old_version: str
    new_version: str
    added: tuple[Record, ...]
    removed: tuple[Record, ...]
    changed: tuple[RecordChange, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        """The diff as JSON-ready data: records in their canonical JSON form."""
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "added": [_record_json(r) for r in self.added],
            "removed": [_record_json(r) for r in self.removed],
            "changed": [plain(c) for c in self.changed],
        }

    def report(self) -> str:
        """A readable report: counts, then every addition, removal and change by collection;
        control characters in it are escaped (``\\u001b``), so printing it is always safe."""
        heading = f"Data {self.old_version} -> {self.new_version}"
        if not self:
            return printable(f"{heading}: no changes")
        lines = [
            f"{heading}: {len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"
        ]
        for title, mark, records in (("Added", "+", self.added), ("Removed", "-", self.removed)):
            if records:
                lines += ["", f"{title} ({len(records)})"]
                for name, group in _by_collection(records):
                    lines.append(f"  {name} ({len(group)})")
                    lines += [f"    {mark} {record.id}: {_label(record)}" for record in group]
        if self.changed:
            lines += ["", f"Changed ({len(self.changed)})"]
            for change in self.changed:
                lines.append(f"  ~ {change.collection}: {change.id}")
                for field in change.changes:
                    lines += _field_lines(field)
        return printable("\n".join(lines))

    def __str__(self) -> str:
        return self.report()


def diff(old: Dataset, new: Dataset) -> DataDiff:
    """Records added, removed and changed from `old` to `new`, matched by id.

    >>> import az_tr_relations as azt
    >>> azt.diff(azt.load("1.0.0"), azt.load("1.0.0")).changed
    ()
    """
    for name, value in (("old", old), ("new", new)):
        if not isinstance(value, Dataset):
            raise TypeError(f"{name}: expected a Dataset (from azt.load), got {type(value).__name__}")
    added: list[Record] = []
    removed: list[Record] = []
    changed: list[RecordChange] = []
    for name in COLLECTIONS:
        before = {r.id: r for r in old.collection(name)}
        after = {r.id: r for r in new.collection(name)}
        added += [after[i] for i in sorted(after.keys() - before.keys())]
        removed += [before[i] for i in sorted(before.keys() - after.keys())]
        for record_id in sorted(before.keys() & after.keys()):
            fields = _changed_fields(before[record_id], after[record_id])
            if fields:
                changed.append(RecordChange(id=record_id, collection=name, changes=fields))
    return DataDiff(
        old_version=old.version,
        new_version=new.version,
        added=tuple(added),
        removed=tuple(removed),
        changed=tuple(changed),
    )


def _changed_fields(old: Record, new: Record) -> tuple[FieldChange, ...]:
    if old == new:
        return ()
    if type(old) is not type(new):
        return (FieldChange(field="type", old=type(old).__name__, new=type(new).__name__),)
    before, after = _record_json(old), _record_json(new)
    return tuple(
        FieldChange(field=field, old=before[field], new=after[field])
        for field in before
        if before[field] != after[field]
    )


def _record_json(record: Record) -> dict[str, Any]:
    found: dict[str, Any] = plain(record)
    return found


def _by_collection(records: tuple[Record, ...]) -> list[tuple[str, list[Record]]]:
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(COLLECTION_OF[type(record)], []).append(record)
    return list(groups.items())


def _label(record: Record) -> str:
    """What the record is, in the words of the report; a correction says whose error it mends."""
    if isinstance(record, Correction):
        return f"{label(record)} ({whose(record)})"
    return label(record, owner_of(record))


def _field_lines(change: FieldChange) -> list[str]:
    """``field: old -> new``; for lists of entries (citations, offices), the entries added and removed."""
    old, new = change.old, change.new
    if isinstance(old, list) and isinstance(new, list) and any(isinstance(v, dict) for v in old + new):
        lines = [f"      {change.field}:"]
        lines += [f"        - {_entry(v)}" for v in old if v not in new]
        lines += [f"        + {_entry(v)}" for v in new if v not in old]
        return lines
    return [f"      {change.field}: {_show(old)} -> {_show(new)}"]


def _entry(value: dict[str, Any]) -> str:
    if "source" in value and "locator" in value:
        fields = f" [{', '.join(value['fields'])}]" if value.get("fields") else ""
        return (
            f"{value['source']}, {value['locator']}{fields}{' (inferred)' if value.get('inferred') else ''}"
        )
    return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, [], ""))


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    return str(value)

"""Records as flat tables: the one column layout shared by every export and the command line.

Each collection becomes a table with one row per record. A scalar field is one column; an
enum is its value; a `PartialDate` field ``x`` becomes four columns, ``x`` (ISO text at its
precision), ``x_earliest`` and ``x_latest`` (`datetime.date`) and ``x_precision`` ("year",
"month" or "day"), so nothing is lost; a tuple of scalars is a list. Nested records (a record's
citations, a person's offices, an agreement's ratifications) become tables of their own,
keyed by the owner's id and the position in the tuple.
"""

from __future__ import annotations

import datetime
import enum
import functools
import typing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._cells import Cell
from .dates import PartialDate
from .errors import shown
from .schema import COLLECTION_OF, COLLECTIONS, NESTED, Collections

if TYPE_CHECKING:
    from .dataset import Dataset

__all__ = ["TABLES", "Column", "columns", "rows"]

Value = Cell
"""A table cell: text, a number, a flag, a date, a list of texts or None."""


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table: its name, value type, whether it may be empty, and its meaning."""

    name: str
    type: str
    """"string", "integer", "number", "boolean", "date", "list" (of strings)."""
    required: bool
    doc: str
    enum: tuple[str, ...] = ()
    """The allowed values, for columns from an enumeration."""
    ref: str | None = None
    """The table this column refers to by id, for references."""


TABLES: tuple[str, ...] = (*COLLECTIONS, *NESTED)
"""Every table name: the collections, then the nested tables."""


def _plain(hint: Any) -> tuple[Any, bool]:
    """The type inside ``X | None`` and whether None was allowed."""
    args = typing.get_args(hint)
    if type(None) in args:
        return next(a for a in args if a is not type(None)), True
    return hint, False


def _field_columns(cls: type[Any]) -> Iterator[Column]:
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        hint, optional = _plain(hints[field.name])
        doc, ref = field.metadata.get("doc", ""), field.metadata.get("ref")
        if typing.get_origin(hint) is tuple:
            element = typing.get_args(hint)[0]
            if attrs.has(element):
                continue  # a nested table
            values = (
                tuple(m.value for m in element)
                if isinstance(element, type) and issubclass(element, enum.Enum)
                else ()
            )
            yield Column(name=field.name, type="list", required=True, doc=doc, enum=values, ref=ref)
        elif hint is PartialDate:
            yield Column(
                name=field.name, type="string", required=not optional, doc=f"{doc} (ISO, at its precision)"
            )
            yield Column(
                name=f"{field.name}_earliest", type="date", required=not optional, doc="First day it may be."
            )
            yield Column(
                name=f"{field.name}_latest", type="date", required=not optional, doc="Last day it may be."
            )
            precisions = ("year", "month", "day")
            yield Column(
                name=f"{field.name}_precision",
                type="string",
                required=not optional,
                doc="Precision.",
                enum=precisions,
            )
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            yield Column(
                name=field.name,
                type="string",
                required=not optional,
                doc=doc,
                enum=tuple(m.value for m in hint),
            )
        else:
            kind = {str: "string", int: "integer", float: "number", bool: "boolean"}[hint]
            yield Column(name=field.name, type=kind, required=not optional, doc=doc, ref=ref)


def columns(table: str) -> tuple[Column, ...]:
    """The columns of `table` (a collection such as ``"visits"`` or a nested table such as
    ``"citations"``), in order.

    >>> [c.name for c in columns("meetings")][:6]
    ['id', 'council', 'number', 'date', 'date_earliest', 'date_latest']
    """
    if not isinstance(table, str):
        raise TypeError(
            f"table: expected a table name such as 'visits', got {type(table).__name__} {shown(table)}"
        )
    if table in COLLECTIONS:
        return tuple(_field_columns(COLLECTIONS[table]))
    if table in NESTED:
        row_type = NESTED[table].type
        owner = (
            Column(name="record_id", type="string", required=True, doc="Id of the record it belongs to."),
            Column(
                name="position", type="integer", required=True, doc="Position in that record's list, from 0."
            ),
        )
        return owner + tuple(_field_columns(row_type))
    raise ValueError(f"unknown table {shown(table)}; expected one of: {', '.join(TABLES)}")


def _cells(value: Any) -> Iterator[Value]:
    if isinstance(value, PartialDate):
        yield value.isoformat()
        yield datetime.date.fromordinal(value._first_day())
        yield datetime.date.fromordinal(value._last_day())
        yield value.precision.value
    elif isinstance(value, enum.Enum):
        yield value.value
    elif isinstance(value, tuple):
        yield [item.value if isinstance(item, enum.Enum) else item for item in value]
    else:
        yield value


@functools.cache
def _layout(cls: Any) -> tuple[tuple[str, str], ...]:
    """(field name, "date" | "nested" | "value") for each field of `cls`."""
    hints = typing.get_type_hints(cls)
    layout = []
    for field in attrs.fields(cls):
        hint, _ = _plain(hints[field.name])
        nested = typing.get_origin(hint) is tuple and attrs.has(typing.get_args(hint)[0])
        layout.append((field.name, "nested" if nested else "date" if hint is PartialDate else "value"))
    return tuple(layout)


def _row(item: Any, cols: tuple[Column, ...], prefix: tuple[Value, ...] = ()) -> dict[str, Value]:
    values: list[Value] = list(prefix)
    kind_of_item: Any = type(item)
    for name, kind in _layout(kind_of_item):
        value = getattr(item, name)
        if kind == "date" and value is None:
            values.extend((None, None, None, None))
        elif kind != "nested":
            values.extend(_cells(value))
    return dict(zip((c.name for c in cols), values, strict=True))


def rows(records: Dataset | Iterable[Any], table: str) -> list[dict[str, Value]]:
    """The rows of `table`, one dict per row, keyed by `columns(table)` names, from a whole
    dataset or from some records (a query's results): for a collection, the records of its type;
    for a nested table, the nested records of the records given.

    >>> import az_tr_relations as azt
    >>> ds = azt.load("1.0.0")
    >>> row = rows(ds, "missions")[4]
    >>> row["id"], row["opened"], str(row["opened_earliest"]), row["opened_precision"]
    ('embassy-az-in-tr', '1992-08', '1992-08-01', 'month')
    >>> [row["id"] for row in rows(ds.missions_of("AZ"), "missions")]
    ['consulate-az-in-istanbul', 'consulate-az-in-kars', 'embassy-az-in-tr']
    """
    cols = columns(table)
    if isinstance(records, Collections):  # a Dataset: every record of the table's collections
        names = [table] if table in COLLECTIONS else list(COLLECTIONS)
        records = [record for name in names for record in getattr(records, name)]
    elif not isinstance(records, Iterable):
        raise TypeError(
            f"records: expected a Dataset or records, got {type(records).__name__} {shown(records)}"
        )
    if table in COLLECTIONS:
        kind = COLLECTIONS[table]
        found = []
        for record in records:
            if not isinstance(record, kind):
                collection = COLLECTION_OF.get(type(record), type(record).__name__)
                raise TypeError(
                    f"table {table!r} holds {kind.__name__} records, got a record of {collection!r}"
                )
            found.append(_row(record, cols))
        return found
    nested = NESTED[table]
    return [
        _row(item, cols, (record.id, position))
        for record in records
        if (nested.owner is None or isinstance(record, nested.owner)) and hasattr(record, nested.field)
        for position, item in enumerate(getattr(record, nested.field))
    ]

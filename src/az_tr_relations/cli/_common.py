"""What the commands share: the dataset asked for, date options, and lists of records as a
readable table, their CSV rows and JSON form."""

from __future__ import annotations

import argparse
import datetime
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .._coerce import as_partial_date
from .._index import DateIndex, entries
from .._json import plain
from .._loader import load
from ..dataset import Dataset
from ..dates import PartialDate
from ..errors import shown
from ..provenance import is_inferred
from ..records import Record
from ..render.show import INFERRED
from ..render.text import name_of
from ..tables import columns, rows
from ._output import Output, Table, listing

R = TypeVar("R", bound=Record)
T = TypeVar("T")

__all__ = [
    "Layout",
    "dataset",
    "date",
    "in_window",
    "named",
    "path",
    "records_output",
    "window",
    "window_dates",
]


def path(text: str, what: str) -> Path:
    """The path the user typed as `text` (argument `what`, such as ``DIR``), named as the file
    system names it: a path typed in UTF-8 names the same file under any locale."""
    if not text.strip():
        raise ValueError(f"{what} is empty; give a path ('.' for the working folder)")
    try:
        return Path(os.fsdecode(text.encode("utf-8", "surrogateescape")))
    except UnicodeError:
        raise ValueError(f"{what}: {shown(text)} is not a path this system can name") from None


def dataset(args: argparse.Namespace) -> Dataset:
    """The data version pinned with ``--data-version``, or the newest."""
    return load(args.data_version)


def date(text: str | None, option: str) -> PartialDate | None:
    """A date option (``--from 2022-05``) as a `PartialDate`; a bad one names the option."""
    return None if text is None else as_partial_date(text, option)


def window(command: argparse.ArgumentParser) -> None:
    """``--from``, ``--to`` and ``--uncertain``: a date window, as `visits_between` takes it."""
    command.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day of the window: YYYY, YYYY-MM or YYYY-MM-DD (a year or month covers all of it); "
        "default: open",
    )
    command.add_argument(
        "--to", dest="end", metavar="DATE", help="last day of the window, as --from; default: open"
    )
    command.add_argument(
        "--uncertain",
        action="store_true",
        help="also list records that only may fall in the window (a date known to the month only, "
        "a span that overlaps it)",
    )


def window_dates(args: argparse.Namespace) -> tuple[PartialDate | None, PartialDate | None]:
    """The ``--from`` and ``--to`` dates of `window`; an empty window names both options."""
    start, end = date(args.start, "--from"), date(args.end, "--to")
    if start is not None and end is not None and start.earliest > end.latest:
        raise ValueError(f"--from {start} is after --to {end}; give the earlier date first")
    return start, end


def in_window(records: Sequence[R], args: argparse.Namespace) -> list[R]:
    """The dated `records` in the window of `window`'s options, in date order, with the rules of
    `Dataset.visits_between`: wholly inside it, or with ``--uncertain`` possibly meeting it."""
    start, end = window_dates(args)
    first = 1 if start is None else start.earliest.toordinal()
    last = datetime.date.max.toordinal() if end is None else end.latest.toordinal()
    index = DateIndex(entries(records, lambda record: getattr(record, "span", None)))
    return index.overlapping(first, last) if args.uncertain else index.inside(first, last)


def named(find: Callable[[str], T], text: str, option: str) -> T:
    """What `find` finds for an option's value (``--party turkey``); an unknown, ambiguous or
    empty value is an error naming the option."""
    try:
        return find(text)
    except LookupError as error:
        raise LookupError(f"{option}: {error}") from None
    except ValueError as error:
        raise ValueError(f"{option}: {error}") from None


def csv_table(collection: str, records: Sequence[Record]) -> Table:
    """`records` of `collection` in the flat column layout of `tables` (as the exports have it)."""
    header = tuple(column.name for column in columns(collection))
    return Table(
        header=header, rows=tuple(tuple(row[c] for c in header) for row in rows(records, collection))
    )


Show = Callable[[Dataset, Any], str]
"""How a table cell shows a record: the record's value as text."""


def _ref(field: str) -> Show:
    """Show the name of the record that `field` refers to."""
    return lambda ds, record: name_of(ds, getattr(record, field))


def _span(ds: Dataset, record: Any) -> str:
    """Show the record's date or span at its precision (``-`` when it has none)."""
    return str(record.span or "-")


def _get(field: str) -> Show:
    """Show `field` as it is (an enum by its value, None as ``-``)."""
    return lambda ds, record: str(getattr(getattr(record, field), "value", getattr(record, field)) or "-")


Layout = tuple[tuple[str, str | None, Show], ...]
"""A readable table's columns: (header, the field whose value is marked when inferred, how shown)."""


def _refs(field: str) -> Show:
    """Show the names of the records that the ids of tuple `field` refer to."""
    return lambda ds, record: ", ".join(name_of(ds, item) for item in getattr(record, field)) or "-"


_COLUMNS: dict[str, Layout] = {
    "visits": (
        ("date", "start", _span),
        ("visitor", "visitor", _ref("visitor")),
        ("from", "origin", _ref("origin")),
        ("to", "host", _ref("host")),
        ("place", "place", _ref("place")),
        ("id", None, _get("id")),
        ("occasion", "occasion", _get("occasion")),
    ),
    "events": (
        ("date", "start", _span),
        ("kind", "kind", _get("kind")),
        ("id", None, _get("id")),
        ("title", "title", _get("title")),
    ),
    "missions": (
        ("kind", "kind", _get("kind")),
        ("of", "sending", _ref("sending")),
        ("in", "receiving", _ref("receiving")),
        ("city", "city", _ref("city")),
        ("opened", "opened", _span),
        ("id", None, _get("id")),
    ),
    "agreements": (
        ("signed", "signed", _span),
        ("kind", "kind", _get("kind")),
        ("parties", "parties", _refs("parties")),
        ("place", "place", _ref("place")),
        ("id", None, _get("id")),
        ("title", "title", _get("title")),
    ),
    "meetings": (
        ("date", "date", _span),
        ("no.", "number", _get("number")),
        ("level", "level", _get("level")),
        ("place", "place", _ref("place")),
        ("id", None, _get("id")),
        ("council", "council", _ref("council")),
    ),
}
"""Per collection: the readable table's columns as (header, field marked when inferred, how shown);
free text comes last, where a long value does not push the other columns apart."""


def records_output(
    ds: Dataset, collection: str, records: Sequence[Record], layout: Layout | None = None
) -> Output:
    """Records of one collection as a readable table (`layout`, by default the collection's own;
    inferred values marked), the export layout for ``--csv``, and canonical JSON for ``--json``."""
    layout = _COLUMNS[collection] if layout is None else layout
    cells = [
        [(show(ds, record), field is not None and is_inferred(record, field)) for _, field, show in layout]
        for record in records
    ]
    shown = Table(
        header=tuple(header for header, _, _ in layout),
        rows=tuple(tuple(f"{text} *" if inferred else text for text, inferred in row) for row in cells),
    )
    footnote = (
        f"{INFERRED} ('show ID' gives the reason)"
        if any(inferred for row in cells for _, inferred in row)
        else ""
    )
    data = [plain(record) for record in records]
    return listing(shown, csv_table(collection, records), data, collection, footnote)

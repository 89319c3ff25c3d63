"""What the commands share: the dataset asked for, date options, and lists of records as a
readable table, their CSV rows and JSON form."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .._coerce import as_partial_date
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

__all__ = ["dataset", "date", "path", "records_output", "window"]


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


_COLUMNS: dict[str, tuple[tuple[str, str | None, Show], ...]] = {
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
}
"""Per collection: the readable table's columns as (header, field marked when inferred, how shown);
free text comes last, where a long value does not push the other columns apart."""


def records_output(ds: Dataset, collection: str, records: Sequence[Record]) -> Output:
    """Records of one collection (``"visits"``, ``"events"`` or ``"missions"``) as a readable
    table (inferred values marked), the export layout for ``--csv``, and canonical JSON for ``--json``."""
    layout = _COLUMNS[collection]
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

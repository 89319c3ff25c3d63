"""Table cells as CSV text: the one form the exports and the command line's ``--csv`` write."""

from __future__ import annotations

import datetime

from .errors import shown

__all__ = ["LIST_DELIMITER", "csv_cell"]

LIST_DELIMITER = "|"
"""Separates the items of a list column in CSV files."""

Cell = str | int | float | bool | datetime.date | list[str] | None
"""A cell: a value of `tables.rows` (there named `Value`), or the text of a computed column."""

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
"""How a cell that a spreadsheet would run as a formula starts (OWASP's list)."""


def csv_cell(value: Cell, where: str = "value") -> str:
    """A CSV cell: empty for None, ISO dates, ``true``/``false``, lists joined with "|".

    Text that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...) is refused
    rather than altered: records refuse it when built, so only a bug could bring it here. `where`
    names the cell (``"places.aliases"``) in the errors.

    >>> csv_cell(["AZ", "TR"]), csv_cell(None), csv_cell(True), csv_cell(-41.5)
    ('AZ|TR', '', 'true', '-41.5')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)  # a number, even a negative one, is no formula
    if isinstance(value, list):
        for item in value:
            if LIST_DELIMITER in item:
                raise ValueError(
                    f"{where}: the item {shown(item)} contains {LIST_DELIMITER!r}, "
                    "which separates list items in CSV; export it as JSON or Parquet instead"
                )
        text = LIST_DELIMITER.join(value)
    else:
        text = str(value)
    if text.startswith(_FORMULA):
        raise ValueError(f"{where}: {shown(text)} would run as a formula in a spreadsheet")
    return text

"""What a sub-command prints: aligned text tables, CSV and JSON, from one `Output`.

Kept light (plain classes; no json, csv or datetime until a form needs them): every command, even ``versions``,
builds an `Output`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._text import printable

if TYPE_CHECKING:
    from .._cells import Cell


class Table:
    """A header and rows of cells, printable aligned for people or as CSV for programs."""

    __slots__ = ("header", "rows")

    def __init__(self, *, header: tuple[str, ...], rows: tuple[tuple[Cell, ...], ...]) -> None:
        self.header = header
        self.rows = rows

    def aligned(self) -> str:
        """Columns padded to their widest cell and separated by two spaces; upper-case header. A cell
        reads as in CSV, but a text such as "-" is shown as it is."""
        from .._cells import csv_cell

        def shown(cell: Cell) -> str:
            return cell if isinstance(cell, str) else csv_cell(cell)

        lines = [tuple(name.upper() for name in self.header), *(tuple(map(shown, r)) for r in self.rows)]
        widths = [max(len(line[i]) for line in lines) for i in range(len(self.header))]
        return "\n".join(
            "  ".join(f"{c:<{w}}" for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
        )

    def csv(self) -> str:
        """CSV with a header row, as the exports write it: empty for None, ISO dates,
        ``true``/``false``, lists joined with ``|``."""
        import csv
        import io

        from .._cells import csv_cell

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows([csv_cell(cell) for cell in row] for row in self.rows)
        return buffer.getvalue().rstrip("\n")


class Output:
    """What a sub-command found, in each form it can print, and any problems to report.

    `data` is JSON-ready; `table` is the CSV form (only for sub-commands offering ``--csv``);
    `problems` are printed to stderr, one line each, and make the exit status 2.
    """

    __slots__ = ("data", "problems", "table", "text")

    def __init__(
        self, *, text: str, data: Any, table: Table | None = None, problems: tuple[str, ...] = ()
    ) -> None:
        self.text = text
        self.data = data
        self.table = table
        self.problems = problems

    def render(self, form: str, encoding: str = "utf-8") -> str:
        """The output as `form` (``"text"``, ``"json"`` or ``"csv"``), without a final newline,
        in characters `encoding` can write: where it cannot, JSON uses ``\\u`` escapes and text
        and CSV backslash escapes (an ASCII or cp1252 pipe), rather than failing. Control
        characters (but tab and newline) and bidi overrides are escaped in every form, so that
        nothing printed can rewrite or recolour a terminal."""
        if form == "json":
            import json

            from .._json import canonical_json

            text = canonical_json(self.data).rstrip("\n")
            try:
                text.encode(encoding)
            except UnicodeEncodeError:
                return json.dumps(self.data, indent=2)  # ASCII: every other character escaped
            return printable(text)
        if form == "csv":
            assert self.table is not None, "the parser offers --csv only for tables"
            text = self.table.csv()
        else:
            text = self.text
        return printable(text).encode(encoding, "backslashreplace").decode(encoding)


def listing(shown: Table, table: Table, data: Sequence[Any], what: str, footnote: str = "") -> Output:
    """An `Output` for a list of records: `shown` aligned (or "no WHAT" when it has no rows) with
    an optional footnote, `table` as the CSV form and `data` (a JSON-ready list) for ``--json``."""
    text = shown.aligned() + (f"\n\n{footnote}" if footnote else "") if shown.rows else f"no {what}"
    return Output(text=text, data=list(data), table=table)

"""Text that could harm the next tool never gets through: a data folder with a control character
(ESC, NUL, a newline in a one-line field, a bidi override) or with spreadsheet-formula text is
refused with its file and JSON path; ``diff`` and every other output escape what a terminal would
act on; an export of records built in Python never writes a cell that a spreadsheet would run."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations._text import printable
from az_tr_relations.cli._output import Output, Table
from az_tr_relations.export import csv_cell
from az_tr_relations.export.csv import FORMAT as CSV
from az_tr_relations.tables import TABLES, columns, rows
from strategies import datasets, records

SHIPPED = Path(str(resources.files("az_tr_relations").joinpath("data"))) / "1.0.0"
UNSAFE = {chr(code) for code in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
UNSAFE |= set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""What a terminal or an editor acts on: control characters but tab and newline, bidi overrides."""
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def tampered(root: Path, file: str, path: tuple[object, ...], value: object) -> Path:
    """A copy of data version 1.0.0 in which `path` of `file` (``(0, "citations", 0, "note")``)
    holds `value`, its checksum in the manifest updated as a careful forger would."""
    folder = root / "1.0.0"
    shutil.copytree(SHIPPED, folder)
    data = json.loads((folder / file).read_text(encoding="utf-8"))
    *inner, last = path
    node = data
    for step in inner:
        node = node[step]
    node[last] = value
    text = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    (folder / file).write_bytes(text)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][file] = hashlib.sha256(text).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("file", "path", "value", "problem"),
    [
        ("visits.json", (0, "occasion"), "a \x1b[31mred\x1b[0m festival", "found '\\x1b'"),
        ("people.json", (2, "name"), "Ilham\x00Aliyev", "found '\\x00'"),
        (
            "events.json",
            (0, "title"),
            "Independence\nDay",
            "(a newline is allowed only in multi-line fields)",
        ),
        ("places.json", (0, "name"), "Baku\u202e", "found '\\u202e'"),
        ("visits.json", (1, "citations", 0, "locator"), "para.\x07 2", "found '\\x07'"),
        ("missions.json", (0, "citations", 0, "note"), '=HYPERLINK("http://x")', "does not start with '='"),
        ("countries.json", (0, "official_name"), "@SUM(A1)", "does not start with '@'"),
        ("events.json", (1, "summary"), "+1 recognition", "does not start with '+'"),
    ],
)
def test_a_folder_with_harmful_text_is_refused_with_file_and_path(
    tmp_path: Path, file: str, path: tuple[object, ...], value: str, problem: str
) -> None:
    folder = tampered(tmp_path, file, path, value)
    with pytest.raises(azt.DataError) as caught:
        azt.load_folder(folder)
    where = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)
    [found] = caught.value.problems
    assert found.startswith(f"{file}: ${where}: expected text") and problem in found
    assert not UNSAFE & set(found), "the problem shows the character escaped"
    [report] = azt.validate(folder)
    assert report.problems == caught.value.problems


def test_a_newline_is_fine_where_a_field_runs_over_lines(tmp_path: Path) -> None:
    folder = tampered(tmp_path, "events.json", (1, "summary"), "First line.\nSecond line.")
    assert azt.load_folder(folder).get(azt.load("1.0.0").events[1].id).summary == "First line.\nSecond line."


def test_the_command_line_never_prints_a_raw_escape(tmp_path: Path) -> None:
    folder = tampered(tmp_path, "visits.json", (0, "occasion"), "\x1b]0;pwned\x07\x1b[2J")
    for args in (["validate", str(folder)], ["diff", "1.0.0", str(folder)]):
        result = subprocess.run(
            [sys.executable, "-m", "az_tr_relations", *args], capture_output=True, timeout=60
        )
        assert result.returncode == 1
        assert b"\x1b" not in result.stdout + result.stderr and b"\\x1b" in result.stderr


text_anything = st.text(st.characters(codec="utf-8"), max_size=20)


@given(
    old=text_anything.filter(str.strip),
    new=text_anything.filter(str.strip),
    values=st.lists(
        st.tuples(text_anything, text_anything | st.lists(text_anything, max_size=2)), max_size=3
    ),
)
def test_a_diff_report_never_holds_a_raw_control_character(
    old: str, new: str, values: list[tuple[str, object]]
) -> None:
    changes = tuple(azt.FieldChange(field=f"f{n}", old=a, new=b) for n, (a, b) in enumerate(values))
    change = azt.RecordChange(id="x", collection="visits", changes=changes)
    report = str(azt.DataDiff(old_version=old, new_version=new, added=(), removed=(), changed=(change,)))
    assert not UNSAFE & set(report)


@given(text=text_anything, form=st.sampled_from(["text", "json", "csv"]))
def test_command_line_output_never_holds_a_raw_control_character(text: str, form: str) -> None:
    output = Output(text=text, data=[text], table=Table(header=("cell",), rows=((text.lstrip("=+-@\t\r"),),)))
    shown = output.render(form, "utf-8")
    assert not UNSAFE & set(shown)
    if form == "json":
        assert json.loads(shown) == [text]  # escaped as JSON escapes it: the same text read back


def test_printable_escapes_what_a_terminal_acts_on() -> None:
    assert printable("\x1b[31m\u202e\x9b\x00ok\tand\n") == "\\u001b[31m\\u202e\\u009b\\u0000ok\tand\n"


# Spreadsheets ----------------------------------------------------------------------------------


def _cells(table: str, found: list[dict[str, object]]) -> list[str]:
    """The CSV cells of `found`, but for lists holding "|", which CSV refuses (use JSON)."""
    cells = []
    for row in found:
        for column in columns(table):
            try:
                cells.append(csv_cell(row[column.name], table))  # type: ignore[arg-type]
            except ValueError as error:
                assert "which separates list items in CSV" in str(error)
    return cells


@pytest.mark.parametrize("cls", [*azt.COLLECTIONS.values(), azt.Citation, azt.Office, azt.Ratification])
@settings(max_examples=60)
@given(data=st.data())
def test_no_record_built_in_python_gives_a_cell_a_spreadsheet_would_run(
    cls: type, data: st.DataObject
) -> None:
    record = data.draw(records(cls))
    tables = [name for name in TABLES if name in azt.COLLECTIONS and azt.COLLECTIONS[name] is cls]
    owner = [record] if tables else []
    for table in tables or [t for t in TABLES if t not in azt.COLLECTIONS]:
        for cell in _cells(table, rows(owner, table)):
            assert not cell.startswith(FORMULA) or _number(cell), cell


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@given(ds=datasets())
def test_an_export_of_records_built_in_python_holds_no_formula(ds: azt.Dataset) -> None:
    for table in TABLES:
        for row in csv.reader(io.StringIO(CSV.write(ds, table).decode("utf-8"))):
            assert all(not cell.startswith(FORMULA) or _number(cell) for cell in row), row


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_a_formula_cell_is_refused_never_written(text: str) -> None:
    with pytest.raises(ValueError, match=r"visits.occasion: .* would run as a formula in a spreadsheet"):
        csv_cell(text, "visits.occasion")
    assert csv_cell(-41.5) == "-41.5" and csv_cell(-3) == "-3"  # a number is a number

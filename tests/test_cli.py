"""The command line, run as users run it: the installed console script and ``python -m``.

Every sub-command and every error path runs the real script in a subprocess; ``--json``
output is compared with what the Python API answers.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import unicodedata
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations._converter import CONVERTER
from az_tr_relations.cli import main
from az_tr_relations.cli._output import Output, Table
from az_tr_relations.cli.commands import show
from az_tr_relations.tables import TABLES, columns

# The console script installed beside this interpreter (the venv need not be activated).
SCRIPT = shutil.which("az-tr-relations", path=sysconfig.get_path("scripts"))
SHIPPED = Path(azt.__file__).parent / "data"
DOCS = Path(__file__).parent.parent / "docs" / "cli.md"
ERROR = "az-tr-relations: error: "


def run(*args: str, module: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "az_tr_relations"] if module or SCRIPT is None else [SCRIPT]
    return subprocess.run([*command, *args], capture_output=True, text=True, encoding="utf-8", timeout=60)


def run_json(*args: str) -> Any:
    """Run with ``--json``: exit status 0, nothing on stderr, one JSON document on stdout."""
    result = run(*args, "--json")
    assert (result.returncode, result.stderr) == (0, "")
    return json.loads(result.stdout)


def plain(records: Any) -> list[Any]:
    return [CONVERTER.unstructure(record) for record in records]


def data_folder(tmp_path: Path, name: str, edit: dict[str, Any]) -> Path:
    """A copy of the newest shipped data, with `edit` (file -> {index: {field: value}}) applied
    and the manifest's checksums updated, as a curator's folder would be."""
    folder = tmp_path / name
    shutil.copytree(SHIPPED / azt.LATEST, folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for file, changes in edit.items():
        records = json.loads((folder / file).read_text(encoding="utf-8"))
        for index, fields in changes.items():
            records[index].update(fields)
        text = json.dumps(records, indent=2, ensure_ascii=False) + "\n"
        (folder / file).write_text(text, encoding="utf-8")
        manifest["files"][file] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return folder


def test_console_script_is_installed() -> None:
    assert SCRIPT is not None, (
        "az-tr-relations is not installed beside this Python: is the package installed?"
    )


# summary, versions, timeline -------------------------------------------------------------------


@pytest.mark.parametrize("module", [False, True])
def test_summary_is_the_default(module: bool) -> None:
    result = run(module=module)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"data version {azt.LATEST}" in out
    assert "Timeline" in out and "1918-05-28" in out and "Shusha Declaration" in out
    if not module:
        assert run("summary").stdout == out


def test_summary_json() -> None:
    ds = azt.load()
    assert run_json("summary") == {
        "package_version": azt.__version__,
        "data_version": ds.version,
        "as_of": str(ds.as_of),
        "records": len(ds),
        "counts": ds.counts(),
        "sources": plain(ds.sources),
    }


def test_timeline_prints_dates_at_their_precision() -> None:
    result = run("--data-version", "1.0.0", "timeline")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(azt.load("1.0.0").timeline())
    assert any(line.split()[0] == "1992-08" for line in lines)
    assert any(line.startswith("  1991 *") for line in lines)


def test_timeline_json_and_csv() -> None:
    timeline = azt.load("1.0.0").timeline()
    names = {kind: name for name, kind in azt.COLLECTIONS.items()}
    expected = [{"collection": names[type(r)], "record": CONVERTER.unstructure(r)} for r in timeline]
    assert run_json("timeline", "--data-version", "1.0.0") == expected
    lines = run("timeline", "--csv", "--data-version", "1.0.0").stdout.splitlines()
    assert lines[0] == "date,date_inferred,collection,id,description"
    assert [line.split(",")[3] for line in lines[1:]] == [r.id for r in timeline]
    assert "1991,true,events,event-1991-independence-restored," in lines[2]


def test_versions() -> None:
    assert run("versions").stdout.split() == list(azt.versions())
    assert run_json("versions") == list(azt.versions())


# queries ------------------------------------------------------------------------------------------


def test_visits_json_equals_the_api() -> None:
    ds = azt.load()
    assert run_json("visits", "--from", "2022", "--to", "2022") == plain(ds.visits_between("2022", "2022"))
    found = run_json("--data-version", "1.0.0", "visits", "--to", "2022-05", "--host", "Türkiye")
    assert found == plain(azt.load("1.0.0").visits_between(None, "2022-05", host="TR"))


def test_visits_table_marks_inferred_values() -> None:
    result = run(
        "visits", "--visitor", "erdogan", "--origin", "turkey", "--from", "2022-01", "--data-version", "1.0.0"
    )
    assert result.returncode == 0
    header, row, _blank, footnote = result.stdout.splitlines()
    assert header.split() == ["DATE", "VISITOR", "FROM", "TO", "PLACE", "ID", "OCCASION"]
    assert row.startswith("2022-01-28  Recep Tayyip Erdoğan *  Türkiye")
    assert row.endswith("visit-2022-01-28-erdogan-baku  TEKNOFEST festival in Baku")
    assert footnote.startswith("* = inferred")


@pytest.mark.parametrize(
    ("args", "query"),
    [
        (
            ["--in", "azerbaijan", "--kind", "consulate_general"],
            lambda ds: ds.missions_in("AZ", kind="consulate_general"),
        ),
        (["--of", "TUR"], lambda ds: ds.missions_of("TR")),
        (["--city", "Kars"], lambda ds: ds.missions_in("TR", city="kars")),
        (
            ["--of", "az", "--kind", "embassy"],
            lambda ds: [m for m in ds.missions_of("AZ") if m.kind.value == "embassy"],
        ),
    ],
)
def test_missions_json_equals_the_api(args: list[str], query: Any) -> None:
    assert run_json("missions", *args) == plain(query(azt.load()))


def test_events_json_equals_the_api_and_text_keeps_precision() -> None:
    ds = azt.load("1.0.0")
    found = run_json(
        "--data-version", "1.0.0", "events", "--from", "2020-10", "--to", "2020-10", "--uncertain"
    )
    assert found == plain(ds.events_between("2020-10", "2020-10", uncertain=True))
    assert len(found) == 2
    lines = run("events", "--to", "1991", "--data-version", "1.0.0").stdout.splitlines()
    assert lines[1].startswith("1918-05-28 ")
    assert lines[2].startswith("1991 *  ")  # a year, not a made-up day, and inferred


def _dated_inside(records: Any, start: str, end: str) -> list[Any]:
    """`records` whose every possible day lies in start..end (full ISO dates), in date order."""
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    inside = [r for r in records if first <= r.span.earliest and r.span.latest <= last]
    return sorted(inside, key=lambda r: r.span.start)


def test_agreements_by_signing_date_party_and_kind() -> None:
    ds = azt.load()
    found = run_json("agreements", "--from", "1999", "--to", "2005", "--party", "georgia", "--party", "TR")
    expected = [
        a for a in _dated_inside(ds.agreements, "1999-01-01", "2005-12-31") if {"GE", "TR"} <= set(a.parties)
    ]
    assert found == plain(expected) and len(found) >= 2
    treaties = run_json("agreements", "--kind", "treaty")
    assert {a["id"] for a in treaties} == {a.id for a in ds.agreements if a.kind is azt.AgreementKind.TREATY}
    assert len(run_json("agreements")) == len(ds.agreements)


def test_agreements_table_and_csv() -> None:
    lines = run("agreements", "--data-version", "1.0.0").stdout.splitlines()
    assert lines[0].split() == ["SIGNED", "KIND", "PARTIES", "PLACE", "ID", "TITLE"]
    assert lines[2].startswith("2021-06-15  declaration  Azerbaijan, Türkiye  Shusha ")
    csv_lines = run("agreements", "--csv", "--to", "2010").stdout.splitlines()
    assert csv_lines[0].split(",") == [c.name for c in columns("agreements")]
    assert all(line.split(",")[0].startswith("agreement-") for line in csv_lines[1:])


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["--council", "hlscc"], lambda m: m.council == "council-hlscc"),
        (["--council", "HIGH-LEVEL strategic"], lambda m: m.council == "council-hlscc"),
        (
            ["--council", "format-az-tr-ge", "--level", "defence_ministers"],
            lambda m: m.council == "format-az-tr-ge" and m.level is azt.MeetingLevel.DEFENCE_MINISTERS,
        ),
        (["--council", "3+3"], lambda m: m.council == "format-3-plus-3"),
        (["--level", "heads_of_state"], lambda m: m.level is azt.MeetingLevel.HEADS_OF_STATE),
    ],
)
def test_meetings_by_council_and_level(args: list[str], wanted: Any) -> None:
    ds = azt.load()
    expected = [m for m in _dated_inside(ds.meetings, "0001-01-01", "9999-12-31") if wanted(m)]
    assert run_json("meetings", *args) == plain(expected) and expected


def test_meetings_in_a_window_with_the_council_named() -> None:
    ds = azt.load("1.2.0")
    assert run_json("meetings", "--from", "2024", "--to", "2024", "--data-version", "1.2.0") == plain(
        _dated_inside(ds.meetings, "2024-01-01", "2024-12-31")
    )
    header, first, *_ = run("meetings", "--council", "hlscc", "--data-version", "1.2.0").stdout.splitlines()
    assert header.split() == ["DATE", "NO.", "LEVEL", "PLACE", "ID", "COUNCIL"]
    assert first.startswith("2011-10-25  1 ") and first.endswith(
        "Azerbaijan-Türkiye High-Level Strategic Cooperation Council"
    )


def test_people_in_office_on_a_date() -> None:
    handover = run_json("people", "--on", "2003-10-31", "--country", "Azerbaijan", "--role", "president")
    assert [p["id"] for p in handover] == ["heydar-aliyev", "ilham-aliyev"]
    later = run_json("people", "--on", "2004", "--country", "az", "--role", "president")
    assert [p["id"] for p in later] == ["ilham-aliyev"]
    speakers = run_json("people", "--country", "TR", "--role", "speaker")
    assert [p["id"] for p in speakers] == ["binali-yildirim", "mustafa-sentop", "numan-kurtulmus"]
    assert len(run_json("people")) == len(azt.load().people)


def test_people_table_shows_the_offices_that_count() -> None:
    lines = run("people", "--on", "2003-10-31", "--country", "AZ").stdout.splitlines()
    assert lines[0].split() == ["NAME", "ID", "OFFICES"]
    ilham = next(line for line in lines if line.startswith("Ilham Aliyev "))
    assert ilham.endswith(
        "Prime Minister of the Republic of Azerbaijan (2003-08-04 to 2003-10-31); "
        "President of the Republic of Azerbaijan (since 2003-10-31)"
    )
    csv_lines = run("people", "--role", "speaker", "--csv").stdout.splitlines()
    assert csv_lines[0].split(",") == [c.name for c in columns("people")]


def _in_office(person: azt.Person, day: datetime.date) -> bool:
    return any(
        o.start is not None and o.start.latest <= day and (o.end is None or day <= o.end.earliest)
        for o in person.offices
    )


@given(day=st.dates(datetime.date(1985, 1, 1), datetime.date(2026, 12, 31)))
def test_people_on_any_day_are_those_in_office(day: datetime.date) -> None:
    ds = azt.load()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["people", "--on", day.isoformat(), "--json"]) == 0
    listed = [person["id"] for person in json.loads(out.getvalue())]
    assert listed == [p.id for p in ds.people if _in_office(p, day)]


def test_timeline_in_a_window() -> None:
    ds = azt.load()
    found = run_json("timeline", "--from", "2022", "--to", "2022")
    assert [r["record"]["id"] for r in found] == [
        r.id for r in _dated_inside(ds.timeline(), "2022-01-01", "2022-12-31")
    ]
    overlapping = run_json("timeline", "--from", "2020-10-01", "--to", "2020-10-01", "--uncertain")
    assert "event-2020-09-27-44-day-war" in [r["record"]["id"] for r in overlapping]
    lines = run(
        "timeline", "--from", "2022-05", "--to", "2022-05", "--data-version", "1.0.0"
    ).stdout.splitlines()
    assert lines == [
        "  2022-05-14  visits  Ilham Aliyev visits Türkiye (Rize): Inauguration of Rize-Artvin International Airport"
    ]
    assert run("timeline", "--from", "2099").stdout == "no dated records in this window\n"


def test_csv_is_the_export_layout(tmp_path: Path) -> None:
    written = run("export", str(tmp_path), "--format", "csv")
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(f"wrote {len(TABLES) + 1} files to {tmp_path}")
    result = run("missions", "--csv")
    exported = (tmp_path / "missions.csv").read_text(encoding="utf-8")
    assert result.stdout == exported
    assert result.stdout.splitlines()[0].split(",") == [c.name for c in columns("missions")]


def test_export_json(tmp_path: Path) -> None:
    paths = run_json("--data-version", "1.0.0", "export", str(tmp_path / "cli"), "--format", "json")
    api = azt.export(azt.load("1.0.0"), tmp_path / "api", formats=("json",))
    assert [Path(p).relative_to(tmp_path / "cli") for p in paths] == [
        p.relative_to(tmp_path / "api") for p in api
    ]
    assert all(Path(p).read_bytes() == q.read_bytes() for p, q in zip(paths[:-1], api[:-1], strict=True))


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "csv", "DIR"],
        ["DIR", "--format", "csv"],
        ["--format", "csv,json", "DIR"],
        ["--format", "json", "DIR", "--format", "csv"],
    ],
)
def test_export_options_before_or_after_the_folder(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "out"
    paths = run_json("export", *[str(folder) if a == "DIR" else a for a in args])
    formats = {Path(p).suffix for p in paths[:-1]}
    assert formats == (
        {".csv"} if args.count("--format") == 1 and "csv,json" not in args else {".csv", ".json"}
    )
    assert all(Path(p).parent == folder for p in paths)


def test_an_unknown_export_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run("export", str(tmp_path), "--format", "csv,xml")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [  # one line (see the hardening of issue 13)
        "az-tr-relations: error: argument --format: unknown format 'xml'; choose from csv, json, parquet; "
        "see 'az-tr-relations export --help'"
    ]
    assert not list(tmp_path.iterdir())


def test_export_parquet_without_the_extra_is_one_error_line(tmp_path: Path) -> None:
    # The command line as a user without pyarrow has it: the module is made unimportable first.
    script = (
        "import sys; sys.modules['pyarrow'] = None; from az_tr_relations.cli import main; "
        f"sys.exit(main(['export', {str(tmp_path)!r}, '--format', 'parquet']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert result.returncode == 3, "a missing optional library: status 3"
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{ERROR}--format parquet needs pyarrow") and "az-tr-relations[arrow]" in line
    assert not list(tmp_path.iterdir())


# show and search ----------------------------------------------------------------------------------


def test_show_prints_every_field_with_precision_citations_and_inferences() -> None:
    result = run("show", "embassy-az-in-tr", "--data-version", "1.0.0")
    assert result.returncode == 0
    out = result.stdout.splitlines()
    assert out[0] == "embassy-az-in-tr (Mission, in missions)"
    assert "  city       ankara (Ankara) *" in out
    assert "  opened     1992-08 (month)" in out
    assert "Citations" in out and any("(inferred)" in line for line in out)
    assert out[-1].startswith("* = inferred")


@pytest.mark.parametrize("version", azt.versions())
def test_show_json(version: str) -> None:
    ds = azt.load(version)
    record = ds.get("visit-2022-01-28-erdogan-baku")
    assert run_json("--data-version", version, "show", record.id) == {
        "collection": "visits",
        "record": CONVERTER.unstructure(record),
        "inferred": [f.name for f in attrs.fields(azt.Visit) if azt.is_inferred(record, f.name)],
        "corrections": plain(ds.corrections_for(record)),
    }


@pytest.mark.parametrize(
    ("query", "record_id"),
    [
        ("SHUSHA declaration on allied relations", "agreement-2021-06-15-shusha-declaration"),
        ("Treaty of Kars", "agreement-1921-10-13-treaty-of-kars"),
        ("erdogan", "recep-tayyip-erdogan"),
        ("İlham Əliyev", "ilham-aliyev"),
        ("Naxçıvan", "nakhchivan"),
        ("turkey", "TR"),
        ("azerbaijan-turkiye high-level strategic cooperation council", "council-hlscc"),
        ("embassy of azerbaijan in türkiye", "embassy-az-in-tr"),
    ],
)
def test_show_finds_a_record_by_name_or_title(query: str, record_id: str) -> None:
    assert run_json("show", query)["record"]["id"] == record_id


SHOWN_BY_NAME = [*azt.load().people, *azt.load().places, *azt.load().countries, *azt.load().agreements]


@settings(max_examples=60)  # each lookup folds every record's names: ~40 ms
@given(record=st.sampled_from(SHOWN_BY_NAME), folded=st.booleans(), flips=st.integers(0, 2**64 - 1))
def test_show_ignores_case_and_diacritics(record: Any, folded: bool, flips: int) -> None:
    ds = azt.load()
    name = record.title if isinstance(record, azt.Agreement) else record.name
    if folded:
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    variant = "".join(c.upper() if flips >> (i % 64) & 1 else c.lower() for i, c in enumerate(name))
    try:
        expected = show.record(ds, name).id
    except LookupError as error:  # a name that several records share: listed, not guessed
        assert record.id in str(error)
        return
    assert show.record(ds, variant).id == expected == record.id


def test_search_ignores_case_and_diacritics() -> None:
    result = run("search", "NAXÇIVAN", "--data-version", "1.0.0")
    assert result.returncode == 0
    _header, row = result.stdout.splitlines()
    assert row.split() == ["nakhchivan", "places", "aliases", "Nakhchivan"]
    found = run_json("search", "shusha", "--data-version", "1.0.0")
    assert [(r["collection"], r["record"]["id"], r["matched"]) for r in found] == [
        ("places", "shusha", ["id", "name"]),
        ("events", "event-1992-occupation", ["summary"]),
        ("agreements", "agreement-2021-06-15-shusha-declaration", ["id", "title", "place"]),
    ]
    assert found[2]["record"] == CONVERTER.unstructure(azt.load("1.0.0").get(found[2]["record"]["id"]))


# validate and diff --------------------------------------------------------------------------------


def test_validate_every_shipped_version() -> None:
    result = run("validate")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f"data version {v}: ok ({len(azt.load(v))} records)" for v in azt.versions()
    ]


def test_validate_lists_every_problem_of_a_folder(tmp_path: Path) -> None:
    edit = {"visits.json": {0: {"start": "2022-13"}}, "missions.json": {1: {"kind": "palace"}}}
    folder = data_folder(tmp_path, "broken", edit)
    with pytest.raises(azt.DataError) as caught:
        azt.load_folder(folder)
    assert len(caught.value.problems) >= 2
    result = run("validate", str(folder), "--json")
    assert result.returncode == 1, "problems found in the data: status 1 (2 is for usage errors)"
    assert result.stderr.splitlines() == [f"{ERROR}data folder {folder}: {p}" for p in caught.value.problems]
    [report] = json.loads(result.stdout)
    assert report == {
        "context": f"data folder {folder}",
        "ok": False,
        "records": 0,
        "problems": list(caught.value.problems),
    }


def test_diff_between_versions_and_folders(tmp_path: Path) -> None:
    old, new = azt.versions()[0], azt.LATEST
    expected = azt.diff(azt.load(old), azt.load(new))
    assert run("diff", old, new).stdout == f"{expected}\n"
    assert run_json("diff", old) == expected.to_json()  # NEW defaults to --data-version: the newest
    folder = data_folder(tmp_path, "edited", {"visits.json": {0: {"occasion": "A festival"}}})
    edited = azt.diff(azt.load(), azt.load_folder(folder))
    assert [c.changes[0].new for c in edited.changed] == ["A festival"]
    assert run_json("diff", azt.LATEST, str(folder)) == edited.to_json()


# errors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--data-version", "0.1.0"],
            f"unknown data version '0.1.0'; available: {', '.join(azt.versions())}",
        ),
        (["visits", "--data-version", "9"], "unknown data version '9'; available:"),
        (["visits", "--from", "2022-13"], "--from: not a date: '2022-13'"),
        (
            ["events", "--from", "2023", "--to", "2022"],
            "--from 2023 is after --to 2022; give the earlier date first",
        ),
        (["agreements", "--from", "2023", "--to", "2022"], "--from 2023 is after --to 2022"),
        (["timeline", "--to", "2022-13"], "--to: not a date: '2022-13'"),
        (["agreements", "--party", "Turky"], "--party: unknown country 'Turky'; did you mean 'Türkiye'?"),
        (
            ["meetings", "--council", "Georgia"],
            "--council: council or format 'Georgia' is ambiguous: it may be",
        ),
        (["meetings", "--council", "ministry"], "--council: no council or format has the id, name or title"),
        (["people", "--on", "2022-02-30"], "--on: not a date: '2022-02-30'"),
        (["people", "--country", "Turky"], "--country: unknown country 'Turky'"),
        (["people", "--uncertain"], "--uncertain needs --on DATE"),
        (["meetings", "--council", " "], "--council: give the id, a name or a title of a council or format"),
        (["agreements", "--party", ""], "--party: unknown country ''"),
        (["show", "Aliyev"], "record 'Aliyev' is ambiguous: it may be 'heydar-aliyev' (Heydar Aliyev), "),
        (
            ["show", "Shusa Declaraton"],
            "no record has the id, name or title 'Shusa Declaraton'; did you mean ",
        ),
        (["visits", "--host", "Turky"], "unknown country 'Turky'; did you mean 'Türkiye'?"),
        (["visits", "--visitor", "Aliyev"], "person 'Aliyev' is ambiguous"),
        (["missions", "--in", "TR", "--city", "Ganja"], "Ganja lies in Azerbaijan, not in Türkiye"),
        (["show", "embassy-az-in-t"], "no record with id 'embassy-az-in-t'; did you mean 'embassy-az-in-tr'"),
        (["search", " "], "search: give some text to look for"),
        (["validate", "no-such-folder"], "validate: no-such-folder is not a directory"),
        (["diff", "1.0"], "unknown data version '1.0'"),
    ],
)
def test_errors_are_one_line_and_status_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.returncode, result.stdout) == (2, "")
    [line] = result.stderr.splitlines()
    assert line.startswith(ERROR + message)


def test_usage_errors_are_one_line_naming_the_help() -> None:
    result = run("missions", "--kind", "palace")
    assert (result.returncode, result.stdout) == (2, "")
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{ERROR}argument --kind: invalid choice: 'palace'")
    assert line.endswith("; see 'az-tr-relations missions --help'")


def test_a_closed_pipe_is_not_a_traceback() -> None:
    assert SCRIPT is not None
    with subprocess.Popen([SCRIPT, "timeline"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before the script, still starting, writes
        assert process.stderr.read() == b"", "the reader stopped early: nothing to say"
    assert process.returncode == 3


def test_version_flag() -> None:
    assert run("--version").stdout.strip() == f"az-tr-relations {azt.__version__}"


def test_output_a_narrow_encoding_can_write() -> None:
    output = Output(text="Türkiye", data=["Naxçıvan"], table=Table(header=("name",), rows=(("Gəncə",),)))
    assert json.loads(output.render("json", "ascii")) == ["Naxçıvan"]
    assert output.render("text", "ascii") == "T\\xfcrkiye"
    assert output.render("csv", "cp1252") == "name\nG\\u0259nc\\u0259"


# help (in-process: argparse only) ---------------------------------------------------------------


COMMANDS = [
    "summary",
    "versions",
    "timeline",
    "visits",
    "missions",
    "events",
    "agreements",
    "meetings",
    "people",
]
COMMANDS += ["show", "search", "export", "validate", "diff"]
COMMANDS += ["explore"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: az-tr-relations {command} ") and "--data-version" in out


def test_main_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out.split("commands:")[1].split("\n\n")[0]
    names = [
        line.split()[0] for line in listed.splitlines()[2:] if line.startswith("    ") and line[4] != " "
    ]
    assert names == COMMANDS


# docs/cli.md (in-process: the page shows real output) -------------------------------------------


EXAMPLES = re.findall(r"```console\n\$ ([^\n]*)\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[command for command, _ in EXAMPLES])
def test_docs_show_real_output(command: str, shown: str, capsys: pytest.CaptureFixture[str]) -> None:
    program, *args = shlex.split(command)
    assert program == "az-tr-relations"
    status = main(args)
    out, err = capsys.readouterr()
    assert out + err == shown
    assert status == (2 if shown.startswith(ERROR) else 0)

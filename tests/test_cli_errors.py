"""The command line under every input and stream condition: one error line per problem, an exit
status from the documented table, never a traceback.

The reproductions of issue 13 run the installed script in a subprocess, as a user runs it; the
hypothesis tests call `main` with arbitrary arguments and broken outputs.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations.cli import main
from az_tr_relations.cli._parser import Printed, UsageError, build_parser, command_in
from az_tr_relations.cli._status import MEANINGS, Status
from az_tr_relations.cli.commands import COMMANDS, command
from az_tr_relations.tables import TABLES
from strategies import elsewhere

SCRIPT = shutil.which("az-tr-relations", path=sysconfig.get_path("scripts")) or "az-tr-relations"
ERROR = "az-tr-relations: error: "
DOCS = Path(__file__).parent.parent / "docs" / "cli.md"
CODES = {int(status) for status in Status}
HUGE = "x" * 100_000


def shell(command: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """`command` run by sh, ``$0`` being the installed script."""
    return subprocess.run(
        ["sh", "-c", command, SCRIPT], capture_output=True, timeout=60, env={**os.environ, **env}
    )


def one_error(result: subprocess.CompletedProcess[bytes], status: int) -> str:
    """The one error line of `result`, after checking its status and that no traceback shows."""
    assert result.returncode == status, result.stderr
    assert b"Traceback" not in result.stderr + result.stdout
    [line] = result.stderr.decode("utf-8").splitlines()
    assert line.startswith(ERROR)
    return line[len(ERROR) :]


# The exit statuses ---------------------------------------------------------------------------


def test_help_lists_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out.split("exit status:\n")[1]
    assert re.findall(r"^  (\d+) ", listed, re.M) == [str(code) for code in MEANINGS]
    assert " ".join(listed.split()) == " ".join(
        f"{int(code)} {meaning}" for code, meaning in MEANINGS.items()
    )


def test_the_docs_list_the_same_exit_statuses() -> None:
    rows = re.findall(r"^\| `(\d+)` \| (.*) \|$", DOCS.read_text(encoding="utf-8"), re.M)
    shown = [(code, meaning.replace("\\|", "|")) for code, meaning in rows]  # a table cell escapes "|"
    assert shown == [(str(int(code)), meaning) for code, meaning in MEANINGS.items()]


def test_help_and_validate_agree_on_invalid_data(tmp_path: Path) -> None:
    (tmp_path / "1.0.0").mkdir()
    result = shell(f'"$0" validate {tmp_path / "1.0.0"}')
    assert result.returncode == Status.INVALID_DATA == 1
    assert "validate" in MEANINGS[Status.INVALID_DATA]


# Outputs that cannot be written --------------------------------------------------------------


@pytest.mark.parametrize("args", ["versions", "--help", "timeline --json"])
def test_a_full_disk_is_one_line(args: str) -> None:
    result = shell(f'"$0" {args} > /dev/full')
    assert one_error(result, 3) == "cannot write the output: No space left on device"


@pytest.mark.parametrize("args", ["versions", "--help", "--version"])
def test_a_closed_stdout_is_one_line(args: str) -> None:
    result = shell(f'"$0" {args} >&-')
    assert one_error(result, 3) == "cannot write the output: standard output is closed"


@pytest.mark.parametrize("redirect", ["> /dev/full", ">&-"])
def test_the_curators_validate_never_shows_a_traceback(redirect: str) -> None:
    result = subprocess.run(
        ["sh", "-c", f'"$0" -m az_tr_relations.validate {redirect}', sys.executable],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 3 and b"Traceback" not in result.stderr
    [line] = result.stderr.decode("utf-8").splitlines()
    assert line.startswith("python -m az_tr_relations.validate: error: cannot write the reports: ")


def test_a_closed_stderr_still_exits_with_the_status() -> None:
    result = shell('"$0" visits --host Atlantis 2>&- > /dev/full')
    assert (result.returncode, result.stdout) == (2, b"")


# Arguments -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nosuch"], "argument COMMAND: invalid choice: 'nosuch' (choose from 'summary',"),
        (["visits", "--nosuch"], "unrecognized arguments: --nosuch; see 'az-tr-relations --help'"),
        (["show"], "the following arguments are required: ID; see 'az-tr-relations show --help'"),
        (["visits", "--from"], "argument --from: expected one argument; see 'az-tr-relations visits --help'"),
        (["missions", "--json", "--csv"], "argument --csv: not allowed with argument --json"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    result = subprocess.run([SCRIPT, *args], capture_output=True, timeout=60)
    assert one_error(result, 2).startswith(message)


@pytest.mark.parametrize(
    "args",
    [
        ["visits", "--host", HUGE],
        ["visits", "--visitor", HUGE],
        ["visits", "--from", HUGE],
        ["events", "--from", "2023", "--to", f"2022{' ' * 100_000}"],
        ["show", HUGE],
        ["missions", "--kind", HUGE],
        ["missions", "--city", HUGE],
        ["--data-version", HUGE],
        [HUGE],
        ["visits", HUGE],
        ["validate", HUGE],
        ["export", HUGE],
        ["diff", HUGE],
    ],
    ids=lambda args: " ".join(arg if len(arg) < 20 else "HUGE" for arg in args),
)
def test_a_huge_argument_is_not_echoed(args: list[str]) -> None:
    result = subprocess.run([SCRIPT, *args], capture_output=True, timeout=60)
    assert result.returncode in (2, 3)
    assert len(one_error(result, result.returncode)) < 700


def test_a_utf8_argument_under_a_c_locale_finds_its_name() -> None:
    result = shell('"$0" visits --host Türkiye --from 2022 --to 2022 --json', LC_ALL="C", PYTHONUTF8="0")
    assert (result.returncode, result.stderr) == (0, b"")
    expected = [azt._json.plain(v) for v in azt.load().visits_between("2022", "2022", host="TR")]
    assert json.loads(result.stdout) == expected and expected


def test_output_the_terminal_cannot_hold_is_escaped() -> None:
    result = shell('"$0" show TR', LC_ALL="C", PYTHONUTF8="0")
    assert (result.returncode, result.stderr) == (0, b"")
    assert b"T\\xfcrkiye" in result.stdout


def test_a_utf8_path_under_a_c_locale_names_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dışa"
    result = shell(f'"$0" export {folder} --format csv', LC_ALL="C", PYTHONUTF8="0")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*(f"{t}.csv" for t in TABLES), "datapackage.json"]
    )


# export from the command line ------------------------------------------------------------------


def test_export_refuses_an_empty_folder_name(tmp_path: Path) -> None:
    (tmp_path / "visits.csv").write_text("mine", encoding="utf-8")
    result = subprocess.run([SCRIPT, "export", ""], capture_output=True, timeout=60, cwd=tmp_path)
    assert one_error(result, 2) == "DIR is empty; give a path ('.' for the working folder)"
    assert [p.name for p in tmp_path.iterdir()] == ["visits.csv"]


def test_export_into_a_folder_with_files_needs_overwrite(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    refused = subprocess.run([SCRIPT, "export", str(tmp_path)], capture_output=True, timeout=60)
    assert "is not empty; add --overwrite to replace the data package's files" in one_error(refused, 2)
    done = subprocess.run([SCRIPT, "export", str(tmp_path), "--overwrite"], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (tmp_path / "visits.json").is_file()


def test_export_into_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("mine", encoding="utf-8")
    result = subprocess.run([SCRIPT, "export", str(tmp_path / "file")], capture_output=True, timeout=60)
    assert (
        one_error(result, 2) == f"DIR {str(tmp_path / 'file')!r} is a file; give a folder (made if missing)"
    )


def test_a_folder_in_the_way_is_named(tmp_path: Path) -> None:
    (tmp_path / "visits.csv").mkdir()
    result = subprocess.run(
        [SCRIPT, "export", str(tmp_path), "--overwrite", "--format", "csv"], capture_output=True, timeout=60
    )
    assert one_error(result, 3) == f"{tmp_path / 'visits.csv'}: a folder is where a file of the package goes"
    assert [p.name for p in tmp_path.iterdir()] == ["visits.csv"]


def test_a_data_folder_that_does_not_load_is_invalid_data(tmp_path: Path) -> None:
    result = subprocess.run([SCRIPT, "diff", "1.0.0", str(tmp_path)], capture_output=True, timeout=60)
    assert one_error(result, 1) == f"data folder {tmp_path}: manifest.json: file missing"


# Bugs and interruptions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "status", "line"),
    [
        (RuntimeError("unexpected\nsecond line"), 4, "internal error (a bug; please report it): unexpected"),
        (KeyboardInterrupt(), 130, "interrupted"),
    ],
)
def test_a_bug_or_an_interruption_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    raised: BaseException,
    status: int,
    line: str,
) -> None:
    def run(args: object) -> None:
        raise raised

    monkeypatch.setattr(command("versions"), "run", run)
    assert main(["versions"]) == status
    assert capsys.readouterr().err == f"{ERROR}{line}\n"


# Anything at all ---------------------------------------------------------------------------------

words = st.sampled_from(
    [
        *COMMANDS,
        *("--json", "--csv", "--uncertain", "--overwrite", "--help", "-h", "--version"),
        *("--from", "--to", "--visitor", "--origin", "--host", "--in", "--of", "--city", "--kind"),
        *("--format", "--data-version", "csv", "json", "parquet", "embassy", "1.0.0", "1.2.0", "9.9"),
        *("2022", "2022-05", "2022-13", "1992-08-01", "Türkiye", "TR", "aliyev", "Baku", "Kars"),
        *("embassy-az-in-tr", "visit-2022-05-14-aliyev-rize", ".", "out", "-", "--"),
        *(
            "T\udcc3\udcbcrkiye",
            "\udcff",
            "\x1b[31m",
            "=SUM(A1)",
            "x" * 5_000,
        ),  # argv as a C locale mangles it
    ]
)
texts = st.text(max_size=12).filter(lambda text: "/" not in text and ".." not in text)
values = words | texts
OPTIONS = {
    "visits": ("--from", "--to", "--visitor", "--origin", "--host"),
    "events": ("--from", "--to"),
    "missions": ("--in", "--of", "--city", "--kind"),
    "export": ("--format",),
}
POSITIONAL = {"show": 1, "search": 1, "export": 1, "validate": 1, "diff": 2}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A command with options it takes, each with a value that may or may not make sense."""
    command = draw(st.sampled_from(list(COMMANDS)))
    argv = [command, *draw(st.lists(values, max_size=POSITIONAL.get(command, 0)))]
    for option in draw(st.lists(st.sampled_from(OPTIONS.get(command, ("--data-version",))), max_size=3)):
        argv += [option, draw(values)]
    flags = ("--json", "--csv", "--uncertain", "--overwrite", "--data-version=1.0.0")
    return argv + draw(st.lists(st.sampled_from(flags), max_size=2, unique=True))


arguments = st.lists(values, max_size=6) | command_lines()


class Broken(io.TextIOBase):
    """An output whose every write fails with `error` (a full disk, a reader gone)."""

    def __init__(self, error: OSError, encoding: str = "utf-8") -> None:
        self.error = error
        self._encoding = encoding

    @property
    def encoding(self) -> str:
        return self._encoding

    def write(self, text: str) -> int:
        raise self.error


def outputs() -> st.SearchStrategy[io.TextIOBase | None]:
    narrow = st.sampled_from(["utf-8", "ascii", "cp1252", "latin-1"]).map(
        lambda encoding: io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict")
    )
    broken = st.sampled_from([OSError(errno.ENOSPC, "No space left on device"), BrokenPipeError()]).map(
        Broken
    )
    return narrow | broken | st.none()


@given(argv=arguments, stdout=outputs())
def test_any_arguments_and_any_output_give_a_documented_status_and_one_line_per_problem(
    argv: list[str], stdout: io.TextIOBase | None
) -> None:
    err = io.StringIO()
    with elsewhere(), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(err):  # type: ignore[type-var]
        status = main(argv)
    event(f"status {status}")
    assert status in CODES - {4, 130}, err.getvalue()
    lines = err.getvalue().splitlines()
    assert all(line.startswith(ERROR) for line in lines)
    assert "Traceback" not in err.getvalue()
    if status == 0:
        assert lines == []
    elif status != 1:  # invalid data: one line per problem found
        assert len(lines) <= 1


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[str, object]:
    """What `parser` makes of `argv`: the parsed options, a printed text or a usage error."""
    try:
        return "parsed", vars(parser.parse_args(argv))
    except Printed as printed:
        return "printed", printed.text
    except UsageError as error:
        return "usage", str(error)


top_level = st.lists(
    st.sampled_from(
        [["--d", "1.0.0"], ["--data", "1.2.0"], ["--data-version", "visits"], ["--d=1.0.0"], ["--"], ["-h"]]
    )
).map(lambda parts: [word for part in parts for word in part])
"""Options before the command: ``--data-version`` abbreviated, joined with ``=``, or valued like a command."""


@given(
    argv=arguments
    | st.tuples(top_level, command_lines(), st.sampled_from([[], ["--help"]])).map(
        lambda parts: [word for part in parts for word in part]
    )
)
def test_parsing_for_the_command_found_first_parses_as_the_whole_grammar(argv: list[str]) -> None:
    """`main` builds the options of the one command `command_in` finds; argparse, given every
    command's options, reads any arguments the same way."""
    selected = command_in(argv)
    assert _outcome(build_parser(() if selected is None else (selected,)), argv) == _outcome(
        build_parser(), argv
    )

"""`export` never harms what is already there: an empty path is refused, a folder that holds files
needs ``overwrite=True`` (and then only the data package's files change), a symbolic link is
replaced and never written through, and a failure at any point (a full disk, a folder in the way,
a move that fails) leaves the folder exactly as it was, with an error naming the file."""

from __future__ import annotations

import errno
import functools
import os
import resource
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations.export import PACKAGE_FILES, FolderNotEmptyError, _place
from az_tr_relations.tables import TABLES

DS = azt.load("1.0.0")
CSV = ("csv",)


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under `folder` (links not followed): a file's bytes, a link's target, "dir"."""
    found: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = ("link", os.readlink(path))
        elif path.is_dir():
            found[name] = "dir"
        else:
            found[name] = path.read_bytes()
    return found


@functools.cache
def fresh() -> dict[str, object]:
    """What a CSV export of `DS` into a new folder holds."""
    with tempfile.TemporaryDirectory() as folder:
        azt.export(DS, Path(folder) / "fresh", formats=CSV)
        return snapshot(Path(folder) / "fresh")


@pytest.mark.parametrize("blank", ["", " ", "\t\n"])
def test_an_empty_path_is_refused_and_the_working_folder_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "visits.csv").write_text("my own table\n", encoding="utf-8")
    with pytest.raises(ValueError, match="directory: the path is empty; give the folder to write to"):
        azt.export(DS, blank, formats=CSV)
    assert snapshot(tmp_path) == {"visits.csv": b"my own table\n"}


def test_a_folder_that_holds_files_needs_overwrite(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FolderNotEmptyError, match=r"is not empty; pass overwrite=True") as caught:
        azt.export(DS, tmp_path, formats=CSV)
    assert isinstance(caught.value, FileExistsError) and caught.value.errno == errno.EEXIST
    assert snapshot(tmp_path) == {"notes.txt": b"mine"}


def test_overwrite_replaces_the_package_files_and_no_other(tmp_path: Path) -> None:
    expected = fresh()
    folder = tmp_path / "out"
    azt.export(DS, folder, formats=("csv", "json"))
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "visits.csv").write_text("stale", encoding="utf-8")
    (folder / "visits.parquet").write_bytes(b"an earlier export's file")
    (folder / "mine").mkdir()
    (folder / "mine" / "visits.csv").write_text("mine too", encoding="utf-8")
    paths = azt.export(DS, folder, formats=CSV, overwrite=True)
    assert [p.name for p in paths] == [f"{t}.csv" for t in TABLES] + ["datapackage.json"]
    assert snapshot(folder) == expected | {
        "notes.txt": b"mine",
        "mine": "dir",
        "mine/visits.csv": b"mine too",
    }


def test_an_empty_folder_is_written_into_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir(mode=0o750)
    azt.export(DS, folder, formats=CSV)
    assert snapshot(folder) == fresh()
    assert folder.stat().st_mode & 0o777 == 0o750  # the same folder, not a new one in its place


@pytest.mark.parametrize("name", ["visits.csv", "datapackage.json", "visits.parquet"])
def test_a_planted_link_is_replaced_never_followed(tmp_path: Path, name: str) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("precious", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / name).symlink_to(outside)
    (folder / "dangling.json").symlink_to(tmp_path / "nowhere")
    azt.export(DS, folder, formats=CSV, overwrite=True)
    assert outside.read_text(encoding="utf-8") == "precious"
    expected = fresh() | {"dangling.json": ("link", str(tmp_path / "nowhere"))}
    assert snapshot(folder) == expected  # the link is gone; visits.csv is a file of its own


def test_a_folder_where_a_file_goes_leaves_everything_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    azt.export(DS, folder, formats=CSV)
    (folder / "visits.json").mkdir()
    (folder / "visits.json" / "keep.txt").write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(IsADirectoryError) as caught:
        azt.export(DS, folder, formats=("json",), overwrite=True)
    assert caught.value.filename == str(folder / "visits.json")
    assert "a folder is where a file of the package goes" in str(caught.value)
    assert snapshot(tmp_path) == before  # no staging folder left beside it either


def _failing_on(call: int, error: int = errno.ENOSPC) -> Callable[[Path, bytes], None]:
    """A `write_file` that fails like a full disk on its `call`-th file."""
    calls = []

    def write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == call:
            raise OSError(error, os.strerror(error))
        with open(path, "xb") as file:
            file.write(data)

    return write


@pytest.mark.parametrize("existing", [False, True])
def test_a_full_disk_leaves_the_folder_as_it_was_and_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    folder = tmp_path / "new" / "out"
    if existing:
        azt.export(DS, folder, formats=("json",))
    before = snapshot(tmp_path)
    monkeypatch.setattr(_place, "write_file", _failing_on(5))
    with pytest.raises(OSError) as caught:
        azt.export(DS, folder, formats=CSV, overwrite=True)
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(folder / f"{TABLES[4]}.csv")  # in the folder, not in staging
    assert "cannot write: No space left on device" in str(caught.value)
    assert snapshot(tmp_path) == before  # "new" too is gone again when it was made for the export


def _replace_failing(calls: set[int], error: BaseException) -> Callable[[str, str], None]:
    """An `os.replace` that raises `error` on the calls numbered in `calls` (from 1)."""
    real = os.replace
    count = [0]

    def replace(source: str, target: str) -> None:
        count[0] += 1
        if count[0] in calls:
            raise error
        real(source, target)

    return replace


@pytest.mark.parametrize("error", [OSError(errno.EIO, os.strerror(errno.EIO)), KeyboardInterrupt()])
def test_a_failed_move_puts_every_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    folder = tmp_path / "out"
    azt.export(DS, folder, formats=CSV)
    before = snapshot(tmp_path)
    monkeypatch.setattr(_place.os, "replace", _replace_failing({7}, error))  # some out, some in
    with pytest.raises(type(error)):
        azt.export(DS, folder, formats=CSV, overwrite=True)
    monkeypatch.undo()
    assert snapshot(tmp_path) == before


def test_files_that_cannot_be_put_back_are_kept_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    azt.export(DS, folder, formats=CSV)
    (folder / "sources.csv").write_text("my edit", encoding="utf-8")
    monkeypatch.setattr(_place.os, "replace", _replace_failing({5, 6}, OSError(errno.EIO, "I/O error")))
    with pytest.raises(OSError, match=r"cannot put the replaced files back; they are in .*\.replaced"):
        azt.export(DS, folder, formats=CSV, overwrite=True)
    monkeypatch.undo()
    [kept] = tmp_path.glob(".out.*.partial/.replaced/sources.csv")
    assert kept.read_text(encoding="utf-8") == "my edit"  # nothing of the user's is ever deleted


def test_a_parent_that_takes_no_staging_folder_stages_inside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    real = os.mkdir

    def mkdir(path: str, *args: object) -> None:
        if Path(path).parent == tmp_path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(_place.os, "mkdir", mkdir)
    azt.export(DS, folder, formats=CSV)
    monkeypatch.undo()
    assert snapshot(folder) == fresh()


def test_a_real_full_disk_from_the_command_line(tmp_path: Path) -> None:
    """The command line under a file size limit (writing past it fails as a full disk does):
    one error line naming the file, status 3, and the folder as it was."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    result = subprocess.run(
        [sys.executable, "-m", "az_tr_relations", "export", str(folder), "--overwrite"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        preexec_fn=limit,
    )
    assert result.returncode == 3, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"az-tr-relations: error: {folder}/") and "cannot write: File too large" in line
    assert snapshot(tmp_path) == {"out": "dir", "out/notes.txt": b"mine"}


# Any folder, anything in it ------------------------------------------------------------------

names = st.sampled_from([*PACKAGE_FILES[:3], "visits.csv", "datapackage.json", "notes.txt", "x"])
entries = st.dictionaries(names, st.sampled_from(["file", "dir", "link out", "dangling link"]), max_size=5)


@settings(max_examples=100)  # each example writes a package: a hundred keep the suite quick
@given(entries=entries, overwrite=st.booleans(), formats=st.sampled_from([CSV, ("json",), ("csv", "json")]))
def test_any_folder_gets_the_package_or_stays_as_it_was(
    tmp_path_factory: pytest.TempPathFactory,
    entries: dict[str, str],
    overwrite: bool,
    formats: tuple[str, ...],
) -> None:
    root = tmp_path_factory.mktemp("any")
    outside = root / "outside.txt"
    outside.write_text("precious", encoding="utf-8")
    folder = root / "out"
    folder.mkdir()
    for name, kind in entries.items():
        if kind == "file":
            (folder / name).write_text("mine", encoding="utf-8")
        elif kind == "dir":
            (folder / name).mkdir()
        else:
            (folder / name).symlink_to(outside if kind == "link out" else root / "nowhere")
    before = snapshot(root)
    wanted = {f"{table}.{form}" for form in formats for table in TABLES} | {"datapackage.json"}
    in_the_way = any(kind == "dir" and name in wanted for name, kind in entries.items())
    if (entries and not overwrite) or in_the_way:
        with pytest.raises(OSError):
            azt.export(DS, folder, formats=formats, overwrite=overwrite)
        assert snapshot(root) == before
        return
    paths = azt.export(DS, folder, formats=formats, overwrite=overwrite)
    inside, after = snapshot(folder), snapshot(root)
    assert {path.name for path in paths} == wanted
    assert outside.read_text(encoding="utf-8") == "precious"
    assert set(after) == {"out", "outside.txt"} | {f"out/{name}" for name in inside}  # nothing left beside
    for name, kind in entries.items():  # what is not the package's stays as it was
        if name not in PACKAGE_FILES or kind == "dir":
            assert inside[name] == before[f"out/{name}"], name
    for name in PACKAGE_FILES:  # the package's files are exactly this export's, as files
        if entries.get(name) != "dir":
            assert (name in inside) == (name in wanted), name
    assert all(isinstance(inside[name], bytes) for name in wanted)


@settings(max_examples=100)
@given(name=st.text(st.characters(exclude_characters="/"), min_size=1, max_size=12))
def test_any_folder_name_gets_the_package_or_a_clear_error(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    root = tmp_path_factory.mktemp("names")
    (root / "notes.txt").write_text("mine", encoding="utf-8")
    try:
        azt.export(DS, root / name, formats=CSV)
    except (OSError, ValueError) as error:  # "..": not empty; a NUL: no such name; too long...
        assert str(error)
        assert snapshot(root) == {"notes.txt": b"mine"}
    else:
        assert snapshot(root / name) == fresh()

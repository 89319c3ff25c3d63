"""Hostile data folders: `load_folder` and `validate` never hang, never exhaust memory and never
raise anything but a `DataError` (validate: never anything), whatever stands where a file should:
a pipe, a device, a socket, a folder, a huge file, a symlink to any of them."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations import _files

DATA = Path(str(resources.files("az_tr_relations").joinpath("data")))
posix = pytest.mark.skipif(sys.platform == "win32", reason="pipes, sockets and /dev are POSIX")


def _copy(tmp_path: Path, name: str = "1.0.0") -> Path:
    target = tmp_path / name
    shutil.copytree(DATA / "1.0.0", target)
    return target


def _within(seconds: float, call: Callable[[], object]) -> object:
    """`call()`'s result, failing the test if it does not return in time (a hang)."""
    found: list[object] = []
    thread = threading.Thread(target=lambda: found.append(call()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: it blocks"
    return found[0]


def _refused(folder: Path) -> tuple[str, ...]:
    def load() -> tuple[str, ...]:
        with pytest.raises(azt.DataError) as caught:
            azt.load_folder(folder)
        return caught.value.problems

    problems = _within(10, load)
    report = _within(10, lambda: azt.validate(folder)[0])
    assert isinstance(problems, tuple) and report.problems == problems  # type: ignore[attr-defined]
    return problems


# Each hostile thing, put where a data file or the manifest should be -------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _dev_null(path: Path) -> None:
    path.symlink_to("/dev/null")


def _folder(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))  # the socket file stays after the listener is closed


def _dangling(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere.json")


HOSTILE = {
    "a named pipe (FIFO)": (_fifo, "not a regular file"),
    "a symlink to /dev/zero": (_dev_zero, "not a regular file"),
    "a symlink to /dev/null": (_dev_null, "not a regular file"),
    "a folder": (_folder, "Is a directory"),
    "a socket": (_socket, "cannot be read"),
    "a dangling symlink": (_dangling, "file missing"),
}


@posix
@pytest.mark.parametrize("name", ["visits.json", "manifest.json"])
@pytest.mark.parametrize("thing", sorted(HOSTILE))
def test_a_hostile_file_is_refused_without_blocking(tmp_path: Path, thing: str, name: str) -> None:
    folder = _copy(tmp_path)
    (folder / name).unlink()
    make, problem = HOSTILE[thing]
    make(folder / name)
    problems = _refused(folder)
    assert any(p.startswith(f"{name}: ") and problem in p for p in problems), problems


@posix
def test_an_oversized_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy(tmp_path)
    monkeypatch.setattr(_files, "MAX_FILE_BYTES", 1000)  # the limit, made small for the test
    problems = _refused(folder)
    assert any(p.startswith("visits.json: larger than 1,000 bytes; refused unread") for p in problems), (
        problems
    )
    with (folder / "manifest.json").open("ab") as grown:
        grown.truncate(_files.MAX_MANIFEST_BYTES + 1)  # a sparse file: no disk used
    assert _refused(folder) == (
        f"manifest.json: larger than {_files.MAX_MANIFEST_BYTES:,} bytes; refused unread",
    )


@posix
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["manifest.json", *(f"{n}.json" for n in azt.COLLECTIONS)]),
    thing=st.sampled_from(sorted(HOSTILE)),
)
def test_any_file_of_a_folder_may_be_hostile(tmp_path: Path, name: str, thing: str) -> None:
    folder = _copy(tmp_path, f"case-{len(list(tmp_path.iterdir()))}")
    if (folder / name).exists():
        (folder / name).unlink()
    HOSTILE[thing][0](folder / name)
    problems = _refused(folder)
    assert problems and all("\n" not in p for p in problems)

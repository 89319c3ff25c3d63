"""The command line, run as users run it: the installed console script and ``python -m``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig

import pytest

import az_tr_relations as azt

# The console script installed beside this interpreter (the venv need not be activated).
SCRIPT = shutil.which("az-tr-relations", path=sysconfig.get_path("scripts"))


def run(*args: str, module: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "az_tr_relations"] if module or SCRIPT is None else [SCRIPT]
    return subprocess.run([*command, *args], capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_console_script_is_installed() -> None:
    assert SCRIPT is not None, "az-tr-relations is not installed beside this Python: is the package installed?"


@pytest.mark.parametrize("module", [False, True])
def test_summary_is_the_default(module: bool) -> None:
    result = run(module=module)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"data version {azt.LATEST}" in out
    assert "Timeline" in out and "1918-05-28" in out and "Shusha Declaration" in out
    assert run("summary").stdout == out


def test_timeline_prints_dates_at_their_precision() -> None:
    result = run("--data-version", "1.0.0", "timeline")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(azt.load("1.0.0").timeline())
    assert any(line.split()[0] == "1992-08" for line in lines)
    assert any(line.startswith("  1991 *") for line in lines)


def test_versions() -> None:
    assert run("versions").stdout.split() == list(azt.versions())


def test_unknown_version_is_one_line_and_status_2() -> None:
    result = run("--data-version", "0.1.0")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"az-tr-relations: error: unknown data version '0.1.0'; available: {', '.join(azt.versions())}"
    ]
    assert "Traceback" not in result.stderr


def test_version_flag() -> None:
    assert run("--version").stdout.strip() == f"az-tr-relations {azt.__version__}"

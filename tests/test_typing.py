"""Typing is tested, not hoped for: mypy --strict passes on the package and on typical use, and
catches typical misuse."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

HERE = Path(__file__).parent
ROOT = HERE.parent


def _mypy(*targets: Path) -> tuple[str, int]:
    out, err, status = mypy_api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache"), *map(str, targets)]
    )
    return out + err, status


def test_package_and_typical_use_pass_mypy_strict() -> None:
    out, status = _mypy(ROOT / "src" / "az_tr_relations", HERE / "typing" / "usage.py")
    assert status == 0, out


def test_misuse_is_caught() -> None:
    misuse = HERE / "typing" / "misuse.py"
    out, status = _mypy(misuse)
    expected = {n for n, line in enumerate(misuse.read_text().splitlines(), 1) if "# E:" in line}
    flagged = {
        int(line.split(":")[1])
        for line in out.splitlines()
        if line.split(":")[0].endswith("misuse.py") and ": error:" in line
    }
    assert status == 1 and expected <= flagged, out

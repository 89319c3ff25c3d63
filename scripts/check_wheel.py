"""Check a built wheel (and sdist) the way a user gets the package: installed, not editable.

Run it with the python of a clean virtual environment that has the wheel installed, from a
directory outside the source tree, so that only the installed package can be imported::

    python -m venv /tmp/w && /tmp/w/bin/pip install dist/az_tr_relations-*.whl
    cd /tmp && /tmp/w/bin/python /path/to/repo/scripts/check_wheel.py /path/to/repo/dist

It checks that the wheel holds every data version folder of the source tree with each file
its manifest lists, the explorer's assets and vendored library, ``py.typed`` and no tests or
bytecode; that the sdist holds the sources, tests and data; and that the installed package loads
and validates every data version and writes the explorer page.
Exits 1 with the list of what is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

_VERSION = re.compile(r"\d+\.\d+\.\d+")


def check_wheel(wheel: Path, versions: list[str]) -> list[str]:
    """What is wrong with the contents of `wheel`, given the data versions it must ship."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        manifests = {
            version: json.loads(archive.read(f"az_tr_relations/data/{version}/manifest.json"))
            for version in versions
            if f"az_tr_relations/data/{version}/manifest.json" in names
        }
    problems = [f"{wheel.name}: data version {v} is missing" for v in versions if v not in manifests]
    for version, manifest in manifests.items():
        problems += [
            f"{wheel.name}: data version {version} lacks {file}"
            for file in manifest["files"]
            if f"az_tr_relations/data/{version}/{file}" not in names
        ]
    shipped = {
        name.split("/")[2]
        for name in names
        if name.startswith("az_tr_relations/data/") and name.count("/") > 2
    }
    problems += [f"{wheel.name}: unexpected data folder {v}" for v in sorted(shipped - set(versions))]
    explorer = "az_tr_relations/explore/"
    problems += [
        f"{wheel.name}: the explorer's {name} is missing"
        for name in (
            "assets/page.html",
            "assets/explorer.js",
            "assets/explorer.css",
            "vendor/vis-timeline/vis-timeline-graph2d.min.js",
            "vendor/vis-timeline/VENDOR.json",
            "vendor/vis-timeline/LICENSE.md",
            "vendor/vis-timeline/THIRD-PARTY-LICENSES.txt",
        )
        if explorer + name not in names
    ]
    if "az_tr_relations/py.typed" not in names:
        problems.append(f"{wheel.name}: py.typed is missing (the package would not be seen as typed)")
    problems += [
        f"{wheel.name}: should not contain {name}"
        for name in sorted(names)
        if name.startswith(("tests/", "az_tr_relations/tests/"))
        or "__pycache__" in name
        or name.endswith(".pyc")
    ]
    return problems


def check_sdist(sdist: Path, versions: list[str]) -> list[str]:
    """What is wrong with the contents of `sdist`."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = [
        "pyproject.toml",
        "README.md",
        "src/az_tr_relations/__init__.py",
        "src/az_tr_relations/py.typed",
    ]
    wanted += ["tests/conftest.py", *(f"src/az_tr_relations/data/{v}/manifest.json" for v in versions)]
    return [f"{sdist.name}: {name} is missing" for name in wanted if name not in names]


def check_installed(source: Path) -> list[str]:
    """Load and validate every data version with the installed package (never the source tree)."""
    import az_tr_relations as azt

    where = Path(azt.__file__).resolve()
    problems = []
    if source.resolve() in where.parents or Path(sys.prefix).resolve() not in where.parents:
        problems.append(f"az_tr_relations was imported from {where}, not from the installed wheel")
    for version in azt.versions():
        ds = azt.load(version)
        if ds.version != version or len(ds) == 0:
            problems.append(f"data version {version} loaded as {ds!r}")
    problems += [str(report) for report in azt.validate() if not report.ok]
    with tempfile.TemporaryDirectory() as folder:
        page = azt.explore(azt.load(), folder).read_text(encoding="utf-8")
        if 'id="explorer-data"' not in page or "vis.Timeline" not in page:
            problems.append("the explorer page written by the installed package lacks its data or library")
    validate = subprocess.run(
        [sys.executable, "-m", "az_tr_relations.validate"], capture_output=True, text=True, check=False
    )
    if validate.returncode != 0 or validate.stderr:
        problems.append(f"python -m az_tr_relations.validate failed: {validate.stdout}{validate.stderr}")
    print(f"installed az_tr_relations {azt.__version__} from {where.parent}")
    print(validate.stdout, end="")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dist", type=Path, help="folder holding the built wheel and sdist")
    parser.add_argument(
        "--source", type=Path, default=Path(__file__).resolve().parents[1], help="source tree"
    )
    args = parser.parse_args()
    data = args.source / "src" / "az_tr_relations" / "data"
    versions = sorted(
        (p.name for p in data.iterdir() if p.is_dir() and _VERSION.fullmatch(p.name)),
        key=lambda v: tuple(map(int, v.split("."))),
    )
    wheels, sdists = sorted(args.dist.glob("*.whl")), sorted(args.dist.glob("*.tar.gz"))
    problems = (
        [] if len(wheels) == 1 and len(sdists) == 1 else [f"{args.dist}: expected one wheel and one sdist"]
    )
    for wheel in wheels:
        problems += check_wheel(wheel, versions)
    for sdist in sdists:
        problems += check_sdist(sdist, versions)
    problems += check_installed(args.source)
    for problem in problems:
        print(f"check_wheel: {problem}", file=sys.stderr)
    if not problems:
        print(
            f"check_wheel: ok: {', '.join(w.name for w in wheels + sdists)}; data versions {', '.join(versions)}"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

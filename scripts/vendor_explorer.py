"""Fetch the explorer's timeline library from npm at a pinned version and vendor it in the package.

    python scripts/vendor_explorer.py            # needs node and npm; writes the files below

The explorer (`az_tr_relations.explore`) inlines vis-timeline's standalone UMD build and its
style sheet into every page it writes, so the page needs no network. This script installs
vis-timeline at `VERSION` together with the libraries its standalone build bundles (its peer
dependencies, at the versions its own build pins in ``devDependencies``) into a temporary folder
with ``npm install --ignore-scripts``, then copies into `TARGET`:

- ``vis-timeline-graph2d.min.js``, byte for byte (the standalone build injects its own styles);
- vis-timeline's licence files (Apache-2.0 OR MIT);
- ``THIRD-PARTY-LICENSES.txt``: the licence of every library bundled in the standalone build;
- ``VENDOR.json``: package, version, npm integrity, bundled versions and the SHA-256 of each file
  (tests/test_explore.py checks the files against it).

Never a CDN: npm's registry through npm itself, which checks the tarball's integrity.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = "vis-timeline"
VERSION = "8.5.4"
"""The pinned vis-timeline release; change it here and run the script to upgrade."""

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "az_tr_relations" / "explore" / "vendor" / PACKAGE
BUILD = {"standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline-graph2d.min.js"}
"""File in the npm package -> its name in `TARGET`."""
LICENCES = ("LICENSE.md", "LICENSE.Apache-2.0.txt", "LICENSE.MIT.txt")
_LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENSE-MIT", "license", "license.md")


def _npm(*args: str, cwd: Path) -> str:
    done = subprocess.run(["npm", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout


def _bundled(package: dict[str, object]) -> dict[str, str]:
    """The peer dependencies the standalone build bundles, at the versions its build pins."""
    peers = package.get("peerDependencies") or {}
    pinned = package.get("devDependencies") or {}
    assert isinstance(peers, dict) and isinstance(pinned, dict)
    missing = sorted(name for name in peers if name not in pinned)
    if missing:
        sys.exit(f"{PACKAGE} {VERSION}: no pinned build version for the peers {', '.join(missing)}")
    return {name: str(pinned[name]) for name in sorted(peers)}


def _runtime_closure(modules: Path, names: list[str]) -> list[Path]:
    """The installed folders of `names` and of everything they depend on at run time."""
    seen: dict[str, Path] = {}
    waiting = list(names)
    while waiting:
        name = waiting.pop()
        if name in seen:
            continue
        folder = modules / name
        seen[name] = folder
        manifest = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        waiting += list(manifest.get("dependencies") or {})
    return [seen[name] for name in sorted(seen)]


def _licence_text(folder: Path) -> str:
    manifest = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    header = f"{manifest['name']} {manifest['version']}, licence: {manifest.get('license', 'see below')}"
    for name in _LICENCE_NAMES:
        if (folder / name).is_file():
            return f"{header}\n{'=' * len(header)}\n\n{(folder / name).read_text(encoding='utf-8').strip()}\n"
    sys.exit(f"{header}: no licence file found in {folder}")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    if shutil.which("npm") is None:
        sys.exit("npm is not installed; install node and npm (apt-get install -y npm)")
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        (work / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        _npm("install", "--ignore-scripts", "--no-audit", "--no-fund", f"{PACKAGE}@{VERSION}", cwd=work)
        modules = work / "node_modules"
        package = json.loads((modules / PACKAGE / "package.json").read_text(encoding="utf-8"))
        bundled = _bundled(package)
        _npm(
            "install",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            *(f"{name}@{version}" for name, version in bundled.items()),
            cwd=work,
        )
        integrity = _npm("view", f"{PACKAGE}@{VERSION}", "dist.integrity", cwd=work).strip()
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.mkdir(parents=True)
        for source, name in BUILD.items():
            shutil.copyfile(modules / PACKAGE / source, TARGET / name)
        for name in LICENCES:
            shutil.copyfile(modules / PACKAGE / name, TARGET / name)
        third_party = [_licence_text(folder) for folder in _runtime_closure(modules, list(bundled))]
        (TARGET / "THIRD-PARTY-LICENSES.txt").write_text(
            f"Libraries bundled in the standalone build of {PACKAGE} {VERSION}, with their licences.\n\n"
            + "\n\n".join(third_party),
            encoding="utf-8",
        )
    files = {path.name: _sha256(path) for path in sorted(TARGET.iterdir()) if path.name != "VENDOR.json"}
    record = {
        "package": PACKAGE,
        "version": VERSION,
        "licence": "Apache-2.0 OR MIT",
        "integrity": integrity,
        "fetched_with": "scripts/vendor_explorer.py (npm install from the npm registry)",
        "bundled": bundled,
        "files": files,
    }
    (TARGET / "VENDOR.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"vendored {PACKAGE} {VERSION} into {TARGET.relative_to(ROOT)}: {', '.join(files)}")


if __name__ == "__main__":
    main()

"""Seal a data folder being prepared for release: canonical JSON, sorted by id, and a manifest
with the SHA-256 of every file.

    python scripts/seal.py src/az_tr_relations/data/1.1.0 --released 2026-12-01 --as-of 2022-10 \
        --changes "What changed, for the release notes."

Never run it on a released version: those folders are immutable (a test pins their hashes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from az_tr_relations._converter import CONVERTER
from az_tr_relations._json import canonical_json
from az_tr_relations.dataset import COLLECTIONS


def seal(folder: Path, released: str, as_of: str, changes: str) -> None:
    files = {}
    for name, kind in COLLECTIONS.items():
        path = folder / f"{name}.json"
        records = CONVERTER.structure(json.loads(path.read_text(encoding="utf-8")), list[kind])
        records.sort(key=lambda record: record.id)
        text = canonical_json(CONVERTER.unstructure(records, list[kind]))
        path.write_text(text, encoding="utf-8")
        files[path.name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    manifest = {
        "version": folder.name,
        "released": released,
        "as_of": as_of,
        "changes": changes,
        "files": files,
    }
    (folder / "manifest.json").write_text(canonical_json(manifest), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--released", required=True, help="release date, YYYY-MM-DD")
    parser.add_argument("--as-of", required=True, help="date up to which the facts are current")
    parser.add_argument("--changes", required=True, help="summary of the changes in this version")
    args = parser.parse_args()
    seal(args.folder, args.released, args.as_of, args.changes)


if __name__ == "__main__":
    main()

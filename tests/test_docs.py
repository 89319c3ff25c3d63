"""The data pages in docs/ agree with the data they describe."""

from __future__ import annotations

import re
from pathlib import Path

import az_tr_relations as azt

DOCS = Path(__file__).parent.parent / "docs"


def _table(text: str, marker: str) -> list[list[str]]:
    block = text.split(f"<!-- {marker}:", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in block.splitlines() if line.startswith("|")][2:]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def test_record_counts_match_the_data() -> None:
    for version in azt.versions():
        page = DOCS / f"data-{version}.md"
        assert page.exists(), f"{page.name} is missing: every data version has a page"
        counts = {name: int(count) for name, count in _table(page.read_text(encoding="utf-8"), "counts")}
        assert counts == azt.load(version).counts()


def test_inferred_table_matches_the_data() -> None:
    ds = azt.load("1.0.0")
    expected: dict[str, set[str]] = {}
    for name in azt.COLLECTIONS:
        for record in ds.collection(name):
            for citation in getattr(record, "citations", ()):
                if citation.inferred:
                    expected.setdefault(record.id, set()).update(citation.fields or {"(whole record)"})
    documented: dict[str, set[str]] = {}
    for records, fields, _ in _table((DOCS / "data-1.0.0.md").read_text(encoding="utf-8"), "inferred"):
        for record_id in re.findall(r"`([^`]+)`", records):
            documented.setdefault(record_id, set()).update(f.strip() for f in fields.split(","))
    assert documented == expected


def test_the_changelog_holds_the_generated_notes_of_each_data_release() -> None:
    import sys

    sys.path.insert(0, str(DOCS.parent / "scripts"))
    from release_notes import section

    changelog = (DOCS.parent / "CHANGELOG.md").read_text(encoding="utf-8")
    for old, new in zip(azt.versions()[1:-1], azt.versions()[2:], strict=True):  # generated from 1.2.0 on
        assert section(old, new) in changelog, f"run: python scripts/release_notes.py {old} {new}"

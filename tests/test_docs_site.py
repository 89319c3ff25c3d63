"""The documentation site: generated pages cover the code and the data, and the site is complete.

The site itself is built by scripts/build_docs.sh (`mkdocs build --strict`, the docs extra);
these tests need only the package, so they run with the test extra.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import attrs
import dictionary
import pytest
from dictionary import coverage, data_dictionary, record_types

import az_tr_relations as azt

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"


def _hooks() -> ModuleType:
    """docs/hooks.py, the MkDocs hook (it imports only the package)."""
    spec = importlib.util.spec_from_file_location("az_tr_docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _section(text: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same or a higher level."""
    level = heading.split(" ", 1)[0]
    start = text.index(heading + "\n")
    rest = text[start + len(heading) + 1 :]
    end = re.search(rf"^#{{1,{len(level)}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def _rows(text: str) -> dict[str, list[str]]:
    """Table rows keyed by their first cell (backticks stripped)."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            rows[cells[0].strip("`")] = cells
    return rows


def test_the_dictionary_documents_every_record_type_the_tests_know() -> None:
    expected = [*azt.COLLECTIONS.values(), azt.Citation, azt.Office, azt.Ratification]
    assert list(record_types()) == expected


@pytest.mark.parametrize("cls", record_types(), ids=lambda cls: cls.__name__)
def test_the_dictionary_covers_every_field(cls: type) -> None:
    section = _section(data_dictionary(), f"## {cls.__name__}")
    rows = _rows(section)
    fields = attrs.fields(cls)
    assert list(rows) == [field.name for field in fields], (
        f"{cls.__name__}: the dictionary lists other fields"
    )
    for field in fields:
        _, kind, required, meaning, example = rows[field.name]
        assert kind.startswith("`"), f"{cls.__name__}.{field.name}: no type"
        if field.default is attrs.NOTHING:
            assert required == "required"
        else:
            assert required.startswith("optional, default ")
        assert meaning.startswith(" ".join(str(field.metadata["doc"]).split()).replace("|", "\\|"))
        assert example.startswith("`"), f"{cls.__name__}.{field.name}: no example"
        if field.metadata.get("ref"):
            assert "References" in meaning


def test_a_field_without_documentation_stops_the_dictionary() -> None:

    @attrs.frozen(kw_only=True)
    class Undocumented:
        """A record type someone forgot to document."""

        id: str = attrs.field(metadata={"doc": "Stable identifier.", "example": "x"})
        colour: str = attrs.field(default="red")

    with pytest.raises(ValueError, match="Undocumented: fields without metadata doc and example: colour"):
        dictionary._record_section(Undocumented)


def test_the_dictionary_lists_every_vocabulary_value() -> None:
    text = data_dictionary()
    for kind in (azt.MissionKind, azt.VisitKind, azt.Role, azt.EventKind, azt.CountQualifier):
        section = _section(text, f"### {kind.__name__}")
        assert all(f"`{member.value}`" in section for member in kind)


@pytest.mark.parametrize("version", azt.versions())
def test_coverage_lists_counts_and_every_source(version: str) -> None:
    ds = azt.load(version)
    text = coverage(version)
    counts = _rows(_section(text, f"### Records in {version}"))
    assert {name: int(cells[2]) for name, cells in counts.items()} == ds.counts()
    sources = _rows(_section(text, f"### Sources of {version}"))
    assert list(sources) == [source.id for source in ds.sources]
    for source in ds.sources:
        _, title, publisher, url, published = sources[source.id]
        assert title == source.title.replace("|", "\\|") and publisher == source.publisher.replace("|", "\\|")
        assert url == (f"<{source.url}>" if source.url else "—")
        assert published == (str(source.published) if source.published else "—")
    assert azt.content_hash(ds) in text


def test_the_api_page_lists_every_public_name() -> None:
    api = _hooks().api_markdown()
    blocks = re.findall(r"^::: az_tr_relations\.(\S+)$", api, re.MULTILINE)
    assert sorted(blocks) == sorted(azt.__all__)


def test_every_marker_in_the_docs_is_generated() -> None:
    hooks = _hooks()
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        expanded = hooks.expand(text)
        assert "<!-- generated:" not in expanded, page.name
    for page, marker in [
        ("data-dictionary.md", "data-dictionary"),
        ("coverage.md", "coverage"),
        ("api.md", "api"),
    ]:
        assert f"<!-- generated: {marker} -->" in (DOCS / page).read_text(encoding="utf-8")


def test_the_navigation_lists_every_page() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    listed = re.findall(r":\s*(\S+\.md)\s*$", nav, re.MULTILINE)
    assert len(listed) == len(set(listed)), "a page is listed twice in mkdocs.yml nav"
    pages = sorted(page.name for page in DOCS.glob("*.md"))
    assert sorted(listed) == pages, "mkdocs.yml nav and the pages in docs/ differ"
    assert "hooks:\n  - docs/hooks.py" in config and "strict: true" in config


def test_every_data_version_has_a_page_linked_from_coverage() -> None:
    text = _hooks().coverage_markdown()
    for version in azt.versions():
        assert (DOCS / f"data-{version}.md").exists()
        assert f"](data-{version}.md)" in text


def test_the_changelog_page_includes_the_changelog_without_copying_it() -> None:
    page = (DOCS / "changelog.md").read_text(encoding="utf-8")
    assert page.strip() == '--8<-- "CHANGELOG.md"'


def test_the_docs_extra_and_the_build_script() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    extra = pyproject.split("\ndocs = [", 1)[1].split("]\n", 1)[0]
    for package in ("mkdocs", "mkdocs-material", "mkdocstrings[python]"):
        assert f'"{package}' in extra
    script = (ROOT / "scripts" / "build_docs.sh").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script and "mkdocs build --strict" in script


def test_doctest_examples_are_fenced_for_the_api_reference() -> None:
    pytest.importorskip("griffe")
    spec = importlib.util.spec_from_file_location(
        "az_tr_docs_griffe", ROOT / "scripts" / "griffe_doctests.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Intro.\n>>> 1 + 1  # doctest: +SKIP\n2\n\nAfter.\n\n```\n>>> kept\n```"
    fenced = module.fence_doctests(text)
    assert fenced == "Intro.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nAfter.\n\n```\n>>> kept\n```"
    assert module.fence_doctests(fenced) == fenced

"""The documentation site: generated pages cover the code and the data, and the site is complete.

The site itself is built by scripts/build_docs.sh (`mkdocs build --strict`, the docs extra);
most of these tests need only the package; those of the built site build it (the docs extra,
which the test extra includes).
"""

from __future__ import annotations

import contextlib
import functools
import html.parser
import http.server
import importlib.util
import json
import os
import pkgutil
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import attrs
import dictionary
import pytest
from dictionary import coverage, data_dictionary, record_types

import az_tr_relations as azt
from az_tr_relations.citing import schema_org

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
    api = _hooks().api_markdown().split("\n## Modules\n", 1)[0]  # then the modules, tested below
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
    for package in ("mkdocs", "mkdocs-material", "mkdocstrings[python]", "mkdocs-jupyter"):
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


# The API reference covers every public module and the Dataset's attributes -----------------------


def test_the_api_page_covers_every_public_module() -> None:
    hooks = _hooks()
    found = {
        module.name
        for module in pkgutil.walk_packages(azt.__path__, "az_tr_relations.")
        if not any(part.startswith("_") for part in module.name.split("."))
    }
    commands = {name for name in found if name.startswith("az_tr_relations.cli.commands")}
    assert commands and set(hooks.public_modules()) == found - commands  # commands: docs/cli.md
    api = hooks.api_markdown()
    blocks = re.findall(r"^::: (az_tr_relations\.\S+)$", api, re.MULTILINE)
    for name in ("tables", "schema", "checks", "render.text", "export", "plot", "diff", "validate"):
        assert f"az_tr_relations.{name}" in blocks


def test_the_api_page_lists_every_dataset_attribute() -> None:
    table = _hooks().dataset_attributes()
    rows = _rows(table)
    fields = [field for field in attrs.fields(azt.Dataset) if field.init]
    assert list(rows) == [field.name for field in fields]
    assert {"mission_heads", "corrections", "version", "as_of"} <= set(rows)
    for name, kind in azt.COLLECTIONS.items():
        assert f"[`{kind.__name__}`][az_tr_relations.{kind.__name__}]" in rows[name][1]


def test_the_guide_lists_every_collection() -> None:
    guide = (DOCS / "index.md").read_text(encoding="utf-8")
    rows = _rows(guide)
    assert [name.removeprefix("ds.") for name in rows if name.startswith("ds.")] == list(azt.COLLECTIONS)
    assert "heads_of_mission(" in guide


def test_the_notebook_is_a_page_of_the_site() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert ": example.ipynb\n" in config.split("\nnav:\n", 1)[1]
    plugin = config.split("  - mkdocs-jupyter:\n", 1)[1].split("\n  - ", 1)[0]
    assert "include_source: false" in plugin and "cache: false" in plugin and "execute:" in plugin


# The built site (the docs extra): the notebook rendered, the 404 page, the JSON-LD --------------

SUB_PATH = "/az-tr-relations/"


def _build(folder: Path, site_url: str | None) -> Path:
    """The site built into `folder` as scripts/build_docs.sh builds it (strict), with `site_url`,
    without running the notebook (tests/test_notebook.py runs it)."""
    pytest.importorskip("mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MPLBACKEND": "Agg", "DOCS_EXECUTE_NOTEBOOK": "false"}
    env.pop("SITE_URL", None)
    if site_url is not None:
        env["SITE_URL"] = site_url
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built for publishing under a sub-path."""
    return _build(tmp_path_factory.mktemp("site"), f"https://example.org{SUB_PATH}")


@pytest.fixture(scope="module")
def root_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built without `site_url`: published at a domain's root."""
    return _build(tmp_path_factory.mktemp("root-site"), None)


class _Links(html.parser.HTMLParser):
    """The local addresses a page loads or links to, and its JSON-LD scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = dict(attributes)
        for name in ("href", "src"):
            link = found.get(name)
            if link and not link.startswith(("#", "mailto:")) and not urllib.parse.urlsplit(link).netloc:
                self.links.append(link)
        self._in_jsonld = tag == "script" and found.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)
            self._in_jsonld = False


def _parse(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


@contextlib.contextmanager
def _serving(folder: Path, prefix: str) -> Iterator[str]:
    """`folder` served at ``http://127.0.0.1:PORT{prefix}``, answering a missing address with the
    site's 404.html, as static hosts do; yields the site's address."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path: str) -> str:
            if not path.startswith(prefix):
                return str(folder / "no-such-file")
            return super().translate_path("/" + path[len(prefix) :])

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            if code != 404:
                return super().send_error(code, message, explain)
            body = (folder / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.parametrize(("built", "prefix"), [("site", SUB_PATH), ("root_site", "/")])
def test_the_404_page_works_at_any_depth(built: str, prefix: str, request: pytest.FixtureRequest) -> None:
    folder = request.getfixturevalue(built)
    with _serving(folder, prefix) as address:
        missing = address + "no/such/page/here/"
        status, body = _get(missing)
        assert status == 404 and b"404" in body
        page = body.decode("utf-8")
        links = _parse(page).links
        assets = [link for link in links if "/assets/" in link]
        assert any(link.endswith(".css") for link in assets) and any(link.endswith(".js") for link in assets)
        broken = [link for link in links if _get(urllib.parse.urljoin(missing, link))[0] != 200]
        assert not broken, f"the 404 page served at {missing} links to missing files: {broken}"
        config = json.loads(
            page.split('<script id="__config" type="application/json">', 1)[1].split("</script>")[0]
        )
        base = urllib.parse.urljoin(missing, config["base"].rstrip("/") + "/")  # as Material reads it
        index = urllib.parse.urljoin(base, "search/search_index.json")
        assert _get(index)[0] == 200


def _jsonld(page: Path) -> dict[str, object]:
    [script] = _parse(page.read_text(encoding="utf-8")).jsonld
    found: dict[str, object] = json.loads(script)
    return found


def test_every_page_carries_the_dataset_jsonld(site: Path) -> None:
    about = _jsonld(site / "index.html")
    expected = schema_org(azt.load())
    assert about["@context"] == "https://schema.org/" and about["@type"] == "Dataset"
    for key in (
        "name",
        "description",
        "version",
        "license",
        "creator",
        "temporalCoverage",
        "spatialCoverage",
        "citation",
    ):
        assert about[key] == expected[key], key
    assert about["version"] == azt.LATEST and about["citation"] == azt.cite(azt.LATEST).text
    assert about["url"] == f"https://example.org{SUB_PATH}"
    assert str(about["temporalCoverage"]).startswith(str(azt.load().timeline()[0].span.start))
    assert [place["name"] for place in about["spatialCoverage"]] == ["Azerbaijan", "Türkiye"]  # type: ignore[attr-defined]
    download, package = about["distribution"]  # type: ignore[misc]
    assert package == expected["distribution"][0]
    path = urllib.parse.urlsplit(download["contentUrl"]).path.removeprefix(SUB_PATH)
    with zipfile.ZipFile(site / path) as archive:
        names = archive.namelist()
    assert f"az-tr-relations-data-{azt.LATEST}/datapackage.json" in names
    assert f"az-tr-relations-data-{azt.LATEST}/visits.csv" in names
    # the explorer page stands alone, outside the theme (it carries the data itself)
    for page in sorted(p for p in site.rglob("*.html") if not p.name.startswith("az-tr-relations-explorer-")):
        assert _jsonld(page) == about, page.relative_to(site)


def test_without_an_address_the_jsonld_names_no_address(root_site: Path) -> None:
    about = _jsonld(root_site / "index.html")
    assert "url" not in about
    assert about["distribution"] == schema_org(azt.load())["distribution"]


def test_the_site_renders_the_notebook_and_the_api(site: Path) -> None:
    page = (site / "example" / "index.html").read_text(encoding="utf-8")
    assert "Azerbaijan–Türkiye relations: a tour" in page and "visits_between" in page
    assert not list(site.rglob("*.ipynb")), "the notebook is a page, not a download"
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for module in _hooks().public_modules():
        assert f'id="{module}"' in api, module
    assert 'id="dataset-attributes"' in api

"""The explorer page: the generator (the HTML parses, the data block round-trips, the size bound,
nothing fetched from the network), and the page itself in a real browser.

The browser tests drive Debian's Chromium (``/usr/bin/chromium``) headless with Playwright's
Python package, never a browser Playwright downloads. They open the page written for every shipped
data version over ``file://`` and are skipped, with the reason in the summary, only when no browser
can be had (the package or the browser is not installed).
"""

from __future__ import annotations

import contextlib
import hashlib
import html.parser
import json
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations._text import fold
from az_tr_relations.explore import LIBRARY, explorer_html, file_name
from az_tr_relations.explore._page import _inline, script_json
from az_tr_relations.explore._payload import TABLEAU, css_colour, payload, related
from az_tr_relations.render.text import label
from az_tr_relations.schema import KINDS
from strategies import datasets

VERSIONS = azt.versions()
LIMIT = 1_500_000
"""The most bytes an explorer page may take."""
VENDOR = Path(azt.__file__).parent / "explore" / "vendor" / "vis-timeline"
BROWSER = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCRIPT = shutil.which("az-tr-relations", path=sysconfig.get_path("scripts"))


class Page(html.parser.HTMLParser):
    """An HTML page as the browser's tokenizer reads it: every tag with its attributes, and the
    text of each ``<script>`` block."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts[-1] = (self._script, self.scripts[-1][1] + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def data(self) -> Any:
        """The page's data block, read back as JSON."""
        (block,) = [text for attributes, text in self.scripts if attributes.get("id") == "explorer-data"]
        return json.loads(block)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The explorer of every shipped version, written once by `azt.explore`."""
    folder = tmp_path_factory.mktemp("explorer")
    return {version: azt.explore(azt.load(version), folder) for version in VERSIONS}


# The generator -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_the_page_parses_and_its_data_round_trips(version: str, pages: dict[str, Path]) -> None:
    ds = azt.load(version)
    page = Page(pages[version].read_text(encoding="utf-8"))
    assert page.data() == json.loads(json.dumps(payload(ds)))
    assert [item["id"] for item in page.data()["timeline"]] == [r.id for r in ds.timeline()]
    assert len(page.data()["records"]) == len(ds)
    assert [attributes for attributes, _ in page.scripts] == [
        {"type": "application/json", "id": "explorer-data"},
        {},
        {},
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_the_page_is_small_enough(version: str, pages: dict[str, Path]) -> None:
    assert pages[version].stat().st_size <= LIMIT


@pytest.mark.parametrize("version", VERSIONS)
def test_the_page_needs_no_network(version: str, pages: dict[str, Path]) -> None:
    page = Page(pages[version].read_text(encoding="utf-8"))
    fetched = [
        (tag, attributes)
        for tag, attributes in page.tags
        if tag in ("script", "link", "img", "iframe", "object", "embed", "source", "audio", "video")
        and ({"src", "href", "data", "srcset"} & set(attributes))
    ]
    assert fetched == []
    [policy] = [
        a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None and policy.startswith("default-src 'none';")


def test_the_page_names_version_date_and_citation() -> None:
    page = explorer_html(azt.load("1.1.0"))
    assert "<title>Azerbaijan–Türkiye relations: explorer, data 1.1.0</title>" in page
    assert "facts as of 2022-10" in page
    assert azt.cite("1.1.0").text in page and "azt.cite(&#x27;1.1.0&#x27;)" in page
    assert LIBRARY in page


@given(st.text())
def test_no_text_can_close_the_data_block(text: str) -> None:
    page = Page(
        f'<script type="application/json" id="explorer-data">{script_json({"x": text})}</script><p>after</p>'
    )
    assert page.data() == {"x": text}
    assert page.tags[-1] == ("p", {})


def test_assets_that_would_end_their_block_are_refused() -> None:
    with pytest.raises(ValueError, match=r"explorer\.js holds '</script' and cannot be inlined"):
        _inline("let a = '</SCRIPT>'", "script", "explorer.js")
    with pytest.raises(ValueError, match="holds '<!--'"):
        _inline("<!-- x", "script", "explorer.js")
    assert _inline("code();\n//# sourceMappingURL=code.js.map\n", "script", "x") == "code();\n"


@settings(max_examples=50)  # building the datasets is what takes the time
@given(datasets())
def test_any_dataset_gives_data_the_page_can_use(ds: azt.Dataset) -> None:
    data = json.loads(script_json(payload(ds)))
    assert data == json.loads(json.dumps(payload(ds)))
    assert [item["id"] for item in data["timeline"]] == [r.id for r in ds.timeline()]
    assert {lane["name"] for lane in data["lanes"]} == {item["lane"] for item in data["timeline"]}
    for item in data["timeline"]:
        assert item["first"] <= item["last"]
        assert {data["records"][i]["collection"] for i in item["related"]} <= {
            "countries",
            "people",
            "places",
        }
    assert data["meta"]["citation"] is None  # a version the package does not ship


def test_hostile_text_stays_text_in_the_data() -> None:
    hostile = "</script><script>window.pwned = 1</script><!--<script>"
    page = Page(explorer_html(_with_hostile_title(hostile)))
    assert page.data()["records"]["event-2020-09-27-44-day-war"]["values"]["title"] == hostile
    assert [tag for tag, _ in page.tags].count("script") == 3


def _with_hostile_title(title: str) -> azt.Dataset:
    ds = azt.load("1.0.0")
    records = [attrs.evolve(r, title=title) if r.id == "event-2020-09-27-44-day-war" else r for r in _all(ds)]
    return azt.from_records(records, version="hostile")


def _all(ds: azt.Dataset) -> list[azt.Record]:
    return [record for name in azt.COLLECTIONS for record in ds.collection(name)]


def test_every_registry_colour_is_a_css_colour() -> None:
    colours = [css_colour(kind.colour) for kind in KINDS.values() if kind.colour]
    assert colours and all(colour.startswith("#") and len(colour) == 7 for colour in colours)
    assert css_colour("tab:red") == TABLEAU["tab:red"]
    with pytest.raises(
        ValueError, match=r"colour 'red': expected #rrggbb or a Tableau name, one of tab:blue"
    ):
        css_colour("red")


def test_related_follows_references_two_steps() -> None:
    ds = azt.load("1.2.0")
    head = next(h for h in ds.mission_heads if h.mission == "embassy-tr-in-az")
    assert {"AZ", "TR", head.person} <= set(related(ds, head))  # through the embassy to its countries
    meeting = next(m for m in ds.meetings if m.place is not None)
    assert meeting.place in related(ds, meeting)


def test_the_vendored_library_is_what_the_vendor_script_fetched() -> None:
    record = json.loads((VENDOR / "VENDOR.json").read_text(encoding="utf-8"))
    assert LIBRARY == f"{record['package']} {record['version']}"
    for name, digest in record["files"].items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
    assert {"LICENSE.md", "LICENSE.MIT.txt", "LICENSE.Apache-2.0.txt", "THIRD-PARTY-LICENSES.txt"} <= set(
        record["files"]
    )
    licences = (VENDOR / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    assert all(f"{name} {version}," in licences for name, version in record["bundled"].items())


# Where the page is written -----------------------------------------------------------------------


def test_explore_writes_into_a_folder_or_to_an_html_file(tmp_path: Path) -> None:
    ds = azt.load("1.0.0")
    assert azt.explore(ds, tmp_path / "new" / "folder") == tmp_path / "new" / "folder" / file_name(ds)
    assert azt.explore(ds, str(tmp_path / "mine.HTML")) == tmp_path / "mine.HTML"
    assert (tmp_path / "mine.HTML").read_text(encoding="utf-8") == explorer_html(ds)


def test_explore_refuses_what_it_cannot_write(tmp_path: Path) -> None:
    ds = azt.load("1.0.0")
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ValueError, match=r"path: '.*notes\.txt' is a file that is not \.html; give a folder"):
        azt.explore(ds, tmp_path / "notes.txt")
    with pytest.raises(
        TypeError, match=r"path: expected a folder or an \.html file name \(str or Path\), got int 3"
    ):
        azt.explore(ds, 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"ds: expected a Dataset \(azt\.load\(\)\), got str"):
        azt.explore("1.0.0", tmp_path)  # type: ignore[arg-type]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [SCRIPT] if SCRIPT else [sys.executable, "-m", "az_tr_relations"]
    return subprocess.run([*command, *args], capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_the_command_writes_the_page(tmp_path: Path) -> None:
    result = _run("explore", str(tmp_path), "--data-version", "1.1.0", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    written = json.loads(result.stdout)
    path = tmp_path / "az-tr-relations-explorer-1.1.0.html"
    assert written == {"path": str(path), "version": "1.1.0", "bytes": path.stat().st_size, "dated": 38}
    text = _run("explore", str(tmp_path / "page.html")).stdout
    assert text.startswith(f"wrote {tmp_path / 'page.html'} (") and (tmp_path / "page.html").as_uri() in text


def test_the_command_names_a_bad_path(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    result = _run("explore", str(tmp_path / "notes.txt"))
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr.startswith("az-tr-relations: error: path: ")
        and "is a file that is not .html" in result.stderr
    )


# In the browser ----------------------------------------------------------------------------------


_DRAWS = """ids => {
    const drawn = new Set(Array.from(
        document.querySelectorAll("#timeline .vis-item-content [data-record]"), node => node.dataset.record));
    return drawn.size === ids.length && ids.every(id => drawn.has(id));
}"""


@attrs.define
class Opened:
    """A page open in the browser, with what went wrong on it and what it asked the network for."""

    page: Any
    version: str
    errors: list[str]
    requests: list[str]

    def ids(self, selector: str) -> list[str]:
        return list(self.page.eval_on_selector_all(selector, "nodes => nodes.map(n => n.dataset.record)"))

    def listed(self) -> list[str]:
        return self.ids("#records li")

    def drawn(self) -> set[str]:
        return set(self.ids("#timeline .vis-item-content [data-record]"))

    def draws(self, expected: set[str]) -> None:
        """Wait until the timeline draws exactly the records `expected` (it redraws on the next
        animation frame), then compare, so that a failure shows the difference."""
        from playwright.sync_api import TimeoutError as Timeout

        with contextlib.suppress(Timeout):
            self.page.wait_for_function(_DRAWS, arg=sorted(expected), timeout=10_000)
        assert self.drawn() == expected

    def shows(self, selector: str, text: str) -> None:
        """Wait until `selector` holds exactly `text` (a record opens on the hash change, which the
        browser dispatches after the click), failing if it never does."""
        from playwright.sync_api import expect

        expect(self.page.locator(selector)).to_have_text(text)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Debian's Chromium driven by Playwright, with a fresh profile; skipped only when neither
    can be had."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip('no browser: the playwright package is not installed (pip install -e ".[test]")')
    if not BROWSER.exists():
        pytest.skip(f"no browser: {BROWSER} is missing (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"),
            executable_path=str(BROWSER),
            args=BROWSER_ARGS,
            headless=True,
            viewport={"width": 1400, "height": 900},
        )
        yield context
        context.close()


def _open(browser: Any, path: Path, version: str, fragment: str = "") -> Opened:
    page = browser.new_page()
    opened = Opened(page=page, version=version, errors=[], requests=[])
    page.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("request", lambda request: opened.requests.append(request.url))
    page.goto(path.as_uri() + fragment)
    page.wait_for_function("window.explorer && window.explorer.ready")
    return opened


@pytest.fixture
def opened(browser: Any, pages: dict[str, Path], request: pytest.FixtureRequest) -> Iterator[Opened]:
    page = _open(browser, pages[request.param], request.param)
    yield page
    page.page.close()


def _only_types(opened: Opened, *collections: str) -> None:
    for box in opened.page.query_selector_all("#types input"):
        box.set_checked(box.get_attribute("value") in collections)


@pytest.mark.parametrize("opened", VERSIONS, indirect=True)
def test_every_dated_record_is_on_the_timeline(opened: Opened, tmp_path: Path) -> None:
    ds = azt.load(opened.version)
    timeline = [r.id for r in ds.timeline()]
    assert opened.page.evaluate("explorer.items.length") == len(timeline)
    assert opened.listed() == timeline
    assert opened.page.text_content("#status") == f"Showing {len(timeline)} of {len(timeline)} dated records"
    opened.page.click("#fit")
    opened.draws(set(timeline))
    opened.page.screenshot(path=tmp_path / f"all-{opened.version}.png", full_page=True)
    assert (tmp_path / f"all-{opened.version}.png").read_bytes().startswith(b"\x89PNG")
    opened.page.click("#zoom-in")
    opened.page.click("#zoom-out")
    opened.page.evaluate("location.hash = '#no-such-record'")
    opened.shows("#record .error", f"No record with the id “no-such-record” in data {opened.version}.")
    assert (opened.errors, set(opened.requests)) == ([], {opened.page.url.split("#")[0]})


@pytest.mark.parametrize("opened", VERSIONS, indirect=True)
def test_visits_in_2022_are_those_the_query_finds(opened: Opened, tmp_path: Path) -> None:
    ds = azt.load(opened.version)
    _only_types(opened, "visits")
    opened.page.fill("#year-from", "2022")
    opened.page.fill("#year-to", "2022")
    expected = [v.id for v in ds.visits_between("2022", "2022")]
    assert expected and opened.listed() == expected
    opened.draws(set(expected))
    opened.page.click(f'#timeline .vis-item-content [data-record="{expected[-1]}"]')
    opened.shows("#record h2", label(ds.get(expected[-1]), ds))
    opened.page.screenshot(path=tmp_path / f"visits-2022-{ds.version}.png", full_page=True)
    assert (tmp_path / f"visits-2022-{ds.version}.png").read_bytes().startswith(b"\x89PNG")
    opened.page.check("#uncertain")
    assert opened.listed() == [v.id for v in ds.visits_between("2022", "2022", uncertain=True)]
    assert opened.errors == []


@pytest.mark.parametrize("opened", VERSIONS, indirect=True)
def test_opening_a_record_shows_its_fields_citations_and_corrections(opened: Opened, tmp_path: Path) -> None:
    ds = azt.load(opened.version)
    visit = ds.get("visit-2022-01-28-erdogan-baku", azt.Visit)
    opened.page.click(f'#records li[data-record="{visit.id}"] a')
    panel = opened.page.locator("#record")
    opened.shows("#record h2", label(visit, ds))
    citations = panel.locator(".citations li").all_text_contents()
    assert len(citations) == len(visit.citations)
    assert all(c.locator in text for c, text in zip(visit.citations, citations, strict=True))
    assert str(visit.start) in panel.locator("tr", has_text="start").text_content()  # type: ignore[operator]
    fixes = ds.corrections_for(visit)
    shown = panel.locator(".corrections li").all_text_contents()
    assert len(shown) == len(fixes)
    for fix, text in zip(fixes, shown, strict=True):
        assert f"published {fix.published}" in text and f"corrected to {fix.corrected}" in text
        assert f"as published in {fix.published_in}" in text
    if any(citation.inferred for citation in visit.citations):
        assert panel.locator(".inferred-badge").count() >= 1
    opened.page.screenshot(path=tmp_path / f"record-{ds.version}.png", full_page=True)
    assert (tmp_path / f"record-{ds.version}.png").read_bytes().startswith(b"\x89PNG")
    opened.page.click(f'#record .citations li a[href="#{visit.citations[0].source}"]')
    opened.shows("#record h2", ds.get(visit.citations[0].source, azt.Source).title)
    assert opened.errors == []


@pytest.mark.parametrize("opened", VERSIONS, indirect=True)
def test_filters_by_country_person_and_place_agree_with_the_references(opened: Opened) -> None:
    ds = azt.load(opened.version)
    for collection in ("countries", "people", "places"):
        choice = opened.page.eval_on_selector(f"#filter-{collection}", "s => s.options[1].value")
        opened.page.select_option(f"#filter-{collection}", choice)
        assert opened.listed() == [r.id for r in ds.timeline() if choice in related(ds, r)], collection
        opened.page.select_option(f"#filter-{collection}", "")
    assert opened.errors == []


@pytest.mark.parametrize("opened", VERSIONS, indirect=True)
def test_search_ignores_case_and_diacritics(opened: Opened) -> None:
    found = {}
    for query in ("ERDOĞAN baku", "erdogan BAKÜ"):
        opened.page.fill("#search", query)
        found[query] = opened.listed()
    assert found["ERDOĞAN baku"] == found["erdogan BAKÜ"]
    assert "visit-2022-01-28-erdogan-baku" in found["erdogan BAKÜ"]
    opened.page.fill("#year-from", "2023")
    opened.page.fill("#year-to", "2022")
    assert opened.listed() == [] and "no record can match" in str(opened.page.text_content("#status"))
    opened.page.click("#reset")
    assert len(opened.listed()) == opened.page.evaluate("explorer.items.length")
    assert opened.errors == []


@pytest.fixture(scope="module")
def newest(browser: Any, pages: dict[str, Path]) -> Iterator[Opened]:
    page = _open(browser, pages[azt.LATEST], azt.LATEST)
    yield page
    page.page.close()


@given(st.text(st.sampled_from("aAzZ ıIİiəƏöÖüÜçÇşŞğĞñÑøØßéÉèâ’–—\u0301\u0307"), max_size=12))
def test_the_page_folds_text_as_the_package_does(newest: Opened, text: str) -> None:
    assert newest.page.evaluate("text => explorer.fold(text)", text) == fold(text)


def test_hostile_text_shows_as_text(browser: Any, tmp_path: Path) -> None:
    hostile = '</script><img src=x onerror="window.pwned = 1"><script>window.pwned = 1</script>'
    ds = _with_hostile_title(hostile)
    opened = _open(browser, azt.explore(ds, tmp_path), ds.version, "#event-2020-09-27-44-day-war")
    opened.shows("#record h2", hostile)
    assert opened.page.evaluate("window.pwned") is None
    assert "is not one that az-tr-relations ships" in str(opened.page.text_content(".cite"))
    assert opened.errors == []


def test_a_dataset_without_dated_records_opens_cleanly(browser: Any, tmp_path: Path) -> None:
    ds = azt.load("1.0.0")
    undated = azt.from_records([*ds.sources, *ds.countries, *ds.places, *ds.people], version="undated")
    opened = _open(browser, azt.explore(undated, tmp_path), undated.version)
    assert opened.listed() == [] and opened.page.text_content("#status") == "Showing 0 of 0 dated records"
    opened.page.evaluate("location.hash = '#TR'")
    opened.shows("#record h2", "Türkiye")
    assert opened.errors == []

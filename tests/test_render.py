"""Notebook display: the dataset, query results and records as well-formed, escaped HTML."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

import az_tr_relations as azt
from az_tr_relations.render.html import MAX_ROWS
from az_tr_relations.render.record import record_html

DS = azt.load("1.0.0")
VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class _Checker(HTMLParser):
    """Parses HTML, checking every element is closed in order; keeps tags, links and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attributes)["href"] or "")
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text += data


def _parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.open == [], f"unclosed: {checker.open}"
    return checker


def test_dataset_summary() -> None:
    page = _parse(DS._repr_html_())
    assert "data version 1.0.0" in page.text and "facts as of 2022-05" in page.text
    assert "missions6" in page.text.replace(" ", "")
    assert page.links and all(link.startswith("http") for link in page.links)
    assert repr(DS) == "<Dataset version='1.0.0' as_of='2022-05' records=54>"


def test_results_are_tuples_that_show_as_tables() -> None:
    found = DS.missions_in("Azerbaijan")
    assert isinstance(found, azt.Results) and isinstance(found, tuple)
    assert found == tuple(found) and list(found) == [DS.get(m.id) for m in found]
    assert DS.visits_between("1900", "1901") == ()
    page = _parse(found._repr_html_())
    assert page.tags.count("tr") == len(found) + 1 and "consulate-tr-in-ganja" in page.text
    assert "3 records" in page.text
    assert _parse(DS.visits_between("1900", "1901")._repr_html_()).text == "No records."


def test_long_results_are_cut_with_a_count() -> None:
    many = azt.Results(DS.places * 4)
    page = _parse(many._repr_html_())
    assert page.tags.count("tr") == MAX_ROWS + 1
    assert f"{len(many)} records, {len(many) - MAX_ROWS} more not shown" in page.text


def test_mixed_results_show_id_type_and_date() -> None:
    page = _parse(DS.timeline()._repr_html_())
    assert (
        "event-1918-05-28-adr-independence" in page.text
        and "Event" in page.text
        and "1918-05-28" in page.text
    )


def test_a_record_shows_its_fields_and_citations_with_links() -> None:
    page = _parse(DS.get("embassy-az-in-tr")._repr_html_())
    assert "1992-08" in page.text and "Political relations, para. 2" in page.text
    assert "inferred" in page.text  # the city is inferred
    assert page.links == []  # its source has no address
    turkey = _parse(DS.country("TR")._repr_html_())
    assert "https://correlatesofwar.org/data-sets/state-system-membership/" in turkey.links


def test_text_is_escaped() -> None:
    war = DS.get("event-2020-09-27-44-day-war", azt.Event)
    bad = attrs.evolve(war, title="<script>alert('x')</script> & co")
    for page in (bad._repr_html_(), azt.Results((bad, war))._repr_html_()):
        parsed = _parse(page)
        assert "script" not in parsed.tags
        assert "<script>alert('x')</script> & co" in parsed.text


def test_only_web_addresses_become_links() -> None:
    source = attrs.evolve(DS.sources[0], url="javascript:alert(1)", title='"><b>x</b>')
    page = _parse(record_html(source))
    assert page.links == [] and "b" not in page.tags and '"><b>x</b>' in page.text
    citation = azt.Citation(source=DS.sources[0].id, locator="<i>p. 1</i>")
    assert "i" not in _parse(record_html(citation)).tags

"""Every factual claim of the 1.0.0 source document, checked against the loaded data.

One row per claim: where it stands in the source, what it says (in our words) and a check.
The source's evaluative sentences (how relations "flourish") are not claims and have no row;
the closing note of the core-library issue lists them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import az_tr_relations as azt
from az_tr_relations import Dataset, PartialDate

D = PartialDate.parse
SOURCE = "mfa-az-relations-tr-2022"


def _cited(record: azt.Record, locator: str) -> bool:
    return any(c.source == SOURCE and c.locator == locator for c in getattr(record, "citations", ()))


def _mission(ds: Dataset, kind: str, sending: str, receiving: str, city: str) -> azt.Mission:
    found = [
        m for m in ds.missions_in(receiving, city=city, kind=kind) if m.sending == ds.country(sending).id
    ]
    assert len(found) == 1, found
    return found[0]


def _format(ds: Dataset, *countries: str) -> azt.Format:
    wanted = {ds.country(c).id for c in countries}
    found = [f for f in ds.formats if set(f.countries) == wanted]
    assert len(found) == 1
    return found[0]


P = "Political relations, para. "
IP = "Inter-parliamentary relations, para. "

# (locator, claim, check returning the record that carries the claim)
CLAIMS: list[tuple[str, str, Callable[[Dataset], azt.Record]]] = [
    (
        P + "1",
        "relations date from the ADR's declaration of independence",
        lambda ds: next(
            e
            for e in ds.events_between("1918", "1918")
            if e.kind is azt.EventKind.INDEPENDENCE and "political relations" in e.summary
        ),
    ),
    (
        P + "1",
        "the ADR declared independence on 28 May 1918",
        lambda ds: next(e for e in ds.events_between("1918-05-28", "1918-05-28") if e.countries == ("AZ",)),
    ),
    (
        P + "1",
        "Azerbaijan regained its independence (relations restored)",
        lambda ds: next(
            e
            for e in ds.events
            if e.kind is azt.EventKind.INDEPENDENCE_RESTORED and azt.is_inferred(e, "start")
        ),
    ),
    (
        P + "1",
        "Türkiye was the first state to recognize Azerbaijan's independence",
        lambda ds: next(
            e for e in ds.events if e.kind is azt.EventKind.RECOGNITION and e.actor == "TR" and e.ordinal == 1
        ),
    ),
    (
        P + "1",
        "the recognition was on 9 November 1991",
        lambda ds: next(
            e for e in ds.events_between("1991-11-09", "1991-11-09") if e.kind is azt.EventKind.RECOGNITION
        ),
    ),
    (
        P + "2",
        "diplomatic relations were established on 14 January 1992",
        lambda ds: next(
            e
            for e in ds.events_between("1992-01-14", "1992-01-14")
            if e.kind is azt.EventKind.DIPLOMATIC_RELATIONS and set(e.countries) == {"AZ", "TR"}
        ),
    ),
    (
        P + "2",
        "Azerbaijan's embassy in Türkiye opened in August 1992",
        lambda ds: next(
            m
            for m in ds.missions_of("Azerbaijan")
            if m.kind is azt.MissionKind.EMBASSY and m.receiving == "TR" and m.opened == D("1992-08")
        ),
    ),
    (
        P + "2",
        "Azerbaijan has a consulate general in Istanbul",
        lambda ds: _mission(ds, "consulate_general", "AZ", "TR", "Istanbul"),
    ),
    (
        P + "2",
        "Azerbaijan has a consulate general in Kars",
        lambda ds: _mission(ds, "consulate_general", "AZ", "TR", "Kars"),
    ),
    (
        P + "2",
        "Türkiye's embassy in Azerbaijan was established in January 1992",
        lambda ds: next(
            m
            for m in ds.missions_of("Türkiye")
            if m.kind is azt.MissionKind.EMBASSY and m.receiving == "AZ" and m.opened == D("1992-01")
        ),
    ),
    (
        P + "2",
        "Türkiye has a consulate general in Nakhichevan",
        lambda ds: _mission(ds, "consulate_general", "TR", "AZ", "Nakhichevan"),
    ),
    (
        P + "2",
        "Türkiye has a consulate general in Ganja",
        lambda ds: _mission(ds, "consulate_general", "TR", "AZ", "Ganja"),
    ),
    (
        P + "3",
        "'Azerbaijan's joy is our joy, its sorrow is our sorrow' is credited to Atatürk",
        lambda ds: next(
            p
            for p in ds.principles
            if "joy is our joy" in p.text and p.attributed_to == ds.person("Atatürk").id
        ),
    ),
    (
        P + "3",
        "Atatürk founded the Republic of Türkiye",
        lambda ds: next(
            p
            for p in ds.people
            if p.id == "mustafa-kemal-ataturk"
            and "Founder of the Republic of Türkiye" in (p.description or "")
        ),
    ),
    (
        P + "3",
        "'one nation, two states' is credited to Heydar Aliyev",
        lambda ds: next(
            p
            for p in ds.principles
            if p.text == "one nation, two states" and p.attributed_to == ds.person("Haydar Aliyev").id
        ),
    ),
    (
        P + "3",
        "Heydar Aliyev is called Azerbaijan's National Leader",
        lambda ds: next(
            p for p in ds.people if p.id == "heydar-aliyev" and "National Leader" in (p.description or "")
        ),
    ),
    (
        P + "5",
        "the High-Level Strategic Cooperation Council was set up by a joint declaration",
        lambda ds: next(
            c
            for c in ds.councils
            if c.established_by
            and ds.get(c.established_by, azt.Agreement).kind is azt.AgreementKind.DECLARATION
        ),
    ),
    (
        P + "5",
        "the joint declaration was signed in Istanbul on 15 September 2010",
        lambda ds: next(
            a
            for a in ds.agreements
            if a.signed == D("2010-09-15")
            and a.place == ds.place("Istanbul").id
            and "Joint Declaration" in a.title
        ),
    ),
    (
        P + "5",
        "the council held eight meetings in total",
        lambda ds: next(
            c
            for c in ds.councils
            if c.meeting_count == 8 and c.meeting_count_qualifier is azt.CountQualifier.EXACTLY
        ),
    ),
    (
        P + "5",
        "the last council meeting was in Baku on 25 February 2020",
        lambda ds: next(
            m
            for m in ds.meetings
            if m.date == D("2020-02-25") and m.place == "baku" and m.council == "council-hlscc"
        ),
    ),
    (
        P + "6",
        "Armenia occupied Azerbaijani territories for nearly 28 years",
        lambda ds: next(
            e
            for e in ds.events
            if e.kind is azt.EventKind.OCCUPATION
            and set(e.countries) == {"AM", "AZ"}
            and e.end
            and e.end.year - e.start.year == 28
        ),
    ),
    (
        P + "6",
        "the war lasted 44 days, 27 September to 10 November (year inferred: 2020)",
        lambda ds: next(
            e
            for e in ds.events
            if e.kind is azt.EventKind.WAR
            and (e.span.latest - e.span.earliest).days == 44
            and (e.start, e.end) == (D("2020-09-27"), D("2020-11-10"))
            and azt.is_inferred(e, "start")
        ),
    ),
    (
        P + "6",
        "the war was fought against Armenia, Türkiye supported Azerbaijan, and Azerbaijan won",
        lambda ds: next(
            e
            for e in ds.events
            if e.kind is azt.EventKind.WAR
            and set(e.countries) == {"AZ", "AM"}
            and "victory" in e.summary
            and "support" in e.summary
        ),
    ),
    (
        P + "7",
        "the Shusha Declaration was signed in Shusha on 15 June 2021 by the two leaders",
        lambda ds: next(
            a
            for a in ds.agreements
            if a.title == "Shusha Declaration"
            and a.signed == D("2021-06-15")
            and a.place == "shusha"
            and a.signatories == ("ilham-aliyev", "recep-tayyip-erdogan")
            and azt.is_inferred(a, "signatories")
        ),
    ),
    (
        P + "7",
        "Shusha was occupied for 28 years",
        lambda ds: next(e for e in ds.events if e.kind is azt.EventKind.OCCUPATION and "Shusha" in e.summary),
    ),
    (
        P + "7",
        "the declaration made the two nations allies",
        lambda ds: next(
            a for a in ds.agreements if a.title == "Shusha Declaration" and "allies" in (a.summary or "")
        ),
    ),
    (
        P + "7",
        "the parliaments of both states ratified it, giving it the force of law",
        lambda ds: next(
            a
            for a in ds.agreements
            if {r.country for r in a.ratifications} == {"AZ", "TR"} and "force of law" in (a.summary or "")
        ),
    ),
    (
        P + "8",
        "Azerbaijan's presidents paid more than 42 official and working visits to Türkiye in 1994-2022",
        lambda ds: next(
            c
            for c in ds.visit_counts
            if (c.origin, c.host, c.count, c.qualifier) == ("AZ", "TR", 42, azt.CountQualifier.MORE_THAN)
            and (c.period_start, c.period_end) == (D("1994"), D("2022"))
            and set(c.kinds) == {azt.VisitKind.OFFICIAL, azt.VisitKind.WORKING}
        ),
    ),
    (
        P + "8",
        "the last of them was on 14 May 2022, for the opening of Rize-Artvin International Airport",
        lambda ds: next(
            v
            for v in ds.visits_between("2022-05-14", "2022-05-14", origin="AZ", host="TR")
            if "Rize-Artvin" in (v.occasion or "")
        ),
    ),
    (
        P + "8",
        "Türkiye's presidents paid more than 22 visits to Azerbaijan in the same period",
        lambda ds: next(
            c
            for c in ds.visit_counts
            if (c.origin, c.host, c.count, c.qualifier) == ("TR", "AZ", 22, azt.CountQualifier.MORE_THAN)
            and (c.period_start, c.period_end) == (D("1994"), D("2022"))
        ),
    ),
    (
        P + "8",
        "the last Turkish presidential visit was on 28 January 2022 (as published), for TEKNOFEST in Baku",
        lambda ds: next(
            v
            for v in ds.visits_between("2022-01-28", "2022-01-28", origin="TR", host="AZ")
            if "TEKNOFEST" in (v.occasion or "") and v.place == "baku"
        ),
    ),
    (
        P + "8",
        "the visitors are presidents (names inferred)",
        lambda ds: next(
            v for v in ds.visits if v.office is azt.Role.PRESIDENT and azt.is_inferred(v, "visitor")
        ),
    ),
    (P + "9", "trilateral format with Georgia", lambda ds: _format(ds, "AZ", "TR", "Georgia")),
    (P + "9", "trilateral format with Iran", lambda ds: _format(ds, "AZ", "TR", "Islamic Republic of Iran")),
    (P + "9", "trilateral format with Pakistan", lambda ds: _format(ds, "AZ", "TR", "Pakistan")),
    (P + "9", "trilateral format with Turkmenistan", lambda ds: _format(ds, "AZ", "TR", "Turkmenistan")),
    (
        P + "9",
        "quadrilateral format with Iran and Georgia",
        lambda ds: next(
            f for f in [_format(ds, "AZ", "TR", "IR", "GE")] if f.kind is azt.FormatKind.QUADRILATERAL
        ),
    ),
    (
        IP + "1",
        "the Milli Majlis has a working group on relations with Türkiye, led by Ahliman Amiraslanov, with 59 members",
        lambda ds: next(
            g
            for g in ds.groups
            if g.parliament == "Milli Majlis"
            and g.leader == ds.person("Ahliman Amiraslanov").id
            and g.members == 59
        ),
    ),
    (
        IP + "2",
        "the Grand National Assembly has a friendship group with Azerbaijan, led by Shamil Ayrim, with a board of 10 MPs",
        lambda ds: next(
            g
            for g in ds.groups
            if g.country == "TR" and g.leader == ds.person("Shamil Ayrim").id and g.board_members == 10
        ),
    ),
]


@pytest.mark.parametrize(("locator", "claim", "check"), CLAIMS, ids=[claim for _, claim, _ in CLAIMS])
def test_claim_is_in_the_data_and_cited(
    locator: str, claim: str, check: Callable[[Dataset], azt.Record]
) -> None:
    record = check(azt.load("1.0.0"))
    assert _cited(record, locator), f"{record.id} does not cite {locator}"


def test_inferred_values_are_marked() -> None:
    ds = azt.load("1.0.0")
    assert azt.is_inferred(ds.get("event-2020-09-27-44-day-war"), "end")
    assert (
        azt.is_inferred(ds.get("embassy-az-in-tr"), "city")
        and ds.get("embassy-az-in-tr", azt.Mission).city == "ankara"
    )
    assert (
        azt.is_inferred(ds.get("embassy-tr-in-az"), "city")
        and ds.get("embassy-tr-in-az", azt.Mission).city == "baku"
    )
    assert not azt.is_inferred(ds.get("consulate-az-in-kars"), "city")
    assert azt.is_inferred(ds.get("visit-2022-05-14-aliyev-rize"), "visitor")
    assert not azt.is_inferred(ds.get("visit-2022-05-14-aliyev-rize"), "start")


def test_places_carry_their_other_spellings_and_coordinates() -> None:
    ds = azt.load("1.0.0")
    assert {"Nakhichevan", "Naxçıvan"} <= set(ds.get("nakhchivan", azt.Place).aliases)
    assert "Gəncə" in ds.get("ganja", azt.Place).aliases
    assert "Şuşa" in ds.get("shusha", azt.Place).aliases
    assert "Bakı" in ds.get("baku", azt.Place).aliases
    for place in ds.places:
        assert 35 < place.latitude < 43 and 26 < place.longitude < 51, place


@pytest.mark.parametrize(
    ("code", "iso3", "cow"),
    [
        ("AZ", "AZE", 373),
        ("TR", "TUR", 640),
        ("GE", "GEO", 372),
        ("IR", "IRN", 630),
        ("PK", "PAK", 770),
        ("TM", "TKM", 701),
        ("AM", "ARM", 371),
    ],
)
def test_countries_carry_their_codes(code: str, iso3: str, cow: int) -> None:
    country = azt.load("1.0.0").country(code)
    assert (country.iso3, country.cow_code) == (iso3, cow)
    assert azt.load("1.0.0").country(iso3) is country


def test_turkiye_is_also_turkey() -> None:
    assert "Turkey" in azt.load("1.0.0").country("TR").aliases


def test_the_source_is_described() -> None:
    source = azt.load("1.0.0").get(SOURCE, azt.Source)
    assert source.published == D("2022") and source.language == "en"
    assert source.url is None and source.note and "could not be confirmed" in source.note

"""Data 1.1.0: the 1.0.0 facts checked against further sources, the correction kept visible."""

from __future__ import annotations

import pytest

import az_tr_relations as azt
from az_tr_relations import PartialDate

D = PartialDate.parse
MFA = "mfa-az-relations-tr-2022"


@pytest.fixture(scope="module")
def ds() -> azt.Dataset:
    return azt.load("1.1.0")


def _sources(record: azt.Record, field: str) -> set[str]:
    return {c.source for c in azt.citations_for(record, field) if not c.inferred}


def test_teknofest_visit_is_corrected_and_the_correction_is_visible(ds: azt.Dataset) -> None:
    visit = ds.get("visit-2022-01-28-erdogan-baku", azt.Visit)
    assert (
        visit.start == D("2022-05-28") and visit.visitor == "recep-tayyip-erdogan" and visit.place == "baku"
    )
    (correction,) = ds.corrections_for(visit)
    assert (correction.field, correction.published, correction.corrected) == (
        "start",
        "2022-01-28",
        "2022-05-28",
    )
    assert correction.published_in == MFA
    assert set(correction.sources) == {"invest-gov-tr-teknofest-2022", "report-az-teknofest-2022"}
    assert ds.corrections == (correction,)
    assert _sources(visit, "start") == {"invest-gov-tr-teknofest-2022", "report-az-teknofest-2022"}
    assert not azt.is_inferred(visit, "visitor")
    assert azt.load("1.0.0").get(visit.id, azt.Visit).start == D("2022-01-28"), (
        "1.0.0 keeps the value as published"
    )


@pytest.mark.parametrize(
    ("number", "date", "place"),
    [
        (1, "2011-10-25", "izmir"),
        (2, "2012-09-11", "gabala"),
        (3, "2013-11", "ankara"),
        (4, "2015-01-15", "ankara"),
        (5, "2016-03-15", "ankara"),
        (6, "2017-10-31", "baku"),
        (7, "2018-04-25", "ankara"),
        (8, "2020-02-25", "baku"),
    ],
)
def test_eight_council_meetings(ds: azt.Dataset, number: int, date: str, place: str) -> None:
    meeting = ds.get(f"meeting-hlscc-{number}", azt.Meeting)
    assert (meeting.number, meeting.date, meeting.place) == (number, D(date), place)
    assert _sources(meeting, "date")


def test_third_meeting_place_is_inferred(ds: azt.Dataset) -> None:
    assert azt.is_inferred(ds.get("meeting-hlscc-3"), "place")
    assert ds.get("meeting-hlscc-3", azt.Meeting).date.precision is azt.Precision.MONTH


@pytest.mark.parametrize(
    ("start", "end", "visitor", "office", "origin", "place"),
    [
        ("1994-02-08", "1994-02-11", "heydar-aliyev", "president", "AZ", "ankara"),
        ("1997-05-05", "1997-05-08", "heydar-aliyev", "president", "AZ", "ankara"),
        ("2001-03-12", "2001-03-17", "heydar-aliyev", "president", "AZ", "ankara"),
        ("2010-09-15", None, "ilham-aliyev", "president", "AZ", "istanbul"),
        ("2011-10-25", None, "ilham-aliyev", "president", "AZ", "izmir"),
        ("2015-01-15", None, "ilham-aliyev", "president", "AZ", "ankara"),
        ("2016-03-15", None, "ilham-aliyev", "president", "AZ", "ankara"),
        ("2018-04-24", "2018-04-25", "ilham-aliyev", "president", "AZ", "ankara"),
        ("2022-05-14", None, "ilham-aliyev", "president", "AZ", "rize"),
        ("2012-09-11", None, "recep-tayyip-erdogan", "prime_minister", "TR", "gabala"),
        ("2017-10-30", "2017-10-31", "recep-tayyip-erdogan", "president", "TR", "baku"),
        ("2020-02-25", None, "recep-tayyip-erdogan", "president", "TR", "baku"),
        ("2020-12-10", None, "recep-tayyip-erdogan", "president", "TR", "baku"),
        ("2021-06-15", None, "recep-tayyip-erdogan", "president", "TR", "shusha"),
        ("2022-05-28", None, "recep-tayyip-erdogan", "president", "TR", "baku"),
    ],
)
def test_listed_visits(
    ds: azt.Dataset, start: str, end: str | None, visitor: str, office: str, origin: str, place: str
) -> None:
    (visit,) = ds.visits_between(start, end or start, visitor=visitor)
    assert (visit.start, visit.end) == (D(start), D(end) if end else None)
    assert (visit.office.value, visit.origin, visit.place) == (office, origin, place)
    assert _sources(visit, "start")


def test_visit_counts_and_group_sizes_stay_as_published(ds: azt.Dataset) -> None:
    old = azt.load("1.0.0")
    assert ds.visit_counts == old.visit_counts
    assert ds.groups == old.groups
    for record in (*ds.visit_counts, *ds.groups):
        assert {c.source for c in record.citations} == {MFA}


def test_turkish_consulates_have_no_opening_date(ds: azt.Dataset) -> None:
    assert [m.opened for m in ds.missions_of("TR") if m.kind is azt.MissionKind.CONSULATE_GENERAL] == [
        None,
        None,
    ]


def test_implicit_values_are_now_stated(ds: azt.Dataset) -> None:
    war = ds.get("event-2020-09-27-44-day-war")
    assert not azt.is_inferred(war, "start") and not azt.is_inferred(war, "end")
    assert ds.get("embassy-az-in-tr", azt.Mission).city == "ankara" and not azt.is_inferred(
        ds.get("embassy-az-in-tr"), "city"
    )
    assert ds.get("embassy-tr-in-az", azt.Mission).opened == D("1992-01-14")
    assert ds.get("consulate-az-in-istanbul", azt.Mission).opened == D("1993-01")
    assert ds.get("consulate-az-in-kars", azt.Mission).opened == D("2004-04-12")
    note = azt.citations_for(ds.get("consulate-az-in-kars"), "opened")[0].note or ""
    assert "not an independent confirmation" in note
    assert ds.get("visit-2022-05-14-aliyev-rize", azt.Visit).kind is azt.VisitKind.WORKING


def test_agreements_and_ratifications(ds: azt.Dataset) -> None:
    shusha = ds.get("agreement-2021-06-15-shusha-declaration", azt.Agreement)
    assert shusha.title.startswith("Shusha Declaration on Allied Relations")
    assert [(r.country, r.date) for r in shusha.ratifications] == [
        ("AZ", D("2022-02-01")),
        ("TR", D("2022-02-03")),
    ]
    assert (shusha.ratifications[1].votes_for, shusha.ratifications[1].votes_against) == (266, 11)
    assert not azt.is_inferred(shusha, "signatories")
    spms = ds.get("agreement-2010-08-16-strategic-partnership-mutual-support", azt.Agreement)
    assert (spms.signed, spms.place, spms.signatories) == (
        D("2010-08-16"),
        "baku",
        ("ilham-aliyev", "abdullah-gul"),
    )
    assert [(r.country, str(r.date)) for r in spms.ratifications] == [
        ("AZ", "2010-12-21"),
        ("TR", "2011-02-02"),
    ]
    deepening = ds.get("agreement-1997-05-05-deepening-strategic-cooperation", azt.Agreement)
    assert (deepening.place, deepening.signatories) == ("ankara", ("heydar-aliyev", "suleyman-demirel"))
    hlscc = ds.get("agreement-2010-09-15-hlscc-joint-declaration", azt.Agreement)
    assert hlscc.signatories == ("ilham-aliyev", "recep-tayyip-erdogan")


@pytest.mark.parametrize(
    ("format_id", "first", "place"),
    [
        ("format-az-tr-ge", "2012-06-08", "trabzon"),
        ("format-az-tr-ir", "2011", "urmia"),
        ("format-az-tr-tm", "2014-05-26", "baku"),
        ("format-az-tr-pk", "2017-11-30", "baku"),
        ("format-az-tr-ir-ge", "2018-03-15", "baku"),
    ],
)
def test_first_meetings_of_formats(ds: azt.Dataset, format_id: str, first: str, place: str) -> None:
    fmt = ds.get(format_id, azt.Format)
    assert (fmt.first_meeting, fmt.first_meeting_place) == (D(first), place)


def test_second_iran_meeting(ds: azt.Dataset) -> None:
    meeting = ds.get("meeting-format-az-tr-ir-2", azt.Meeting)
    assert (meeting.council, meeting.number, meeting.date, meeting.place) == (
        "format-az-tr-ir",
        2,
        D("2012-03-07"),
        "nakhchivan",
    )


def test_offices(ds: azt.Dataset) -> None:
    def spans(person: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (o.role.value, str(o.start), o.end and str(o.end)) for o in ds.get(person, azt.Person).offices
        ]

    assert spans("heydar-aliyev") == [("president", "1993-10-03", "2003-10-31")]
    assert spans("ilham-aliyev") == [("president", "2003-10-31", None)]
    assert spans("recep-tayyip-erdogan") == [
        ("prime_minister", "2003-03-14", "2014-08-28"),
        ("president", "2014-08-28", None),
    ]


def test_one_nation_two_states_keeps_its_attribution_with_the_nuance(ds: azt.Dataset) -> None:
    principle = ds.get("principle-one-nation-two-states", azt.Principle)
    assert principle.attributed_to == "heydar-aliyev"
    assert principle.note and "Demirel" in principle.note and "1994" in principle.note


def test_every_source_is_cited_and_every_citation_has_a_source(ds: azt.Dataset) -> None:
    cited = {
        c.source for name in azt.COLLECTIONS for r in ds.collection(name) for c in getattr(r, "citations", ())
    }
    cited |= {c.published_in for c in ds.corrections}
    assert cited == {s.id for s in ds.sources}
    for source in ds.sources:
        assert source.url or source.id in {MFA, "maintainers-gazetteer"}


def test_everything_in_1_0_0_is_still_there(ds: azt.Dataset) -> None:
    change = azt.diff(azt.load("1.0.0"), ds)
    assert change.removed == ()
    assert {r.id for r in change.added} >= {
        "correction-visit-2022-01-28-erdogan-baku-start",
        "meeting-hlscc-1",
        "abdullah-gul",
    }


def test_diff_reads_like_release_notes(ds: azt.Dataset) -> None:
    change = azt.diff(azt.load("1.0.0"), ds)
    report = str(change)
    assert report.startswith(
        f"Data 1.0.0 -> 1.1.0: {len(change.added)} added, 0 removed, {len(change.changed)} changed"
    )
    assert (
        "+ correction-visit-2022-01-28-erdogan-baku-start: visit-2022-01-28-erdogan-baku start 2022-01-28 -> 2022-05-28"
        in report
    )
    assert "      start: 2022-01-28 -> 2022-05-28" in report
    assert "+ visit-1994-02-08-heydar-aliyev-ankara: First official visit to Türkiye" in report
    teknofest = next(c for c in change.changed if c.id == "visit-2022-01-28-erdogan-baku")
    assert azt.FieldChange(field="start", old="2022-01-28", new="2022-05-28") in teknofest.changes
    data = change.to_json()
    assert data["old_version"] == "1.0.0" and len(data["added"]) == len(change.added)


def test_diff_refuses_non_datasets() -> None:
    with pytest.raises(TypeError, match="old: expected a Dataset"):
        azt.diff("1.0.0", azt.load())  # type: ignore[arg-type]


def test_corrections_must_match_their_record() -> None:
    ds = azt.load("1.1.0")
    bad = azt.Correction(
        id="correction-x",
        record="embassy-az-in-tr",
        field="opened",
        published="1992-07",
        published_in=MFA,
        corrected="1992-09",
        citations=(azt.Citation(source=MFA, locator="x"),),
    )
    records = [*ds.sources, *ds.countries, *ds.places, *ds.missions, bad]
    with pytest.raises(
        azt.DataError,
        match=r"corrections: \$\[0\].corrected: '1992-09' but embassy-az-in-tr holds '1992-08'",
    ):
        azt.from_records(records, version="x")

"""Data 1.2.0: the key facts of each research file, checked through the query API; the errata of
1.1.0 fixed visibly; every value cited; every visitor and signatory holding an office on the day."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs
import pytest
from facts_1_2_0 import CITATIONS, FACTS

import az_tr_relations as azt
from az_tr_relations.checks.corrections import value_at

D = azt.PartialDate.parse


@pytest.fixture(scope="module")
def ds() -> azt.Dataset:
    return azt.load("1.2.0")


def _plain(value: Any) -> Any:
    if isinstance(value, azt.PartialDate):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _lists(value: Any) -> Any:
    """The fact table's tuples as lists, as `_plain` gives record values."""
    if isinstance(value, (tuple, list)):
        return [_lists(item) for item in value]
    return value


def _actual(record: Any, field: str, want: Any) -> Any:
    """The record's value of `field` in the form the fact table writes it."""
    if field == "offices" and isinstance(record, azt.Person):
        return [[o.role.value, o.country, _plain(o.start), _plain(o.end)] for o in record.offices]
    if field == "ratifications":
        found = [
            {key: _plain(getattr(r, key)) for key in w}
            for r, w in zip(record.ratifications, want, strict=False)
        ]
        return (
            found if len(record.ratifications) == len(want) else f"{len(record.ratifications)} ratifications"
        )
    if match := re.fullmatch(r"len\((\w+)\)", field):
        return len(getattr(record, match[1]))
    return _plain(value_at(record, field) if "[" in field else getattr(record, field))


@pytest.mark.parametrize(
    ("area", "kind", "record_id", "expected"), FACTS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_research_facts(
    ds: azt.Dataset, area: str, kind: str, record_id: str, expected: dict[str, Any]
) -> None:
    if kind == "heads_of_mission":
        found = ds.heads_of_mission(record_id, on=expected["on"], uncertain=expected["uncertain"])
        assert [head.person for head in found] == expected["persons"]
        return
    record = ds.get(record_id)
    for field, want in expected.items():
        assert _actual(record, field, want) == _plain(_lists(want)), f"{record_id}.{field}"
    if isinstance(record, azt.Visit):  # found by the query a reader would run
        found = ds.visits_between(
            record.start, record.end or record.start, visitor=record.visitor, host=record.host
        )
        assert record in found


@pytest.mark.parametrize(("area", "record_id", "source", "fields", "inferred"), CITATIONS)
def test_research_citations(
    ds: azt.Dataset, area: str, record_id: str, source: str, fields: list[str], inferred: bool
) -> None:
    record = ds.get(record_id)
    assert any(
        c.source == source and list(c.fields) == fields and c.inferred == inferred
        for c in record.citations  # type: ignore[attr-defined]
    )


def test_every_value_is_cited(ds: azt.Dataset) -> None:
    uncovered = []
    for name in azt.COLLECTIONS:
        for record in ds.collection(name):
            if isinstance(record, azt.Source):
                continue
            covered: set[str] = set()
            for citation in record.citations:  # type: ignore[attr-defined]
                covered |= set(citation.fields) or {f.name for f in attrs.fields(type(record))}
            for field in attrs.fields(type(record)):
                value = getattr(record, field.name)
                if field.name not in ("id", "citations") and value not in (None, (), field.default):
                    if field.name not in covered:
                        uncovered.append(f"{record.id}.{field.name}")
    assert uncovered == []


def test_every_visitor_and_signatory_has_dated_offices(ds: azt.Dataset) -> None:
    """The load-time check (see `checks.offices`) then covers every visit and signature."""
    people = [v.visitor for v in ds.visits] + [
        p for a in ds.agreements for p in (*a.signatories, *a.witnesses)
    ]
    assert [p for p in dict.fromkeys(people) if not ds.get(p, azt.Person).offices] == []


def test_a_visit_outside_the_visitors_office_is_refused(ds: azt.Dataset) -> None:
    visit = ds.get("visit-2014-09-02-erdogan-baku", azt.Visit)
    early = attrs.evolve(visit, start=D("1990-01-01"), end=None)
    with pytest.raises(
        azt.DataError, match=r"visits: \$\[\d+\]\.visitor: recep-tayyip-erdogan held no office"
    ):
        azt.from_records(
            [early if r is visit else r for n in azt.COLLECTIONS for r in ds.collection(n)], version="x"
        )


def test_errata_fixes_are_visible_corrections(ds: azt.Dataset) -> None:
    own = {c.record: c for c in ds.corrections if c.origin is azt.CorrectionOrigin.DATASET}
    assert {"heydar-aliyev", "event-1992-occupation"} <= set(own)
    e1 = own["heydar-aliyev"]
    assert (e1.field, e1.published, e1.corrected, e1.data_version) == (
        "offices[3].start",
        "1993-10-03",
        "1993-10-10",
        "1.1.0",
    )
    assert str(ds.person("Heydar Aliyev").offices[3].start) == "1993-10-10"
    teknofest = ds.corrections_for("visit-2022-01-28-erdogan-baku")
    assert [c.origin for c in teknofest] == [azt.CorrectionOrigin.SOURCE], "a source's own error stays one"
    report = str(azt.diff(azt.load("1.1.0"), ds))
    assert "(our own error in data 1.1.0)" in report
    assert "Corrected: offices[3].start: 1993-10-03 → 1993-10-10 (our own error in data 1.1.0)" in e1_html(ds)


def e1_html(ds: azt.Dataset) -> str:
    return ds.person("Heydar Aliyev")._repr_html_()


def test_missing_visits_the_data_implied_are_added(ds: azt.Dataset) -> None:
    """E4 and E5: the 2010 agreement's signing in Baku, the 3rd council meeting, Zangilan and Fuzuli."""
    gul = ds.visits_between("2010-08-16", "2010-08-17", visitor="Abdullah Gül", host="AZ")
    aliyev = ds.visits_between("2013-11-12", "2013-11-13", visitor="ilham-aliyev", host="TR")
    erdogan = ds.visits_between("2021-10-26", "2022-10-20", visitor="recep-tayyip-erdogan", host="AZ")
    assert gul and aliyev and {v.place for v in erdogan} >= {"fuzuli", "zangilan"}


def test_heads_of_mission_answer_who_was_ambassador(ds: azt.Dataset) -> None:
    (head,) = ds.heads_of_mission("embassy-tr-in-az", on="2019-01-01")
    assert ds.person(head.person).name == "Erkan Özoral"
    assert ds.heads_of_mission(ds.get("embassy-tr-in-az", azt.Mission))[0].mission == "embassy-tr-in-az"
    with pytest.raises(TypeError, match="is not a Mission"):
        ds.heads_of_mission("ilham-aliyev")
    with pytest.raises(azt.UnknownIdError):
        ds.heads_of_mission("embassy-xx")


def test_as_of_is_the_month_of_the_latest_fact(ds: azt.Dataset) -> None:
    latest = max(
        r.span.latest for r in ds.timeline() if r.span is not None and not isinstance(r, azt.HeadOfMission)
    )
    assert ds.as_of == D("2026-03") and (latest.year, latest.month) <= (2026, 3)


def test_older_versions_are_untouched() -> None:
    assert len(azt.load("1.0.0")) == 54 and len(azt.load("1.1.0")) == 114
    assert azt.load("1.1.0").person("Heydar Aliyev").offices[0].start == D("1993-10-03"), (
        "1.1.0 keeps its error"
    )

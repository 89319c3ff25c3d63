"""PartialDate and DateRange: parsing, printing, precision, bounds and the laws of their order."""

from __future__ import annotations

import datetime
import json

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from az_tr_relations import DateRange, FieldError, PartialDate, Precision
from az_tr_relations._converter import CONVERTER
from strategies import partial_dates


@given(partial_dates())
def test_parse_of_format_is_identity(date: PartialDate) -> None:
    assert PartialDate.parse(date.isoformat()) == date
    assert PartialDate.parse(str(date)) == date


@given(partial_dates())
def test_json_round_trip_is_exact(date: PartialDate) -> None:
    text = json.dumps(CONVERTER.unstructure(date))
    assert CONVERTER.structure(json.loads(text), PartialDate) == date
    assert json.loads(text) == date.isoformat()


@given(partial_dates(), partial_dates())
def test_order_is_total_and_consistent_with_bounds(a: PartialDate, b: PartialDate) -> None:
    assert sum([a < b, a == b, a > b]) == 1
    assert (a <= b) == (a < b or a == b) and (a >= b) == (a > b or a == b)
    if a.latest < b.earliest:
        assert a < b
    if a.earliest < b.earliest:
        assert a < b
    if a == b:
        assert hash(a) == hash(b)


@given(partial_dates(), partial_dates(), partial_dates())
def test_order_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    if a <= b and b <= c:
        assert a <= c


@given(partial_dates())
def test_bounds_cover_the_precision(date: PartialDate) -> None:
    assert isinstance(date.earliest, pendulum.Date) and isinstance(date.latest, pendulum.Date)
    assert date.earliest <= date.latest
    span = (date.latest - date.earliest).days + 1
    expected = {Precision.DAY: {1}, Precision.MONTH: {28, 29, 30, 31}, Precision.YEAR: {365, 366}}
    assert span in expected[date.precision]


def test_coarser_dates_sort_first() -> None:
    dates = [
        PartialDate.parse(text) for text in ["1992-08-02", "1992-08", "1992-08-01", "1992", "1991-12-31"]
    ]
    assert [str(d) for d in sorted(dates)] == ["1991-12-31", "1992", "1992-08", "1992-08-01", "1992-08-02"]


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("1992", Precision.YEAR, "1992-01-01", "1992-12-31"),
        ("1992-02", Precision.MONTH, "1992-02-01", "1992-02-29"),
        ("2021-02", Precision.MONTH, "2021-02-01", "2021-02-28"),
        ("1992-01-14", Precision.DAY, "1992-01-14", "1992-01-14"),
    ],
)
def test_precision_and_bounds(text: str, precision: Precision, earliest: str, latest: str) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert (str(date.earliest), str(date.latest)) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021-02-30", "day must be 1-28"),
        ("2022-13", "month must be 1-12"),
        ("2022-00-10", "month must be 1-12"),
        ("22", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2022/05/14", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("14 May 2022", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2022-5-14", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "expected YYYY"),
        ("0000", "year"),
    ],
)
def test_bad_dates_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


@given(st.text(max_size=12))
def test_parse_never_fails_with_anything_but_value_error(text: str) -> None:
    try:
        date = PartialDate.parse(text)
    except ValueError as error:
        assert repr(text) in str(error)
    else:
        assert date.isoformat() == text


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="expected an ISO date string, got int"):
        PartialDate.parse(2022)  # type: ignore[arg-type]


def test_a_day_needs_a_month() -> None:
    with pytest.raises(ValueError, match="needs a month"):
        PartialDate(year=2022, day=3)


def test_from_date_accepts_stdlib_and_pendulum() -> None:
    expected = PartialDate.parse("2022-05-14")
    for value in (
        datetime.date(2022, 5, 14),
        datetime.datetime(2022, 5, 14, 23, 59),
        pendulum.date(2022, 5, 14),
    ):
        assert PartialDate.from_date(value) == expected


def test_ranges() -> None:
    war = DateRange.parse("2020-09-27/2020-11-10")
    assert (war.latest - war.earliest).days == 44
    assert str(war) == "2020-09-27/2020-11-10"
    assert str(DateRange.parse("1992-08")) == "1992-08"
    with pytest.raises(ValueError, match="before start"):
        DateRange.parse("2020-11-10/2020-09-27")


def test_field_error_names_the_field() -> None:
    with pytest.raises(FieldError) as caught:
        from az_tr_relations import Citation

        Citation(source="Bad Id", locator="x")
    assert caught.value.field == "source"

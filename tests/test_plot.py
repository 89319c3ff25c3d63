"""`plot_timeline` and `plot_visits_per_year` draw legible pictures (headless), saved as PNG and SVG:
no two texts overlap, every record of the window is marked, and a bad argument is refused."""

from __future__ import annotations

import datetime
import functools
import itertools
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations import PartialDate
from az_tr_relations.render.text import lanes
from strategies import datasets, window_ends

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.image  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

DS = azt.load("1.0.0")
NEWEST = azt.load("1.2.0")
OCCUPATION = "Occupation of Azerbaijani territories"


def _texts(ax: Axes) -> list[Text]:
    """The texts drawn inside the axes: record labels and the notes of records left out."""
    return list(ax.texts)


def _boxes(ax: Axes) -> list[tuple[str, Any]]:
    """Each text's box in pixels, measured by the Agg renderer after a full draw."""
    figure = ax.figure.figure
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    return [(text.get_text(), text.get_window_extent(renderer)) for text in _texts(ax)]


def _assert_legible(ax: Axes) -> None:
    """No two texts overlap, and each lies inside the axes."""
    boxes = _boxes(ax)
    frame = ax.get_window_extent()
    clashes = [(a, b) for (a, one), (b, other) in itertools.combinations(boxes, 2) if one.overlaps(other)]
    assert not clashes, f"{len(clashes)} overlapping labels, such as {clashes[:3]}"
    outside = [
        text
        for text, box in boxes
        if box.x0 < frame.x0 - 0.5
        or box.x1 > frame.x1 + 0.5
        or box.y0 < frame.y0 - 0.5
        or box.y1 > frame.y1 + 0.5
    ]
    assert not outside, f"labels leaving the axes: {outside[:3]}"


def _marked(ax: Axes) -> int:
    """How many records have a dot: one per record drawn."""
    return sum(len(line.get_xdata()) for line in ax.lines)  # type: ignore[arg-type]


def _labels(ax: Axes) -> list[str]:
    return [text.get_text() for text in _texts(ax)]


def _in_window(ds: azt.Dataset, since: PartialDate | None, until: PartialDate | None) -> list[object]:
    """The dated records that reach into the window, by their own days (not the plot's numbers)."""
    return [
        r
        for r in ds.timeline()
        if (since is None or r.span.latest >= since.earliest)
        and (until is None or r.span.earliest <= until.latest)  # type: ignore[union-attr]
    ]


def _as_date(end: object) -> PartialDate | None:
    """A window's end as a partial date, read independently of the plot's own parsing."""
    if end is None:
        return None
    return PartialDate(year=end) if isinstance(end, int) else PartialDate.parse(str(end))


def _close(ax: Axes) -> None:
    plt.close(ax.figure.figure)


# Pictures -------------------------------------------------------------------------------------


def test_png_and_svg_are_drawn(tmp_path: Path) -> None:
    ax = DS.plot_timeline(since=1990)
    ax.figure.savefig(tmp_path / "timeline.png", dpi=60)
    ax.figure.savefig(tmp_path / "timeline.svg")
    pixels = matplotlib.image.imread(tmp_path / "timeline.png")
    assert pixels.shape[0] > 100 and pixels.shape[1] > 100
    assert pixels.var() > 0.001  # not blank
    svg = (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    labels = _labels(ax)
    assert "Shusha Declaration" in labels and "44-day war" in labels and "Aliyev" in labels
    assert ax.get_title() == "Azerbaijan–Türkiye relations, data version 1.0.0"


def test_every_dated_record_in_the_window_is_marked_on_a_given_axes() -> None:
    figure, ax = plt.subplots()
    try:
        assert DS.plot_timeline(ax, since=1900, title="mine") is ax
        assert _marked(ax) == len(DS.timeline()) and ax.get_title() == "mine"
        assert ax.get_xlim()[0] == 1900
        _assert_legible(ax)
    finally:
        plt.close(figure)


@pytest.mark.parametrize("version", azt.versions())
@pytest.mark.parametrize(
    "window",
    [
        {},
        {"since": 2015},
        {"since": 1990, "until": 2005},
        {"until": "2010-06"},
        {"since": "2020-09", "until": datetime.date(2021, 6, 30)},
    ],
    ids=["default", "since 2015", "1990-2005", "until 2010-06", "2020-09 to 2021-06"],
)
def test_no_two_labels_overlap(version: str, window: dict[str, Any]) -> None:
    ds = azt.load(version)
    ax = ds.plot_timeline(**window)
    try:
        _assert_legible(ax)
        records = _in_window(ds, _as_date(window.get("since")), _as_date(window.get("until")))
        left_out = len(records) - _marked(ax)
        if "since" in window:
            assert left_out == 0
        else:  # far outliers before the bulk may be left out, and a note then names them
            notes = [label for label in _labels(ax) if label.startswith("earlier, not shown")]
            assert left_out == 0 or (len(notes) == 1 and notes[0].count("; ") == left_out - 1)
        assert len(_labels(ax)) >= min(len(records), 12)  # not decluttered into silence
    finally:
        _close(ax)


def test_the_newest_version_is_labelled_where_it_fits_and_marked_everywhere() -> None:
    ax = NEWEST.plot_timeline()
    try:
        labels = _labels(ax)
        assert 0.5 * _marked(ax) < len(labels) < _marked(ax)  # labels what fits, marks the rest
        assert "44-day war" in labels and any(label.startswith(OCCUPATION) for label in labels)
        assert [t.get_text() for t in reversed(ax.get_yticklabels())] == lanes(NEWEST.timeline())
    finally:
        _close(ax)


def test_far_outliers_are_named_not_drawn_by_default() -> None:
    ax = NEWEST.plot_timeline()
    try:
        notes = [label for label in _labels(ax) if label.startswith("earlier, not shown")]
        assert len(notes) == 1, _labels(ax)
        assert (
            "1918-05-28 Independence of the Azerbaijan" in notes[0]
            and "1921-10-13 Treaty of Kars" in notes[0]
        )
        assert "since=1918 shows them" in notes[0]
        left, right = ax.get_xlim()
        assert 1990 < left < 1991.8 and 2025.9 < right < 2027  # the bulk: late 1991 to the end of 2025
        assert _marked(ax) == len(NEWEST.timeline()) - 2
    finally:
        _close(ax)
    ax = NEWEST.plot_timeline(since=1918)
    try:
        assert ax.get_xlim()[0] == 1918 and _marked(ax) == len(NEWEST.timeline())
        assert not [label for label in _labels(ax) if "not shown" in label]
    finally:
        _close(ax)


@pytest.mark.parametrize("version", azt.versions())
def test_the_longest_bar_running_into_the_window_is_labelled(version: str) -> None:
    ax = azt.load(version).plot_timeline(since=2015)
    try:
        (label,) = [text for text in _texts(ax) if text.get_text().startswith(OCCUPATION)]
        assert label.xy[0] == 2015  # type: ignore[attr-defined]  # at the window's left edge
        assert label.get_horizontalalignment() == "left"
    finally:
        _close(ax)


def test_since_leaves_out_what_ended_before() -> None:
    ax = DS.plot_timeline(since=2010)
    labels = _labels(ax)
    assert not [label for label in labels if label.startswith("Independence of the Azerbaijan Democratic")]
    assert [label for label in labels if label.startswith(OCCUPATION)]
    by_date = _labels(DS.plot_timeline(since="2010-01"))
    assert by_date == labels, "a year and a date the queries accept cut at the same place"
    with pytest.raises(ValueError, match="since: not a date: 'ten'"):
        DS.plot_timeline(since="ten")
    with pytest.raises(TypeError, match="since: got float"):
        DS.plot_timeline(since=2010.5)  # type: ignore[arg-type]


def test_until_leaves_out_what_began_after() -> None:
    ax = NEWEST.plot_timeline(since=1992, until=1993)
    try:
        assert ax.get_xlim() == pytest.approx((1992, 1994))
        assert _marked(ax) == len(_in_window(NEWEST, PartialDate(year=1992), PartialDate(year=1993)))
        assert any(label.startswith(OCCUPATION) for label in _labels(ax))
    finally:
        _close(ax)


def test_a_short_window_has_month_or_day_ticks() -> None:
    ax = NEWEST.plot_timeline(since="2020-09", until="2020-12")
    try:
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        assert ticks[:2] == ["2020-09", "2020-10"] and ax.get_xlabel() == "date"
    finally:
        _close(ax)
    ax = NEWEST.plot_timeline(since="2020-09-27", until="2020-09-30")
    try:
        assert ax.get_xticklabels()[0].get_text() == "2020-09-27"
        assert any(label == "44-day war" for label in _labels(ax))
    finally:
        _close(ax)


# Dates at the ends of the calendar ------------------------------------------------------------


def _with_event(start: str, *, alone: bool = False) -> azt.Dataset:
    """Data version 1.0.0 (only its sources and countries when `alone`) and an event on `start`."""
    event = azt.Event(
        id="event-far",
        kind=azt.EventKind.ELECTION,
        title="Far away",
        start=PartialDate.parse(start),
        countries=("AZ",),
        summary="A test event.",
        citations=(azt.Citation(source=DS.sources[0].id, locator="x"),),
    )
    names = ("sources", "countries") if alone else azt.COLLECTIONS
    everything = [record for name in names for record in DS.collection(name)]
    return azt.from_records([*everything, event], version="far")


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_the_last_and_the_first_day_of_the_calendar_plot(date: str) -> None:
    ds = _with_event(date)
    ax = ds.plot_timeline()
    try:
        side = "later" if date.startswith("9999") else "earlier"
        (note,) = [label for label in _labels(ax) if label.startswith(f"{side}, not shown")]
        assert f"{date} Far away" in note
        _assert_legible(ax)
    finally:
        _close(ax)
    ax = ds.plot_timeline(since=date, until=date)
    try:
        assert _labels(ax) == ["Far away"] and _marked(ax) == 1
        assert ax.get_xlim() == pytest.approx(
            (9999 + 364 / 365, 10000) if date.startswith("9999") else (1, 1 + 1 / 365)
        )
        _assert_legible(ax)
    finally:
        _close(ax)
    whole = ds.plot_timeline(since=1, until=9999)
    try:
        assert whole.get_xlim() == pytest.approx((1, 10000)) and _marked(whole) == len(ds.timeline())
        _assert_legible(whole)
    finally:
        _close(whole)


# Bad arguments --------------------------------------------------------------------------------


def test_bad_axes_and_titles_are_refused() -> None:
    with pytest.raises(TypeError, match="ax: expected a matplotlib Axes or None, got str 'x'"):
        DS.plot_timeline(ax="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="ax: expected a matplotlib Axes or None, got Figure"):
        DS.plot_visits_per_year(ax=Figure())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="title: expected a string or None, got int 5"):
        DS.plot_timeline(title=5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("plot", "window", "error", "message"),
    [
        (
            "plot_timeline",
            {"since": 3000},
            ValueError,
            "plot_timeline: nothing to plot from 3000 on; the latest date in data version 1.0.0 is 2022-05-14",
        ),
        (
            "plot_timeline",
            {"until": 1900},
            ValueError,
            "plot_timeline: nothing to plot up to 1900; the earliest date in data version 1.0.0 is 1918-05-28",
        ),
        (
            "plot_timeline",
            {"since": 1930, "until": "1940"},
            ValueError,
            "plot_timeline: nothing to plot from 1930 to 1940; data version 1.0.0 runs from 1918-05-28 to 2022-05-14",
        ),
        (
            "plot_visits_per_year",
            {"until": 2000},
            ValueError,
            "plot_visits_per_year: nothing to plot up to 2000; the earliest date in data version 1.0.0 is 2022-01-28",
        ),
        (
            "plot_timeline",
            {"since": 2020, "until": 2010},
            ValueError,
            "since 2020 is after until 2010; pass the earlier date first",
        ),
        (
            "plot_visits_per_year",
            {"since": "2020-05", "until": "2020-04-30"},
            ValueError,
            "since 2020-05 is after until 2020-04-30",
        ),
        ("plot_timeline", {"until": 0}, ValueError, "until: a year must be 1-9999, got 0"),
        ("plot_timeline", {"since": "2022-13"}, ValueError, "since: not a date: '2022-13'"),
        (
            "plot_visits_per_year",
            {"since": True},
            TypeError,
            "since: got bool True; expected a year such as 2015, an ISO date string",
        ),
        (
            "plot_visits_per_year",
            {"until": [2020]},
            TypeError,
            "until: got list [2020]; expected a year such as 2015",
        ),
    ],
)
def test_a_bad_or_empty_window_is_refused_saying_why(
    plot: str, window: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        getattr(DS, plot)(**window)


def test_a_version_without_dated_records_is_refused() -> None:
    empty = azt.from_records([*DS.sources, *DS.countries], version="empty")
    with pytest.raises(ValueError, match="plot_timeline: data version empty has nothing to plot"):
        empty.plot_timeline()
    with pytest.raises(ValueError, match="plot_visits_per_year: data version empty has nothing to plot"):
        empty.plot_visits_per_year()


@pytest.mark.parametrize("call", [lambda: DS.plot_timeline(), lambda: DS.plot_visits_per_year()])
def test_a_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch, call: Any) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if not installed
    with pytest.raises(azt.MissingExtraError, match=r'pip install "az-tr-relations\[plot\]"'):
        call()


# Visits per year ------------------------------------------------------------------------------


def _bars(ax: Axes) -> dict[str, dict[int, int]]:
    """Direction -> year -> visits, read back from the bars."""
    found: dict[str, dict[int, int]] = {}
    for container in ax.containers:
        direction = container.get_label().rsplit(" (", 1)[0]
        found[direction] = {math.floor(bar.get_x() + 0.45): int(bar.get_height()) for bar in container}  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("version", azt.versions())
def test_visits_per_year_count_every_visit_by_direction(version: str, tmp_path: Path) -> None:
    ds = azt.load(version)
    ax = ds.plot_visits_per_year()
    try:
        bars = _bars(ax)
        assert list(bars) == ["visits AZ → TR", "visits TR → AZ"]
        for direction, origin in (("visits AZ → TR", "AZ"), ("visits TR → AZ", "TR")):
            visits = [v for v in ds.visits if v.origin == origin]
            years = {
                year: sum(v.start.year == year for v in visits) for year in {v.start.year for v in visits}
            }
            assert bars[direction] == years
        totals = [t.get_text() for t in ax.get_legend().get_texts()]
        assert totals == [
            f"visits {o} → {h} ({sum(v.origin == o for v in ds.visits)})"
            for o, h in (("AZ", "TR"), ("TR", "AZ"))
        ]
        assert ax.get_title() == f"Visits per year, data version {version}"
        ax.figure.savefig(tmp_path / "visits.png", dpi=60)
        assert matplotlib.image.imread(tmp_path / "visits.png").var() > 0.001
    finally:
        _close(ax)


def test_visits_per_year_take_a_window_axes_and_title() -> None:
    figure, ax = plt.subplots()
    try:
        assert (
            NEWEST.plot_visits_per_year(ax, since="2020", until=datetime.date(2022, 12, 31), title="mine")
            is ax
        )
        counted = sum(sum(years.values()) for years in _bars(ax).values())
        assert counted == len(NEWEST.visits_between("2020", "2022")) and ax.get_title() == "mine"
        assert ax.get_xlim() == pytest.approx((2019.4, 2022.6))
    finally:
        plt.close(figure)


# Any dataset, any window ----------------------------------------------------------------------


def _drawn_or_refused(name: str, plot: Callable[[], Axes], holds: int, check: Callable[[Axes], None]) -> None:
    """`plot()` draws axes that pass `check` when the window `holds` records, else refuses it."""
    event(f"{name}: {'drawn' if holds else 'empty window'}")
    if not holds:
        with pytest.raises(ValueError, match="nothing to plot"):
            plot()
        return
    ax = plot()
    try:
        check(ax)
    finally:
        _close(ax)


@settings(max_examples=40)  # each example lays out and draws a figure
@given(datasets(years=(1, 9999)), window_ends, window_ends)
def test_any_dataset_and_window_plots_legibly_or_says_why_not(
    ds: azt.Dataset, since: Any, until: Any
) -> None:
    first, last = _as_date(since), _as_date(until)
    if first is not None and last is not None and first.earliest > last.latest:
        event("since after until")
        with pytest.raises(ValueError, match="is after until"):
            ds.plot_timeline(since=since, until=until)
        return
    records = _in_window(ds, first, last)
    visits = ds.visits_between(first, last)

    def legible_and_complete(ax: Axes) -> None:
        _assert_legible(ax)
        left_out = len(records) - _marked(ax)
        assert 0 <= left_out <= 2 * max(1, len(records) // 20)  # far outliers only
        if first is not None and last is not None:
            assert left_out == 0  # a window given in full shows all it holds

    def every_visit_counted(ax: Axes) -> None:
        assert sum(sum(years.values()) for years in _bars(ax).values()) == len(visits)

    timeline = functools.partial(ds.plot_timeline, since=since, until=until)
    per_year = functools.partial(ds.plot_visits_per_year, since=since, until=until)
    _drawn_or_refused("timeline", timeline, len(records), legible_and_complete)
    _drawn_or_refused("visits per year", per_year, len(visits), every_visit_counted)


@settings(max_examples=20)  # each example draws a figure; the test above covers the calendar too
@given(st.integers(1, 9999), st.integers(0, 3))
def test_any_year_of_the_calendar_is_a_window(year: int, width: int) -> None:
    ds = _with_event(f"{year:04d}-06-15", alone=True)
    until = min(9999, year + width)
    ax = ds.plot_timeline(since=year, until=until)
    try:
        assert ax.get_xlim() == pytest.approx((year, until + 1))
        _assert_legible(ax)
        assert "Far away" in _labels(ax)
    finally:
        _close(ax)

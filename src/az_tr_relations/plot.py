"""Pictures of a dataset (matplotlib): `plot_timeline` and `plot_visits_per_year`.

The timeline draws each dated record over every day its dates may stand for: a span (the war,
a visit of several days) or a partial date ("1992-08") is a bar, a known day is a dot, one lane
per record type (visits one per direction: AZ → TR, TR → AZ). Every record in the window is
marked; labels go where they fit, the most important first (spans of a month or more, then the
records with more sources), so a crowded stretch shows its main records named and the rest as
marks. A few records far before (or after) the bulk of the data would squeeze it into a corner:
by default the window starts (ends) at the bulk and a note names what it leaves out; with `since`
and `until` you set the window yourself.
"""

from __future__ import annotations

import calendar
import datetime
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ._coerce import _ACCEPTED, DateLike, as_partial_date
from ._extras import require
from .dates import PartialDate
from .errors import shown
from .render.text import lane, lanes, short
from .schema import TimelineRecord, kind_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase

    from .dataset import Dataset
    from .records import Visit

__all__ = ["Bound", "plot_timeline", "plot_visits_per_year"]

Bound = int | DateLike
"""A window's end: a year (2015) or any date the queries accept ("2015-06", a `datetime.date`)."""


_FONT = 7.0
"""Label size, in points."""
_GAP = 3.0
"""Points kept free between two labels, and between a label and the marks below it."""
_MARKER = 5.0
"""Diameter of a record's dot, in points."""
_BAR = 0.16
"""Height of a span's bar, in lanes."""
_WIDTH = 45
"""Longest label, in characters."""


# Dates as numbers: fractional years, 1 July 2000 is about 2000.5 ----------------------------


def _fraction(day: datetime.date) -> float:
    """The first moment of `day` as a fractional year (any day of years 1-9999)."""
    return day.year + (day.timetuple().tm_yday - 1) / (365 + calendar.isleap(day.year))


def _after(day: datetime.date) -> float:
    """The moment `day` ends, as a fractional year (9999-12-31 ends at 10000.0)."""
    return _fraction(day) + 1 / (365 + calendar.isleap(day.year))


def _first(record: TimelineRecord) -> datetime.date:
    span = record.span
    assert span is not None  # the timeline holds dated records only
    return span.earliest


def _last(record: TimelineRecord) -> datetime.date:
    span = record.span
    assert span is not None
    return span.latest


# Arguments ------------------------------------------------------------------------------------


def _bound(value: object, name: str) -> PartialDate | None:
    """`since` or `until` as a partial date: an int is a year, anything else a date the queries accept."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1 <= value <= 9999:
            raise ValueError(f"{name}: a year must be 1-9999, got {value}")
        return PartialDate(year=value)
    if not isinstance(value, (str, datetime.date, PartialDate)):
        raise TypeError(
            f"{name}: got {type(value).__name__} {shown(value)}; expected a year such as 2015, {_ACCEPTED}"
        )
    return as_partial_date(value, name)


class _Window(NamedTuple):
    since: PartialDate | None
    until: PartialDate | None

    def holds(self, first: datetime.date, last: datetime.date) -> bool:
        """Whether days `first` to `last` reach into the window."""
        return (self.since is None or last >= self.since.earliest) and (
            self.until is None or first <= self.until.latest
        )


def _window(since: object, until: object) -> _Window:
    window = _Window(_bound(since, "since"), _bound(until, "until"))
    if window.since is not None and window.until is not None and window.since.earliest > window.until.latest:
        raise ValueError(f"since {window.since} is after until {window.until}; pass the earlier date first")
    return window


def _check(ax: object, title: object) -> None:
    """Refuse an `ax` that is not a matplotlib Axes and a `title` that is not a string."""
    from matplotlib.axes import Axes

    if ax is not None and not isinstance(ax, Axes):
        raise TypeError(f"ax: expected a matplotlib Axes or None, got {type(ax).__name__} {shown(ax)}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title: expected a string or None, got {type(title).__name__} {shown(title)}")


def _nothing(
    what: str, version: str, window: _Window, dates: Sequence[tuple[PartialDate, PartialDate]]
) -> ValueError:
    """The error for an empty window: what the window asked for and what the data holds."""
    if not dates:
        return ValueError(f"{what}: data version {version} has nothing to plot")
    earliest = min(first for first, _ in dates)
    latest = max((last for _, last in dates), key=lambda date: date.latest)
    if window.until is None:
        found = f"from {window.since} on; the latest date in data version {version} is {latest}"
    elif window.since is None:
        found = f"up to {window.until}; the earliest date in data version {version} is {earliest}"
    else:
        found = (
            f"from {window.since} to {window.until}; data version {version} runs from {earliest} to {latest}"
        )
    return ValueError(f"{what}: nothing to plot {found}")


def _dates(records: Sequence[TimelineRecord]) -> list[tuple[PartialDate, PartialDate]]:
    found = []
    for record in records:
        assert record.span is not None
        found.append((record.span.start, record.span.end or record.span.start))
    return found


# The timeline's window: the bulk of the data unless since/until say otherwise ---------------


class _Mark(NamedTuple):
    """A record on the timeline: its lane (0 at the bottom) and its days as fractional years."""

    record: TimelineRecord
    lane: int
    start: float
    stop: float

    def importance(self) -> tuple[bool, int, int, float]:
        """Sort key, most important first: spans of a month or more, more sources, longer."""
        span = self.record.span
        assert span is not None
        certain = (span.end or span.start).earliest.toordinal() - span.start.latest.toordinal()
        sources = len({citation.source for citation in self.record.citations})
        return (certain < 28, -sources, -certain, self.start)


def _bulk_start(starts: list[float], stop: float) -> float | None:
    """Where the bulk of the data starts when a few records (at most one in twenty) lie so far
    before it that drawing them would squeeze it: the gap before the bulk is longer than half
    the bulk. `starts` are sorted; `stop` is where the data ends."""
    most = min(max(1, len(starts) // 20), len(starts) - 1)
    for cut in range(most, 0, -1):
        if starts[cut] - starts[cut - 1] > (stop - starts[cut]) / 2:
            return starts[cut]
    return None


def _extent(marks: list[_Mark], window: _Window) -> tuple[float, float]:
    """The years the timeline shows: the window's ends where given, else those of the bulk of
    the data (see `_bulk_start`; at the end the same rule, counted backwards), padded a little."""
    starts = sorted(mark.start for mark in marks)
    stops = sorted(mark.stop for mark in marks)
    end = stops[-1] if window.until is None else _after(window.until.latest)
    if window.since is None:
        low = _bulk_start(starts, end) or starts[0]
    else:
        low = _fraction(window.since.earliest)
    if window.until is None:
        backwards = _bulk_start([-stop for stop in reversed(stops)], -low)
        high = stops[-1] if backwards is None else -backwards
    else:
        high = end
    pad = max(high - low, 1 / 365) * 0.015
    left = max(1.0, low - pad) if window.since is None else low
    return left, (min(10000.0, high + pad) if window.until is None else high)


# Drawing ----------------------------------------------------------------------------------------


def _short(label: str, width: int = _WIDTH) -> str:
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _ticks(ax: Axes, left: float, right: float) -> str:
    """Ticks on the years for a window of three years or more, else on months or days; the
    axis label that goes with them."""
    from matplotlib.ticker import FixedLocator, MaxNLocator

    if right - left >= 3:
        ax.xaxis.set_major_locator(MaxNLocator(nbins=12, steps=[1, 2, 5, 10], integer=True, min_n_ticks=2))
        ax.ticklabel_format(axis="x", useOffset=False, style="plain")
        return "year"
    first = datetime.date(int(left), 1, 1).toordinal()
    last = min(datetime.date.max.toordinal(), first + 4 * 366)
    days = [datetime.date.fromordinal(n) for n in range(first, last + 1)]
    days = [day for day in days if left <= _fraction(day) <= right]
    months = [day for day in days if day.day == 1]
    ticks, width = (months, 7) if len(months) >= 3 else (days, 10)  # "2015-06" or "2015-06-14"
    ticks = ticks[:: -(-len(ticks) // (12 if width == 7 else 7))]
    ax.xaxis.set_major_locator(FixedLocator([_fraction(day) for day in ticks]))
    ax.set_xticklabels([day.isoformat()[:width] for day in ticks])
    return "date"


def _draw_marks(ax: Axes, marks: list[_Mark]) -> None:
    """A dot at each record's start, a bar over a span longer than a day, in its type's colour."""
    for where in sorted({mark.lane for mark in marks}):
        mine = [mark for mark in marks if mark.lane == where]
        colour = kind_of(mine[0].record).colour
        bars = [(mark.start, mark.stop - mark.start) for mark in mine if mark.stop - mark.start > 2 / 365]
        if bars:
            ax.broken_barh(bars, (where - _BAR / 2, _BAR), color=colour, alpha=0.5)
        xs = [mark.start for mark in mine]
        ax.plot(xs, [where] * len(xs), "o", color=colour, markersize=_MARKER, linestyle="none")


_Box = tuple[float, float, float, float]
"""A text's place on the figure, in pixels: left, bottom, right, top."""


def _free(box: _Box, frame: _Box, taken: list[_Box], gap: float) -> bool:
    """Whether `box` lies inside `frame` (give or take half a pixel, the rounding of its
    edges) and keeps `gap` pixels away from every box `taken`."""
    left, bottom, right, top = box
    if left < frame[0] - 0.5 or right > frame[2] + 0.5 or bottom < frame[1] - 0.5 or top > frame[3] + 0.5:
        return False
    return all(
        right + gap <= x0 or x1 + gap <= left or top + gap <= y0 or y1 + gap <= bottom
        for x0, y0, x1, y1 in taken
    )


def _label(
    ax: Axes,
    renderer: RendererBase,
    marks: list[_Mark],
    text: Callable[[TimelineRecord], str],
    left: float,
    taken: list[_Box],
) -> None:
    """Label the marks, most important first, each in the lowest row above its lane where it
    keeps clear of every box `taken` (which it joins) and stays inside the axes: rightwards of
    its start, else leftwards. A mark with no such place keeps no label. The figure must have
    been laid out (`Figure.draw_without_rendering`), so that sizes in pixels are final."""
    scale = ax.figure.figure.dpi / 72  # pixels per point
    frame = ax.get_window_extent()
    bounds = (frame.x0, frame.y0, frame.x1, frame.y1)
    lane_height = ax.transData.transform((0, 1))[1] - ax.transData.transform((0, 0))[1]
    low = (max(_MARKER / 2, lane_height * _BAR / 2 / scale) + _GAP) * scale  # a lane to its first row
    top_lane = max(mark.lane for mark in marks)
    gap = _GAP * scale
    for mark in sorted(marks, key=_Mark.importance):
        x = max(mark.start, left)
        note = ax.annotate(
            text(mark.record),
            (x, mark.lane),
            xytext=(0, low / scale),
            textcoords="offset points",
            fontsize=_FONT,
            color="0.15",
            verticalalignment="bottom",
        )
        note.set_in_layout(False)
        size = note.get_window_extent(renderer)
        anchor, base = ax.transData.transform((x, mark.lane))
        # labels stay nearer their own lane than the next, so each reads as its lane's
        ceiling = frame.y1 if mark.lane == top_lane else base + lane_height * 0.62
        places = [
            (start, bottom, start + size.width, bottom + size.height)
            for bottom in _rows(base + low, ceiling, size.height, gap)
            for start in (anchor, anchor - size.width)  # rightwards, else leftwards
        ]
        box = next((place for place in places if _free(place, bounds, taken, gap)), None)
        if box is None:
            note.remove()
            continue
        taken.append(box)
        note.xyann = (0, (box[1] - base) / scale)
        note.set_horizontalalignment("left" if box[0] == anchor else "right")


def _rows(first: float, ceiling: float, height: float, gap: float) -> list[float]:
    """The bottoms of the rows of labels `height` high, from `first` up, that end below `ceiling`."""
    count = int((ceiling - first + gap) // (height + gap))
    return [first + n * (height + gap) for n in range(max(0, count))]


def _left_out(
    ax: Axes,
    renderer: RendererBase,
    marks: list[_Mark],
    text: Callable[[TimelineRecord], str],
    taken: list[_Box],
    *,
    earlier: bool,
    room: float,
) -> None:
    """A note in a bottom corner of the axes naming the records left out before (`earlier`) or
    after the window, as many as fit in the share `room` of the axes' width, with the `since`
    or `until` that shows them; its box joins `taken`."""
    if not marks:
        return
    marks = sorted(marks, key=lambda mark: mark.start)
    year = _first(marks[0].record).year if earlier else _last(marks[-1].record).year
    hint = f"since={year}" if earlier else f"until={year}"
    side = "earlier" if earlier else "later"
    named = [f"{mark.record.span} {_short(text(mark.record), 40)}" for mark in marks]
    choices = [
        f"{side}, not shown: {'; '.join(named[:count])}"
        + (f" and {len(named) - count} more" if count < len(named) else "")
        + f" ({hint} shows them)"
        for count in range(len(named), 0, -1)
    ]
    choices.append(f"{len(named)} {side} not shown ({hint})")
    note = ax.annotate(
        "",
        (0 if earlier else 1, 0),
        xycoords="axes fraction",
        xytext=(_GAP if earlier else -_GAP, _GAP),
        textcoords="offset points",
        fontsize=_FONT,
        color="0.3",
        style="italic",
        horizontalalignment="left" if earlier else "right",
        verticalalignment="bottom",
    )
    note.set_in_layout(False)
    width = ax.get_window_extent().width
    for choice in choices:
        note.set_text(choice)
        box = note.get_window_extent(renderer)
        if box.width <= width * room:
            taken.append((box.x0, box.y0, box.x1, box.y1))
            return
    note.remove()


def plot_timeline(
    ds: Dataset,
    ax: Axes | None = None,
    *,
    since: Bound | None = None,
    until: Bound | None = None,
    title: str | None = None,
) -> Axes:
    """Draw `ds.timeline()` on `ax` (a new 11 inch wide figure when None) and return the axes.

    `since` and `until` (a year such as 2015, or any date the queries accept: "2015",
    "2015-06", a `datetime.date`) bound the window; the records that reach into it are drawn.
    Without them the window spans the data, except a few far outliers, which a note names.
    Save the picture with ``ax.figure.savefig("timeline.png")`` (or ``.svg``).

    >>> import az_tr_relations as azt
    >>> ax = plot_timeline(azt.load("1.0.0"), since=1990)
    >>> [t.get_text() for t in reversed(ax.get_yticklabels())]
    ['events', 'missions', 'visits AZ → TR', 'visits TR → AZ', 'agreements', 'meetings']
    """
    require("plot_timeline()", "matplotlib", "plot")
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure

    _check(ax, title)
    window = _window(since, until)
    everything = list(ds.timeline())
    records = [r for r in everything if window.holds(_first(r), _last(r))]
    if not records:
        raise _nothing("plot_timeline", ds.version, window, _dates(everything))
    names = lanes(records)
    names.reverse()  # the first lane on top
    marks = [_Mark(r, names.index(lane(r)), _fraction(_first(r)), _after(_last(r))) for r in records]
    left, right = _extent(marks, window)
    if ax is None:
        ax = Figure(figsize=(11, max(3.0, 1.4 + 1.0 * len(names))), layout="constrained").add_subplot()
    shown = [mark for mark in marks if mark.stop > left and mark.start < right]
    _draw_marks(ax, shown)
    ax.set_yticks(range(len(names)), names)
    ax.set_ylim(-0.45, len(names) - 0.1)  # room for the notes below the bottom lane
    ax.set_xlim(left, right)
    ax.set_xlabel(_ticks(ax, left, right))
    ax.grid(axis="x", color="0.9")
    ax.set_title(title if title is not None else f"Azerbaijan–Türkiye relations, data version {ds.version}")
    figure = ax.figure.figure
    figure.draw_without_rendering()  # lay out the figure: the labels are placed in pixels
    # one renderer measures every text (asked for none, matplotlib would make one per text)
    renderer = RendererAgg(int(figure.bbox.width), int(figure.bbox.height), figure.dpi)  # type: ignore[no-untyped-call]

    def text(record: TimelineRecord) -> str:
        return _short(short(record, ds))

    taken: list[_Box] = []
    before = [mark for mark in marks if mark.stop <= left]
    after = [mark for mark in marks if mark.start >= right]
    room = 0.48 if before and after else 0.96
    _left_out(ax, renderer, before, text, taken, earlier=True, room=room)
    _left_out(ax, renderer, after, text, taken, earlier=False, room=room)
    _label(ax, renderer, shown, text, left, taken)
    return ax


def plot_visits_per_year(
    ds: Dataset,
    ax: Axes | None = None,
    *,
    since: Bound | None = None,
    until: Bound | None = None,
    title: str | None = None,
) -> Axes:
    """Bars of the visits per year, side by side by direction (AZ → TR, TR → AZ), on `ax` (a new
    figure when None); return the axes. The visits counted are those `ds.visits_between(since,
    until)` returns, each in the year it begins; `since` and `until` as for `plot_timeline`.

    >>> import az_tr_relations as azt
    >>> ax = plot_visits_per_year(azt.load("1.1.0"), since=2010)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['visits AZ → TR (6)', 'visits TR → AZ (6)']
    """
    require("plot_visits_per_year()", "matplotlib", "plot")
    from matplotlib.colors import to_rgb
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, MultipleLocator

    _check(ax, title)
    window = _window(since, until)
    visits: list[Visit] = list(ds.visits_between(window.since, window.until))
    if not visits:
        raise _nothing("plot_visits_per_year", ds.version, window, _dates(ds.visits))
    counts = Counter((lane(visit), visit.start.year) for visit in visits)
    first = window.since.year if window.since is not None else min(year for _, year in counts)
    last = window.until.year if window.until is not None else max(year for _, year in counts)
    if ax is None:
        ax = Figure(figsize=(11, 4.5), layout="constrained").add_subplot()
    colour = to_rgb(kind_of(visits[0]).colour or "C0")
    directions = lanes(ds.visits)
    width = 0.8 / len(directions)
    for n, direction in enumerate(directions):
        years = sorted(year for where, year in counts if where == direction)
        lighter = 0.6 * n / max(1, len(directions) - 1)  # the first direction in full colour
        ax.bar(
            [year - 0.4 + width * (n + 0.5) for year in years],
            [counts[direction, year] for year in years],
            width=width,
            color=tuple(c + (1 - c) * lighter for c in colour),
            edgecolor=colour,
            linewidth=0.6,
            label=f"{direction} ({sum(counts[direction, year] for year in years)})",
        )
    ax.set_xlim(first - 0.6, last + 0.6)
    every_year = MultipleLocator(1)  # a tick under each bar while they fit
    ax.xaxis.set_major_locator(every_year if last - first < 20 else MaxNLocator(16, steps=[1, 2, 5, 10]))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.ticklabel_format(axis="x", useOffset=False, style="plain")
    ax.set_xlabel("year the visit began")
    ax.set_ylabel("visits")
    ax.grid(axis="y", color="0.9")
    ax.set_axisbelow(True)
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    ax.set_title(title if title is not None else f"Visits per year, data version {ds.version}")
    return ax

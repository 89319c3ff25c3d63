"""`plot_timeline`: the dated records of a dataset on one time axis, one lane per kind (matplotlib).

Each record is drawn over every day its dates may stand for: a span (the war, a visit of
several days) or a partial date ("1992-08") is a bar, a known day is a dot. Visits get one
lane per direction (AZ → TR, TR → AZ).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ._coerce import DateLike, as_partial_date
from ._extras import require
from .render.text import lane, lanes, short
from .schema import TimelineRecord, kind_of

if TYPE_CHECKING:
    from .dataset import Dataset

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_timeline"]

_LEVELS = 4
"""Rows of labels above each lane."""


def _year(day: datetime.date) -> float:
    """A day as a fractional year: 1 July 2000 is about 2000.5."""
    first = datetime.date(day.year, 1, 1)
    return day.year + (day - first).days / (datetime.date(day.year + 1, 1, 1) - first).days


def _short(label: str, width: int = 45) -> str:
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _years(record: TimelineRecord) -> tuple[float, float]:
    """From the first day the record's dates may stand for to the end of the last one."""
    span = record.span
    assert span is not None  # the timeline holds dated records only
    first, last = span.start.earliest, (span.end or span.start).latest
    return _year(first), _year(last + datetime.timedelta(days=1))


def _level(taken: list[list[tuple[float, float]]], extent: tuple[float, float]) -> int:
    """The lowest row above a lane where a label over `extent` overwrites no other (else the
    row where it overwrites fewest); the label is then recorded there."""

    def clashes(level: int) -> int:
        return sum(left < extent[1] and extent[0] < right for left, right in taken[level])

    level = min(range(len(taken)), key=lambda n: (clashes(n) > 0, clashes(n), n))
    taken[level].append(extent)
    return level


def _cutoff(since: object) -> float | None:
    """`since` as a fractional year: an int is a year, anything else a date the queries accept."""
    if since is None:
        return None
    if isinstance(since, int) and not isinstance(since, bool):
        return float(since)
    return _year(as_partial_date(since, "since").earliest)


def plot_timeline(
    ds: Dataset, ax: Axes | None = None, *, since: int | DateLike | None = None, title: str | None = None
) -> Axes:
    """Draw `ds.timeline()` on `ax` (a new 11 x 6 inch figure when None) and return the axes;
    `since` (a year such as 1990, or any date the queries accept: "1990", "1991-11") leaves out
    what ended before it. Save the picture with
    ``ax.figure.savefig("timeline.png")`` (or ``.svg``).

    >>> import az_tr_relations as azt
    >>> ax = plot_timeline(azt.load("1.0.0"), since=1990)
    >>> [t.get_text() for t in reversed(ax.get_yticklabels())]
    ['events', 'missions', 'visits AZ → TR', 'visits TR → AZ', 'agreements', 'meetings']
    """
    require("plot_timeline()", "matplotlib", "plot")
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    cutoff = _cutoff(since)
    if ax is None:
        ax = Figure(figsize=(11, 6), layout="constrained").add_subplot()
    records = [r for r in ds.timeline() if cutoff is None or _years(r)[1] > cutoff]
    rows = lanes(records)
    rows.reverse()  # the first lane on top
    spans = [_years(r) for r in records]
    first = cutoff if cutoff is not None else min((start for start, _ in spans), default=0.0)
    last = max((stop for _, stop in spans), default=first + 1)
    char = (last - first) / 170  # the width of a label's letter, in years, on an 11 inch figure
    taken: dict[str, list[list[tuple[float, float]]]] = {name: [[] for _ in range(_LEVELS)] for name in rows}
    for record, (start, stop) in zip(records, spans, strict=True):
        where = lane(record)
        y = rows.index(where)
        colour = kind_of(record).colour
        if stop - start > 2 / 365:  # longer than a day
            ax.broken_barh([(start, stop - start)], (y - 0.08, 0.16), color=colour, alpha=0.5)
        ax.plot([start], [y], "o", color=colour, markersize=5)
        label = _short(short(record, ds))
        # labels in the later half run leftwards, so that none leaves the picture
        rightwards = start < (first + last) / 2
        width = len(label) * char
        extent = (start, start + width) if rightwards else (start - width, start)
        ax.annotate(
            label,
            (start, y + 0.12 + 0.15 * _level(taken[where], extent)),
            fontsize=7,
            color="0.15",
            horizontalalignment="left" if rightwards else "right",
        )
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(-0.5, len(rows) - 0.2)
    if cutoff is not None:
        ax.set_xlim(left=cutoff)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=12, integer=True))
    ax.ticklabel_format(axis="x", useOffset=False, style="plain")
    ax.set_xlabel("year")
    ax.grid(axis="x", color="0.9")
    ax.set_title(title or f"Azerbaijan–Türkiye relations, data version {ds.version}")
    return ax

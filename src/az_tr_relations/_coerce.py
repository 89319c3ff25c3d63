"""Turn what users pass to the query helpers into day ordinals, or say clearly what was wrong."""

from __future__ import annotations

import datetime

from ._text import fold
from .dates import PartialDate
from .records.vocabularies import MissionKind

DateLike = str | datetime.date | PartialDate
"""A query bound: an ISO string ("2022", "2022-05", "2022-05-14"), a `datetime.date`,
a `datetime.datetime`, a pendulum date or datetime (both subclasses), or a `PartialDate`."""

_ACCEPTED = (
    "an ISO date string ('2022', '2022-05' or '2022-05-14'), datetime.date, datetime.datetime, "
    "a pendulum date or datetime, or a PartialDate"
)


def as_partial_date(value: object, name: str) -> PartialDate:
    """`value` as a `PartialDate`; `name` is the argument's name for the error message."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):  # datetime.datetime and pendulum types are subclasses
        return PartialDate.from_date(value)
    if isinstance(value, str):
        try:
            return PartialDate.parse(value.strip())
        except ValueError as error:
            raise ValueError(f"{name}: {error}") from None
    raise TypeError(f"{name}: got {type(value).__name__} {value!r}; expected {_ACCEPTED}")


_LAST = datetime.date.max.toordinal()


def day_window(start: object, end: object) -> tuple[int, int]:
    """The days from `start` to `end` as ordinals; a partial bound covers its whole span.

    ``None`` leaves that side open. ``("2022", "2022")`` is the whole of 2022.
    """
    first = 1 if start is None else as_partial_date(start, "start")._first_day()
    last = _LAST if end is None else as_partial_date(end, "end")._last_day()
    if first > last:
        raise ValueError(f"start {_show(start)} is after end {_show(end)}; pass the earlier date first")
    return first, last


def _show(value: object) -> str:
    return str(value) if isinstance(value, (str, PartialDate)) else repr(value)


def check_flag(uncertain: object) -> None:
    """`uncertain` must be True or False."""
    if not isinstance(uncertain, bool):
        raise TypeError(f"uncertain: expected True or False, got {uncertain!r}")


def mission_kind(kind: MissionKind | str) -> MissionKind:
    """A mission kind given as a `MissionKind` or its value (any case, spaces or hyphens)."""
    if isinstance(kind, MissionKind):
        return kind
    accepted = ", ".join(repr(k.value) for k in MissionKind)
    if not isinstance(kind, str):
        raise TypeError(f"kind: expected a MissionKind or one of {accepted}, got {kind!r}")
    try:
        return MissionKind(fold(kind).replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise ValueError(f"unknown mission kind {kind!r}; expected one of {accepted}") from None

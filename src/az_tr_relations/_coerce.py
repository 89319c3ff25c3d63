"""Turn what users pass to the query helpers into day ordinals, or say clearly what was wrong."""

from __future__ import annotations

import datetime

from ._text import fold
from .dates import PartialDate
from .errors import shown
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
        try:
            return PartialDate.from_date(value)
        except (TypeError, ValueError):  # a date-like with no real date in it, such as pandas' NaT
            raise TypeError(
                f"{name}: got {type(value).__name__} {shown(value)}, which holds no date; "
                f"expected {_ACCEPTED}, or None for an open bound"
            ) from None
    if isinstance(value, str):
        try:
            return PartialDate.parse(value.strip())
        except ValueError as error:
            raise ValueError(f"{name}: {error}") from None
    raise TypeError(f"{name}: got {type(value).__name__} {shown(value)}; expected {_ACCEPTED}")


_LAST = datetime.date.max.toordinal()


def day_window(start: object, end: object) -> tuple[int, int]:
    """The days from `start` to `end` as ordinals; a partial bound covers its whole span.

    ``None`` leaves that side open. ``("2022", "2022")`` is the whole of 2022.
    """
    first = None if start is None else as_partial_date(start, "start")
    last = None if end is None else as_partial_date(end, "end")
    if first is not None and last is not None and first._first_day() > last._last_day():
        raise ValueError(f"start {first} is after end {last}; pass the earlier date first")
    return (
        1 if first is None else first._first_day(),
        _LAST if last is None else last._last_day(),
    )


def check_flag(uncertain: object) -> None:
    """`uncertain` must be True or False."""
    if not isinstance(uncertain, bool):
        raise TypeError(f"uncertain: expected True or False, got {shown(uncertain)}")


def mission_kind(kind: MissionKind | str) -> MissionKind:
    """`kind` as a `MissionKind`: a member, or its value in any case ("consulate general")."""
    if isinstance(kind, MissionKind):
        return kind
    accepted = ", ".join(repr(k.value) for k in MissionKind)
    if not isinstance(kind, str):
        raise TypeError(f"kind: expected a MissionKind or one of {accepted}, got {shown(kind)}")
    try:
        return MissionKind(fold(kind).replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise ValueError(f"unknown mission kind {shown(kind)}; expected one of {accepted}") from None

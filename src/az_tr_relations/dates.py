"""Partial dates ("1992", "1992-08", "1992-01-14") and date ranges built from them.

Sources give dates at different precisions. A `PartialDate` keeps exactly what a source
states, knows the first and last day it may stand for, orders sanely and prints as ISO 8601.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from typing import TYPE_CHECKING, Any

import attrs

from .errors import shown

if TYPE_CHECKING:
    import pendulum

__all__ = ["DateRange", "PartialDate", "Precision"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)  # ASCII digits only, not "２０２２"


class Precision(enum.Enum):
    """How much of a date a source states.

    >>> [PartialDate.parse(t).precision.value for t in ("1992", "1992-08", "1992-08-14")]
    ['year', 'month', 'day']
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _DAYS_IN_MONTH[month] + (month == 2 and leap)


def _check_month(instance: PartialDate, attribute: attrs.Attribute[Any], month: int | None) -> None:
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, got {month} in {instance.year}-{month:02d}")


def _check_day(instance: PartialDate, attribute: attrs.Attribute[Any], day: int | None) -> None:
    if day is None:
        return
    if instance.month is None:
        raise ValueError(f"a day ({day}) needs a month; got year {instance.year} and no month")
    last = _month_length(instance.year, instance.month)
    if not 1 <= day <= last:
        raise ValueError(f"day must be 1-{last} in {instance.year}-{instance.month:02d}, got {day}")


def _is_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError(f"{attribute.name} must be an int, got {shown(value)}")


@attrs.frozen(order=False, repr=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    >>> d = PartialDate.parse("1992-08")
    >>> d.precision, str(d.earliest), str(d.latest)
    (<Precision.MONTH: 'month'>, '1992-08-01', '1992-08-31')

    Ordering is total: by earliest day, then coarser before finer
    (``1992 < 1992-08 < 1992-08-01 < 1992-08-02``).
    """

    year: int = attrs.field(validator=[_is_int, attrs.validators.ge(1), attrs.validators.le(9999)])
    month: int | None = attrs.field(default=None, validator=[_is_int, _check_month])
    day: int | None = attrs.field(default=None, validator=[_is_int, _check_day])

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        >>> PartialDate.parse("2021-06-15")
        PartialDate('2021-06-15')
        """
        if not isinstance(text, str):
            raise TypeError(f"expected an ISO date string, got {type(text).__name__} {shown(text)}")
        return _parse(text) if cls is PartialDate else cls._from_iso(text)

    @classmethod
    def _from_iso(cls, text: str) -> PartialDate:
        match = _ISO.fullmatch(text)
        if match is None:
            raise ValueError(
                f"not a date: {shown(text)}; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. '2022-05-14')"
            )
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        try:
            return cls(year=year, month=month, day=day)
        except ValueError as error:
            raise ValueError(f"not a date: {shown(text)}: {error}") from None

    @classmethod
    def from_date(cls, value: Any) -> PartialDate:
        """A day-precision date from a `datetime.date`, `datetime.datetime` or pendulum value."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        """`Precision.YEAR`, `MONTH` or `DAY`."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def earliest(self) -> pendulum.Date:
        """The first day this date may stand for (a pendulum date; pendulum is imported on first use)."""
        import pendulum

        return pendulum.Date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> pendulum.Date:
        """The last day this date may stand for."""
        import pendulum

        month = self.month or 12
        day = self.day or _month_length(self.year, month)
        return pendulum.Date(self.year, month, day)

    def _first_day(self) -> int:
        """`earliest` as a proleptic Gregorian ordinal (``date.toordinal()``), without making a date."""
        return datetime.date(self.year, self.month or 1, self.day or 1).toordinal()

    def _last_day(self) -> int:
        """`latest` as a proleptic Gregorian ordinal, without making a date."""
        month = self.month or 12
        return datetime.date(self.year, month, self.day or _month_length(self.year, month)).toordinal()

    def isoformat(self) -> str:
        """ISO 8601 at the date's own precision: ``1992``, ``1992-08`` or ``1992-08-14``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def sort_key(self) -> tuple[int, int]:
        """(first day as an ordinal, precision rank): the key of the ordering."""
        rank = 2 if self.day is not None else 0 if self.month is None else 1  # YEAR < MONTH < DAY
        return (self._first_day(), rank)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"


@functools.lru_cache(maxsize=1 << 16)
def _parse(text: str) -> PartialDate:
    """`PartialDate.parse`, cached: a date is immutable, so equal texts can share one instance."""
    return PartialDate._from_iso(text)


def _a_date(instance: DateRange, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, PartialDate) and (attribute.name == "start" or value is not None):
        raise TypeError(
            f"{attribute.name}: expected a PartialDate (e.g. PartialDate.parse('2022-05')), "
            f"got {type(value).__name__} {shown(value)}"
        )


def _end_not_before_start(
    instance: DateRange, attribute: attrs.Attribute[Any], end: PartialDate | None
) -> None:
    _a_date(instance, attribute, end)
    if end is not None and end._last_day() < instance.start._first_day():
        raise ValueError(f"end {end} is before start {instance.start}")


@attrs.frozen(repr=False)
class DateRange:
    """A span from `start` to an optional `end` (a single partial date when `end` is None).

    >>> war = DateRange(start=PartialDate.parse("2020-09-27"), end=PartialDate.parse("2020-11-10"))
    >>> str(war), (war.latest - war.earliest).days
    ('2020-09-27/2020-11-10', 44)
    """

    start: PartialDate = attrs.field(validator=_a_date)
    end: PartialDate | None = attrs.field(default=None, validator=_end_not_before_start)

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Parse ``START`` or ``START/END`` (ISO 8601 interval notation).

        >>> DateRange.parse("2020-09-27/2020-11-10").end
        PartialDate('2020-11-10')
        """
        if not isinstance(text, str):
            raise TypeError(
                f"expected an ISO date or interval string, got {type(text).__name__} {shown(text)}"
            )
        start, _, end = text.partition("/")
        return cls(start=PartialDate.parse(start), end=PartialDate.parse(end) if end else None)

    @classmethod
    def _of(cls, start: PartialDate, end: PartialDate | None = None) -> DateRange:
        """The range of dates that a record's own validators have already checked (its `span`),
        made without checking them again.

        >>> DateRange._of(PartialDate.parse("2022-05-14"))
        DateRange('2022-05-14')
        """
        made = object.__new__(cls)
        object.__setattr__(made, "start", start)
        object.__setattr__(made, "end", end)
        return made

    @property
    def earliest(self) -> pendulum.Date:
        """The first day the range may begin on."""
        return self.start.earliest

    @property
    def latest(self) -> pendulum.Date:
        """The last day the range may end on."""
        return (self.end or self.start).latest

    def isoformat(self) -> str:
        """``START`` or ``START/END``."""
        return str(self.start) if self.end is None else f"{self.start}/{self.end}"

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"DateRange({self.isoformat()!r})"

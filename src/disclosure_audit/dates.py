"""Parsing the dates people actually type: ISO, ``2022/3/1`` and ``2022年3月1日``."""

from __future__ import annotations

import datetime as dt
import re

# Only year-first forms: they are unambiguous. 3/1/2022 could be March or January, so it is refused.
_DATE = re.compile(
    r"^\s*(?P<y>\d{4})\s*(?:[-/.]\s*(?P<m1>\d{1,2})\s*[-/.]\s*(?P<d1>\d{1,2})"
    r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]?)\s*$"
)


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
"""The form almost every date is written in: read by ``date.fromisoformat`` (the same date the
general pattern gives, and a ValueError for the same impossible ones)."""

_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")


FIRST_YEAR, LAST_YEAR = 1900, 2100
"""Dates outside these years are typos (0001-01-01, 9999-12-31), not dates of a disclosure: they
are refused where they are written, instead of breaking the working-day calendar later."""


class DateError(ValueError):
    """A value is not a date; ``reason`` is ``format``, ``calendar`` (e.g. 2022-02-30) or
    ``range`` (a year outside FIRST_YEAR–LAST_YEAR)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_date(value: object) -> dt.date:
    """Return the date ``value`` stands for, or raise :class:`DateError`.

    Accepts ``datetime.date``/``datetime`` (from Excel cells), ``YYYY-MM-DD``, ``YYYY/M/D``,
    ``YYYY.M.D`` and ``YYYY年M月D日``.
    """
    date = _parse(value)
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise DateError("range")
    return date


def _parse(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DateError("format")
    if _ISO.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise DateError("calendar") from None
    match = _DATE.match(value)
    if not match:
        raise DateError("format")
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    try:
        return dt.date(int(match.group("y")), int(month), int(day))
    except ValueError:
        raise DateError("calendar") from None


def parse_month_day(value: str) -> tuple[int, int]:
    """Parse a ``MM-DD`` due date into (month, day); raise :class:`DateError`."""
    match = _MONTH_DAY.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise DateError("format")
    month, day = int(match.group(1)), int(match.group(2))
    try:
        dt.date(2024, month, day)  # a leap year, so 02-29 is allowed
    except ValueError:
        raise DateError("calendar") from None
    return month, day


def academic_year_before(as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The last academic year (1 Sep – 31 Aug) that ended on or before ``as_of``."""
    end_year = as_of.year if as_of >= dt.date(as_of.year, 8, 31) else as_of.year - 1
    return dt.date(end_year - 1, 9, 1), dt.date(end_year, 8, 31)


def occurrence_in(period: tuple[dt.date, dt.date], month: int, day: int) -> dt.date | None:
    """The date ``month-day`` falls on inside ``period`` (the first one), if any."""
    start, end = period
    for year in range(start.year, end.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 02-29 in a common year
            continue
        if start <= candidate <= end:
            return candidate
    return None

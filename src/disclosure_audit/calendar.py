"""Working days in China's official calendar: weekends and public holidays off, 调休 days on.

The holiday and adjusted-workday data come from the ``holidays`` package, which follows the
State Council's yearly notices. A year for which no notice has been encoded yet is still counted
(weekends and fixed holidays), but :meth:`WorkCalendar.has_official_data` tells callers to warn.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import lru_cache

_FIRST_YEAR = 2001  # the first year whose notice the holidays package encodes


class WorkCalendar:
    """Counts China's working days between dates; built once per range of years."""

    def __init__(self, first_year: int, last_year: int) -> None:
        import holidays

        years = range(min(first_year, last_year), max(first_year, last_year) + 1)
        cn = holidays.China(years=years)
        self._first = dt.date(years[0], 1, 1)
        self._last = dt.date(years[-1], 12, 31)
        # Every year with a State Council notice has at least one weekend made a workday.
        self._official = {d.year for d in cn.weekend_workdays}
        ordinal = self._first.toordinal()
        days = (self._last - self._first).days + 1
        self._workdays: list[int] = []
        for offset in range(days):
            day = dt.date.fromordinal(ordinal + offset)
            if cn.is_working_day(day):
                self._workdays.append(ordinal + offset)

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` is inside the years this calendar was built for."""
        return self._first <= day <= self._last

    def has_official_data(self, year: int) -> bool:
        """True when the State Council's adjusted-workday notice for ``year`` is known."""
        return year >= _FIRST_YEAR and year in self._official

    def is_workday(self, day: dt.date) -> bool:
        """True when ``day`` is a working day."""
        ordinal = day.toordinal()
        index = bisect_right(self._workdays, ordinal)
        return index > 0 and self._workdays[index - 1] == ordinal

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``).

        This is how 教办函〔2014〕23号's "20 working days" is counted: the day the information
        was made does not count; the day it was published does.
        """
        if end <= start:
            return 0
        return bisect_right(self._workdays, end.toordinal()) - bisect_right(
            self._workdays, start.toordinal()
        )

    def add_workdays(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start``."""
        index = bisect_right(self._workdays, start.toordinal()) + count - 1
        if index >= len(self._workdays):
            raise ValueError("date beyond the calendar's range")
        return dt.date.fromordinal(self._workdays[index])


@lru_cache(maxsize=8)
def calendar_for(first_year: int, last_year: int) -> WorkCalendar:
    """A shared calendar covering at least ``first_year``–``last_year`` (plus a margin)."""
    return WorkCalendar(first_year - 1, last_year + 1)

"""Working days in China's official calendar: weekends and public holidays off, 调休 days on.

The holiday and adjusted-workday data come from the ``holidays`` package, which follows the
State Council's yearly notices. A year for which no notice has been encoded yet is still counted
(weekends and fixed holidays), but :meth:`WorkCalendar.has_official_data` tells callers to warn.

Building ``holidays.China`` imports every country the package knows (about 0.25 s, issue 16), so
its answers are also shipped ahead of time in :mod:`disclosure_audit.calendar_table`, which
records the ``holidays`` version it was made from. The table is used only while that very
version is installed and only for the years it covers; otherwise ``holidays`` answers, as
before. The test suite fails until a stale table is regenerated:

    python -m disclosure_audit.calendar
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from bisect import bisect_right
from functools import lru_cache

_FIRST_YEAR = 2001  # the first year whose notice the holidays package encodes
_TABLE_YEARS = range(1950, 2101)  # 1950: holidays.China's start_year
_TABLE_PATH = os.path.join(os.path.dirname(__file__), "calendar_table.py")

Answers = tuple[set[int], list[int]]
"""Years with a State Council notice, and the ordinals of the working days, in order."""


class WorkCalendar:
    """Counts China's working days between dates; built once per range of years."""

    def __init__(self, first_year: int, last_year: int) -> None:
        years = range(min(first_year, last_year), max(first_year, last_year) + 1)
        self._first = dt.date(years[0], 1, 1)
        self._last = dt.date(years[-1], 12, 31)
        self._official, self._workdays = _from_table(years) or _from_holidays(years)

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


def _from_holidays(years: range) -> Answers:
    import holidays

    cn = holidays.China(years=years)
    # Every year with a State Council notice has at least one weekend made a workday.
    official = {d.year for d in cn.weekend_workdays}
    first = dt.date(years[0], 1, 1).toordinal()
    last = dt.date(years[-1], 12, 31).toordinal()
    return official, [o for o in range(first, last + 1)
                      if cn.is_working_day(dt.date.fromordinal(o))]


def _from_table(years: range) -> Answers | None:
    """The answers from the shipped table, or None when it cannot give them."""
    if years[0] < _TABLE_YEARS[0] or years[-1] > _TABLE_YEARS[-1]:
        return None
    from disclosure_audit import calendar_table as table

    if installed_holidays() != table.HOLIDAYS:
        return None
    flipped = {dt.date(year, int(day[:2]), int(day[2:])).toordinal()
               for year in years for day in f"{table.OFF[year]} {table.ON[year]}".split()}
    first = dt.date(years[0], 1, 1).toordinal()
    last = dt.date(years[-1], 12, 31).toordinal()
    # Ordinal 1 (0001-01-01) is a Monday, so (o + 6) % 7 is the weekday, Monday = 0.
    return set(table.OFFICIAL).intersection(years).union(table.ALWAYS), [
        o for o in range(first, last + 1) if ((o + 6) % 7 < 5) != (o in flipped)]


@lru_cache(maxsize=1)
def installed_holidays() -> str | None:
    """The installed ``holidays`` version, from its ``.dist-info`` folder's name.

    Read without importing anything: ``import holidays`` costs about 120 ms and
    ``importlib.metadata`` about 60 ms. None when it cannot be told for sure.
    """
    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.origin:
        return None
    folder = os.path.dirname(os.path.dirname(spec.origin))
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    found = [name[len("holidays-"):-len(".dist-info")] for name in names
             if name.startswith("holidays-") and name.endswith(".dist-info")]
    return found[0] if len(found) == 1 else None


def table_code() -> str:
    """The text of ``calendar_table.py`` made from the installed ``holidays``."""
    import textwrap

    import holidays

    cn = holidays.China(years=_TABLE_YEARS)
    lines = [
        "# Generated from the holidays package by `python -m disclosure_audit.calendar`:"
        " do not edit.",
        "# ruff: noqa: E501",
        '"""China\'s working days as ``holidays.China`` gives them, for calendar.py."""',
        "",
        f"HOLIDAYS = {holidays.__version__!r}",
        "# Years with a State Council notice (a weekend made a workday).",
        "OFFICIAL = (",
        *[f"    {line}" for line in textwrap.wrap(
            " ".join(f"{y}," for y in sorted({d.year for d in cn.weekend_workdays})), 88)],
        ")",
        "# Years of the weekend workdays holidays.China holds whatever years are asked for (a",
        "# notice that makes a weekend of the year before a workday).",
        f"ALWAYS = {tuple(sorted({d.year for d in holidays.China().weekend_workdays}))!r}",
    ]
    for name, comment, weekday in (
            ("OFF", "# Per year, the weekdays (MMDD) that are holidays.", True),
            ("ON", "# Per year, the weekend days (MMDD) made workdays (调休).", False)):
        lines += [comment, f"{name} = {{"]
        for year in _TABLE_YEARS:
            days = [dt.date(year, 1, 1) + dt.timedelta(n) for n in range(
                (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days)]
            flipped = " ".join(d.strftime("%m%d") for d in days if (d.weekday() < 5) == weekday
                               and cn.is_working_day(d) != weekday)
            lines.append(f"    {year}: {flipped!r},")
        lines.append("}")
    return "\n".join([*lines, ""])


if __name__ == "__main__":
    with open(_TABLE_PATH, "w", encoding="utf-8") as out:
        out.write(table_code())
    print(f"wrote {_TABLE_PATH}")

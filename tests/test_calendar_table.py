"""The working-day table shipped ahead of time gives exactly the answers of ``holidays``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import holidays
import pytest

from disclosure_audit import calendar, calendar_table
from disclosure_audit.calendar import WorkCalendar, installed_holidays, table_code

SHIPPED = Path(calendar.__file__).with_name("calendar_table.py")
FIRST, LAST = 1950, 2100  # the years calendar_table.py covers


def test_table_is_current() -> None:
    """Fails when holidays was upgraded or the generator changed:
    ``python -m disclosure_audit.calendar``."""
    assert installed_holidays() == holidays.__version__
    if holidays.__version__ != calendar_table.HOLIDAYS:
        # A new holidays release is not this project's failure: the audit falls back to it
        # (same answers, ~0.25 s slower a start) until the table is generated again.
        pytest.skip(f"calendar_table.py comes from holidays {calendar_table.HOLIDAYS}, "
                    f"{holidays.__version__} is installed: python -m disclosure_audit.calendar")
    assert SHIPPED.read_text(encoding="utf-8") == table_code(), (
        "calendar_table.py is stale: python -m disclosure_audit.calendar")


def test_table_answers_every_day_as_holidays_does() -> None:
    cn = holidays.China(years=range(FIRST, LAST + 1))
    table = WorkCalendar(FIRST, LAST)
    assert table._workdays == sorted(table._workdays)
    day = dt.date(FIRST, 1, 1)
    while day.year <= LAST:
        assert table.is_workday(day) == cn.is_working_day(day), day
        day += dt.timedelta(days=1)
    official = {d.year for d in cn.weekend_workdays}
    for year in range(FIRST - 5, LAST + 5):
        assert table.has_official_data(year) == (year >= 2001 and year in official), year
    assert table.has_official_data(2022) and not table.has_official_data(2100)


@pytest.mark.parametrize(("first", "last"), [
    *((year, year) for year in range(1998, 2030)),
    *((year, year + 2) for year in range(1998, 2030)),
    (1950, 1952), (2098, 2100), (2020, 2031), (1950, 2100)])
def test_table_and_holidays_build_the_same_calendar(first: int, last: int) -> None:
    """Every answer the same, has_official_data included: holidays also records some weekend
    workdays of years it was not asked for (2001-12-29 from the 2002 notice, ...)."""
    table = WorkCalendar(first, last)
    slow = calendar._from_holidays(range(first, last + 1))
    assert (table._official, table._workdays) == slow


def _spy_on_holidays(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    built: list[object] = []
    real = holidays.China

    def china(*args: object, **kwargs: object) -> object:
        built.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(holidays, "China", china)
    return built


def test_another_holidays_version_falls_back_with_the_same_answers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    table = WorkCalendar(2021, 2023)
    built = _spy_on_holidays(monkeypatch)
    monkeypatch.setattr(calendar_table, "HOLIDAYS", "0.0-not-installed")
    fallback = WorkCalendar(2021, 2023)
    assert built == [range(2021, 2024)]
    assert (fallback._official, fallback._workdays) == (table._official, table._workdays)
    assert fallback.workdays_between(dt.date(2022, 9, 20), dt.date(2022, 10, 19)) == 18


def test_years_outside_the_table_fall_back_to_holidays(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _spy_on_holidays(monkeypatch)
    WorkCalendar(2022, 2023)
    assert built == []  # the table answered
    old = WorkCalendar(1948, 1951)
    assert built == [range(1948, 1952)]
    assert not old.is_workday(dt.date(1951, 10, 1)) and old.is_workday(dt.date(1949, 10, 3))


def test_the_table_spares_importing_holidays() -> None:
    code = ("import sys; from disclosure_audit.calendar import calendar_for; "
            "c = calendar_for(2021, 2022); assert c.has_official_data(2022); "
            "print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_version_is_unknown_when_two_dist_infos_disagree(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "holidays").mkdir()
    (tmp_path / "holidays" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / f"holidays-{holidays.__version__}.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "holidays")
    installed_holidays.cache_clear()
    try:
        assert installed_holidays() == holidays.__version__
        (tmp_path / "holidays-0.1.dist-info").mkdir()
        installed_holidays.cache_clear()
        assert installed_holidays() is None
    finally:
        installed_holidays.cache_clear()

"""Working days in China's calendar and the date forms people type."""

from __future__ import annotations

import datetime as dt

import pytest

from disclosure_audit.calendar import calendar_for
from disclosure_audit.dates import (
    DateError,
    academic_year_before,
    occurrence_in,
    parse_date,
    parse_month_day,
)

D = dt.date


def test_national_day_2022_worked_example() -> None:
    # rules.md: made 2022-09-20, published 2022-10-19 → 18 working days (1–7 Oct off,
    # 8–9 Oct adjusted workdays), although a plain Monday–Friday count gives 21.
    cal = calendar_for(2022, 2022)
    assert cal.workdays_between(D(2022, 9, 20), D(2022, 10, 19)) == 18
    assert cal.is_workday(D(2022, 10, 8)) and cal.is_workday(D(2022, 10, 9))
    assert not cal.is_workday(D(2022, 10, 3))


def test_count_excludes_the_day_made_and_includes_the_day_published() -> None:
    cal = calendar_for(2022, 2022)
    assert cal.workdays_between(D(2022, 3, 1), D(2022, 3, 1)) == 0
    assert cal.workdays_between(D(2022, 3, 1), D(2022, 3, 2)) == 1
    assert cal.workdays_between(D(2022, 3, 4), D(2022, 3, 7)) == 1  # Friday → Monday


def test_add_workdays_crosses_the_holiday() -> None:
    cal = calendar_for(2022, 2022)
    assert cal.add_workdays(D(2022, 9, 15), 20) == D(2022, 10, 18)
    assert cal.workdays_between(D(2022, 9, 15), D(2022, 10, 18)) == 20


def test_official_data_years() -> None:
    cal = calendar_for(2021, 2030)
    assert cal.has_official_data(2022)
    assert not cal.has_official_data(2030)


@pytest.mark.parametrize("text", ["2022-03-01", "2022/3/1", "2022.03.01", "2022年3月1日",
                                  " 2022-3-1 ", "2022年03月01号"])
def test_parse_date_accepts_year_first_forms(text: str) -> None:
    assert parse_date(text) == D(2022, 3, 1)


@pytest.mark.parametrize(("value", "reason"), [("3/1/2022", "format"), ("2022-02-30", "calendar"),
                                               ("yesterday", "format"), (20220301, "format"),
                                               ("2022-13-01", "calendar")])
def test_parse_date_refuses(value: object, reason: str) -> None:
    with pytest.raises(DateError) as exc:
        parse_date(value)
    assert exc.value.reason == reason


def test_parse_date_takes_excel_datetimes() -> None:
    assert parse_date(dt.datetime(2022, 3, 1, 8, 30)) == D(2022, 3, 1)


def test_month_day() -> None:
    assert parse_month_day("10-31") == (10, 31)
    with pytest.raises(DateError):
        parse_month_day("02-30")


@pytest.mark.parametrize(("as_of", "period"), [
    (D(2022, 9, 15), (D(2021, 9, 1), D(2022, 8, 31))),
    (D(2022, 8, 31), (D(2021, 9, 1), D(2022, 8, 31))),
    (D(2022, 8, 30), (D(2020, 9, 1), D(2021, 8, 31))),
    (D(2023, 1, 10), (D(2021, 9, 1), D(2022, 8, 31))),
])
def test_academic_year_before(as_of: dt.date, period: tuple[dt.date, dt.date]) -> None:
    assert academic_year_before(as_of) == period


def test_occurrence_in_period() -> None:
    period = (D(2021, 9, 1), D(2022, 8, 31))
    assert occurrence_in(period, 10, 31) == D(2021, 10, 31)
    assert occurrence_in(period, 3, 1) == D(2022, 3, 1)
    assert occurrence_in((D(2021, 9, 1), D(2021, 9, 30)), 10, 31) is None

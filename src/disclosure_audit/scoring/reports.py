"""Items with a ``due`` date (6: 信息公开年度报告 by 31 October; 33: 就业质量年度报告 by 31
December): which academic year's report the audit judges, and which publications belong to it.

The report on the academic year 1 Sep Y – 31 Aug Y+1 is due on the first ``due`` date after the
year ends. The audit judges the latest report already due at the as-of date — or the next one
when it is already out — so a report is judged neither before it is due nor a year late.
A publication reports on its declared ``period`` (``2021-2022``), else on the academic year that
ended before it was published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from disclosure_audit.dates import academic_year_before, parse_month_day
from disclosure_audit.model import Item, Publication, ReportWindow


def due_date(start_year: int, due: str) -> dt.date:
    """When the report on academic year ``start_year``–``start_year + 1`` is due."""
    month, day = parse_month_day(due)
    year = start_year + 1 if (month, day) > (8, 31) else start_year + 2
    try:
        return dt.date(year, month, day)
    except ValueError:  # 02-29 in a common year: the last day of February
        return dt.date(year, 2, 28)


def reported_year(publication: Publication) -> int | None:
    """The academic year (start year) a publication reports on."""
    if publication.period is not None:
        return publication.period
    if publication.published is None:
        return None
    return academic_year_before(publication.published)[0].year


def report_window(item: Item, as_of: dt.date,
                  publications: Sequence[Publication]) -> ReportWindow:
    """The report judged at ``as_of``: the latest one due, or the next when already out."""
    assert item.due is not None
    year = as_of.year
    while due_date(year, item.due) > as_of:
        year -= 1
    out = {reported_year(p) for p in publications if p.published and p.published <= as_of}
    if year + 1 in out:  # published before it is due: judge the current report
        year += 1
    return ReportWindow(year, due_date(year, item.due), due_date(year + 1, item.due))


def of_report(window: ReportWindow, publications: Sequence[Publication]) -> list[Publication]:
    """The publications of the judged report."""
    return [p for p in publications if reported_year(p) == window.start_year]

"""The statistics period (an academic year, 1 Sep – 31 Aug) and the 31 October deadline.

rules.md: the annual report covers the academic year 1 September – 31 August and is published
in the disclosure column by 31 October of the year the academic year ends.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from disclosure_audit.report.document import Document
from disclosure_audit.report.findings import Finding, Verdict, clip

_DATE = r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[-./](\d{1,2})[-./](\d{1,2}))"
RANGE = re.compile(rf"{_DATE}\s*起?\s*(?:至|到|-|~)\s*{_DATE}")
STATISTICS = re.compile(r"统计|报告期|所列数据|数据截至|统计时段")
ACADEMIC_YEAR = re.compile(r"(\d{4})\s*(?:-|~|至|到)\s*(\d{4})\s*学年")
TITLE_YEAR = re.compile(r"(\d{4})\s*年度?[^。\n]{0,24}?年度报告")
DEADLINE = (10, 31)


@dataclass(frozen=True)
class Period:
    """What the report says about its period, and where."""

    start: dt.date | None
    end: dt.date | None
    end_year: int | None  # the year the academic year ends (for the deadline)
    position: int
    quote: tuple[int, int]
    how: str  # "dates" (统计期限…), "invalid" (a date that does not exist), "named" (学年),
    #           "title" (only the report's title year), "none"


def _date(groups: tuple[str | None, ...]) -> dt.date | None:
    year, month, day = groups[0], groups[1] or groups[3], groups[2] or groups[4]
    try:
        return dt.date(int(year or 0), int(month or 0), int(day or 0))
    except ValueError:
        return None


def find_period(doc: Document) -> Period:
    """The stated statistics period, else the academic year named, else the title's year."""
    for start, end in doc.sentences():
        word = STATISTICS.search(doc.text, start, end)
        match = RANGE.search(doc.text, start, end) if word else None
        if word and match:
            first, last = _date(match.groups()[:5]), _date(match.groups()[5:])
            how = "dates" if first and last else "invalid"
            stop = match.end() + (doc.text[match.end():match.end() + 1] == "止")
            quote = (min(word.start(), match.start()), stop)
            return Period(first, last, _end_year(first, last), match.start(), quote, how)
    named = ACADEMIC_YEAR.search(doc.text)
    if named and int(named.group(2)) == int(named.group(1)) + 1:
        return Period(None, None, int(named.group(2)), named.start(), named.span(), "named")
    title = TITLE_YEAR.search(doc.text, 0, doc.starts[min(3, len(doc.starts) - 1)] + 200)
    if title:
        return Period(None, None, int(title.group(1)), title.start(), title.span(), "title")
    return Period(None, None, None, 0, (0, 0), "none")


def _end_year(first: dt.date | None, last: dt.date | None) -> int | None:
    """The year whose 31 October is the deadline: the end of the academic year the period's
    last day falls in (a period ending 2023-12-31 is due by 2024-10-31)."""
    if first is None or last is None:
        return None
    return last.year if last.month <= 8 else last.year + 1


def _is_academic_year(period: Period) -> bool:
    start, end = period.start, period.end
    return (start is not None and end is not None and (start.month, start.day) == (9, 1)
            and (end.month, end.day) == (8, 31) and end.year == start.year + 1)


def check_period(doc: Document, period: Period) -> Finding:
    """Is the statistics period an academic year?"""
    quote = clip(doc.quote(*period.quote))
    line = doc.line_at(period.position)
    if period.how == "dates":
        params = {"start": period.start.isoformat(), "end": period.end.isoformat()}  # type: ignore[union-attr]
        if _is_academic_year(period):
            return Finding(line, Verdict.ok, quote, "period-ok", params, period.position)
        return Finding(line, Verdict.error, quote, "period-not-academic-year", params,
                       period.position)
    if period.how == "invalid":
        return Finding(line, Verdict.error, quote, "period-invalid-date", {}, period.position)
    if period.how == "named":
        return Finding(line, Verdict.ok, quote, "period-named",
                       {"first": period.end_year - 1, "last": period.end_year},  # type: ignore[operator]
                       period.position)
    return Finding(None, Verdict.cannot_verify, "", "period-missing", {})


def check_published(doc: Document, period: Period, published: dt.date) -> Finding:
    """Was the report published by 31 October of the year its academic year ends?"""
    line = doc.line_at(period.position) if period.how != "none" else None
    quote = clip(doc.quote(*period.quote)) if period.how != "none" else ""
    params: dict[str, object] = {"published": published.isoformat()}
    if period.end_year is None:
        return Finding(line, Verdict.cannot_verify, quote, "published-unknown-year", params,
                       period.position)
    deadline = dt.date(period.end_year, *DEADLINE)
    params["deadline"] = deadline.isoformat()
    end = period.end or dt.date(period.end_year, 8, 31)  # a 学年 named or the title's year
    if published <= end:
        params["end"] = end.isoformat()
        return Finding(line, Verdict.error, quote, "published-early", params, period.position)
    if published > deadline:
        params["days"] = (published - deadline).days
        return Finding(line, Verdict.error, quote, "published-late", params, period.position)
    return Finding(line, Verdict.ok, quote, "published-ok", params, period.position)

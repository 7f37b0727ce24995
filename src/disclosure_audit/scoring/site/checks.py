"""The site checks of the crawl files, judged on the audit's as-of date.

The crawl recorded what it saw: whether each column opened, its entries and the date of the
newest one, whether it was empty, its clicks from the homepage. Two verdicts depend on the
checklist and the date, and are judged again here, so that ``audit`` and ``ledger update`` give
the same answer whenever the crawl ran:

- ``stale`` (the government website indicators: news-like columns 2 weeks, notice and policy
  columns 6 months, others 1 year; undated entries count as not updated) — with the column's
  limit from the checklist's current ``site.columns`` rules (spec/site.py), on ``--as-of``;
- ``too_deep`` — with the checklist's current ``scoring.max_clicks``.

``empty`` and ``not_opened`` are observations and stay as the crawl recorded them. Which
department answers for a column is asked of the current ``site.columns`` rules too.
"""

from __future__ import annotations

import datetime as dt

from disclosure_audit.model import (
    UNASSIGNED,
    Checklist,
    ColumnCheck,
    Finding,
    Limit,
    SiteAudit,
    SiteCheck,
    SiteReport,
)
from disclosure_audit.scoring.site.urls import column_id
from disclosure_audit.spec.site import column_department, column_limit, expires

OBSERVED = ("not_opened", "empty")
"""Verdicts taken from the crawl as they are."""


def judge_sites(reports: list[SiteReport], checklist: Checklist, as_of: dt.date) -> SiteAudit:
    """Every crawl file's checks on ``as_of``, and which ledger keys they judged."""
    checks: list[SiteCheck] = []
    judged: set[str] = set()
    seen: set[str] = set()
    complete = False
    for report in reports:
        checks.append(_site_check(report, checklist))
        judged.update(_site_judged(report))
        for column in report.columns:
            check = _column_check(column, report, checklist, as_of)
            if check.key in seen:  # the same path in two crawl files: the first one counts
                continue
            seen.add(check.key)
            checks.append(check)
            if check.checked and report.complete:
                judged.add(check.key)
        complete = complete or (report.complete and report.column_found and not report.verdicts)
    return SiteAudit(tuple(checks), frozenset(judged), frozenset(seen), complete)


def column_verdicts(column: ColumnCheck, checklist: Checklist,
                    as_of: dt.date) -> tuple[str, ...]:
    """The column's verdicts on ``as_of``, in the crawl's order."""
    verdicts = []
    if column.clicks is not None and column.clicks > checklist.scoring.max_clicks:
        verdicts.append("too_deep")
    verdicts += [v for v in OBSERVED if v in column.verdicts]
    if column.opened and column.entries and (
            column.newest is None or as_of > expires(column.newest, _limit(column, checklist))):
        verdicts.append("stale")
    return tuple(verdicts)


def _limit(column: ColumnCheck, checklist: Checklist) -> Limit:
    return column_limit(checklist.site, column.name)


def _column_check(column: ColumnCheck, report: SiteReport, checklist: Checklist,
                  as_of: dt.date) -> SiteCheck:
    limit = _limit(column, checklist)
    return SiteCheck(
        key=f"site/column/{column_id(column.url)}", name=" › ".join(column.path) or column.name,
        url=column.url, department=column_department(checklist.site, column.name,
                                                     checklist.office or column.department),
        verdicts=column_verdicts(column, checklist, as_of) if column.opened is not None else (),
        checked=column.opened is not None, report=report, column=column, limit=limit,
        expires=expires(column.newest, limit) if column.newest else None,
        evidence=column.evidence, source=column.source)


def _site_check(report: SiteReport, checklist: Checklist) -> SiteCheck:
    evidence = tuple(k for k in (report.homepage_evidence, report.column_evidence) if k)
    return SiteCheck(
        key="site", name=report.url, url=report.url,
        department=checklist.office or report.department or UNASSIGNED,
        verdicts=report.verdicts, checked=report.homepage_opened is not None, report=report,
        evidence=tuple(dict.fromkeys(evidence)), source=report.source)


def _site_judged(report: SiteReport) -> set[str]:
    """A crawl judges the homepage when it fetched it, and the column search when the homepage
    opened and the column was found — or the crawl finished without finding it."""
    judged = set()
    if report.homepage_opened is True or "homepage_not_opened" in report.verdicts:
        judged.add("site/homepage_not_opened")
    if report.column_found or "column_not_found" in report.verdicts:
        judged.add("site/column_not_found")
    return judged


OLD_CRAWL_DAYS = 30
"""A crawl older than this on the as-of date gets a note: the site may have changed since."""


def crawl_notes(site: SiteAudit | None, as_of: dt.date) -> tuple[Finding, ...]:
    """Run-level notes about the crawl files: stopped before the end, or long before as-of."""
    if site is None:
        return ()
    notes = []
    for report in dict.fromkeys(c.report for c in site.checks):
        where = report.source
        if not report.complete:
            notes.append(Finding("site-crawl-incomplete", {
                "url": report.url, "date": report.date.isoformat(),
                "stopped": report.stopped or ""}, where))
        if (as_of - report.date).days > OLD_CRAWL_DAYS:
            notes.append(Finding("site-crawl-old", {
                "url": report.url, "date": report.date.isoformat(), "as_of": as_of.isoformat(),
                "days": (as_of - report.date).days}, where))
    return tuple(notes)

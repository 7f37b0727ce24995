"""The site checks of the government website indicators, per column and for the site.

国办 2015 普查 and the 2019 indicators (rules.md): a column not updated for longer than its
limit, an empty column, a column or list page that does not open, and — the universities'
evaluators add — a disclosure column that cannot be found from the homepage or lies more than
``scoring.max_clicks`` clicks deep. Undated entries count as not updated.
"""

from __future__ import annotations

import datetime as dt

from disclosure_audit.crawl.walk import Column, CrawlResult
from disclosure_audit.evidence.record import EvidenceRecord
from disclosure_audit.model import UNASSIGNED, Checklist, ColumnCheck
from disclosure_audit.spec.site import column_department, column_limit, expires

EMPTY_TEXT = 50
"""A column page with no entries, no sub-columns and less text than this of its own (text not
on its parent page or the homepage, such as 暂无内容) is empty; more is a single-page column."""


def page_detail(record: EvidenceRecord) -> str:
    """Why a page did not open, as written in the crawl file: ``HTTP 500``, ``timeout: 15 s``,
    ``login: <url>``, ``soft_404``."""
    if record.outcome == "http_error" and record.detail:
        return record.detail
    return f"{record.outcome}: {record.detail}" if record.detail else record.outcome


def office(checklist: Checklist) -> str:
    """The department crawled rows and site checks fall to when nothing else names one."""
    return checklist.office or UNASSIGNED


def site_verdicts(result: CrawlResult) -> tuple[str, ...]:
    """``homepage_not_opened`` or ``column_not_found`` (a crawl cut short judges neither)."""
    home = result.homepage
    if home is None or home.record.outcome in ("robots", "other_host"):
        return ()
    if not home.ok:
        return ("homepage_not_opened",)
    if result.column is None and result.stopped is None:
        return ("column_not_found",)
    return ()


def column_checks(result: CrawlResult, checklist: Checklist,
                  as_of: dt.date) -> list[ColumnCheck]:
    """One check per column, in the order the walk found them."""
    return [_check(column, checklist, as_of) for column in result.columns]


def _check(column: Column, checklist: Checklist, as_of: dt.date) -> ColumnCheck:
    limit = column_limit(checklist.site, column.name)
    dates = [f.entry.date for f in column.entries if f.entry.date is not None]
    newest = max(dates, default=None)
    first = column.first
    opened = None if column.not_checked else bool(first is not None and first.ok)
    verdicts = []
    if column.clicks > checklist.scoring.max_clicks:
        verdicts.append("too_deep")
    if opened is False or column.failed:
        verdicts.append("not_opened")
    if opened and not column.entries and not column.subcolumns and column.own_text < EMPTY_TEXT:
        verdicts.append("empty")
    if opened and column.entries and (newest is None or as_of > expires(newest, limit)):
        verdicts.append("stale")
    detail = column.not_checked
    if opened is False and first is not None:
        detail = page_detail(first.record)
    return ColumnCheck(
        name=column.name or column.url, path=column.path, url=column.url,
        department=column_department(checklist.site, column.name, office(checklist)),
        clicks=column.clicks, opened=opened,
        status=first.record.status if first is not None else None,
        entries=len(column.entries), undated=len(column.entries) - len(dates), newest=newest,
        subcolumns=column.subcolumns, update_within=limit, verdicts=tuple(verdicts),
        detail=detail, failed_pages=tuple(p.url for p in column.failed),
        evidence=tuple(p.key for p in ([first] if first else []) + column.pages[1:]
                       + column.failed),
    )

"""Could the crawl have seen it? When a declared publication is not found, the verdict.

The crawl reads the list pages of the disclosure column and its sub-columns. A publication
declared in the column (or declared ``linked_from_column``) and not found there is a finding
only when the crawl read every place it could be:

- the crawl finished (a crawl stopped by ``--max-pages`` or ``--time-limit`` judges nothing),
  the homepage opened and the disclosure column was found (else the site checks say so, and
  nothing else can be judged);
- the column it was declared in — named by the declaration's ``column``, or the column whose
  page its URL is — was read; a declaration that names no column needs every column read: one
  forbidden by robots.txt, on another host, not reached, or whose pages did not (all) open,
  could hold it, so the publication is **not checked**, with those columns named.

A declared URL that is itself a column page (or a later list page) the crawl found not opening,
and a declaration naming a column that did not open, are **not available**: the public cannot
open that page either (government website indicators: pages that fail to open are failures).
"""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.model import ColumnCheck, Publication, SiteMiss, SiteReport
from disclosure_audit.scoring.site.urls import url_key

NOT_FOUND = frozenset({"not_found", "page_failed"})
"""Reasons that are verdicts (declared but not found); the others mean "not checked"."""


@dataclass(frozen=True)
class Columns:
    """The crawls' columns, looked up by the URL of their first page or of a failed list page."""

    by_url: dict[str, tuple[ColumnCheck, SiteReport]]
    failed: dict[str, tuple[ColumnCheck, SiteReport, str, str]]

    @classmethod
    def of(cls, reports: tuple[SiteReport, ...]) -> Columns:
        """Index every column of ``reports``."""
        by_url: dict[str, tuple[ColumnCheck, SiteReport]] = {}
        failed: dict[str, tuple[ColumnCheck, SiteReport, str, str]] = {}
        for report in reports:
            for column in report.columns:
                by_url.setdefault(url_key(column.url), (column, report))
                # the evidence lists the failed list pages last, in the same order
                keys = column.evidence[len(column.evidence) - len(column.failed_pages):]
                for index, page in enumerate(column.failed_pages):
                    key = keys[index] if index < len(keys) else ""
                    failed.setdefault(url_key(page), (column, report, page, key))
        return cls(by_url, failed)


def coverage(declared: Publication, reports: tuple[SiteReport, ...],
             columns: Columns) -> SiteMiss:
    """Why ``declared`` (in the column, not matched) is not on the site, or was not checked.

    With several crawl files, the first that could see it decides; else the first's reason."""
    page = _failed_page(declared, columns)
    if page is not None:
        return page
    verdicts = [_judge(declared, report) for report in reports]
    return next((v for v in verdicts if v.reason in NOT_FOUND), verdicts[0])


def _failed_page(declared: Publication, columns: Columns) -> SiteMiss | None:
    """The declared URL is a column page, or a later list page, that did not open."""
    if not declared.url:
        return None
    key = url_key(declared.url)
    column = columns.by_url.get(key)
    if column is not None and column[0].opened is False:
        check, report = column
        return SiteMiss(declared, "page_failed", check.url, _first(check), report.date,
                        check.detail)
    failed = columns.failed.get(key)
    if failed is not None:
        check, report, url, evidence = failed
        return SiteMiss(declared, "page_failed", url, evidence or None, report.date)
    if column is not None and column[0].opened is None:
        check, report = column
        return SiteMiss(declared, "columns_not_checked", check.url, _first(check), report.date,
                        check.detail, (_name(check),))
    return None


def _judge(declared: Publication, report: SiteReport) -> SiteMiss:
    if report.verdicts or not report.column_found:
        return SiteMiss(declared, "site_not_checked", report.url, report.column_evidence
                        or report.homepage_evidence, report.date)
    if not report.complete:
        return SiteMiss(declared, "crawl_incomplete", report.url, None, report.date)
    named = _named(declared, report)
    if named is not None and named.opened is False:
        return SiteMiss(declared, "page_failed", named.url, _first(named), report.date,
                        named.detail)
    scope = (named,) if named is not None else report.columns
    unread = tuple(_name(c) for c in scope if c.opened is not True or c.failed_pages)
    if unread:
        return SiteMiss(declared, "columns_not_checked", report.column_url, None, report.date,
                        None, unread)
    where = named or (report.columns[0] if report.columns else None)
    return SiteMiss(declared, "not_found", where.url if where else report.column_url,
                    _first(where) if where else report.column_evidence, report.date,
                    read=len(scope))


def _named(declared: Publication, report: SiteReport) -> ColumnCheck | None:
    """The column a declaration names (``column: 招生考试信息``), by its name or its path."""
    if not declared.column:
        return None
    wanted = declared.column.replace(" ", "")
    return next((c for c in report.columns
                 if wanted in (c.name, "›".join(c.path).replace(" ", ""), "/".join(c.path))),
                None)


def _first(column: ColumnCheck) -> str | None:
    return column.evidence[0] if column.evidence else None


def _name(column: ColumnCheck) -> str:
    return " › ".join(column.path) if len(column.path) > 1 else column.name

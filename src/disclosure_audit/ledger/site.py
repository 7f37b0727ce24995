"""Ledger entries of the site checks: one per verdict of a column or of the site.

Keys stay stable from crawl to crawl: ``site/<verdict>`` for the site (``homepage_not_opened``,
``column_not_found``: the office's) and ``site/column/<id>/<verdict>`` for a column, ``<id>``
being :func:`~disclosure_audit.scoring.site.urls.column_id` of its URL (the same while the URL
keeps its path). A column's entry goes to the department a ``site.columns`` rule names, else to
the office. Every entry carries the crawl file's line and the evidence keys of the pages its
verdict rests on (``disclosure-audit evidence show KEY``).
"""

from __future__ import annotations

import datetime as dt

from disclosure_audit.i18n import t
from disclosure_audit.ledger.measures import site_measure
from disclosure_audit.model import Finding, LedgerEntry, SiteAudit, SiteCheck, Waiver
from disclosure_audit.scoring.site.evidence import detail

DIMENSION = {"homepage_not_opened": "availability", "column_not_found": "convenience",
             "not_opened": "availability", "too_deep": "convenience",
             "empty": "completeness", "stale": "timeliness"}
"""The dimension each verdict concerns, for the office's 维度 column."""


def site_entries(site: SiteAudit, deadline: dt.date, as_of: dt.date, max_clicks: int,
                 waivers: tuple[Waiver, ...] = (),
                 department: str | None = None) -> list[LedgerEntry]:
    """One entry per verdict of every check (of ``department`` only, when given)."""
    entries = []
    for check in site.checks:
        if department is not None and check.department != department:
            continue
        for verdict in check.verdicts:
            finding = _finding(check, verdict, as_of, max_clicks)
            key = f"{check.key}/{verdict}"
            waiver = next((w for w in waivers if key in w.keys and w.active(as_of)), None)
            entries.append(LedgerEntry(
                key=key, item="", title=check.name, department=check.department,
                dimension=DIMENSION[verdict], kind=verdict, problem=(finding,), reason=None,
                measure=site_measure(finding, "zh"), measure_en=site_measure(finding, "en"),
                deadline=deadline, status="waived" if waiver else "open",
                evidence=(check.source,) if check.source else (), waiver=waiver,
                evidence_keys=_keys(check, verdict)))
    return entries


def _finding(check: SiteCheck, verdict: str, as_of: dt.date, max_clicks: int) -> Finding:
    column = check.column
    params: dict[str, object] = {"column": check.name, "url": check.url,
                                 "evidence": (_keys(check, verdict) or ("",))[0]}
    code = f"site-{verdict.replace('_', '-')}"
    if verdict == "homepage_not_opened":
        params |= detail(check.report.homepage_detail)
    elif verdict == "not_opened" and column is not None:
        if column.opened is False:
            params |= detail(column.detail)
        else:  # the first page opened, later list pages did not
            code = "site-pages-not-opened"
            params |= {"pages": list(column.failed_pages), "count": len(column.failed_pages)}
    elif verdict == "too_deep" and column is not None:
        params |= {"clicks": column.clicks, "limit": max_clicks}
    elif verdict == "stale" and column is not None and check.limit is not None:
        params |= {"limit": _limit_text(check, "zh"), "limit_en": _limit_text(check, "en"),
                   "as_of": as_of.isoformat(), "entries": column.entries,
                   "undated": column.undated}
        if column.newest is None:
            code = "site-stale-undated"
        else:
            params |= {"newest": column.newest.isoformat(),
                       "expires": check.expires.isoformat() if check.expires else ""}
    return Finding(code, params, check.source)


def _keys(check: SiteCheck, verdict: str) -> tuple[str, ...]:
    """The pages a verdict rests on: the failed list pages for pages that did not open (they
    come last), else the column's pages (its first page first), or the homepage's."""
    column = check.column
    if verdict == "not_opened" and column is not None and column.opened and column.failed_pages:
        return check.evidence[len(check.evidence) - len(column.failed_pages):]
    return check.evidence


def _limit_text(check: SiteCheck, lang: str) -> str:
    assert check.limit is not None
    return t(f"site.limit.{check.limit.unit}", lang, n=check.limit.amount)

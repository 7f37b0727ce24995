"""Declared versus found, and the site checks, as plain data: the JSON contract's ``site``
fields and the rows to declare (shared by the JSON, the table and the Markdown)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import yaml

from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import finding_text, join
from disclosure_audit.model import (
    DIMENSIONS,
    AuditResult,
    Finding,
    ItemResult,
    Publication,
    SiteCheck,
    SiteMiss,
)
from disclosure_audit.scoring.site.evidence import miss_finding

CHANGE_CODES = frozenset({"site-found", "site-in-column", "site-clicks", "site-clicks-measured"})
"""Findings in which the crawl raised or measured a dimension's verdict (those in which it lowered
one, ``site-not-found`` and ``site-page-failed``, are the declared-but-not-found list)."""
DECLARATION_FIELDS = ("item", "title", "channel", "url", "published", "elements", "format",
                      "clicks")


def item_site(result: ItemResult, lang: str) -> dict[str, Any] | None:
    """An item's ``site`` object (None without a crawl file, or for an item not judged)."""
    site = result.site
    if site is None:
        return None
    return {
        "found": [{"title": m.declared.title, "source": str(m.declared.source),
                   "url": m.declared.url, "by": m.by, "found": _row(m.found)}
                  for m in site.found],
        "declared_not_found": [_miss(m, lang) for m in site.declared_not_found],
        "found_not_declared": [{"department": declarer(result, r), "source": str(r.source),
                                "column": r.column, "evidence": r.evidence,
                                "declaration": declaration(r)}
                               for r in site.found_not_declared],
        "not_checked": [_miss(m, lang) for m in site.not_checked],
    }


def site_checks(result: AuditResult) -> dict[str, Any] | None:
    """The top-level ``site`` object: each crawl file and each check judged on as-of."""
    if result.site is None:
        return None
    crawls = [c for c in result.site.checks if c.column is None]
    return {
        "crawls": [_crawl(c) for c in crawls],
        "columns": [_column(c) for c in result.site.checks if c.column is not None],
    }


def declaration(row: Publication) -> dict[str, Any]:
    """A crawled row as the declaration to add (the fields a department writes)."""
    values = {"item": row.item, "title": row.title, "channel": row.channel, "url": row.url,
              "published": row.published.isoformat() if row.published else None,
              "elements": list(row.elements) if row.elements else None,
              "format": row.format, "clicks": row.clicks}
    return {k: values[k] for k in DECLARATION_FIELDS if values[k] is not None}


def rows_to_declare(result: AuditResult) -> dict[str, list[Publication]]:
    """Crawled rows nobody declared, by the department that should declare them."""
    out: dict[str, list[Publication]] = defaultdict(list)
    for r in result.items:
        for row in (r.site.found_not_declared if r.site else ()):
            out[declarer(r, row)].append(row)
    return dict(out)


def declarer(result: ItemResult, row: Publication) -> str:
    """Who should declare a row found on the site: the item's owner, else the department the
    crawl gave it (the office)."""
    return result.department if result.item.owner else row.department


def snippet(rows: list[Publication], lang: str) -> str:
    """Ready-to-paste YAML: the rows as ``publications`` entries, each with a reminder to add
    the date the information was made (the crawl cannot know it)."""
    lines: list[str] = []
    for row in rows:
        text = yaml.safe_dump([declaration(row)], allow_unicode=True, sort_keys=False,
                              width=1000, default_flow_style=False)
        lines += text.rstrip("\n").split("\n")
        lines.append(f"  # made: YYYY-MM-DD   # {t('site.made_todo', lang)}")
    return "\n".join(lines)


def changes(result: ItemResult) -> list[tuple[str, Finding]]:
    """(dimension, finding) for each finding in which the crawl changed or measured a verdict."""
    seen: set[tuple[str, str]] = set()
    out = []
    for dimension in DIMENSIONS:
        score = result.scores.get(dimension)
        for finding in score.findings if score else ():
            key = (dimension, repr(sorted(finding.params.items())) + finding.code)
            if finding.code in CHANGE_CODES and key not in seen:
                seen.add(key)
                out.append((dimension, finding))
    return out


def miss_text(miss: SiteMiss, lang: str) -> str:
    """Why a declared publication was not found, or not checked, in words."""
    if miss.reason in ("not_found", "page_failed"):
        return finding_text(miss_finding(miss), lang)
    return t(f"site.not_checked.{miss.reason}", lang, columns=join(list(miss.columns), lang))


def _miss(miss: SiteMiss, lang: str) -> dict[str, Any]:
    d = miss.declared
    return {"title": d.title, "source": str(d.source), "url": d.url,
            "department": d.department, "reason": miss.reason, "page": miss.url,
            "evidence": miss.evidence, "date": miss.date.isoformat() if miss.date else None,
            "detail": miss.detail, "columns": list(miss.columns), "read": miss.read,
            "message": miss_text(miss, lang)}


def _row(row: Publication) -> dict[str, Any]:
    return {"title": row.title, "url": row.url, "column": row.column, "clicks": row.clicks,
            "published": row.published.isoformat() if row.published else None,
            "evidence": row.evidence, "source": str(row.source)}


def _crawl(check: SiteCheck) -> dict[str, Any]:
    report = check.report
    return {
        "source": str(report.source) if report.source else None, "url": report.url,
        "date": report.date.isoformat(), "complete": report.complete, "stopped": report.stopped,
        "homepage": {"opened": report.homepage_opened, "evidence": report.homepage_evidence},
        "column": {"found": report.column_found, "name": report.column_name,
                   "url": report.column_url, "clicks": report.column_clicks,
                   "evidence": report.column_evidence},
        "verdicts": list(check.verdicts),
    }


def _column(check: SiteCheck) -> dict[str, Any]:
    column = check.column
    assert column is not None
    return {
        "key": check.key, "name": check.name, "url": check.url, "department": check.department,
        "checked": check.checked, "opened": column.opened, "verdicts": list(check.verdicts),
        "clicks": column.clicks, "entries": column.entries, "undated": column.undated,
        "newest": column.newest.isoformat() if column.newest else None,
        "limit": check.limit.as_dict() if check.limit else None,
        "expires": check.expires.isoformat() if check.expires else None,
        "detail": column.detail, "evidence": list(check.evidence),
        "source": str(check.source) if check.source else None,
    }

"""The crawl file: a declarations file (``validate`` accepts it as it is) with the rows found on
the website, plus the ``crawl`` and ``site`` sections that say what was checked and found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from disclosure_audit import __version__
from disclosure_audit.crawl.checks import column_checks, office, page_detail, site_verdicts
from disclosure_audit.crawl.classify import classify_title
from disclosure_audit.crawl.fetch import Page
from disclosure_audit.crawl.urls import format_of
from disclosure_audit.crawl.walk import Column, CrawlResult
from disclosure_audit.model import Checklist, ColumnCheck

HEADER = """\
# Written by `disclosure-audit crawl` ({tool}) from {url} — what the website showed.
# Rows are evidence found on the site (source: crawl), not declarations: departments declare in
# their own files. The next crawl rewrites this file; evidence: disclosure-audit evidence show KEY
"""


@dataclass(frozen=True)
class RunInfo:
    """When the crawl ran and what it fetched."""

    started: str
    finished: str
    fetched: int
    reused: int


def crawl_document(result: CrawlResult, checklist: Checklist, as_of: dt.date,
                   run: RunInfo) -> tuple[dict[str, Any], list[ColumnCheck]]:
    """The crawl file's content, and the column checks in it."""
    checks = column_checks(result, checklist, as_of)
    doc: dict[str, Any] = {
        "department": office(checklist),
        "crawl": _crawl_section(result, as_of, run),
        "site": _site_section(result, checks),
        "publications": rows(result, checklist),
    }
    return doc, checks


def rows(result: CrawlResult, checklist: Checklist) -> list[dict[str, Any]]:
    """One row per entry found (the first time its URL was found: the fewest clicks)."""
    owners = {item.id: item.owner for item in checklist.items}
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    for column in result.columns:
        for hit in column.entries:
            entry = hit.entry
            if entry.url in seen:
                continue
            seen.add(entry.url)
            item, elements = classify_title(entry.title, checklist)
            row: dict[str, Any] = {"item": item} if item else {}
            row |= {"title": entry.title, "channel": "disclosure_column", "url": entry.url}
            if elements:  # the elements the title names; none written: the title names none
                row["elements"] = list(elements)
            if entry.date is not None:
                row["published"] = entry.date.isoformat()
            row["clicks"] = hit.clicks
            fmt = format_of(entry.url, result.content_types.get(entry.url))
            if fmt:
                row["format"] = fmt
            row["department"] = (owners.get(item) if item else None) or office(checklist)
            row |= {"column": column.name or column.url, "source": "crawl",
                    "evidence": hit.evidence}
            found.append(row)
    return found


def _crawl_section(result: CrawlResult, as_of: dt.date, run: RunInfo) -> dict[str, Any]:
    section: dict[str, Any] = {
        "url": result.start, "date": as_of.isoformat(), "started": run.started,
        "finished": run.finished, "tool": f"disclosure-audit {__version__}",
        "pages": run.fetched + run.reused, "fetched": run.fetched,
        "complete": result.stopped is None,
    }
    if result.stopped:
        section["stopped"] = result.stopped
    skipped = []
    for page in result.not_followed:
        entry = {"url": page.url, "reason": page.record.outcome}
        if page.record.location:
            entry["target"] = page.record.location
        skipped.append({**entry, "evidence": page.key})
    if skipped:
        section["not_followed"] = skipped
    return section


def _site_section(result: CrawlResult, checks: list[ColumnCheck]) -> dict[str, Any]:
    section: dict[str, Any] = {}
    home = result.homepage
    if home is not None:
        section["homepage"] = _page(home)
    column: dict[str, Any] = {"found": result.column is not None}
    if result.column is not None and result.columns:
        root = result.columns[0]
        column |= {"name": root.name or root.url, "url": root.url, "clicks": root.clicks}
        if root.first is not None:
            column["evidence"] = root.first.key
    elif home is not None:
        column["evidence"] = home.key
    section["column"] = column
    section["verdicts"] = list(site_verdicts(result))
    section["columns"] = [_column(check, column)
                          for check, column in zip(checks, result.columns, strict=True)]
    return section


def _page(page: Page) -> dict[str, Any]:
    out: dict[str, Any] = {"url": page.url, "opened": page.ok, "status": page.record.status}
    if not page.ok:
        out["detail"] = page_detail(page.record)
    out["evidence"] = page.key
    return out


def _column(check: ColumnCheck, column: Column) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": check.name, "path": list(check.path), "url": check.url, "clicks": check.clicks,
        "department": check.department, "opened": check.opened, "status": check.status,
        "entries": check.entries, "undated": check.undated,
        "newest": check.newest.isoformat() if check.newest else None,
        "subcolumns": check.subcolumns,
    }
    if check.update_within is not None:
        out["update_within"] = check.update_within.as_dict()
    out["verdicts"] = list(check.verdicts)
    if check.detail:
        out["detail"] = check.detail
    if column.failed:
        out["failed_pages"] = [_page(p) for p in column.failed]
    out["evidence"] = list(check.evidence)
    return out


def dump(doc: dict[str, Any]) -> str:
    """The crawl file's text: a comment header, then the YAML (keys in the order given)."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(doc, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000,
                     default_flow_style=False)
    return HEADER.format(tool=doc["crawl"]["tool"], url=doc["crawl"]["url"]) + body

"""The audit: load a repo, score every item, build the ledger. Pure from ``score()`` on."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING

from disclosure_audit.calendar import calendar_for
from disclosure_audit.dates import academic_year_before
from disclosure_audit.diagnostics import WARNING, Problem
from disclosure_audit.ledger import application_entries, build_ledger, expired_waivers
from disclosure_audit.model import (
    DIMENSIONS,
    STATUSES,
    AuditResult,
    Checklist,
    Declarations,
    Finding,
    ItemResult,
    LedgerEntry,
    LinkResult,
    Summary,
)
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.scoring.item import evaluate_item
from disclosure_audit.scoring.site.checks import crawl_notes, judge_sites
from disclosure_audit.scoring.site.compare import compare
from disclosure_audit.services.repo import find_repo, load_repo

if TYPE_CHECKING:  # the link prober (asyncio, httpx) loads only with --check-links
    from disclosure_audit.links.service import LinkOptions


@dataclass(frozen=True)
class AuditRequest:
    """What the user asked for."""

    repo: Path
    as_of: dt.date
    department: str | None = None
    links: LinkOptions | None = None  # probe declared links (``--check-links``)


def run(request: AuditRequest) -> AuditResult:
    """Load the repo (input errors raise :class:`InputError`) and audit it."""
    repo = find_repo(request.repo)
    checklist, declarations, warnings = load_repo(repo)
    _check_department(checklist, request.department)
    warnings = warnings + _future_dates(declarations, request.as_of)
    links = None
    if request.links is not None:  # without --check-links nothing touches the network
        from disclosure_audit.links.service import check_links

        links = check_links(repo.root, checklist, declarations, request.links)
    return score(checklist, declarations, request.as_of, department=request.department,
                 warnings=tuple(warnings), links=links)


def tracked_ledger(repo_path: Path):  # noqa: ANN201 - TrackedLedger | None (lazy import)
    """The repo's tracked ledger (``ledger.yaml``), for reports that show it; None without one."""
    from disclosure_audit.ledger.store import LEDGER_FILE, load_ledger

    path = find_repo(repo_path).root / LEDGER_FILE
    return load_ledger(path) if path.is_file() else None


def review_period(checklist: Checklist, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The checklist's review period, else the academic year that ended on or before as-of."""
    return checklist.review_period or academic_year_before(as_of)


def score(checklist: Checklist, declarations: Declarations, as_of: dt.date, *,
          department: str | None = None, warnings: tuple[Problem, ...] = (),
          links: dict[str, LinkResult] | None = None) -> AuditResult:
    """Score every item of ``checklist`` from ``declarations`` as of ``as_of``.

    ``links`` holds probe results by URL when links were checked (None otherwise).
    """
    period = review_period(checklist, as_of)
    years = [as_of.year, period[0].year] + [
        d.year for p in declarations.publications for d in (p.made, p.published) if d] + [
        w.expected.year for w in declarations.withheld if w.expected] + [
        d.year for a in declarations.applications for d in (a.received, a.replied) if d]
    # +1: a deadline counted from a date late in the last year runs into the next one
    ctx = ScoringContext(checklist, as_of, period, calendar_for(min(years), max(years) + 1),
                         links=links, site=compare(declarations, checklist))
    site = judge_sites(declarations.sites, checklist, as_of) if declarations.sites else None
    by_item = defaultdict(list)
    for publication in declarations.publications:
        by_item[publication.item].append(publication)
    withheld = defaultdict(list)
    for entry in declarations.withheld:
        withheld[entry.item].append(entry)
    results = tuple(
        evaluate_item(item, by_item.get(item.id, ()), withheld.get(item.id, ()), ctx)
        for item in checklist.items
        if department is None or (item.owner or "") == department
    )
    applications = [a for a in declarations.applications
                    if department is None or a.department == department]
    ledger = build_ledger(results, ctx, site, department) + application_entries(applications, ctx)
    notes = calendar_notes(ctx) + tuple(expired_waivers(ctx)) + crawl_notes(site, as_of)
    return AuditResult(
        checklist=checklist, as_of=as_of, period=period, items=results,
        summary=summarise(results, checklist.departments, ledger), ledger=ledger,
        declarations=declarations, warnings=warnings, notes=notes, department=department,
        links=links, site=site,
    )


def summarise(results: tuple[ItemResult, ...], departments: tuple[str, ...] = (),
              ledger: tuple[LedgerEntry, ...] = ()) -> Summary:
    """Overall, per-dimension and per-department means over scored items; counts by status.

    Departments come in the checklist's order; those with no scored item are left out. A
    department's ``failures`` (问题数) counts its ledger entries that are not waived: one per
    problem, not one per failed dimension.
    """
    scored = [r for r in results if r.scored]
    counts = dict.fromkeys(STATUSES, 0)
    for result in results:
        counts[result.status] += 1
    owners = {r.department for r in scored}
    order = [d for d in departments if d in owners] + sorted(owners - set(departments))
    by_department: dict[str, dict[str, object]] = {}
    for name in order:
        mine = [r for r in scored if r.department == name]
        by_department[name] = {
            "score": _mean(r.score for r in mine),
            "items": len(mine),
            "by_dimension": {d: _dimension_mean(mine, d) for d in DIMENSIONS},
            "failures": sum(1 for e in ledger if e.department == name and e.status != "waived"),
        }
    return Summary(
        score=_mean(r.score for r in scored),
        by_dimension={d: _dimension_mean(scored, d) for d in DIMENSIONS},
        by_department=by_department,
        counts=counts,
    )


def calendar_notes(ctx: ScoringContext) -> tuple[Finding, ...]:
    """One note for every date counted in years without the State Council's holiday schedule.

    For such a year the ``holidays`` package computes the statutory holidays (lunar ones from
    the lunar calendar) and moves one that falls on a weekend to the next working day; it
    knows no 调休 weekend workdays. Counts there may be off by a few days.
    """
    if not ctx.calendar_gaps:
        return ()
    years = sorted(ctx.calendar_gaps)
    return (Finding("calendar-no-data", {"years": [str(y) for y in years]}),)


def _dimension_mean(results: list[ItemResult], dimension: str) -> float | None:
    """Mean score of one dimension over items where it could be judged (unknown left out)."""
    values = (r.scores[dimension].score for r in results)
    return _mean(100 * v for v in values if v is not None)


def _mean(values) -> float | None:  # noqa: ANN001 - any iterable of numbers
    values = [v for v in values if v is not None]
    return round(fmean(values), 1) if values else None


def _future_dates(declarations: Declarations, as_of: dt.date) -> list[Problem]:
    """Warn about publications dated after the as-of date: a typo, or the wrong --as-of."""
    return [
        Problem(p.source.path, p.source.line, p.source.column, "published-after-as-of",
                {"published": p.published.isoformat(), "as_of": as_of.isoformat()}, WARNING)
        for p in declarations.publications if p.published and p.published > as_of
    ]


def _check_department(checklist: Checklist, department: str | None) -> None:
    """``--department`` must name a department that owns at least one item."""
    owners = [i.owner for i in checklist.items if i.owner]
    if department is None or department in owners:
        return
    from disclosure_audit.errors import InputError

    known = list(dict.fromkeys([*checklist.departments, *owners]))
    raise InputError(Problem("--department", None, None, "unknown-department-filter",
                             {"department": department, "known": "、".join(known)}))

"""Gathering the facts of one year's report from an audit of that year and the tracked ledger."""

from __future__ import annotations

from disclosure_audit.calendar import calendar_for
from disclosure_audit.i18n.text import findings_text
from disclosure_audit.ledger.tracked import ACTIVE, TrackedLedger
from disclosure_audit.model import AuditResult
from disclosure_audit.report.annual.facts import (
    AnnualFacts,
    exemptions,
    item_line,
    problems_of,
    row_counts,
)
from disclosure_audit.scoring.applications import judge, year_statistics
from disclosure_audit.scoring.context import ScoringContext


def gather(result: AuditResult, tracked: TrackedLedger | None) -> AnnualFacts:
    """The facts of the report on ``result.period`` (an audit whose review period is the
    statistics period). Open problems come from the tracked ledger (``ledger.yaml``: what the
    office has recorded, with people's edits) when the repo keeps one, else from the audit."""
    checklist, declarations = result.checklist, result.declarations
    start, end = result.period
    applications = sorted(declarations.applications, key=lambda a: (a.received, a.id))
    in_year = [a for a in applications if a.received <= end and (
        a.received >= start or a.replied is None or a.replied >= start)]
    years = [d.year for a in in_year for d in (a.received, a.replied) if d]
    ctx = ScoringContext(checklist, result.as_of, result.period,
                         calendar_for(min([start.year, *years]),
                                      max([result.as_of.year, *years]) + 1))
    # Departments that declared: rows a crawl wrote are the website's, not a declaration.
    departments = {p.department for p in declarations.publications}
    departments |= {u.department for u in declarations.unmatched if u.origin != "crawl"}
    departments |= {w.department for w in declarations.withheld}
    order = [d for d in checklist.departments if d in departments]
    order += sorted(departments - set(order) - {""})
    if tracked is not None:
        entries = [(e.kind, e.item, e.title, e.department, e.problem, e.deadline)
                   for e in tracked.entries if e.status in ACTIVE]
        as_of = tracked.updated
    else:
        entries = [(e.kind, e.item, e.title, e.department, findings_text(e.problem, "zh"),
                    e.deadline) for e in result.open_entries()]
        as_of = result.as_of
    return AnnualFacts(
        institution=checklist.institution_name or checklist.title, office=checklist.office,
        start=start, end=end, as_of=result.as_of, departments=tuple(order),
        items=tuple(item_line(r, checklist) for r in result.items),
        rows=row_counts(checklist, declarations, start, end),
        applications=year_statistics(applications, start, end),
        judged=tuple(judge(a, result.as_of, ctx) for a in in_year),
        exemptions=exemptions(result), problems=problems_of(entries),
        problems_as_of=as_of, problems_from_ledger=tracked is not None)

"""One ledger entry per failed (item, dimension), with its measure and deadline."""

from __future__ import annotations

from collections.abc import Iterable

from disclosure_audit.i18n import t
from disclosure_audit.model import DIMENSIONS, Finding, ItemResult, LedgerEntry, SourceRef
from disclosure_audit.scoring.context import ScoringContext


def entry_key(item_id: str, dimension: str) -> str:
    """The stable key that identifies an entry from run to run: ``<item>/<dimension>``."""
    return f"{item_id}/{dimension}"


def build_ledger(results: Iterable[ItemResult], ctx: ScoringContext) -> tuple[LedgerEntry, ...]:
    """Entries for every scored item's failed dimensions, in checklist then dimension order.

    The deadline is the ``ledger.deadline_workdays``-th working day after the as-of date, or
    the declared ``expected`` date for information not yet made (尚未形成).
    """
    default_deadline = ctx.calendar.add_workdays(ctx.as_of, ctx.checklist.deadline_workdays)
    entries: list[LedgerEntry] = []
    for result in results:
        if not result.scored:
            continue
        deadline = default_deadline
        if result.status == "not_yet_made" and result.withheld and result.withheld.expected:
            deadline = result.withheld.expected
        for dimension in DIMENSIONS:
            score = result.scores[dimension]
            if score.passed:
                continue
            measure, measure_en = _measure(result, dimension)
            key = entry_key(result.item.id, dimension)
            waiver = next((w for w in ctx.checklist.waivers
                           if key in w.keys and w.active(ctx.as_of)), None)
            entries.append(LedgerEntry(
                key=key,
                item=result.item.id,
                title=result.item.title,
                department=result.department,
                dimension=dimension,
                problem=score.findings,
                reason=result.withheld,
                measure=measure,
                measure_en=measure_en,
                deadline=deadline,
                evidence=_evidence(result, score.findings),
                status="waived" if waiver else "open",
                waiver=waiver,
            ))
    return tuple(entries)


def expired_waivers(ctx: ScoringContext) -> list[Finding]:
    """Notes for waivers that have expired: their entries count as failures again."""
    return [Finding("waiver-expired", {"keys": list(w.keys), "expires": w.expires.isoformat()},
                    w.source)
            for w in ctx.checklist.waivers if w.expires and not w.active(ctx.as_of)]


def _measure(result: ItemResult, dimension: str) -> tuple[str, str]:
    """The item's own remediation for missing content, else the dimension's standard measure."""
    item = result.item
    content_problem = dimension == "completeness" or result.status in ("missing", "not_yet_made")
    if content_problem and item.remediation:
        return item.remediation, item.remediation_en or item.remediation
    return t(f"measure.{dimension}", "zh"), t(f"measure.{dimension}", "en")


def _evidence(result: ItemResult, findings: Iterable[object]) -> tuple[SourceRef, ...]:
    sources = [f.source for f in findings if getattr(f, "source", None)]  # type: ignore[attr-defined]
    if not sources:
        sources = [p.source for p in result.publications]
    if not sources and result.withheld:
        sources = [result.withheld.source]
    seen: dict[SourceRef, None] = dict.fromkeys(s for s in sources if s is not None)
    return tuple(seen)

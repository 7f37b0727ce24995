"""An item's status and overall score from its four dimensions (or why it is excluded)."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import (
    DIMENSIONS,
    UNASSIGNED,
    Finding,
    Item,
    ItemResult,
    Publication,
    Score,
    Withheld,
)
from disclosure_audit.scoring import DIMENSION_SCORERS
from disclosure_audit.scoring.context import ScoringContext

# When several departments declare a reason for the same item, the strongest one wins.
_PRECEDENCE = {"exempt": 0, "not_applicable": 1, "not_yet_made": 2}


def evaluate_item(item: Item, publications: Sequence[Publication],
                  withheld: Sequence[Withheld], ctx: ScoringContext) -> ItemResult:
    """Score ``item``: ``not_applicable``/``exempt`` (excluded), ``missing``/``not_yet_made``
    (all four dimensions fail), else ``compliant`` when all four pass, otherwise ``partial``."""
    department = item.owner or UNASSIGNED
    reason = min(withheld, key=lambda w: _PRECEDENCE[w.reason]) if withheld else None
    excluded = _exclusion(item, reason, ctx)
    if excluded is not None:
        status, finding = excluded
        return ItemResult(item, status, department, {}, None, tuple(publications), reason,
                          (finding,))
    # An item that counts but has no owner is itself a finding: nobody will fix it.
    notes = () if item.owner else (Finding("no-owner", {"hint": item.owner_hint or ""}),)
    if not publications:
        status = "not_yet_made" if reason and reason.reason == "not_yet_made" else "missing"
        finding = (Finding("not-yet-made", {"note": reason.note or "",
                                            "expected": _iso(reason.expected)}, reason.source)
                   if status == "not_yet_made" else Finding("not-disclosed-no-reason"))
        scores = {d: Score(d, 0.0, False, (finding,)) for d in DIMENSIONS}
        return ItemResult(item, status, department, scores, 0.0, (), reason, notes)
    scores = {d: scorer(item, publications, ctx) for d, scorer in DIMENSION_SCORERS.items()}
    status = "compliant" if all(s.passed for s in scores.values()) else "partial"
    return ItemResult(item, status, department, scores, _weighted(scores, ctx),
                      tuple(publications), reason, notes)


def _exclusion(item: Item, reason: Withheld | None,
               ctx: ScoringContext) -> tuple[str, Finding] | None:
    kind = ctx.checklist.kind
    if not ctx.checklist.applies(item):
        return "not_applicable", Finding("not-applicable-kind", {
            "kind": kind, "note": item.note or "", "note_en": item.note_en or item.note or ""})
    if item.not_applicable:
        return "not_applicable", Finding("not-applicable-checklist", {"note": item.not_applicable})
    if reason and reason.reason == "not_applicable":
        return "not_applicable", Finding("not-applicable-declared", {"note": reason.note or ""},
                                         reason.source)
    if reason and reason.reason == "exempt":
        return "exempt", Finding("exempt", {"ground": reason.ground or "",
                                            "note": reason.note or ""}, reason.source)
    return None


def _weighted(scores: dict[str, Score], ctx: ScoringContext) -> float:
    weights = ctx.checklist.scoring.weights
    total = sum(weights.get(d, 0.0) for d in scores)
    if total <= 0:
        return 0.0
    return 100.0 * sum(s.score * weights.get(d, 0.0) for d, s in scores.items()) / total


def _iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""  # type: ignore[union-attr]

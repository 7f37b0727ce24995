"""An item's status and overall score from its four dimensions (or why it is excluded).

Statuses (see :data:`disclosure_audit.model.STATUSES`): ``not_applicable`` and ``exempt`` and
``not_occurred`` leave scoring; ``missing`` and ``not_yet_made`` score 0; ``internal_only``
(every publication on an internal channel: the public cannot see it) scores 0 unless
``scoring.internal_only_scores_zero`` is false, its dimensions still reported; otherwise
``compliant`` when no dimension fails (unknown is not a failure), else ``partial``.
"""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import (
    DIMENSIONS,
    UNASSIGNED,
    Finding,
    Item,
    ItemResult,
    ItemSite,
    Publication,
    ReportWindow,
    Score,
    Withheld,
    WithheldElement,
    replaced,
)
from disclosure_audit.scoring import DIMENSION_SCORERS, completeness
from disclosure_audit.scoring.common import covered_elements, elements_unknown, iso
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.scoring.reports import of_report, report_window, reported_year
from disclosure_audit.scoring.site.evidence import site_evidence, undeclared_finding
from disclosure_audit.scoring.withholding import REMOVES, by_element, lapsed, main_declaration


def evaluate_item(item: Item, publications: Sequence[Publication],
                  withheld: Sequence[Withheld], ctx: ScoringContext) -> ItemResult:
    """Score ``item`` from its publications and the declarations of what is withheld."""
    department = item.owner or UNASSIGNED
    main = main_declaration(withheld)
    excluded = _not_applicable(item, ctx)
    if excluded is not None:
        return ItemResult(item, "not_applicable", department, {}, None, tuple(publications),
                          main, (excluded,))
    applicable = item.elements_for(ctx.checklist.kind)
    listing = by_element(item, applicable, withheld, ctx)
    required = tuple(e for e in applicable if e not in listing or listing[e].reason not in REMOVES)
    base = ItemResult(item, "", department, {}, None, tuple(publications), main,
                      withheld_elements=tuple(listing.values()), elements=required)
    if not required:
        status, finding = _withheld_status(list(listing.values()))
        return replaced(base, status=status, findings=(finding,))
    judged = replaced(item, elements=required)
    notes: tuple[Finding, ...] = () if item.owner else (
        Finding("no-owner", {"hint": item.owner_hint or ""}),)
    relevant = list(publications)
    report = None
    if item.due:
        report = report_window(item, ctx.as_of, publications)
        relevant = of_report(report, publications)
        notes += (Finding("next-due", {"period": report.next_label,
                                       "due": report.next_due.isoformat()}),)
    site, rows = _site(item, report, ctx)
    base = replaced(base, findings=notes, report=report, site=site)
    pending = {e: w for e, w in listing.items() if w.reason == "not_yet_made"}
    if not covered_elements(judged, relevant):
        return _undisclosed(base, judged, pending, ctx, relevant, rows)
    evidence = None
    if ctx.site is not None:
        evidence = site_evidence(judged, relevant, ctx.site.matched, ctx.site.missed, rows)
    extra = {"completeness": {"pending": pending, "found": rows},
             "timeliness": {"report": report}, "availability": {"site": evidence},
             "convenience": {"site": evidence}}
    scores = {d: scorer(judged, relevant, ctx, **extra.get(d, {}))
              for d, scorer in DIMENSION_SCORERS.items()}
    seen = [*relevant, *(evidence.effective(relevant) if evidence else ())]
    if item.audience != "campus" and not any(ctx.is_public(p) for p in seen):
        zero = ctx.checklist.scoring.internal_only_scores_zero
        return replaced(base, status="internal_only", scores=scores,
                                   score=0.0 if zero else _weighted(scores, ctx))
    failed = any(s.passed is False for s in scores.values())
    return replaced(base, status="partial" if failed else "compliant",
                               scores=scores, score=_weighted(scores, ctx))


def _site(item: Item, report: ReportWindow | None,
          ctx: ScoringContext) -> tuple[ItemSite | None, tuple[Publication, ...]]:
    """The item's declared-versus-found (None without a crawl file), and the crawled rows
    nobody declared that concern the review: of an item with a due date, the report judged
    and later ones (the next may be out early); of an ``annual`` item, those of the review
    period or later (or undated); of others, all. Older reports are history, not rows to add."""
    if ctx.site is None:
        return None, ()
    found = ctx.site.item(item.id)
    rows: Sequence[Publication] = found.found_not_declared
    if report is not None:
        rows = [r for r in rows if (reported_year(r) or report.start_year) >= report.start_year]
    elif item.cadence == "annual":
        rows = [r for r in rows if r.published is None or r.published >= ctx.period[0]]
    return replaced(found, found_not_declared=tuple(rows)), tuple(rows)


def _undisclosed(base: ItemResult, judged: Item, pending: dict[str, WithheldElement],
                 ctx: ScoringContext, relevant: Sequence[Publication],
                 rows: Sequence[Publication] = ()) -> ItemResult:
    """Nothing of the item disclosed: ``not_yet_made`` when every element is declared not yet
    made and still expected, else ``missing``. Both score 0 on every dimension. Rows assigned
    by their titles that name no element are not disclosures yet: the findings ask for their
    ``elements``. Rows the crawl found on the website are named: they are to be declared."""
    waiting = [w for w in pending.values() if not lapsed(w, ctx.as_of)]
    if len(waiting) == len(judged.elements):
        first = max(waiting, key=lambda w: w.deadline or ctx.as_of)
        decl = first.declaration
        findings = [Finding("not-yet-made", {
            "note": decl.note or "", "expected": iso(decl.expected),
            "deadline": iso(first.deadline)}, decl.source)]
        status = "not_yet_made"
    else:
        findings = _missing_findings(base, judged, pending, ctx)
        unknown = elements_unknown(relevant)
        on_site = undeclared_finding(judged, rows, judged.elements)
        findings += [f for f in (unknown, on_site) if f is not None]
        status = "missing"
    scores = {d: Score(d, 0.0, False, tuple(findings)) for d in DIMENSIONS}
    return replaced(base, status=status, scores=scores, score=0.0)


def _missing_findings(base: ItemResult, judged: Item, pending: dict[str, WithheldElement],
                      ctx: ScoringContext) -> list[Finding]:
    if base.report is not None:
        return [Finding("report-missing", {"period": base.report.label,
                                           "due": base.report.due.isoformat()})]
    if not pending:
        events = [e for e in judged.elements if judged.is_event(e)]
        return [Finding("not-disclosed-event" if events else "not-disclosed-no-reason",
                        {"elements": events})]
    return completeness.missing_findings(judged, list(judged.elements), [], pending, ctx)


def _withheld_status(listing: list[WithheldElement]) -> tuple[str, Finding]:
    """Nothing required: exempt if anything is exempt, else not occurred, else not applicable."""
    reasons = {w.reason for w in listing}
    for reason, status in (("exempt", "exempt"), ("not_occurred", "not_occurred")):
        if reason in reasons:
            decl = next(w.declaration for w in listing if w.reason == reason)
            if reason == "not_occurred":
                return status, Finding("not-occurred", {"note": decl.note or ""}, decl.source)
            return status, Finding("exempt", {
                "ground": decl.ground or "",
                "basis": f"，{decl.basis}" if decl.basis else "",
                "basis_en": f", {decl.basis}" if decl.basis else "",
                "note": f"：{decl.note}" if decl.note else "",
                "note_en": f": {decl.note}" if decl.note else ""}, decl.source)
    decl = listing[0].declaration
    return "not_applicable", Finding("not-applicable-declared", {"note": decl.note or ""},
                                     decl.source)


def _not_applicable(item: Item, ctx: ScoringContext) -> Finding | None:
    kind = ctx.checklist.kind
    if not ctx.checklist.applies(item):
        # the note follows a colon when there is one (a school's own item may have none)
        note, note_en = item.note or "", item.note_en or item.note or ""
        return Finding("not-applicable-kind", {
            "kind": kind, "note": f"：{note}" if note else "",
            "note_en": f": {note_en}" if note_en else ""})
    if item.not_applicable:
        return Finding("not-applicable-checklist", {"note": item.not_applicable})
    return None


def _weighted(scores: dict[str, Score], ctx: ScoringContext) -> float:
    """The weighted mean of the known dimensions (weights re-normalised over them)."""
    weights = ctx.checklist.scoring.weights
    known = {d: s.score for d, s in scores.items() if s.score is not None}
    total = sum(weights.get(d, 0.0) for d in known)
    if total <= 0:
        return 0.0
    return 100.0 * sum(value * weights.get(d, 0.0) for d, value in known.items()) / total


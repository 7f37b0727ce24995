"""条目完整性 completeness: the share of the item's elements that any publication covers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from disclosure_audit.model import Finding, Item, Publication, Score, WithheldElement
from disclosure_audit.scoring.common import covered_elements, elements_unknown, in_item_order, iso
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.scoring.site.evidence import undeclared_finding
from disclosure_audit.scoring.withholding import lapsed

DIMENSION = "completeness"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext,
          pending: Mapping[str, WithheldElement] | None = None,
          found: Sequence[Publication] = ()) -> Score:
    """Elements covered in any channel ÷ the item's elements; findings name what is missing.

    ``item.elements`` are the elements judged (those withheld with a reason that removes them
    are gone already). ``pending`` holds elements declared not yet made (尚未形成): still
    required, but named with their expected date — or as overdue once that date has passed.
    ``found`` are rows a crawl found on the website that nobody declared: they do not complete
    the item (a declaration does), but a missing element they cover is named with its page.
    """
    covered = covered_elements(item, publications)
    missing = [e for e in item.elements if e not in covered]
    findings: list[Finding] = []
    if not covered:
        findings.append(Finding("nothing-published"))
    elif missing:
        findings.extend(missing_findings(item, missing, in_item_order(item, covered),
                                         pending or {}, ctx))
        # Rows assigned by their titles that name no element: ask for ``elements``.
        unknown = elements_unknown(publications)
        if unknown is not None:
            findings.append(unknown)
        on_site = undeclared_finding(item, found, missing)
        if on_site is not None:
            findings.append(on_site)
    value = len(covered) / len(item.elements)
    return Score(DIMENSION, value, bool(covered) and not missing, tuple(findings))


def missing_findings(item: Item, missing: list[str], covered: list[str],
                     pending: Mapping[str, WithheldElement],
                     ctx: ScoringContext) -> list[Finding]:
    """Missing elements split three ways: not explained (event-driven ones named, since 本期未
    发生 may apply), not yet made and still expected, not yet made but the date has passed."""
    plain = [e for e in missing if e not in pending]
    waiting = [e for e in missing if e in pending and not lapsed(pending[e], ctx.as_of)]
    overdue = [e for e in missing if e in pending and lapsed(pending[e], ctx.as_of)]
    findings: list[Finding] = []
    if plain:
        findings.append(Finding("missing-elements", {
            "elements": plain, "covered": covered,
            "events": [e for e in plain if item.is_event(e)]}))
    if waiting:
        latest = max((pending[e] for e in waiting), key=lambda w: w.deadline or ctx.as_of)
        findings.append(Finding("elements-not-yet-made", {
            "elements": waiting, "expected": iso(latest.declaration.expected),
            "deadline": iso(latest.deadline)}, latest.declaration.source))
    if overdue:
        first = pending[overdue[0]].declaration
        findings.append(Finding("expected-passed", {
            "elements": overdue, "expected": iso(first.expected)}, first.source))
    return findings


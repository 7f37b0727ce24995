"""条目完整性 completeness: the share of the item's elements that any publication covers."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import Finding, Item, Publication, Score
from disclosure_audit.scoring.common import covered_elements, elements_unknown, in_item_order
from disclosure_audit.scoring.context import ScoringContext

DIMENSION = "completeness"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext) -> Score:
    """Elements covered in any channel ÷ the item's elements; findings name what is missing."""
    covered = covered_elements(item, publications)
    missing = [e for e in item.elements if e not in covered]
    findings: list[Finding] = []
    if not publications:
        findings.append(Finding("nothing-published"))
    elif missing:
        findings.append(Finding("missing-elements", {"elements": missing,
                                                     "covered": in_item_order(item, covered)}))
        # Rows assigned by their titles that name no element: ask for ``elements``.
        unknown = elements_unknown(publications)
        if unknown is not None:
            findings.append(unknown)
    value = len(covered) / len(item.elements)
    return Score(DIMENSION, value, bool(publications) and not missing, tuple(findings))

"""内容可得性 availability: of what was disclosed, the share the public can actually get."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import Finding, Item, Publication, Score
from disclosure_audit.scoring.common import (
    covered_elements,
    elements_of,
    elements_unknown,
    in_item_order,
    link_finding,
)
from disclosure_audit.scoring.context import ScoringContext

DIMENSION = "availability"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext) -> Score:
    """Disclosed elements that some public-channel publication covers ÷ disclosed elements.

    An element seen only on OA, in group chats, at meetings, in documents or on notice boards
    reaches staff and students, not society: it is not available. For ``audience: campus`` items
    any channel will do. Nothing disclosed scores 0.
    """
    disclosed = covered_elements(item, publications)
    if not disclosed:
        return Score(DIMENSION, 0.0, False,
                     (elements_unknown(publications) or Finding("nothing-published"),))
    if item.audience == "campus":
        return Score(DIMENSION, 1.0, True)
    public = [p for p in publications if ctx.is_public(p)]
    available = covered_elements(item, [p for p in public if ctx.reachable(p)])
    findings: list[Finding] = []
    reported: set[int] = set()
    for element in in_item_order(item, disclosed - available):
        where = [p for p in publications if element in elements_of(p, item)]
        broken = [p for p in where if ctx.is_public(p)]
        if broken:  # published for the public, but the link does not deliver it
            findings.extend(link_finding(p, ctx) for p in broken if id(p) not in reported)
            reported.update(id(p) for p in broken)
            continue
        findings.append(Finding("internal-only", {
            "element": element,
            "channels": sorted({ctx.channel_name(p) for p in where}),
            "channels_en": sorted({ctx.channel_name(p, "en") for p in where}),
        }, where[0].source if where else None))
    value = len(available) / len(disclosed)
    return Score(DIMENSION, value, not findings, tuple(findings))

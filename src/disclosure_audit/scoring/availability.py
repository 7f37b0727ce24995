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
from disclosure_audit.scoring.site.evidence import SiteEvidence, miss_finding, raised

DIMENSION = "availability"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext,
          site: SiteEvidence | None = None) -> Score:
    """Disclosed elements that some public-channel publication covers ÷ disclosed elements.

    An element seen only on OA, in group chats, at meetings, in documents or on notice boards
    reaches staff and students, not society: it is not available. For ``audience: campus`` items
    any channel will do. Nothing disclosed scores 0. With a crawl file, ``site`` says what the
    website showed (:mod:`disclosure_audit.scoring.site.evidence`): it may raise or lower the
    elements available, each change with a finding naming the page.
    """
    disclosed = covered_elements(item, publications)
    if not disclosed:
        return Score(DIMENSION, 0.0, False,
                     (elements_unknown(publications) or Finding("nothing-published"),))
    if item.audience == "campus":
        return Score(DIMENSION, 1.0, True)
    judged = site.effective(publications) if site else list(publications)
    available = _available(item, judged, ctx)
    findings: list[Finding] = []
    reported: set[int] = set()
    for element in in_item_order(item, disclosed - available):
        where = [p for p in publications if element in elements_of(p, item)]
        broken = [p for p in where if ctx.is_public(p)]
        if broken:  # published for the public, but the link or the site does not deliver it
            findings.extend(_why(p, site, ctx) for p in broken if id(p) not in reported)
            reported.update(id(p) for p in broken)
            continue
        findings.append(Finding("internal-only", {
            "element": element,
            "channels": sorted({ctx.channel_name(p) for p in where}),
            "channels_en": sorted({ctx.channel_name(p, "en") for p in where}),
        }, where[0].source if where else None))
    passed = not findings
    if site is not None:  # elements the crawl made available: say so, naming the page
        findings += raised(item, "site-found", available - _available(item, publications, ctx),
                           judged)
    return Score(DIMENSION, len(available) / len(disclosed), passed, tuple(findings))


def _available(item: Item, publications: Sequence[Publication],
               ctx: ScoringContext) -> set[str]:
    return covered_elements(item, [p for p in publications
                                   if ctx.is_public(p) and ctx.reachable(p)])


def _why(publication: Publication, site: SiteEvidence | None, ctx: ScoringContext) -> Finding:
    """A public publication that does not count: the crawl did not find it, or its link failed."""
    if site is not None and publication in site.missed:
        return miss_finding(site.missed[publication])
    if site is not None and publication in site.replaced:
        return link_finding(site.replaced[publication], ctx)
    return link_finding(publication, ctx)

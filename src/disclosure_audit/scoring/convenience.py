"""操作便捷性 convenience: each element reachable from the disclosure column, in few clicks,
in a searchable format."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import UNREADABLE_FORMATS, Finding, Item, Publication, Score
from disclosure_audit.scoring.common import covered_elements, in_item_order, link_finding
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.scoring.site.evidence import SiteEvidence, miss_finding, raised

DIMENSION = "convenience"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext,
          site: SiteEvidence | None = None) -> Score:
    """The share of the elements the public can get that are easy to get.

    Each element is judged by its best publication: reachable from the disclosure column (in
    it, on a channel it links to such as 阳光高考平台, or declared ``linked_from_column``),
    within ``max_clicks`` clicks when known, and readable (not an image or a scanned PDF).
    One element in the column does not carry six others buried as images elsewhere.
    ``audience: campus`` items are judged on the channels the campus uses. With a crawl file,
    ``site`` replaces what it measured (clicks, presence in the column); every element whose
    verdict that changes gets a finding naming the page.
    """
    if not publications:
        return Score(DIMENSION, 0.0, False, (Finding("nothing-published"),))
    judged = site.effective(publications) if site else list(publications)
    verdict = _judge(item, judged, ctx)
    if isinstance(verdict, Score):
        if site is not None and site.missed:  # declared public, but the crawl did not find it
            return Score(DIMENSION, 0.0, False, tuple(
                [miss_finding(m) for m in site.missed.values()]
                + [f for f in verdict.findings if f.code != "no-public-publication"]))
        return verdict
    passed = sum(not failed for failed in verdict.values())
    grouped: dict[tuple[str, str, object], Finding] = {}
    for element, failed in verdict.items():
        for finding in failed:  # one finding per (problem, publication), naming its elements
            key = (finding.code, str(finding.source), finding.params.get("title"))
            grouped.setdefault(key, finding).params["elements"].append(element)
    findings = list(grouped.values())
    if site is not None:
        findings += _changes(item, publications, verdict, site, ctx)
    return Score(DIMENSION, passed / len(verdict), passed == len(verdict), tuple(findings))


def _judge(item: Item, publications: Sequence[Publication],
           ctx: ScoringContext) -> dict[str, list[Finding]] | Score:
    """Per element, the failed conditions of its best publication (none: it passes); a Score
    when no element can be judged at all."""
    candidates = list(publications)
    if item.audience != "campus":
        public = [p for p in publications if ctx.is_public(p)]
        if not public:
            return Score(DIMENSION, 0.0, False, (Finding("no-public-publication"),))
        candidates = [p for p in public if ctx.reachable(p)]
        if not candidates:
            return Score(DIMENSION, 0.0, False, tuple(link_finding(p, ctx) for p in public))
    elements = in_item_order(item, covered_elements(item, candidates))
    if not elements:
        return Score(DIMENSION, 0.0, False, (Finding("nothing-published"),))
    verdict = {}
    failed = {}  # by publication: judged once, however many elements it covers
    for element in elements:
        where = [p for p in candidates if element in (p.elements or item.elements)]
        for p in where:
            if id(p) not in failed:
                failed[id(p)] = _failed_conditions(p, item, ctx)
        verdict[element] = min((failed[id(p)] for p in where), key=len)
    return verdict


def _changes(item: Item, declared: Sequence[Publication], after: dict[str, list[Finding]],
             site: SiteEvidence, ctx: ScoringContext) -> list[Finding]:
    """The crawl's part in the verdict: measured clicks, elements it put in the column, and
    declared column publications it did not find where their elements now fail."""
    before = _judge(item, declared, ctx)
    before = {} if isinstance(before, Score) else before
    better = [e for e, failed in after.items() if not failed and before.get(e, [True])]
    worse = {e for e, failed in after.items() if failed and e in before and not before[e]}
    findings = site.clicks_findings(ctx.checklist.scoring.max_clicks)
    findings += raised(item, "site-in-column", better, site.effective(declared))
    missed = [p for p in declared if p in site.missed
              and any(e in (p.elements or item.elements) for e in worse)]
    return findings + [miss_finding(site.missed[p]) for p in missed]


def _failed_conditions(publication: Publication, item: Item,
                       ctx: ScoringContext) -> list[Finding]:
    failed: list[Finding] = []
    title = publication.title
    if item.audience != "campus" and not ctx.reachable_from_column(publication):
        failed.append(Finding("not-in-column", {
            "title": title, "channel": ctx.channel_name(publication),
            "channel_en": ctx.channel_name(publication, "en"), "elements": []},
            publication.source))
    max_clicks = ctx.checklist.scoring.max_clicks
    if publication.clicks is not None and publication.clicks > max_clicks:
        failed.append(Finding("too-many-clicks", {
            "title": title, "clicks": publication.clicks, "limit": max_clicks, "elements": []},
            publication.source))
    if publication.format in UNREADABLE_FORMATS:
        failed.append(Finding("unreadable-format", {
            "title": title, "format": publication.format, "elements": []},
            publication.source))
    return failed

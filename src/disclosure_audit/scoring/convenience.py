"""操作便捷性 convenience: each element reachable from the disclosure column, in few clicks,
in a searchable format."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import UNREADABLE_FORMATS, Finding, Item, Publication, Score
from disclosure_audit.scoring.common import covered_elements, in_item_order, link_finding
from disclosure_audit.scoring.context import ScoringContext

DIMENSION = "convenience"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext) -> Score:
    """The share of the elements the public can get that are easy to get.

    Each element is judged by its best publication: reachable from the disclosure column (in
    it, on a channel it links to such as 阳光高考平台, or declared ``linked_from_column``),
    within ``max_clicks`` clicks when known, and readable (not an image or a scanned PDF).
    One element in the column does not carry six others buried as images elsewhere.
    ``audience: campus`` items are judged on the channels the campus uses.
    """
    if not publications:
        return Score(DIMENSION, 0.0, False, (Finding("nothing-published"),))
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
    passed = 0
    grouped: dict[tuple[str, str, object], Finding] = {}
    for element in elements:
        where = [p for p in candidates if element in (p.elements or item.elements)]
        failed = min((_failed_conditions(p, item, ctx) for p in where), key=len)
        passed += not failed
        for finding in failed:  # one finding per (problem, publication), naming its elements
            key = (finding.code, str(finding.source), finding.params.get("title"))
            grouped.setdefault(key, finding).params["elements"].append(element)
    value = passed / len(elements)
    return Score(DIMENSION, value, passed == len(elements), tuple(grouped.values()))


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

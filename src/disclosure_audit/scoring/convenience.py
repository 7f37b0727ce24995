"""操作便捷性 convenience: in the disclosure column, few clicks away, readable."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import UNREADABLE_FORMATS, Finding, Item, Publication, Score
from disclosure_audit.scoring.common import link_finding
from disclosure_audit.scoring.context import ScoringContext

DIMENSION = "convenience"
CONDITIONS = 3


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext) -> Score:
    """Pass when some public publication is in the disclosure column, reachable within
    ``max_clicks`` (when known) and readable (not an image or a scanned PDF).

    The score is the best publication's share of the three conditions.
    """
    if not publications:
        return Score(DIMENSION, 0.0, False, (Finding("nothing-published"),))
    public = [p for p in publications if ctx.is_public(p)]
    if not public:
        return Score(DIMENSION, 0.0, False, (Finding("no-public-publication"),))
    reachable = [p for p in public if ctx.reachable(p)]
    if not reachable:
        return Score(DIMENSION, 0.0, False, tuple(link_finding(p, ctx) for p in public))
    public = reachable
    max_clicks = ctx.checklist.scoring.max_clicks
    best: tuple[int, list[Finding]] | None = None
    for publication in public:
        failed = _failed_conditions(publication, ctx, max_clicks)
        met = CONDITIONS - len(failed)
        if best is None or met > best[0]:
            best = (met, failed)
    assert best is not None
    met, failed = best
    return Score(DIMENSION, met / CONDITIONS, not failed, tuple(failed))


def _failed_conditions(publication: Publication, ctx: ScoringContext,
                       max_clicks: int) -> list[Finding]:
    failed: list[Finding] = []
    channel = ctx.channel(publication)
    if not (channel and channel.column):
        failed.append(Finding("not-in-column", {"title": publication.title,
                                                "channel": ctx.channel_name(publication),
                                                "channel_en": ctx.channel_name(publication, "en")},
                              publication.source))
    if publication.clicks is not None and publication.clicks > max_clicks:
        failed.append(Finding("too-many-clicks", {"title": publication.title,
                                                  "clicks": publication.clicks,
                                                  "limit": max_clicks}, publication.source))
    if publication.format in UNREADABLE_FORMATS:
        failed.append(Finding("unreadable-format", {"title": publication.title,
                                                    "format": publication.format},
                              publication.source))
    return failed

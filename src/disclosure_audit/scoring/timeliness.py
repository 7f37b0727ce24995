"""更新及时性 timeliness: published within N working days of being made; annual items on time."""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.dates import occurrence_in, parse_month_day
from disclosure_audit.model import Finding, Item, Publication, Score
from disclosure_audit.scoring.context import ScoringContext

DIMENSION = "timeliness"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext) -> Score:
    """Share of timeliness checks passed: one per publication, plus the period check if annual.

    A publication without a ``made`` date cannot be verified and does not pass. Working days
    follow China's calendar (教办函〔2014〕23号: 20 working days after the information is made).
    """
    if not publications:
        return Score(DIMENSION, 0.0, False, (Finding("nothing-published"),))
    checks = 0
    passed = 0
    findings: list[Finding] = []
    for publication in publications:
        checks += 1
        if publication.made is None:
            findings.append(Finding("no-made-date", {"title": publication.title},
                                    publication.source))
            continue
        assert publication.published is not None  # required by every source
        days = ctx.workdays(publication.made, publication.published)
        if days <= item.publish_within_workdays:
            passed += 1
        else:
            findings.append(Finding("late", {
                "title": publication.title, "days": days, "limit": item.publish_within_workdays,
                "made": publication.made.isoformat(),
                "published": publication.published.isoformat(),
            }, publication.source))
    if item.cadence == "annual":
        checks += 1
        finding = _annual_check(item, publications, ctx)
        if finding is None:
            passed += 1
        else:
            findings.append(finding)
    return Score(DIMENSION, passed / checks, passed == checks, tuple(findings))


def _annual_check(item: Item, publications: Sequence[Publication],
                  ctx: ScoringContext) -> Finding | None:
    """An annual item needs a publication inside the review period, by its due date if any."""
    start, end = ctx.period
    inside = sorted((p for p in publications if p.published and start <= p.published <= end),
                    key=lambda p: p.published)  # type: ignore[arg-type,return-value]
    period = {"start": start.isoformat(), "end": end.isoformat()}
    if not inside:
        return Finding("no-publication-in-period", period)
    if item.due:
        due = occurrence_in(ctx.period, *parse_month_day(item.due))
        first = inside[0]
        if due is not None and due <= ctx.as_of and first.published > due:  # type: ignore[operator]
            return Finding("annual-late", {**period, "due": due.isoformat(),
                                           "published": first.published.isoformat(),  # type: ignore[union-attr]
                                           "title": first.title}, first.source)
    return None

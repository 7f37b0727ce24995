"""更新及时性 timeliness: what the review period made public, published within the item's limit.

- 教办函〔2014〕23号 point 二: information is published within 20 working days of being made
  or changed; items may set their own limit (19 and 20: 20 calendar days, 《预算法》第十四条).
- Only publications made or published inside the review period are judged: a late
  publication is a finding of its own period, not of every later one.
- What is judged is when the information reached the public (rules.md: internal channels do not
  make information available to society): when an item has a publication on a public channel,
  its publications on OA, in group chats, at meetings … are not judged — posting on OA in time
  does not make a public page nine months later half on time. Only an item with no public
  publication (shared only internally: ``internal_only``) is judged on its internal ones, for
  diagnosis. (``audience: campus`` items are judged on every channel.)
- ``annual`` items need a publication in the period for the public: one on OA does not renew
  last year's public one.
- A later copy of information already published is not a new publication: one with the same
  ``made`` date whose elements an earlier judged publication already covered (a searchable text
  version of a table first published as an image, the same notice reposted on WeChat) is not
  judged, so fixing a convenience problem never opens a timeliness one.
- A publication without a ``made`` date cannot be judged: that check is unknown (待核实),
  neither passed nor failed. A dimension with only unknown checks is unknown.
- ``annual`` items need a publication in the period; items with a ``due`` date are judged on
  the report due (see :mod:`disclosure_audit.scoring.reports`) against that date alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from disclosure_audit.model import Finding, Item, Publication, ReportWindow, Score
from disclosure_audit.scoring.common import elements_of
from disclosure_audit.scoring.context import ScoringContext

DIMENSION = "timeliness"


def score(item: Item, publications: Sequence[Publication], ctx: ScoringContext,
          report: ReportWindow | None = None) -> Score:
    """Share of the known checks passed; None (unknown) when no check could be judged."""
    if not publications:
        return Score(DIMENSION, 0.0, False, (Finding("nothing-published"),))
    if report is not None:
        return _report_check(publications, report)
    checks: list[bool | None] = []
    findings: list[Finding] = []
    pool = disclosures(item, publications, ctx)
    for publication in [p for p in pool if not _copy(p, pool, item)]:
        if ctx.in_period(publication):
            verdict, finding = _publication_check(item, publication, ctx)
            checks.append(verdict)
            if finding is not None:
                findings.append(finding)
    if item.cadence == "annual":  # this period's, for the public: not last year's, not OA
        finding = _period_check(pool, ctx)
        checks.append(finding is None)
        if finding is not None:
            findings.append(finding)
    known = [c for c in checks if c is not None]
    if not known:  # nothing judged: no check at all passes; only unknown ones are unknown
        return Score(DIMENSION, None if checks else 1.0, None if checks else True,
                     tuple(findings))
    return Score(DIMENSION, sum(known) / len(known), all(known), tuple(findings))


def disclosures(item: Item, publications: Sequence[Publication],
                ctx: ScoringContext) -> list[Publication]:
    """What counts as disclosing the item: its public publications (all of them for an item
    shared only internally, for diagnosis, or meant for the campus)."""
    pool = list(publications)
    if item.audience != "campus":
        pool = [p for p in pool if ctx.is_public(p)] or pool
    return pool


def judged(item: Item, publications: Sequence[Publication],
           ctx: ScoringContext) -> list[Publication]:
    """The publications whose timing is judged: the disclosures, without later copies of what
    was already out."""
    pool = disclosures(item, publications, ctx)
    return [p for p in pool if not _copy(p, pool, item)]


def _copy(publication: Publication, pool: Sequence[Publication], item: Item) -> bool:
    """True when an earlier publication of ``pool`` with the same ``made`` date covered every
    element ``publication`` covers: the information was already out."""
    if publication.made is None or publication.published is None:
        return False
    mine = set(elements_of(publication, item))
    return any(other.made == publication.made and other.published is not None
               and other.published < publication.published
               and mine <= set(elements_of(other, item)) for other in pool)


def _publication_check(item: Item, publication: Publication,
                       ctx: ScoringContext) -> tuple[bool | None, Finding | None]:
    start, end = ctx.period
    if publication.made is None:
        return None, Finding("no-made-date", {"title": publication.title,
                                              "start": start.isoformat(),
                                              "end": end.isoformat()}, publication.source)
    assert publication.published is not None  # required by every source
    limit = item.publish_within
    days = ctx.elapsed(publication.made, publication.published, limit)
    if days <= limit.days:
        return True, None
    period = {"start": start.isoformat(), "end": end.isoformat()}
    return False, Finding("late", {
        "title": publication.title, "days": days, "limit": limit.days,
        "unit": "日" if limit.calendar else "个工作日",
        "unit_en": "days" if limit.calendar else "working days",
        "basis": f"（{limit.basis}）" if limit.basis else "",
        "basis_en": f" ({limit.basis})" if limit.basis else "",
        "made": publication.made.isoformat(), "published": publication.published.isoformat(),
        **period,
    }, publication.source)


def _period_check(publications: Sequence[Publication], ctx: ScoringContext) -> Finding | None:
    """An annual item needs a publication in the period (or one declared for its year)."""
    start, end = ctx.period
    if any((p.published and start <= p.published <= end) or p.period == start.year
           for p in publications):
        return None
    return Finding("no-publication-in-period", {"start": start.isoformat(),
                                                "end": end.isoformat()})


def _report_check(publications: Sequence[Publication], report: ReportWindow) -> Score:
    """The judged report must be out by its due date."""
    first = min(publications, key=lambda p: p.published)  # type: ignore[arg-type,return-value]
    assert first.published is not None
    if first.published <= report.due:
        return Score(DIMENSION, 1.0, True)
    return Score(DIMENSION, 0.0, False, (Finding("report-late", {
        "period": report.label, "due": report.due.isoformat(),
        "published": first.published.isoformat(), "title": first.title}, first.source),))

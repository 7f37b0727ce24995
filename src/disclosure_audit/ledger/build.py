"""Ledger entries from the audit's results, with their measures and deadlines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from disclosure_audit.i18n import t
from disclosure_audit.ledger.measures import measure_for
from disclosure_audit.ledger.site import site_entries
from disclosure_audit.model import (
    APPLICATION_ITEM,
    DIMENSIONS,
    Application,
    Finding,
    ItemResult,
    LedgerEntry,
    SiteAudit,
    SourceRef,
)
from disclosure_audit.scoring.applications import REPLY_WORKDAYS, in_review, judge
from disclosure_audit.scoring.context import ScoringContext

UNKNOWN_DATE = "unknown_date"


def entry_key(item_id: str, kind: str) -> str:
    """The stable key that identifies an entry from run to run: ``<item>/<kind>``."""
    return f"{item_id}/{kind}"


def build_ledger(results: Iterable[ItemResult], ctx: ScoringContext,
                 site: SiteAudit | None = None,
                 department: str | None = None) -> tuple[LedgerEntry, ...]:
    """One entry per problem, in checklist order (issue 11: one problem, one entry), then one
    per site check that failed (:mod:`disclosure_audit.ledger.site`; of ``department`` only
    when given).

    - an item not disclosed and not explained, or not yet made: one ``<item>/missing`` entry;
    - an item shared only on internal channels: one ``<item>/internal_only`` entry;
    - a disclosed item: an entry per failed dimension, and ``<item>/unknown_date`` when some
      publication lacks its ``made`` date (unknown is not late, but it must be supplied).

    The deadline is the ``ledger.deadline_workdays``-th working day after the as-of date; for
    information not yet made, its expected date plus the item's publishing limit; for a late
    annual report, the next report's due date.
    """
    default_deadline = ctx.add_workdays(ctx.as_of, ctx.checklist.deadline_workdays)
    entries: list[LedgerEntry] = []
    for result in results:
        if not result.scored:
            continue
        for kind, dimension, findings in _problems(result):
            entries.append(_entry(result, kind, dimension, findings,
                                  _deadline(result, findings, default_deadline), ctx))
    if site is not None:
        entries += site_entries(site, default_deadline, ctx.as_of,
                                ctx.checklist.scoring.max_clicks, ctx.checklist.waivers,
                                department)
    return tuple(entries)


def _problems(result: ItemResult) -> list[tuple[str, str | None, tuple[Finding, ...]]]:
    """(kind, dimension, findings) for each problem of one item."""
    if result.status in ("missing", "not_yet_made"):
        return [("missing", None, result.scores["completeness"].findings)]
    if result.status == "internal_only":  # one fix: publish it for the public
        findings = [f for d in ("availability", "completeness")
                    for f in result.scores[d].findings if f.code != "nothing-published"]
        return [("internal_only", None, tuple(findings))]
    problems: list[tuple[str, str | None, tuple[Finding, ...]]] = []
    for dimension in DIMENSIONS:
        score = result.scores[dimension]
        findings = tuple(f for f in score.findings if f.code != "no-made-date")
        if score.passed is False and findings:
            problems.append((dimension, dimension, findings))
        if dimension == "timeliness":
            unknown = tuple(f for f in score.findings if f.code == "no-made-date")
            if unknown:
                problems.append((UNKNOWN_DATE, "timeliness", unknown))
    return problems


def _entry(result: ItemResult, kind: str, dimension: str | None, findings: tuple[Finding, ...],
           deadline: dt.date, ctx: ScoringContext) -> LedgerEntry:
    key = entry_key(result.item.id, kind)
    waiver = next((w for w in ctx.checklist.waivers if key in w.keys and w.active(ctx.as_of)),
                  None)
    measure, measure_en = measure_for(result, findings, "zh"), measure_for(result, findings, "en")
    return LedgerEntry(
        key=key, item=result.item.id, title=result.item.title, department=result.department,
        dimension=dimension, kind=kind, problem=findings, reason=result.withheld,
        measure=measure, measure_en=measure_en, deadline=deadline,
        evidence=_evidence(result, findings), status="waived" if waiver else "open",
        waiver=waiver, evidence_keys=tuple(dict.fromkeys(
            str(f.params["evidence"]) for f in findings if f.params.get("evidence"))))


def _deadline(result: ItemResult, findings: tuple[Finding, ...], default: dt.date) -> dt.date:
    """Information not yet made is owed by its own deadline (expected + the publishing limit);
    an entry that also has other problems keeps the default deadline for them, so the later
    of the two is when the whole entry can close."""
    pending = [w.deadline for w in result.withheld_elements if w.deadline]
    if result.status == "not_yet_made":
        return max(pending, default=default)
    codes = {f.code for f in findings}
    if codes == {"report-late"} and result.report is not None:
        return result.report.next_due  # publish the next report by its due date
    if "elements-not-yet-made" in codes and pending:
        return max(pending) if codes == {"elements-not-yet-made"} else max(default, *pending)
    return default


def application_entries(applications: Iterable[Application],
                        ctx: ScoringContext) -> tuple[LedgerEntry, ...]:
    """One ``application/<id>`` entry for each application of the review period answered late
    or not answered by its due date, for the department that handles it.

    A late reply cannot be undone: like a late publication, the entry is a process problem of
    its period and closes when the audit moves to a period where the application is settled.
    An unanswered one stays until it is answered.
    """
    deadline = ctx.add_workdays(ctx.as_of, ctx.checklist.deadline_workdays)
    entries = []
    for application in applications:
        if not in_review(application, ctx.period, ctx.as_of):
            continue
        judged = judge(application, ctx.as_of, ctx)
        if not judged.overdue:
            continue
        code = "application-late" if judged.state == "late" else "application-unanswered"
        finding = Finding(code, {
            "id": application.id, "received": application.received.isoformat(),
            "due": judged.due.isoformat(), "workdays": judged.workdays,
            "limit": REPLY_WORKDAYS + (application.extension.days if judged.extension_counts
                                       and application.extension else 0),
            "replied": application.replied.isoformat() if application.replied else "",
        }, application.source)
        entries.append(LedgerEntry(
            key=entry_key(APPLICATION_ITEM, application.id), item=APPLICATION_ITEM,
            title=t("application.entry-title", "zh", id=application.id,
                    subject=application.subject),
            department=application.department, dimension=None, kind="application",
            problem=(finding,), reason=None, measure=t(f"measure.{code}", "zh"),
            measure_en=t(f"measure.{code}", "en"), deadline=deadline,
            evidence=(application.source,)))
    return tuple(entries)


def expired_waivers(ctx: ScoringContext) -> list[Finding]:
    """Notes for waivers that have expired: their entries count as failures again."""
    return [Finding("waiver-expired", {"keys": list(w.keys), "expires": w.expires.isoformat()},
                    w.source)
            for w in ctx.checklist.waivers if w.expires and not w.active(ctx.as_of)]


def _evidence(result: ItemResult, findings: Iterable[Finding]) -> tuple[SourceRef, ...]:
    sources = [f.source for f in findings if f.source is not None]
    if not sources:
        sources = [p.source for p in result.publications]
    if not sources and result.withheld:
        sources = [result.withheld.source]
    seen: dict[SourceRef, None] = dict.fromkeys(sources)
    return tuple(seen)

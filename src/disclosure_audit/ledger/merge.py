"""Merging an audit into the tracked ledger: new, still open, closed, reopened, waived, overdue."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_audit.diagnostics import Problem, repo_relative
from disclosure_audit.errors import InputError
from disclosure_audit.i18n.text import findings_text, measure_text, reason_text
from disclosure_audit.ledger.migrate import migrate
from disclosure_audit.ledger.tracked import ACTIVE, HistoryEvent, TrackedEntry, TrackedLedger
from disclosure_audit.model import ENTRY_KINDS, AuditResult, LedgerEntry

HISTORICAL = frozenset({"late", "application-late"})
"""Findings about what cannot be undone — a publication of the period that went out late, a
reply given late. Their measure is a process (publish within the limit from now on), and the
audit keeps finding them until its period moves on. So an entry of only such findings that
people marked done stays done while the audit finds the same late publications; a new one
reopens it."""
PERIODIC = frozenset({"timeliness", "unknown_date", "application"})
"""Kinds whose problems belong to a review period (late or no publication in the period, dates
missing on its publications, applications answered late in it). When the audit moves to a new
period, such an entry that fails again fails for a new reason: it restarts with a fresh
deadline instead of carrying last year's, long passed."""


@dataclass
class Changes:
    """What an update changed, by entry key."""

    new: list[str] = field(default_factory=list)
    closed: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)
    newly_overdue: list[str] = field(default_factory=list)
    waived: list[str] = field(default_factory=list)
    unwaived: list[str] = field(default_factory=list)
    migrated: dict[str, list[str]] = field(default_factory=dict)  # new key → old keys folded

    def any(self) -> bool:
        """True when anything changed."""
        return any(dataclasses.astuple(self))


def merge(previous: TrackedLedger, result: AuditResult, lang: str = "zh",
          root: Path | None = None) -> tuple[TrackedLedger, Changes]:
    """The ledger after ``result``; ``previous`` is not modified.

    Entries are matched by key. A failure already tracked keeps its ``opened``, ``deadline``,
    ``owner``, ``measure`` and ``note`` (human edits); only its problem text and evidence are
    refreshed. Nothing is ever deleted, and every change of status goes into the history.
    Evidence paths are written relative to ``root`` (the repo), so the ledger does not change
    with the directory the command was run from.
    """
    as_of = result.as_of
    if previous.updated and as_of < previous.updated:
        raise InputError(Problem("--as-of", None, None, "ledger-as-of-before-update",
                                 {"as_of": as_of.isoformat(),
                                  "updated": previous.updated.isoformat()}))
    changes = Changes()
    failing = {e.key: e for e in result.ledger}
    renewed = previous.period is not None and previous.period != result.period
    entries, changes.migrated = migrate(previous, result, lang, as_of)
    known = {e.key for e in entries}
    for entry in entries:
        current = failing.get(entry.key)
        if current is None:
            if not _judged(result, entry):  # e.g. a column this crawl did not check
                continue
            if entry.status != "done":
                entry.move("done", as_of, "audit")
                entry.closed = as_of
                changes.closed.append(entry.key)
            continue
        settled = entry.status == "done" and _settled(entry, current, lang)
        _refresh(entry, current, lang, root)
        if renewed and entry.kind in PERIODIC and entry.status != "waived":
            # last period's problem is over; this one is the new period's
            entry.move("done", as_of, "audit", "review period ended")
            entry.move("open", as_of, "audit", "new review period")
            entry.closed = None
            entry.deadline = current.deadline
            changes.reopened.append(entry.key)
        elif entry.status == "done" and not settled:
            entry.move("open", as_of, "audit", "reopened")
            entry.closed = None
            entry.deadline = current.deadline
            changes.reopened.append(entry.key)
        if current.status == "waived" and entry.status != "waived":
            entry.move("waived", as_of, "audit", current.waiver.justification
                       if current.waiver else None)
            changes.waived.append(entry.key)
        elif current.status != "waived" and entry.status == "waived":
            entry.move("open", as_of, "audit", "waiver ended")
            entry.waiver = ""
            changes.unwaived.append(entry.key)
    for current in result.ledger:
        if current.key not in known:
            entries.append(_new_entry(current, as_of, lang, root))
            changes.new.append(current.key)
            if current.status == "waived":
                changes.waived.append(current.key)
    since = previous.updated
    changes.newly_overdue = [
        e.key for e in entries
        if e.status in ACTIVE and e.deadline < as_of and (since is None or e.deadline >= since)
    ]
    order = {item.item.id: i for i, item in enumerate(result.items)}
    entries.sort(key=lambda e: (order.get(e.item, len(order)), _kind_order(e.kind)))
    institution = result.checklist.institution_name or previous.institution
    return TrackedLedger(institution=institution, updated=as_of, entries=entries,
                         period=result.period), changes


def _judged(result: AuditResult, entry: TrackedEntry) -> bool:
    """Could this audit tell whether the problem is still there? A site check's entry only
    when a crawl file checked it (:meth:`SiteAudit.judges`); an item's entry that rests on a
    crawl's pages (it has evidence keys) only when a crawl checked every publication of the
    item declared in the column. No crawl, a column robots.txt forbade or a crawl cut short
    never closes such an entry; every other entry closes when the audit no longer finds it."""
    if entry.key.startswith("site/"):
        return result.site is not None and result.site.judges(entry.key)
    if not entry.evidence_keys:
        return True
    item = next((r for r in result.items if r.item.id == entry.item), None)
    return item is not None and item.site is not None and not item.site.not_checked


def _settled(entry: TrackedEntry, current: LedgerEntry, lang: str) -> bool:
    """A done entry whose problem cannot be undone and has not changed since it was closed."""
    return (bool(current.problem) and all(f.code in HISTORICAL for f in current.problem)
            and entry.problem == findings_text(current.problem, lang))


def _refresh(entry: TrackedEntry, current: LedgerEntry, lang: str, root: Path | None) -> None:
    """Rewrite what the audit owns; leave what people own (owner, measure, deadline, note)."""
    entry.title = current.title
    entry.department = current.department
    entry.problem = findings_text(current.problem, lang)
    entry.reason = reason_text(current.reason, lang)
    entry.evidence = _evidence(current, root)
    entry.evidence_keys = list(current.evidence_keys)
    if current.waiver:
        entry.waiver = current.waiver.justification


def _new_entry(current: LedgerEntry, as_of: dt.date, lang: str,
               root: Path | None) -> TrackedEntry:
    entry = TrackedEntry(
        key=current.key, item=current.item, title="", department="",
        dimension=current.dimension, kind=current.kind, problem="",
        measure=measure_text(current, lang),
        opened=as_of, deadline=current.deadline, status=current.status,
    )
    _refresh(entry, current, lang, root)
    entry.history.append(HistoryEvent(as_of, None, current.status, "audit"))
    return entry


def _evidence(current: LedgerEntry, root: Path | None) -> list[str]:
    return [repo_relative(ref, root) for ref in current.evidence]


def _kind_order(kind: str) -> int:
    return ENTRY_KINDS.index(kind) if kind in ENTRY_KINDS else len(ENTRY_KINDS)

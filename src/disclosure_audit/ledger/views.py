"""Looking at the tracked ledger: filters and the summary by department and kind of problem."""

from __future__ import annotations

import datetime as dt

from disclosure_audit.ledger.tracked import ACTIVE, TrackedEntry, TrackedLedger
from disclosure_audit.model import ENTRY_KINDS

VIEW_STATUSES = ("open", "in_progress", "overdue", "done", "waived")


def select(ledger: TrackedLedger, as_of: dt.date, *, status: str | None = None,
           department: str | None = None, due_within: int | None = None) -> list[TrackedEntry]:
    """Entries matching every filter given.

    ``status="open"`` means still to be fixed (open or in progress, overdue or not);
    ``"overdue"`` only those past their deadline; ``due_within=N`` those still to be fixed whose
    deadline falls within the next N calendar days (overdue ones included: they are due).
    """
    horizon = None
    if due_within is not None:  # any number of days: past the calendar's end means "all"
        horizon = as_of + dt.timedelta(days=min(due_within, (dt.date.max - as_of).days))
    return [
        e for e in ledger.entries
        if _status_matches(e, as_of, status)
        and (department is None or e.department == department)
        and (horizon is None or (e.status in ACTIVE and e.deadline <= horizon))
    ]


def _status_matches(entry: TrackedEntry, as_of: dt.date, status: str | None) -> bool:
    if status is None:
        return True
    if status == "open":
        return entry.status in ACTIVE
    if status == "overdue":
        return entry.overdue(as_of)
    return entry.status == status


def summary(ledger: TrackedLedger, as_of: dt.date) -> dict[str, dict[str, dict[str, int]]]:
    """Counts by department, then kind of problem (the four dimensions, ``missing``,
    ``internal_only``, ``unknown_date``, the site checks' verdicts; plus ``total``), then view
    status."""
    table: dict[str, dict[str, dict[str, int]]] = {}
    for entry in ledger.entries:
        by_kind = table.setdefault(entry.department, {
            k: dict.fromkeys(VIEW_STATUSES, 0) for k in (*ENTRY_KINDS, "total")})
        shown = entry.view_status(as_of)
        by_kind.setdefault(entry.kind, dict.fromkeys(VIEW_STATUSES, 0))[shown] += 1
        by_kind["total"][shown] += 1
    return table


def totals(ledger: TrackedLedger, as_of: dt.date) -> dict[str, int]:
    """Counts by view status over the whole ledger."""
    counts = dict.fromkeys(VIEW_STATUSES, 0)
    for entry in ledger.entries:
        counts[entry.view_status(as_of)] += 1
    return counts

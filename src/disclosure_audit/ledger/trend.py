"""The ledger over time: how many entries were open, overdue and done after each update.

Rebuilt from each entry's ``history`` (every change of status with its date): on each date an
update or import changed something, an entry counts with the status its last event by then
gave it. An entry still to be fixed counts as overdue when its deadline had passed on that
date — its *current* deadline, since the history records statuses, not deadline changes (a
reopened entry's earlier deadline is not kept), so a past point may count an entry as open
that was overdue under the deadline it had then.
"""

from __future__ import annotations

import datetime as dt

from disclosure_audit.ledger.tracked import ACTIVE, TrackedEntry, TrackedLedger

SERIES = ("open", "overdue", "done", "waived")


def trend(ledger: TrackedLedger) -> list[dict[str, object]]:
    """One point per date the ledger changed: ``{"date", "open", "overdue", "done", "waived"}``
    (``open`` counts entries still to be fixed and not overdue, in progress included)."""
    dates = {event.date for entry in ledger.entries for event in entry.history}
    if ledger.updated:
        dates.add(ledger.updated)
    points = []
    for day in sorted(dates):
        counts = dict.fromkeys(SERIES, 0)
        for entry in ledger.entries:
            status = status_on(entry, day)
            if status is None:
                continue
            if status in ACTIVE:
                counts["overdue" if entry.deadline < day else "open"] += 1
            elif status in counts:
                counts[status] += 1
        points.append({"date": day.isoformat(), **counts})
    return points


def status_on(entry: TrackedEntry, day: dt.date) -> str | None:
    """The entry's status on ``day`` (None when it was not opened yet)."""
    if entry.opened > day:
        return None
    events = [e for e in entry.history if e.date <= day]
    if events:
        return events[-1].to_status
    if entry.history:  # opened before its first recorded change
        return entry.history[0].from_status or "open"
    return entry.status

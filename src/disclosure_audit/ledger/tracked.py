"""The ledger kept in the repo (``ledger.yaml``): entries tracked from run to run, with history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STATUSES = ("open", "in_progress", "done", "waived")
ACTIVE = frozenset({"open", "in_progress"})
"""Statuses of entries still to be fixed; these become ``overdue`` past their deadline."""


@dataclass
class HistoryEvent:
    """One change of status: when, from what, to what, and who did it (``audit`` or ``import``)."""

    date: dt.date
    from_status: str | None
    to_status: str
    by: str
    note: str | None = None


@dataclass
class TrackedEntry:
    """One ledger entry as kept in ``ledger.yaml``. ``owner`` is the person responsible (责任人);
    ``item`` is "" for a site check's entry (``site/…`` keys)."""

    key: str
    item: str
    title: str
    department: str
    dimension: str | None
    problem: str
    measure: str
    opened: dt.date
    deadline: dt.date
    status: str = "open"
    reason: str = ""
    owner: str = ""
    closed: dt.date | None = None
    note: str = ""
    waiver: str = ""
    evidence: list[str] = field(default_factory=list)
    history: list[HistoryEvent] = field(default_factory=list)
    kind: str = ""
    evidence_keys: list[str] = field(default_factory=list)  # pages a crawl kept

    def __post_init__(self) -> None:
        if not self.kind:  # a ledger of the first version: the key ends with the dimension
            self.kind = self.key.rsplit("/", 1)[-1]

    def overdue(self, as_of: dt.date) -> bool:
        """True when the entry is still to be fixed and its deadline has passed."""
        return self.status in ACTIVE and self.deadline < as_of

    def view_status(self, as_of: dt.date) -> str:
        """The status to show: ``overdue`` replaces ``open``/``in_progress`` past the deadline."""
        return "overdue" if self.overdue(as_of) else self.status

    def move(self, to_status: str, on: dt.date, by: str, note: str | None = None) -> None:
        """Change status, recording the change in the history."""
        if to_status == self.status:
            return
        self.history.append(HistoryEvent(on, self.status, to_status, by, note))
        self.status = to_status


@dataclass
class ReminderRecord:
    """One reminder message sent (or tried) by ``ledger remind --send``, kept in the ledger.

    ``sent`` is the moment of sending (ISO 8601 with the UTC offset); ``recipient`` is the robot's
    name from checklist.yaml or the e-mail addresses, never a webhook address (it holds a key);
    ``entries`` the keys the message was about; ``result`` ``sent`` or ``failed`` (with ``error``).
    """

    sent: str
    as_of: dt.date
    department: str
    channel: str
    recipient: str
    entries: list[str]
    result: str
    error: str = ""


@dataclass
class TrackedLedger:
    """All entries, plus when the ledger was last updated by an audit, and reminders sent."""

    institution: str | None = None
    updated: dt.date | None = None
    entries: list[TrackedEntry] = field(default_factory=list)
    reminders: list[ReminderRecord] = field(default_factory=list)
    version: int = 2  # 1: written by the first version (one entry per failed dimension)
    period: tuple[dt.date, dt.date] | None = None  # the review period of the last update

    def by_key(self) -> dict[str, TrackedEntry]:
        """Entries by key."""
        return {e.key: e for e in self.entries}

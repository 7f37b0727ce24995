"""Applications for disclosure (依申请公开): when each reply is due, and the yearly figures.

《高等学校信息公开办法》: a school answers an application within 15 working days of receiving
it; the head of its disclosure office may extend that once, by at most 15 more working days,
telling the applicant (rules.md, "Time limits"). Working days are China's official calendar
(:mod:`disclosure_audit.calendar`); the day of receipt does not count, the day of the reply does,
as for publications. An extension counts only when it was approved on or before the original
due date: once the limit has passed, the reply is already late.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from disclosure_audit.model import EXEMPT_GROUNDS, OUTCOMES, Application
from disclosure_audit.scoring.context import ScoringContext

REPLY_WORKDAYS = 15
STATES = ("on_time", "late", "pending", "unanswered")
"""``on_time`` / ``late``: answered (by the as-of date); ``pending``: not answered and not yet
due; ``unanswered``: not answered and past its due date."""


@dataclass(frozen=True)
class Judged:
    """One application as of a date: its due date(s), state and working days taken so far."""

    application: Application
    original_due: dt.date
    due: dt.date  # the original due date, or the extended one when the extension counts
    state: str
    workdays: int  # from receipt to the reply (answered) or to the as-of date
    extension_counts: bool = False

    @property
    def overdue(self) -> bool:
        """Late or unanswered: a ledger entry for its department."""
        return self.state in ("late", "unanswered")


def judge(application: Application, as_of: dt.date, ctx: ScoringContext) -> Judged:
    """The application as it stood on ``as_of`` (a reply dated later has not happened yet)."""
    original = ctx.add_workdays(application.received, REPLY_WORKDAYS)
    extension = application.extension
    counts = extension is not None and extension.approved <= original
    due = ctx.add_workdays(original, extension.days) if counts and extension else original
    replied = application.replied if application.replied and application.replied <= as_of \
        else None
    if replied is not None:
        state = "on_time" if replied <= due else "late"
        taken = ctx.workdays(application.received, replied)
    else:
        state = "pending" if as_of <= due else "unanswered"
        taken = ctx.workdays(application.received, as_of)
    return Judged(application, original, due, state, taken, counts)


def in_review(application: Application, period: tuple[dt.date, dt.date],
              as_of: dt.date) -> bool:
    """Judged in an audit of ``period``: received in it (and by as-of), or still open when it
    began. A late reply of an earlier period is that period's finding: its ledger entry closes
    when the audit moves on, like a late publication's."""
    start, end = period
    if application.received > as_of:
        return False
    if start <= application.received <= end:
        return True
    return application.received < start and (application.replied is None
                                             or application.replied >= start)


@dataclass(frozen=True)
class ApplicationYear:
    """The register's figures for one statistics period (an academic year).

    ``received`` in the period; ``carried_in`` received before it and still open when it began;
    ``answered`` in the period by outcome; ``carried_out`` still open when it ended. The
    identity ``received + carried_in == answered + carried_out`` must hold.
    """

    start: dt.date
    end: dt.date
    received: int
    carried_in: int
    answered: dict[str, int]
    carried_out: int
    grounds: dict[str, int] = field(default_factory=dict)  # withheld answers by ground
    requesters: dict[str, int] = field(default_factory=dict)  # received, by requester
    fees: float = 0.0  # charged for the answers given in the period

    @property
    def answered_total(self) -> int:
        """Applications answered in the period, whatever the outcome."""
        return sum(self.answered.values())

    @property
    def balanced(self) -> bool:
        """received + carried in = answered + carried out."""
        return self.received + self.carried_in == self.answered_total + self.carried_out


def year_statistics(applications: Iterable[Application], start: dt.date,
                    end: dt.date) -> ApplicationYear:
    """The figures of the period ``start``–``end`` from the register."""
    received = carried_in = carried_out = 0
    answered: Counter[str] = Counter()
    grounds: Counter[str] = Counter()
    requesters: Counter[str] = Counter()
    fees = 0.0
    for a in applications:
        if a.received > end or (a.received < start and a.replied is not None
                                and a.replied < start):
            continue  # not yet received, or settled before the period
        if a.received >= start:
            received += 1
            requesters[a.requester] += 1
        else:
            carried_in += 1
        if a.replied is None or a.replied > end:
            carried_out += 1
            continue
        if a.outcome:  # a reply without an outcome is counted nowhere: the identity breaks
            answered[a.outcome] += 1
        fees += a.fee
        if a.ground:
            grounds[a.ground] += 1
    return ApplicationYear(
        start, end, received, carried_in,
        {o: answered[o] for o in OUTCOMES if answered[o]}, carried_out,
        {g: grounds[g] for g in EXEMPT_GROUNDS if grounds[g]},
        dict(requesters), fees)

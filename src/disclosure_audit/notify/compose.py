"""The reminder text: plain, short, one line per entry, cut to fit a robot message.

Group robots refuse long messages: a 企业微信 group robot takes a ``text`` message of at most 2048
bytes of UTF-8 (``markdown``: 4096), and both robots accept 20 messages a minute. So a
department gets one plain-text message listing its entries, most overdue first, cut at the
channel's byte limit with a line saying how many more there are; e-mail has no such limit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_audit.i18n import t
from disclosure_audit.ledger.tracked import TrackedEntry

TITLE_CHARS = 24
PROBLEM_CHARS = 60
"""Long MOE titles and problem texts are shortened in a message; the ledger keeps them whole."""


@dataclass(frozen=True)
class Text:
    """A composed reminder: subject (for e-mail), body, and how many entries the body lists."""

    subject: str
    body: str
    shown: int


def order(entries: list[TrackedEntry]) -> list[TrackedEntry]:
    """Most urgent first: earliest deadline (so the most overdue) first, ledger order on ties."""
    return sorted(entries, key=lambda e: e.deadline)


def compose(department: str, entries: list[TrackedEntry], as_of: dt.date, due_within: int,
            institution: str | None, lang: str, max_bytes: int | None = None) -> Text:
    """The reminder for one department (``entries`` already in :func:`order`)."""
    overdue = sum(1 for e in entries if e.overdue(as_of))
    counts = {"overdue": overdue, "soon": len(entries) - overdue, "days": due_within}
    subject = _one_line(t("remind.subject", lang, department=department, **counts))
    head = [t("remind.title", lang, department=department),
            t("remind.intro", lang, as_of=as_of.isoformat(), institution=institution or "",
              **counts)]
    foot = [t("remind.footer", lang)]
    lines = [_line(n, e, as_of, lang) for n, e in enumerate(entries, start=1)]
    for shown in range(len(lines), -1, -1):
        more = [t("remind.more", lang, count=len(lines) - shown)] if shown < len(lines) else []
        body = "\n".join(head + lines[:shown] + more + foot)
        if max_bytes is None or len(body.encode("utf-8")) <= max_bytes:
            return Text(subject, body, shown)
    return Text(subject, _cut(body, max_bytes), 0)  # only a huge department name gets here


def _line(number: int, entry: TrackedEntry, as_of: dt.date, lang: str) -> str:
    days = (entry.deadline - as_of).days
    if days < 0:
        when = t("remind.overdue_days", lang, days=-days)
    elif days == 0:
        when = t("remind.due_today", lang)
    else:
        when = t("remind.days_left", lang, days=days)
    # the dimension, or for a whole-item problem (未公开, 仅校内公开) and a site check the kind
    what = t(f"dimension.{entry.dimension}" if entry.dimension and entry.item
             else f"entry.kind.{entry.kind}", lang)
    key = "remind.line" if entry.item else "remind.line.site"  # a site check: no item
    return t(key, lang, n=number, item=entry.item,
             title=_short(entry.title, TITLE_CHARS), dimension=what,
             problem=_short(entry.problem, PROBLEM_CHARS), deadline=entry.deadline.isoformat(),
             when=when)


def _short(text: str, limit: int) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _one_line(text: str) -> str:
    """Line breaks removed: they would break a list line, and are not allowed in a mail header."""
    return " ".join(text.split())


def _cut(text: str, max_bytes: int) -> str:
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")

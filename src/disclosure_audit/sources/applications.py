"""The applications register (依申请公开): one entry per application, its meaning checked.

Every field is checked where it is written, so that a clerk can fix it there:

- ``requester``, ``channel`` and ``outcome`` come from closed lists (ids or their Chinese words);
- an answer is an ``outcome`` *and* its ``replied`` date: one without the other is an error, and
  a reply dated before the application was received is an error;
- 不予公开 and 部分公开 withhold something and need a ``ground`` from the closed list of
  《高等学校信息公开办法》第十条 (the one declarations use, ``model.EXEMPT_GROUNDS``),
  ``law`` with a ``basis``;
- an ``extension`` (延期答复) needs its approval date and reason and is at most 15 working days.

These rules also make the yearly identity (received + carried in = answered + carried out,
see :mod:`disclosure_audit.scoring.applications`) hold by construction: every way to break it
is one application whose fields contradict each other, reported here at that application.
"""

from __future__ import annotations

import re
from typing import Any

from disclosure_audit.diagnostics import WARNING
from disclosure_audit.i18n import t
from disclosure_audit.model import (
    APPLICATION_CHANNELS,
    GROUNDED_OUTCOMES,
    OUTCOMES,
    REQUESTERS,
    Application,
    Checklist,
    Extension,
)
from disclosure_audit.sources.convert import Entry, blank, date_field, text
from disclosure_audit.sources.withheld import checked_ground

MAX_EXTENSION = 15
"""Working days a reply may be extended by, once (《高等学校信息公开办法》)."""
ID_PATTERN = re.compile(r"^[^/\s]+$")  # the id is part of the ledger key application/<id>

ALIASES = {
    "requester": {
        "natural_person": ("自然人", "个人", "公民"),
        "organisation": ("法人或其他组织", "法人", "其他组织", "单位", "企业", "organization"),
    },
    "channel": {
        "in_person": ("当面", "当面提交", "现场"),
        "letter": ("信函", "邮寄", "书面"),
        "email": ("电子邮件", "邮件", "e-mail"),
        "online": ("网络平台", "网络", "网上", "在线", "网站", "依申请公开系统"),
        "fax": ("传真",),
        "other": ("其他",),
    },
    "outcome": {
        "disclosed": ("予以公开", "公开", "同意公开"),
        "partial": ("部分公开",),
        "withheld": ("不予公开",),
        "unavailable": ("无法提供", "信息不存在", "不存在"),
        "not_processed": ("不予处理",),
        "other": ("其他", "其他处理"),
    },
}
CHOICES = {"requester": REQUESTERS, "channel": APPLICATION_CHANNELS, "outcome": OUTCOMES}


def choice(field: str, value: Any) -> str | None:
    """The id of ``value`` in the closed list of ``field`` (id, Chinese word or alias)."""
    raw = (text(value) or "").lower()
    for ident in CHOICES[field]:
        words = (ident, t(f"application.{field}.{ident}", "zh"), *ALIASES[field].get(ident, ()))
        if raw in (w.lower() for w in words):
            return ident
    return None


def to_application(entry: Entry, checklist: Checklist) -> Application | None:
    """An :class:`Application`, or None when the entry is unusable (its problems recorded)."""
    before = len(entry.problems)
    f = entry.fields
    for name in ("id", "received", "requester", "channel", "subject"):
        if blank(f.get(name)):
            entry.problem(name, "schema-required", field=name, at=name, hint="hint.schema-required")
    if entry.problems[before:]:
        return None
    ident = _id(entry)
    received = date_field(entry, "received")
    picked = {name: _choice(entry, name) for name in ("requester", "channel", "outcome")}
    replied = date_field(entry, "replied")
    _answer(entry, picked["outcome"], replied, received)
    ground, basis = _ground(entry, picked["outcome"])
    extension = _extension(entry, received)
    department = _department(entry, checklist)
    fee = _fee(entry)
    if any(p.severity == "error" for p in entry.problems[before:]) or received is None:
        return None
    return Application(
        id=ident, received=received, requester=picked["requester"] or "",
        channel=picked["channel"] or "", subject=str(text(f.get("subject"))), department=department,
        source=entry.source(), outcome=picked["outcome"], replied=replied, ground=ground,
        basis=basis, extension=extension, fee=fee, note=text(f.get("note")))


def _id(entry: Entry) -> str:
    raw = entry.fields["id"]
    if isinstance(raw, float) and raw.is_integer():  # Excel stores 7 as 7.0
        raw = int(raw)
    ident = str(raw).strip()
    if not ID_PATTERN.match(ident):
        entry.problem("id", "application-bad-id", value=ident, hint="hint.application-bad-id")
    return ident


def _choice(entry: Entry, name: str) -> str | None:
    raw = entry.fields.get(name)
    if blank(raw):
        return None
    value = choice(name, raw)
    if value is None:
        allowed = "、".join(f"{i} {t(f'application.{name}.{i}', 'zh')}" for i in CHOICES[name])
        entry.problem(name, "application-bad-choice", field=name, value=str(raw), allowed=allowed)
    return value


def _answer(entry: Entry, outcome: str | None, replied: Any, received: Any) -> None:
    """An answer is an outcome and its date; it cannot come before the application."""
    if outcome and replied is None and blank(entry.fields.get("replied")):
        entry.problem("outcome", "application-outcome-needs-replied",
                      hint="hint.application-outcome-needs-replied")
    if replied is not None and outcome is None and blank(entry.fields.get("outcome")):
        entry.problem("replied", "application-replied-needs-outcome",
                      hint="hint.application-replied-needs-outcome")
    if replied is not None and received is not None and replied < received:
        entry.problem("replied", "application-replied-before-received",
                      replied=replied.isoformat(), received=received.isoformat())


def _ground(entry: Entry, outcome: str | None) -> tuple[str | None, str | None]:
    """不予公开 / 部分公开 need a lawful ground (the list declarations use)."""
    raw, basis = entry.fields.get("ground"), text(entry.fields.get("basis"))
    if blank(raw):
        if outcome in GROUNDED_OUTCOMES:
            entry.problem("outcome", "application-needs-ground",
                          outcome=str(text(entry.fields.get("outcome"))), hint="hint.bad-ground")
        return None, basis
    ground = checked_ground(entry, raw, basis)
    if outcome not in GROUNDED_OUTCOMES:
        entry.problem("ground", "application-ground-unused", severity=WARNING)
    return ground, basis


def _extension(entry: Entry, received: Any) -> Extension | None:
    """延期答复: approved on a date, for a reason, by 1–15 working days (default 15)."""
    f = entry.fields
    names = ("extension_approved", "extension_reason", "extension_days")
    if all(blank(f.get(name)) for name in names):
        return None
    approved = date_field(entry, "extension_approved")
    reason = text(f.get("extension_reason"))
    for name, value in (("extension_approved", approved), ("extension_reason", reason)):
        if value is None and blank(f.get(name)):
            entry.problem(name, "application-extension-incomplete", field=name,
                          hint="hint.application-extension-incomplete")
    days = _days(entry)
    if approved is not None and received is not None and approved < received:
        entry.problem("extension_approved", "application-extension-before-received",
                      approved=approved.isoformat(), received=received.isoformat())
    if approved is None or reason is None or days is None:
        return None
    return Extension(approved, reason, days)


def _days(entry: Entry) -> int | None:
    raw = entry.fields.get("extension_days")
    if blank(raw):
        return MAX_EXTENSION
    try:
        days = int(float(raw)) if not isinstance(raw, bool) else 0
    except (TypeError, ValueError):
        days = 0
    if not 1 <= days <= MAX_EXTENSION or (isinstance(raw, float) and not raw.is_integer()):
        entry.problem("extension_days", "application-extension-days", value=str(raw),
                      limit=MAX_EXTENSION, hint="hint.application-extension-days")
        return None
    return days


def _department(entry: Entry, checklist: Checklist) -> str:
    named = text(entry.fields.get("department"))
    if named and checklist.departments and named not in checklist.departments:
        entry.problem("department", "unknown-department", department=named,
                      hint="hint.unknown-department")
    return named or entry.department


def _fee(entry: Entry) -> float:
    raw = entry.fields.get("fee")
    if blank(raw) or str(raw).strip() in ("无", "否"):
        return 0.0
    try:
        fee = float(str(raw).strip().removesuffix("元"))
    except ValueError:
        fee = -1.0
    if fee < 0 or isinstance(raw, bool):
        entry.problem("fee", "application-bad-fee", value=str(raw))
        return 0.0
    return fee

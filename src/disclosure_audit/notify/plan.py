"""Who gets what: each department's overdue and soon-due entries, one message per channel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger
from disclosure_audit.ledger.views import select
from disclosure_audit.model import NotifySettings, Recipients, Webhook
from disclosure_audit.notify.compose import Text, compose, order

MAX_BYTES: dict[str, int | None] = {"wecom": 2048, "dingtalk": 2048, "email": None}
"""Longest body per channel, in UTF-8 bytes: a 企业微信 robot's text message is at most 2048
bytes; DingTalk documents no smaller limit, so its robot gets the same; e-mail is not cut."""


@dataclass(frozen=True)
class Message:
    """One reminder to one department through one channel (``wecom``, ``dingtalk``, ``email``).

    ``recipient`` is what people see: the robot's name in checklist.yaml, or the addresses.
    ``entries`` are the keys of every entry the reminder is about (the body may list fewer).
    """

    department: str
    kind: str
    recipient: str
    text: Text
    entries: tuple[str, ...]
    webhook: Webhook | None = None
    addresses: tuple[str, ...] = ()


@dataclass
class Plan:
    """The messages to send, and the departments with entries due but nowhere to send them."""

    as_of: dt.date
    due_within: int
    messages: list[Message] = field(default_factory=list)
    unconfigured: dict[str, list[str]] = field(default_factory=dict)


def plan(ledger: TrackedLedger, settings: NotifySettings | None, as_of: dt.date,
         due_within: int, lang: str, department: str | None = None,
         departments: tuple[str, ...] = ()) -> Plan:
    """Group the entries due within ``due_within`` days (overdue included) by department.

    Departments come in the order of ``departments`` (the checklist's list), then of
    ``notify.departments``, then of the ledger.
    """
    result = Plan(as_of, due_within)
    grouped: dict[str, list[TrackedEntry]] = {}
    for entry in select(ledger, as_of, department=department, due_within=due_within):
        grouped.setdefault(entry.department, []).append(entry)
    configured = settings.departments if settings else {}
    known = list(dict.fromkeys([*departments, *configured]))
    names = sorted(grouped, key=lambda d: known.index(d) if d in known else len(known))
    for name in names:
        entries = order(grouped[name])
        recipients = configured.get(name)
        if settings is None or recipients is None:
            result.unconfigured[name] = [e.key for e in entries]
            continue
        text = partial(compose, name, entries, as_of, due_within, ledger.institution, lang)
        result.messages += _messages(name, tuple(e.key for e in entries), recipients, settings,
                                     text)
    return result


def _messages(department: str, keys: tuple[str, ...], recipients: Recipients,
              settings: NotifySettings, text: Callable[[int | None], Text]) -> list[Message]:
    """One message per robot the department names, and one e-mail to all its addresses."""
    messages = []
    for name in recipients.webhooks:
        hook = settings.webhooks[name]
        messages.append(Message(department, hook.kind, name, text(MAX_BYTES[hook.kind]), keys,
                                webhook=hook))
    if recipients.email:
        messages.append(Message(department, "email", ", ".join(recipients.email),
                                text(MAX_BYTES["email"]), keys, addresses=recipients.email))
    return messages

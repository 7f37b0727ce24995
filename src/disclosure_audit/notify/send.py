"""Sending a plan's messages: one module per channel behind this registry, each with retries."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from disclosure_audit.model import DeliverySettings
from disclosure_audit.notify import dingtalk, mail, wecom
from disclosure_audit.notify.plan import Message
from disclosure_audit.notify.retry import Deadline, with_retries
from disclosure_audit.notify.secrets import Credentials

SENDERS: dict[str, Callable[[Message, Credentials, Deadline], None]] = {
    "wecom": wecom.send,
    "dingtalk": dingtalk.send,
    "email": mail.send,
}
"""Channel kind → the function that delivers one message (raising ``SendError``)."""


@dataclass(frozen=True)
class Outcome:
    """How one message went: when, after how many attempts, and why it failed (if it did)."""

    message: Message
    sent: str
    attempts: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the message was delivered."""
        return self.error is None


def send_all(messages: list[Message], credentials: Credentials, settings: DeliverySettings,
             lang: str, sleep: Callable[[float], None] = time.sleep) -> list[Outcome]:
    """Send every message; a failure is recorded and the others still go out."""
    run = Deadline.after(settings.total)
    outcomes = []
    for message in messages:
        send = partial(SENDERS[message.kind], message, credentials)
        tried = with_retries(send, settings, run, sleep)
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        outcomes.append(Outcome(message, now, tried.attempts,
                                tried.error.reason(lang) if tried.error else None))
    return outcomes

"""Trying again: bounded attempts, exponential backoff, and time limits nothing can outrun."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from disclosure_audit.i18n import t
from disclosure_audit.model import DeliverySettings


class SendError(Exception):
    """A send that failed. ``retry`` says whether another attempt may help (a timeout, HTTP 5xx,
    a busy robot) or not (a bad key, a refused login, no STARTTLS). ``key`` and ``params`` name
    the catalogue text that says why."""

    def __init__(self, key: str, *, retry: bool = False, **params: Any) -> None:
        self.key, self.retry, self.params = key, retry, params
        super().__init__(t(key, "en", **params))

    def reason(self, lang: str) -> str:
        """Why, in ``lang``: the OS's and libraries' English words too ("ConnectionRefusedError:
        [Errno 111] Connection refused" is 连接被拒绝 in Chinese)."""
        from disclosure_audit.i18n.system import TRANSLATED, system_text

        return t(self.key, lang, **{k: system_text(v, lang) if k in TRANSLATED else v
                                    for k, v in self.params.items()})


@dataclass(frozen=True)
class Deadline:
    """A moment on the monotonic clock."""

    at: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        """``seconds`` from now."""
        return cls(time.monotonic() + seconds)

    def remaining(self) -> float:
        """Seconds left (0 once passed)."""
        return max(0.0, self.at - time.monotonic())

    def sooner(self, seconds: float) -> Deadline:
        """This deadline or ``seconds`` from now, whichever comes first."""
        return Deadline(min(self.at, time.monotonic() + seconds))


@dataclass(frozen=True)
class Tried:
    """How a message went: attempts made, and the last error (None when it was delivered)."""

    attempts: int
    error: SendError | None = None


def with_retries(send: Callable[[Deadline], None], settings: DeliverySettings, run: Deadline,
                 sleep: Callable[[float], None] = time.sleep) -> Tried:
    """Call ``send`` until it succeeds, fails for good, or time runs out.

    Each attempt gets ``settings.timeout`` seconds, cut short by the message's deadline
    (``settings.deadline``, every attempt and wait included) and the run's (``run``). Waits
    between attempts are ``backoff``, then twice that, and so on.
    """
    message = run.sooner(settings.deadline)
    error = SendError("send.deadline")
    for number in range(1, settings.attempts + 1):
        if message.remaining() <= 0:
            return Tried(number - 1, error)
        try:
            send(message.sooner(settings.timeout))
            return Tried(number)
        except SendError as exc:
            error = exc
        wait = settings.backoff * 2 ** (number - 1)
        if not error.retry or number == settings.attempts or wait >= message.remaining():
            return Tried(number, error)
        sleep(wait)
    return Tried(settings.attempts, error)  # pragma: no cover - the loop always returns

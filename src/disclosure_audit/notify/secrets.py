"""Secrets from the environment: webhook addresses, DingTalk signing secrets, the SMTP password.

Only the variables the chosen messages need are read, all of them before anything is sent, so a
missing one stops the run cleanly (exit 2, naming the variable and where checklist.yaml asks for
it) instead of leaving half the departments reminded. Values are never printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.i18n import t
from disclosure_audit.model import SmtpServer, SourceRef
from disclosure_audit.notify.plan import Message
from disclosure_audit.notify.webhook import is_loopback


@dataclass(frozen=True)
class Credentials:
    """The secrets read for one run (variable name → value) and the mail server."""

    values: dict[str, str]
    smtp: SmtpServer | None = None

    def password(self) -> str | None:
        """The SMTP password, when checklist.yaml names a variable for it."""
        env = self.smtp.password_env if self.smtp else None
        return self.values[env] if env else None


def needed(messages: list[Message], smtp: SmtpServer | None,
           lang: str) -> dict[str, tuple[SourceRef, str, bool]]:
    """Variables to read: name → (where checklist.yaml names it, what it is for, is a URL)."""
    found: dict[str, tuple[SourceRef, str, bool]] = {}
    for message in messages:
        hook = message.webhook
        if hook is not None:
            what = t(f"notify.kind.{hook.kind}", lang) + f" “{hook.name}”"
            found.setdefault(hook.url_env, (hook.source, t("notify.what.url", lang, what=what),
                                            True))
            if hook.secret_env:
                found.setdefault(hook.secret_env,
                                 (hook.source, t("notify.what.secret", lang, what=what), False))
        elif smtp is not None and smtp.password_env:
            found.setdefault(smtp.password_env,
                             (smtp.source, t("notify.what.password", lang, host=smtp.host), False))
    return found


def read(messages: list[Message], smtp: SmtpServer | None, environ: Mapping[str, str],
         lang: str) -> Credentials:
    """The values of every needed variable; an :class:`InputError` naming each one unusable."""
    values: dict[str, str] = {}
    problems: list[Problem] = []
    for name, (source, what, is_url) in needed(messages, smtp, lang).items():
        value = environ.get(name, "").strip()
        code = "notify-env-unset" if not value else (
            _url_problem(value) if is_url else None)
        if code is not None:
            problems.append(Problem(source.path, source.line, source.column, code,
                                    {"name": name, "what": what}, hint_key=f"hint.{code}"))
        values[name] = value
    if problems:
        raise InputError(problems)
    return Credentials(values, smtp)


def _url_problem(value: str) -> str | None:
    """A webhook address must be https (it carries the key), except on this machine."""
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        return "notify-env-bad-url"
    if url.scheme not in ("http", "https") or not url.host:
        return "notify-env-bad-url"
    if url.scheme == "http" and not is_loopback(value):
        return "notify-env-insecure-url"
    return None

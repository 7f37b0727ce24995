"""``notify:`` in checklist.yaml: where reminders go, and the rule that no secret is in the repo.

Webhook keys, DingTalk signing secrets and the SMTP password are read from environment variables
at send time; the checklist only names the variables (``url_env``, ``secret_env``,
``password_env``). A checklist is kept in git and shown in CI logs, so a literal secret in it is
an error, and no message ever repeats the value.
"""

from __future__ import annotations

import re
from typing import Any

from disclosure_audit.diagnostics import Problem
from disclosure_audit.inputs.yamlio import Pointer, YamlDocument
from disclosure_audit.model import (
    DeliverySettings,
    NotifySettings,
    Recipients,
    SmtpServer,
    SourceRef,
    Webhook,
)

ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
LITERAL_FIELDS = {"url": "url_env", "webhook": "url_env", "key": "url_env", "token": "url_env",
                  "access_token": "url_env", "secret": "secret_env", "password": "password_env"}
"""Fields that would hold a secret itself, and the ``*_env`` field to use instead."""
SECRET_TEXT = re.compile(
    r"(?i)(://|[?&](key|access_token|token|sign|secret)=|^SEC[0-9a-f]{16,}$|^[0-9a-f-]{32,}$)")
"""Values that look like a webhook address, a key or token, or a DingTalk secret (SEC…)."""
DEFAULT_SMTP_PORT = 587  # the submission port, where STARTTLS is the rule (RFC 6409, RFC 3207)


def looks_secret(value: Any) -> bool:
    """True when ``value`` looks like a secret rather than the name of a variable."""
    return isinstance(value, str) and bool(SECRET_TEXT.search(value.strip()))


def secret_problems(doc: YamlDocument) -> list[Problem]:
    """Literal secrets under ``notify:``; run on every checklist layer, valid or not."""
    notify = doc.data.get("notify") if isinstance(doc.data, dict) else None
    if not isinstance(notify, dict):
        return []
    problems: list[Problem] = []
    places: list[tuple[Pointer, Any]] = [(("notify", "smtp"), notify.get("smtp"))]
    webhooks = notify.get("webhooks")
    if isinstance(webhooks, dict):
        places += [(("notify", "webhooks", name), hook) for name, hook in webhooks.items()]
    for pointer, fields in places:
        if not isinstance(fields, dict):
            continue
        for name, value in fields.items():
            if name in LITERAL_FIELDS:
                problems.append(_secret_problem(doc, (*pointer, name), LITERAL_FIELDS[name]))
            elif looks_secret(value):
                problems.append(_secret_problem(doc, (*pointer, name), name))
    return problems


def _secret_problem(doc: YamlDocument, pointer: Pointer, use: str) -> Problem:
    # The value is deliberately left out of the message: it must not reach a CI log.
    return doc.problem(pointer, "notify-secret-in-repo", key=True,
                       params={"field": str(pointer[-1]), "use": use},
                       hint_key="hint.notify-secret-in-repo")


def build_notify(raw: dict[str, Any] | None, doc: YamlDocument | None,
                 departments: tuple[str, ...], problems: list[Problem]) -> NotifySettings | None:
    """The settings from a schema-valid ``notify:`` section; meaning problems go to ``problems``."""
    if raw is None or doc is None:
        return None
    webhooks = {name: hook for name, fields in (raw.get("webhooks") or {}).items()
                if (hook := _webhook(doc, name, fields, problems)) is not None}
    smtp = _smtp(doc, raw.get("smtp"), problems)
    recipients: dict[str, Recipients] = {}
    for department, fields in raw["departments"].items():
        pointer: Pointer = ("notify", "departments", department)
        if departments and department not in departments:
            problems.append(doc.problem(pointer, "unknown-department", key=True,
                                        params={"department": department},
                                        hint_key="hint.unknown-department"))
        chosen = Recipients(tuple(fields.get("webhooks") or ()), tuple(fields.get("email") or ()))
        for index, name in enumerate(chosen.webhooks):
            if name not in (raw.get("webhooks") or {}):
                problems.append(doc.problem((*pointer, "webhooks", index), "notify-unknown-webhook",
                                            params={"name": name,
                                                    "known": ", ".join(webhooks) or "—"}))
        if not chosen.webhooks and not chosen.email:
            problems.append(doc.problem(pointer, "notify-no-recipient", key=True,
                                        params={"department": department}))
        if chosen.email and raw.get("smtp") is None:
            problems.append(doc.problem((*pointer, "email"), "notify-smtp-missing",
                                        hint_key="hint.notify-smtp-missing"))
        recipients[department] = chosen
    delivery = DeliverySettings(**(raw.get("delivery") or {}))
    return NotifySettings(webhooks, recipients, smtp, delivery)


def _webhook(doc: YamlDocument, name: str, fields: dict[str, Any],
             problems: list[Problem]) -> Webhook | None:
    pointer: Pointer = ("notify", "webhooks", name)
    if fields["type"] == "wecom" and "secret_env" in fields:
        problems.append(doc.problem((*pointer, "secret_env"), "notify-wecom-secret", key=True))
    url_env = fields.get("url_env")
    if url_env is None:
        if not any(f in fields for f in LITERAL_FIELDS):  # else already reported as a secret
            problems.append(doc.problem(pointer, "schema-required", key=True,
                                        params={"field": "url_env", "at": f"$.{'.'.join(pointer)}"},
                                        hint_key="hint.schema-required"))
        return None
    names_ok = all(_env_name_ok(doc, (*pointer, f), fields.get(f), problems)
                   for f in ("url_env", "secret_env"))
    line, column = doc.where(pointer, key=True)  # the robot's name: both variables are its
    return Webhook(name, fields["type"], url_env, SourceRef(doc.path, line, column),
                   fields.get("secret_env")) if names_ok else None


def _smtp(doc: YamlDocument, fields: dict[str, Any] | None,
          problems: list[Problem]) -> SmtpServer | None:
    if fields is None:
        return None
    pointer: Pointer = ("notify", "smtp")
    if not _env_name_ok(doc, (*pointer, "password_env"), fields.get("password_env"), problems):
        return None
    line, column = doc.where(pointer, key=True)
    return SmtpServer(fields["host"], int(fields.get("port", DEFAULT_SMTP_PORT)), fields["sender"],
                      SourceRef(doc.path, line, column), fields.get("username"),
                      fields.get("password_env"))


def _env_name_ok(doc: YamlDocument, pointer: Pointer, value: str | None,
                 problems: list[Problem]) -> bool:
    """True when ``value`` is absent or a usable variable name; a secret was reported already."""
    if value is None or ENV_NAME.match(value):
        return True
    if not looks_secret(value):
        problems.append(doc.problem(pointer, "notify-bad-env-name",
                                    params={"field": str(pointer[-1]), "value": value},
                                    hint_key="hint.notify-bad-env-name"))
    return False

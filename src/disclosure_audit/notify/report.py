"""What ``ledger remind`` prints: the messages exactly as they would go out, or how sending went.

Plain text, not rich markup: message bodies and department names are user data, shown verbatim.
"""

from __future__ import annotations

import json
from typing import Any

from disclosure_audit.i18n import t
from disclosure_audit.notify.plan import Message, Plan
from disclosure_audit.notify.send import Outcome

RULE = "━━"


def dry_run_text(plan: Plan, missing_env: list[str], lang: str) -> str:
    """Every message in full: who gets it, through which channel, subject and body."""
    if _nothing_due(plan):
        return _nothing(plan, lang)
    departments = len({m.department for m in plan.messages})
    lines = [t("remind.dry_run", lang, as_of=plan.as_of.isoformat(), days=plan.due_within,
               departments=departments, messages=len(plan.messages)), ""]
    for number, message in enumerate(plan.messages, start=1):
        lines.append(_heading(message, number, len(plan.messages), lang))
        if message.kind == "email":
            lines.append(t("remind.subject_line", lang, subject=message.text.subject))
        lines += [message.text.body, ""]
    lines += _unconfigured(plan, lang)
    if missing_env:
        lines.append(t("remind.missing_env", lang, names=", ".join(missing_env)))
    return "\n".join(lines).rstrip("\n") + "\n"


def sent_text(plan: Plan, outcomes: list[Outcome], lang: str, recorded: bool = True) -> str:
    """One line per message sent or failed (with why), then the totals."""
    if _nothing_due(plan):
        return _nothing(plan, lang)
    lines = []
    for outcome in outcomes:
        message = outcome.message
        where = _where(message, lang)
        if outcome.ok:
            lines.append(t("remind.sent", lang, where=where, count=len(message.entries)))
        else:
            lines.append(t("remind.failed", lang, where=where, error=outcome.error,
                           attempts=outcome.attempts))
    lines += _unconfigured(plan, lang)
    failed = sum(1 for o in outcomes if not o.ok)
    lines.append(t("remind.summary", lang, sent=len(outcomes) - failed, failed=failed)
                 + (t("remind.recorded", lang) if recorded else ""))
    return "\n".join(lines) + "\n"


def as_json(plan: Plan, outcomes: list[Outcome] | None, missing_env: list[str]) -> str:
    """The plan (and outcomes, after ``--send``) for machines."""
    results: list[Outcome | None] = (list(outcomes) if outcomes is not None
                                     else [None] * len(plan.messages))
    data = {
        "as_of": plan.as_of.isoformat(),
        "due_within": plan.due_within,
        "sent": outcomes is not None,
        "messages": [_message(m, o, outcomes is not None)
                     for m, o in zip(plan.messages, results, strict=True)],
        "unconfigured": [{"department": d, "entries": keys}
                         for d, keys in plan.unconfigured.items()],
        "missing_env": missing_env,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _message(message: Message, outcome: Outcome | None, sent: bool) -> dict[str, Any]:
    result = "dry_run" if not sent else ("sent" if outcome and outcome.ok else "failed")
    return {
        "department": message.department, "channel": message.kind,
        "recipient": message.recipient, "entries": list(message.entries),
        "listed": message.text.shown, "subject": message.text.subject,
        "body": message.text.body, "result": result,
        "attempts": outcome.attempts if outcome else 0,
        "time": outcome.sent if outcome else None,
        "error": outcome.error if outcome else None,
    }


def _heading(message: Message, number: int, total: int, lang: str) -> str:
    return f"{RULE} {number}/{total}  " + t("remind.heading", lang, where=_where(message, lang),
                                             count=len(message.entries))


def _where(message: Message, lang: str) -> str:
    return t("remind.where", lang, department=message.department,
             channel=t(f"notify.kind.{message.kind}", lang), recipient=message.recipient)


def _unconfigured(plan: Plan, lang: str) -> list[str]:
    if not plan.unconfigured:
        return []
    parts = [t("remind.count", lang, department=d, count=len(keys))
             for d, keys in plan.unconfigured.items()]
    return [t("remind.unconfigured", lang, departments="、".join(parts) if lang == "zh"
              else ", ".join(parts))]


def _nothing_due(plan: Plan) -> bool:
    return not plan.messages and not plan.unconfigured


def _nothing(plan: Plan, lang: str) -> str:
    return t("remind.nothing", lang, as_of=plan.as_of.isoformat(), days=plan.due_within) + "\n"

"""``ledger remind``: plan each department's reminder, send it (with ``--send``), record it.

Sending never touches the ledger's entries: the only write is the record of what was sent,
appended under ``reminders`` in ledger.yaml, atomically and under the ledger's lock (re-read
there, so an update that ran meanwhile is kept).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_audit.diagnostics import Problem, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.ledger.lock import locked
from disclosure_audit.ledger.store import load_ledger, save_ledger
from disclosure_audit.ledger.tracked import ReminderRecord
from disclosure_audit.model import Checklist
from disclosure_audit.notify.plan import Plan, plan
from disclosure_audit.notify.secrets import needed, read
from disclosure_audit.notify.send import Outcome, send_all
from disclosure_audit.services.ledger import check_department, ledger_path
from disclosure_audit.spec import load_checklist


@dataclass(frozen=True)
class RemindRequest:
    """What to remind: as of a day, entries due within N days, one department or all."""

    repo: Path
    as_of: dt.date
    due_within: int = 7
    department: str | None = None
    send: bool = False
    lang: str = "zh"


@dataclass
class RemindResult:
    """The plan; after ``--send`` how each message went (``None`` for a dry run)."""

    plan: Plan
    outcomes: list[Outcome] | None = None
    missing_env: list[str] = field(default_factory=list)
    record_problems: list[Problem] = field(default_factory=list)
    """Why what was sent could not be recorded in the ledger (e.g. it became unwritable)."""

    def failed(self) -> bool:
        """True when any message could not be delivered."""
        return any(not o.ok for o in self.outcomes or [])


def remind(request: RemindRequest, environ: Mapping[str, str] | None = None,
           sleep: Callable[[float], None] = time.sleep) -> RemindResult:
    """Plan the reminders; with ``request.send`` send them and record them in the ledger."""
    environ = os.environ if environ is None else environ
    path = ledger_path(request.repo)
    checklist = _checklist(path.parent)
    ledger = load_ledger(path)
    ledger.institution = ledger.institution or checklist.institution_name
    if request.department is not None:
        check_department(request.department, checklist.departments,
                         {e.department for e in ledger.entries})
    settings = checklist.notify
    chosen = plan(ledger, settings, request.as_of, request.due_within, request.lang,
                  request.department, checklist.departments)
    smtp = settings.smtp if settings else None
    if not request.send:
        missing = [name for name in needed(chosen.messages, smtp, request.lang)
                   if not environ.get(name, "").strip()]
        return RemindResult(chosen, None, missing)
    if settings is None and chosen.unconfigured:
        raise InputError(Problem(checklist.path, None, None, "notify-not-configured",
                                 hint_key="hint.notify-not-configured"))
    credentials = read(chosen.messages, smtp, environ, request.lang)
    if chosen.messages:
        with locked(path):  # a repo where the record cannot be written fails before sending
            pass
    outcomes = send_all(chosen.messages, credentials, settings.delivery, request.lang, sleep) \
        if settings else []
    try:
        _record(path, outcomes, request.as_of)
    except InputError as exc:  # sent all the same: say what went out, then why it is not kept
        return RemindResult(chosen, outcomes, record_problems=exc.problems)
    return RemindResult(chosen, outcomes)


def _checklist(root: Path) -> Checklist:
    checklist, problems = load_checklist(root / "checklist.yaml", repo_root=root)
    if checklist is None or has_errors(problems):
        raise InputError([p for p in problems if p.severity == "error"])
    return checklist


def _record(path: Path, outcomes: list[Outcome], as_of: dt.date) -> None:
    """Append what was sent to the ledger's ``reminders`` (entries themselves are not touched)."""
    if not outcomes:
        return
    with locked(path):
        ledger = load_ledger(path)
        ledger.reminders += [ReminderRecord(
            sent=o.sent, as_of=as_of, department=o.message.department, channel=o.message.kind,
            recipient=o.message.recipient, entries=list(o.message.entries),
            result="sent" if o.ok else "failed", error=o.error or "") for o in outcomes]
        save_ledger(path, ledger)

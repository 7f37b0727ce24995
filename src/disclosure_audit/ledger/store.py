"""``ledger.yaml``: reading it (every problem located), writing it (atomically, locked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import write_atomic
from disclosure_audit.inputs.schema import validate_document
from disclosure_audit.inputs.yamlio import YamlDocument, load_yaml
from disclosure_audit.ledger.tracked import (
    HistoryEvent,
    ReminderRecord,
    TrackedEntry,
    TrackedLedger,
)

LEDGER_FILE = "ledger.yaml"
VERSION = 2
"""Version 2 (disclosure-audit 0.2): entries have a ``kind`` (``<item>/<kind>`` keys). Version 1
files (one entry per dimension) still load; ``ledger update`` migrates them."""
HEADER = """\
# 整改台账 (rectification ledger) — maintained by `disclosure-audit ledger update`.
# You may edit owner (责任人), measure, deadline, note, and status (in_progress, done + closed).
# Every change of status is recorded under history; entries are never deleted.
"""


def load_ledger(path: Path) -> TrackedLedger:
    """The ledger at ``path`` (empty when the file does not exist yet)."""
    if not path.exists():
        return TrackedLedger()
    doc = load_yaml(path, display_path(path))
    if doc.data is None:
        return TrackedLedger()
    problems = validate_document(doc, "ledger") if isinstance(doc.data, dict) else [
        Problem(doc.path, 1, 1, "schema-type", {"at": "$", "value": "…", "expected": "object"})]
    if has_errors(problems):
        raise InputError(problems)
    start, end = (_date(doc, ("period", side), problems) for side in ("start", "end"))
    ledger = TrackedLedger(institution=doc.data.get("institution"),
                           updated=_date(doc, ("updated",), problems),
                           version=int(doc.data.get("version") or 1),
                           period=(start, end) if start and end else None)
    seen: dict[str, int] = {}
    for index, raw in enumerate(doc.data.get("entries") or []):
        entry = _entry(doc, index, raw, problems)
        if raw["key"] in seen:
            problems.append(doc.problem(("entries", index, "key"), "ledger-duplicate-key",
                                        params={"key": raw["key"]}))
        seen[raw["key"]] = index
        if entry is not None:
            ledger.entries.append(entry)
    ledger.reminders = _reminders(doc, problems)
    if has_errors(problems):
        raise InputError(problems)
    return ledger


def _entry(doc: YamlDocument, index: int, raw: dict[str, Any],
           problems: list[Problem]) -> TrackedEntry | None:
    at = ("entries", index)
    opened = _date(doc, (*at, "opened"), problems)
    deadline = _date(doc, (*at, "deadline"), problems)
    closed = _date(doc, (*at, "closed"), problems)
    history = []
    for h_index, event in enumerate(raw.get("history") or []):
        when = _date(doc, (*at, "history", h_index, "date"), problems)
        if when is not None:
            history.append(HistoryEvent(when, event.get("from"), event["to"], event["by"],
                                        event.get("note")))
    if opened is None or deadline is None:
        return None
    return TrackedEntry(
        key=raw["key"], item=raw.get("item") or "", title=raw.get("title") or "",
        department=raw.get("department") or "", dimension=raw.get("dimension"),
        kind=raw.get("kind") or raw["key"].rsplit("/", 1)[-1],
        problem=raw.get("problem") or "", measure=raw.get("measure") or "", opened=opened,
        deadline=deadline, status=raw["status"], reason=raw.get("reason") or "",
        owner=raw.get("owner") or "", closed=closed, note=raw.get("note") or "",
        waiver=raw.get("waiver") or "", evidence=list(raw.get("evidence") or []),
        history=history, evidence_keys=list(raw.get("evidence_keys") or []),
    )


def _reminders(doc: YamlDocument, problems: list[Problem]) -> list[ReminderRecord]:
    """The reminders sent so far (``ledger remind --send``); absent from older ledgers."""
    records = []
    for index, raw in enumerate(doc.data.get("reminders") or []):
        as_of = _date(doc, ("reminders", index, "as_of"), problems)
        if as_of is not None:
            records.append(ReminderRecord(
                sent=raw["sent"], as_of=as_of, department=raw["department"],
                channel=raw["channel"], recipient=raw["recipient"],
                entries=list(raw["entries"]), result=raw["result"], error=raw.get("error") or ""))
    return records


def reminder_dict(record: ReminderRecord) -> dict[str, Any]:
    """One reminder as written in ``ledger.yaml``."""
    return {"sent": record.sent, "as_of": _iso(record.as_of), "department": record.department,
            "channel": record.channel, "recipient": record.recipient,
            "entries": list(record.entries), "result": record.result,
            **({"error": record.error} if record.error else {})}


def _date(doc: YamlDocument, pointer: tuple[Any, ...], problems: list[Problem]) -> dt.date | None:
    value: Any = doc.data
    for part in pointer:
        value = value.get(part) if isinstance(value, dict) else (
            value[part] if isinstance(value, list) and part < len(value) else None)
    if value is None:
        return None
    try:
        return parse_date(value)
    except DateError as exc:
        problems.append(doc.problem(pointer, f"date-{exc.reason}",
                                    params={"field": str(pointer[-1]), "value": value},
                                    hint_key="hint.date"))
        return None


def dump_ledger(ledger: TrackedLedger) -> str:
    """The ledger as YAML text (stable key order, dates as ISO strings)."""
    data = {
        "version": ledger.version,  # a first-version ledger stays 1 until an update migrates it
        "institution": ledger.institution,
        "updated": _iso(ledger.updated),
        # The review period of that update: a new one makes its problems new (merge.py).
        **({"period": {"start": _iso(ledger.period[0]), "end": _iso(ledger.period[1])}}
           if ledger.period else {}),
        "entries": [entry_dict(e) for e in ledger.entries],
    }
    if ledger.reminders:  # written only once there are some: older ledgers stay byte-identical
        data["reminders"] = [reminder_dict(r) for r in ledger.reminders]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100,
                          default_flow_style=False)
    return HEADER + body


def entry_dict(e: TrackedEntry) -> dict[str, Any]:
    """One entry as written in ``ledger.yaml`` (``item`` null for a site check's entry;
    ``evidence_keys`` only when a crawl's pages back it, so older ledgers stay unchanged)."""
    keys = {"evidence_keys": list(e.evidence_keys)} if e.evidence_keys else {}
    return {
        "key": e.key, "item": e.item or None, "kind": e.kind, "title": e.title,
        "department": e.department, "dimension": e.dimension, "owner": e.owner,
        "problem": e.problem, "reason": e.reason,
        "measure": e.measure, "evidence": list(e.evidence), **keys, "opened": _iso(e.opened),
        "deadline": _iso(e.deadline), "status": e.status, "closed": _iso(e.closed),
        "waiver": e.waiver, "note": e.note,
        "history": [{"date": _iso(h.date), "from": h.from_status, "to": h.to_status, "by": h.by,
                     **({"note": h.note} if h.note else {})} for h in e.history],
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def save_ledger(path: Path, ledger: TrackedLedger) -> None:
    """Write the ledger atomically: a failure leaves the previous file byte-identical."""
    write_atomic(path, dump_ledger(ledger))

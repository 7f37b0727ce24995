"""The ledger as rows with the office's columns: shared by the CSV, Markdown and Excel forms."""

from __future__ import annotations

import datetime as dt

from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import kind_text
from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger

COLUMNS = ("index", "item", "title", "department", "owner", "dimension", "problem", "reason",
           "measure", "deadline", "status", "closed", "note", "key")
"""Column order of every tabular form (序号 … 备注, then the key that import matches on)."""
EDITABLE = frozenset({"owner", "measure", "status", "closed", "note"})
"""Columns a department may change in the sheet; anything else is the audit's to write."""


def headers(lang: str) -> list[str]:
    """Column headers in ``lang``."""
    return [t(f"xcol.{c}", lang) for c in COLUMNS]


def header_lookup() -> dict[str, str]:
    """Header text in either language → column name (for import)."""
    return {t(f"xcol.{c}", lang): c for c in COLUMNS for lang in ("zh", "en")} | {
        c: c for c in COLUMNS}


def status_label(status: str, lang: str) -> str:
    """A (view) status in words."""
    return t(f"ledger.status.{status}", lang)


def status_from_label(label: str) -> str | None:
    """Words or an id back to a status id (``已完成`` → ``done``); None when unknown."""
    text = label.strip().lower().replace(" ", "_")
    for status in ("open", "in_progress", "done", "waived", "overdue"):
        if text in (status, t(f"ledger.status.{status}", "zh"),
                    t(f"ledger.status.{status}", "en").replace(" ", "_")):
            return status
    return None


def row(index: int, entry: TrackedEntry, as_of: dt.date, lang: str) -> dict[str, str]:
    """One entry as display strings by column name."""
    return {
        "index": str(index),
        "item": entry.item,
        "title": entry.title,
        "department": entry.department,
        "owner": entry.owner,
        "dimension": kind_text(entry.kind, lang),  # what the entry is about: 未公开, 条目完整性 …
        "problem": entry.problem,
        "reason": entry.reason,
        "measure": entry.measure,
        "deadline": entry.deadline.isoformat(),
        "status": status_label(entry.view_status(as_of), lang),
        "closed": entry.closed.isoformat() if entry.closed else "",
        "note": entry.note,
        "key": entry.key,
    }


def rows(ledger: TrackedLedger, as_of: dt.date, lang: str,
         entries: list[TrackedEntry] | None = None) -> list[dict[str, str]]:
    """Every entry (or ``entries``) as rows, numbered from 1."""
    chosen = ledger.entries if entries is None else entries
    return [row(i, e, as_of, lang) for i, e in enumerate(chosen, start=1)]

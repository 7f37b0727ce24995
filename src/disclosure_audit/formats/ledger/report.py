"""The ledger on screen: what an update changed, and lists of entries."""

from __future__ import annotations

import datetime as dt
import json

from rich.text import Text

from disclosure_audit.formats.console import capture, hanging
from disclosure_audit.formats.ledger.export import entry_view
from disclosure_audit.formats.ledger.terminal import print_ledger, tracked_lines
from disclosure_audit.i18n import t
from disclosure_audit.ledger.merge import Changes
from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger
from disclosure_audit.ledger.views import totals


def changes_text(ledger: TrackedLedger, changes: Changes, as_of: dt.date, lang: str,
                 width: int = 160, color: bool = False) -> str:
    """``ledger update``'s report: counts, then each changed key, then the totals."""
    console, buffer = capture(width, color)
    counts = {name: len(getattr(changes, name)) for name in
              ("new", "closed", "reopened", "newly_overdue", "waived", "unwaived")}
    console.print(Text(t("ledger.changes", lang, as_of=as_of.isoformat(), **counts),
                       style="bold"))
    if changes.migrated:  # a first-version ledger: per-dimension entries folded per problem
        console.print(Text(t("ledger.migrated", lang, old=sum(map(len, changes.migrated.values())),
                             new=len(changes.migrated)), style="bold"))
    by_key = ledger.by_key()
    for name in counts:
        for key in getattr(changes, name):
            entry = by_key[key]
            console.print(hanging(f"{t(f'ledger.change.{name}', lang)}  {key}  "
                                  f"{entry.department}  {entry.deadline.isoformat()}  "
                                  f"{entry.problem}"))
    if not changes.any():
        console.print(Text(t("ledger.no_changes", lang)))
    console.print(Text(t("ledger.totals", lang, all=len(ledger.entries), **totals(ledger, as_of))))
    return buffer.getvalue()


def entries_table(ledger: TrackedLedger, entries: list[TrackedEntry], as_of: dt.date, lang: str,
                  width: int = 160, color: bool = False) -> str:
    """``ledger show``: the chosen entries as a table, with the totals."""
    console, buffer = capture(width, color)
    title = t("ledger.title", lang, institution=ledger.institution or "", as_of=as_of.isoformat())
    if not entries:
        console.print(Text(title))
        console.print(Text(t("ledger.empty" if not ledger.entries else "ledger.none_match",
                             lang)))
        return buffer.getvalue()
    print_ledger(console, tracked_lines(entries, as_of, lang), lang, title)
    console.print(Text(t("ledger.totals", lang, all=len(ledger.entries), **totals(ledger, as_of))))
    return buffer.getvalue()


def entries_json(entries: list[TrackedEntry], as_of: dt.date) -> str:
    """``ledger show --format json``."""
    data = [entry_view(e, as_of) for e in entries]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

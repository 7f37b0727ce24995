"""The ledger on screen: what an update changed, and lists of entries."""

from __future__ import annotations

import datetime as dt
import json

from rich.table import Table
from rich.text import Text

from disclosure_audit.formats.console import capture
from disclosure_audit.formats.ledger.export import entry_view
from disclosure_audit.i18n import t
from disclosure_audit.ledger.merge import Changes
from disclosure_audit.ledger.rows import status_label
from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger
from disclosure_audit.ledger.views import totals

STYLE = {"open": "yellow", "in_progress": "cyan", "overdue": "bold red", "done": "green",
         "waived": "dim"}


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
            console.print(Text(f"  {t(f'ledger.change.{name}', lang)}  {key}  "
                               f"{entry.department}  {entry.deadline.isoformat()}  "
                               f"{entry.problem}", overflow="ellipsis", no_wrap=True))
    if not changes.any():
        console.print(t("ledger.no_changes", lang))
    console.print(t("ledger.totals", lang, all=len(ledger.entries), **totals(ledger, as_of)))
    return buffer.getvalue()


def entries_table(ledger: TrackedLedger, entries: list[TrackedEntry], as_of: dt.date, lang: str,
                  width: int = 160, color: bool = False) -> str:
    """``ledger show``: the chosen entries as a table, with the totals."""
    console, buffer = capture(width, color)
    title = t("ledger.title", lang, institution=ledger.institution or "", as_of=as_of.isoformat())
    if not entries:
        console.print(title)
        console.print(t("ledger.empty" if not ledger.entries else "ledger.none_match", lang))
        return buffer.getvalue()
    table = Table(title=title, title_justify="left", show_lines=True)
    for name, ratio in (("key", None), ("department", None), ("owner", None), ("problem", 3),
                        ("measure", 2), ("deadline", None), ("status", None), ("closed", None)):
        table.add_column(t(f"xcol.{name}", lang), ratio=ratio, no_wrap=ratio is None)
    for entry in entries:
        shown = entry.view_status(as_of)
        table.add_row(entry.key, Text(entry.department), Text(entry.owner), Text(entry.problem),
                      Text(entry.measure), entry.deadline.isoformat(),
                      Text(status_label(shown, lang), style=STYLE[shown]),
                      entry.closed.isoformat() if entry.closed else "")
    console.print(table)
    console.print(t("ledger.totals", lang, all=len(ledger.entries), **totals(ledger, as_of)))
    return buffer.getvalue()


def entries_json(entries: list[TrackedEntry], as_of: dt.date) -> str:
    """``ledger show --format json``."""
    data = [entry_view(e, as_of) for e in entries]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

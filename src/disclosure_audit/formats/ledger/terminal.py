"""The ledger on a terminal, as people read it: 序号, item and short title, problem, measure,
责任部门, 责任人 (when set), 整改期限, status — a table where the terminal is wide enough,
otherwise one block per entry, so nothing is cut at 80 columns.

The same view serves the audit (entries of this run) and ``ledger show`` (the tracked ledger,
with the people responsible and the statuses they set). Words come from the catalogue by name
(``entry.kind.<kind>`` for what an entry is about — a dimension, 未公开, 仅校内公开 —;
``ledger.status.<s>``), so new kinds of entries need no change here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text

from disclosure_audit.display import printable
from disclosure_audit.formats.console import shown
from disclosure_audit.formats.fasttable import FastTable
from disclosure_audit.formats.layout import Column, build, fit
from disclosure_audit.i18n import known, t
from disclosure_audit.i18n.text import findings_text, item_title, measure_text
from disclosure_audit.ledger.tracked import TrackedEntry
from disclosure_audit.model import AuditResult

STYLE = {"open": "yellow", "in_progress": "cyan", "overdue": "bold red", "done": "green",
         "waived": "dim"}


@dataclass(frozen=True)
class LedgerLine:
    """One entry, in words, ready to show."""

    index: int
    item: str
    title: str
    aspect: str  # which dimension (or kind of problem) the entry is about
    problem: str
    measure: str
    department: str
    owner: str
    deadline: str
    status: str
    status_style: str


def short_title(title: str) -> str:
    """The item's title without its list of examples: "办学规模、…等办学基本情况" → "办学基本情况",
    "Basic facts (scale, leadership …)" → "Basic facts".

    The MOE list names many items as "A、B、C等X"; X is what the item is. Titles without such
    a tail (or whose tail is too short to say anything, "…等信息") are kept whole.
    """
    head, sep, tail = title.rpartition("等")
    if sep and head and len(tail) >= 4:
        return tail
    plain, paren, _ = title.partition(" (")
    return plain if paren and plain else title


def aspect_label(kind: str, lang: str) -> str:
    """What an entry is about, in words, from its kind (``timeliness``, ``missing``,
    ``internal_only`` …): ``entry.kind.<kind>``, else a dimension's or a status's name, else
    the kind itself — a kind added later never breaks the view."""
    for name in (f"entry.kind.{kind}", f"dimension.{kind}", f"status.{kind}"):
        if known(name):
            return t(name, lang)
    return kind


def audit_lines(result: AuditResult, lang: str) -> list[LedgerLine]:
    """The entries of an audit (no person responsible yet: that is the tracked ledger's)."""
    titles = {r.item.id: item_title(r, lang) for r in result.items}
    return [LedgerLine(i, e.item or t("site.label", lang), titles.get(e.item, e.title),
                       aspect_label(e.kind, lang), findings_text(e.problem, lang),
                       measure_text(e, lang), e.department, "", e.deadline.isoformat(),
                       t(f"ledger.status.{e.status}", lang), STYLE.get(e.status, ""))
            for i, e in enumerate(result.ledger, start=1)]


def tracked_lines(entries: Iterable[TrackedEntry], as_of: dt.date,
                  lang: str) -> list[LedgerLine]:
    """Entries of ``ledger.yaml``, with their status as of ``as_of`` (overdue shown)."""
    lines = []
    for i, e in enumerate(entries, start=1):
        view = e.view_status(as_of)
        status = t(f"ledger.status.{view}", lang)
        if e.closed and view == "done":
            status += f" {e.closed.isoformat()}"
        lines.append(LedgerLine(i, e.item or t("site.label", lang), e.title,
                                aspect_label(e.kind, lang),
                                e.problem, e.measure, e.department, e.owner,
                                e.deadline.isoformat(), status, STYLE.get(view, "")))
    return lines


def _columns(lang: str) -> list[Column]:
    return [
        Column(t("tledger.index", lang), justify="right"),
        Column(t("tledger.item", lang), wraps=True, min_width=14, max_width=24),
        Column(t("tledger.problem", lang), wraps=True, min_width=18),
        Column(t("tledger.measure", lang), wraps=True, min_width=16),
        Column(t("xcol.department", lang), wraps=True, min_width=10, max_width=12),
        Column(t("xcol.owner", lang), wraps=True, min_width=6, max_width=12),
        Column(t("col.deadline", lang)),
        Column(t("col.status", lang), wraps=True, min_width=10, max_width=12),
    ]


def _item_cell(line: LedgerLine) -> Text:
    cell = shown(f"{line.item} {short_title(line.title)}")
    cell.append("\n")
    cell.append(printable(line.aspect), style="dim")
    return cell


def _row(line: LedgerLine) -> list[Text | str]:
    return [str(line.index), _item_cell(line), shown(line.problem), shown(line.measure),
            shown(line.department), shown(line.owner), line.deadline,
            shown(line.status, line.status_style)]


def print_ledger(console: Console, lines: list[LedgerLine], lang: str, title: str) -> None:
    """The entries as a table when it fits ``console``'s width, else as blocks."""
    columns = _columns(lang)
    rows = [_row(line) for line in lines]
    keep = fit(columns, rows, console.width)
    if keep is not None:
        console.print(build(columns, rows, keep, console.width, title=title, show_lines=True))
        return
    console.print(Text(printable(title), style="italic"))
    for line in lines:
        console.print(_block(line, lang))


def _block(line: LedgerLine, lang: str) -> Group:
    """One entry in a few lines: what (id, title, aspect), the problem, the measure, then who,
    by when and where it stands — every part wraps; none is cut."""
    head = Text(f"{line.index}. ", style="bold")
    head.append(printable(f"{line.item} {short_title(line.title)}"), style="bold")
    head.append(f" · {printable(line.aspect)}", style="dim")
    body = FastTable.grid(padding=(0, 1))
    body.add_column(no_wrap=True, style="dim")
    body.add_column(overflow="fold")
    body.add_row(t("tledger.problem", lang), shown(line.problem))
    body.add_row(t("tledger.measure", lang), shown(line.measure))
    who = Text(printable(line.department))
    if line.owner:
        who.append(f" · {t('xcol.owner', lang)} {printable(line.owner)}")
    who.append(f" · {t('col.deadline', lang)} {line.deadline} · ")
    who.append(printable(line.status), style=line.status_style)
    return Group(head, Padding(Group(body, who), (0, 0, 1, 3), expand=False))

"""The facts of an annual report, all taken from the repo: what was published where and of what
kind, each list item's state with its links or reason, the applications register, what was
withheld and why, and the problems still open in the ledger. Pure: no I/O, no wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import findings_text, ground_text
from disclosure_audit.model import (
    PROBLEM_KINDS,
    STATUSES,
    AuditResult,
    Checklist,
    Declarations,
    ItemResult,
)
from disclosure_audit.report.annual.tally import tally
from disclosure_audit.scoring.applications import ApplicationYear, Judged

UNLABELLED = "未标注类别"
"""The kind a row without ``kind`` is counted under: shown, never guessed."""


@dataclass(frozen=True)
class Count:
    """One part of a whole: a label and how many."""

    label: str
    count: int


@dataclass(frozen=True)
class RowCounts:
    """The period's publications, each once (:mod:`~disclosure_audit.report.annual.tally`), by
    channel (public, internal) and by kind."""

    public: tuple[Count, ...]
    internal: tuple[Count, ...]
    kinds: tuple[Count, ...]
    crawled: int = 0  # of them, rows the crawl found in the column that nobody declared
    crawl_undated: int = 0  # crawled rows nobody declared without a date: not counted

    @property
    def total(self) -> int:
        """Every row counted."""
        return sum(c.count for c in (*self.public, *self.internal))

    @property
    def unlabelled(self) -> int:
        """Rows without a ``kind``."""
        return sum(c.count for c in self.kinds if c.label == UNLABELLED)


@dataclass(frozen=True)
class ItemLine:
    """One list item in the report: its state, where it can be found, or why it is not."""

    id: str
    title: str
    category: str
    status: str  # a model status
    links: tuple[tuple[str, str], ...]  # (channel name, URL) of public publications
    channels: tuple[str, ...]  # names of the internal channels it was shared on
    reason: str  # why it is not (fully) disclosed, in words ("" when nothing to say)
    failed: tuple[str, ...] = ()  # dimensions that failed (a disclosed item), in words


@dataclass(frozen=True)
class Exemption:
    """An element withheld by law, with its ground."""

    item: str
    title: str
    element: str
    ground: str
    note: str


@dataclass(frozen=True)
class Problem:
    """An open ledger entry as the report lists it."""

    kind: str
    item: str
    title: str
    department: str
    problem: str
    deadline: dt.date


@dataclass(frozen=True)
class AnnualFacts:
    """Everything the draft states, before any wording."""

    institution: str
    office: str | None
    start: dt.date
    end: dt.date
    as_of: dt.date
    departments: tuple[str, ...]  # departments that declared anything
    items: tuple[ItemLine, ...]  # every item of the checklist, in its order
    rows: RowCounts
    applications: ApplicationYear
    judged: tuple[Judged, ...]  # the applications of the period, with due dates
    exemptions: tuple[Exemption, ...]
    problems: tuple[Problem, ...]
    problems_as_of: dt.date | None
    problems_from_ledger: bool

    @property
    def label(self) -> str:
        """``2021-2022``."""
        return f"{self.start.year}-{self.end.year}"

    def status_counts(self) -> list[Count]:
        """Applicable items by status (in the order of :data:`~disclosure_audit.model.STATUSES`)."""
        counts = Counter(line.status for line in self.items if line.status != "not_applicable")
        return [Count(status, counts[status]) for status in STATUSES if counts[status]]


def row_counts(checklist: Checklist, declarations: Declarations, start: dt.date,
               end: dt.date) -> RowCounts:
    """Every publication of the period, each once: declared rows (list items and rows that are
    not: news, other posts) and rows the crawl found that nobody declared, by channel and by
    kind. Withheld rows are not publications."""
    counted = tally(checklist, declarations, start, end)
    by_channel = Counter(row.channel for row in counted.rows)
    by_kind = Counter(row.kind or UNLABELLED for row in counted.rows)
    order = [*checklist.channels, *sorted(set(by_channel) - set(checklist.channels))]
    public, internal = [], []
    for cid in order:
        if by_channel[cid]:
            channel = checklist.channels.get(cid)
            target = public if channel is not None and channel.public else internal
            target.append(Count(channel.name if channel else cid, by_channel[cid]))
    kinds = [Count(k, by_kind[k]) for k in checklist.report_kinds]
    if by_kind[UNLABELLED]:
        kinds.append(Count(UNLABELLED, by_kind[UNLABELLED]))
    return RowCounts(tuple(public), tuple(internal), tuple(kinds), counted.crawled,
                     counted.undated)


def item_line(result: ItemResult, checklist: Checklist) -> ItemLine:
    """One item's state for the report, its public links and its reason, in Chinese."""
    links: dict[str, tuple[str, str]] = {}
    internal: dict[str, None] = {}
    for p in sorted(result.publications, key=lambda p: (p.published or dt.date.min, p.title)):
        channel = checklist.channels.get(p.channel)
        name = channel.name if channel else p.channel
        if channel is not None and channel.public and p.url:
            links.setdefault(p.url, (name, p.url))
        elif channel is None or not channel.public:
            internal[name] = None
    category = checklist.category(result.item.category)
    failed = tuple(t(f"dimension.{d}", "zh") for d, score in result.scores.items()
                   if score.passed is False) if result.status == "partial" else ()
    return ItemLine(result.item.id, result.item.title, category.title if category else "",
                    result.status, tuple(links.values()), tuple(internal), _reason(result),
                    failed)


def _reason(result: ItemResult) -> str:
    """Why an item is not (fully) disclosed, from the audit's own findings and declarations."""
    if result.status in ("compliant", "partial"):
        return "；".join(_withheld_text(result))
    if result.status in ("not_applicable", "not_occurred", "exempt"):
        return findings_text(result.findings[-1:], "zh") if result.findings else ""
    findings = result.scores["completeness"].findings if result.scores else ()
    declared = _withheld_text(result)
    return "；".join(declared) if declared else findings_text(findings, "zh")


def _withheld_text(result: ItemResult) -> list[str]:
    """Each element withheld (partly disclosed items): element, reason, ground or note."""
    texts = []
    for w in result.withheld_elements:
        detail = ground_text(w.declaration, "zh") or w.declaration.note or ""
        reason = t(f"reason.{w.reason}", "zh")
        texts.append(f"{w.element}：{reason}" + (f"（{detail}）" if detail else ""))
    return texts


def exemptions(result: AuditResult) -> tuple[Exemption, ...]:
    """Every element withheld by law (依法不予公开), with its ground and note."""
    return tuple(
        Exemption(r.item.id, r.item.title, w.element, ground_text(w.declaration, "zh"),
                  w.declaration.note or "")
        for r in result.items for w in r.withheld_elements if w.reason == "exempt")


def problems_of(entries: list[tuple[str, str, str, str, str, dt.date]]) -> tuple[Problem, ...]:
    """Open ledger entries ``(kind, item, title, department, problem, deadline)``, grouped by
    kind in the ledger's order of kinds, then by item as given."""
    order = {kind: i for i, kind in enumerate(PROBLEM_KINDS)}
    ranked = sorted(enumerate(entries), key=lambda e: (order.get(e[1][0], len(order)), e[0]))
    return tuple(Problem(*entry) for _, entry in ranked)

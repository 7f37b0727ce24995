"""Upgrading a ledger written by the first version (one entry per failed dimension).

An item that is now not disclosed (``<item>/missing``) or shared only internally
(``<item>/internal_only``) has one entry: the first version's per-dimension entries of that item
are folded into it with their history. A timeliness entry whose only problem now is a missing
``made`` date becomes ``<item>/unknown_date``. Nothing a person wrote is lost: owners and notes
are kept (distinct ones joined), a measure someone wrote is kept (the tool's own old texts are
replaced by the measure that fits the finding, in every entry the audit still finds), the
latest deadline is kept and every merged entry's key, status and deadline is written into the
history, with each old event marked with its old key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from disclosure_audit.i18n.text import measure_text
from disclosure_audit.ledger.tracked import HistoryEvent, TrackedEntry, TrackedLedger
from disclosure_audit.model import DIMENSIONS, AuditResult, ItemResult, LedgerEntry

LEGACY_MEASURES = frozenset({
    # the first version's standard measures (zh, en), written into every entry it created
    "补充公开缺失的要素。", "Publish the missing elements.",
    "在信息公开专栏或官网向社会公开，不能只在OA、工作群、会议或文件中传达。",
    "Publish on the disclosure column or the website, not only on OA, in groups, at meetings "
    "or in documents.",
    "在信息形成或变更后20个工作日内公开并注明形成日期；年度事项按期发布。",
    "Publish within 20 working days of the information being made or changed, with its date; "
    "publish annual items on time.",
    "在信息公开专栏按清单分类发布，首页3次点击内可达，使用可检索的文字格式（HTML或文字版PDF）。",
    "Publish in the disclosure column by list category, within 3 clicks of the homepage, as "
    "searchable text (HTML or text PDF).",
    # items 19 and 20 before the 预算法 limit
    "预算批复后20个工作日内在信息公开专栏公开四张预算表及说明。",
    "决算批复后20个工作日内在信息公开专栏公开四张决算表及说明。",
    "Publish the four budget tables with an explanation within 20 working days of approval.",
    "Publish the four final account tables with an explanation within 20 working days of "
    "approval.",
})


def migrate(previous: TrackedLedger, result: AuditResult, lang: str,
            as_of: dt.date) -> tuple[list[TrackedEntry], dict[str, list[str]]]:
    """The previous ledger's entries (copies), re-keyed for ``result`` when it is a first-version
    ledger; and which old keys were folded into which new one."""
    entries = [dataclasses.replace(e, history=list(e.history), evidence=list(e.evidence))
               for e in previous.entries]
    if previous.version >= 2:
        return entries, {}
    current = {e.key: e for e in result.ledger}
    items = {r.item.id: r for r in result.items}
    kept: list[TrackedEntry] = []
    groups: dict[str, list[TrackedEntry]] = {}
    for entry in entries:
        target = _target(entry, current)
        if target is None:
            if entry.key in current:  # the first version's generic text gives way, too
                entry.measure = _measure([entry], current[entry.key], items.get(entry.item),
                                         lang)
            kept.append(entry)
        else:
            groups.setdefault(target, []).append(entry)
    for key, olds in groups.items():
        kept.append(_fold(olds, current[key], items.get(current[key].item), lang, as_of))
    return kept, {key: [e.key for e in olds] for key, olds in groups.items()}


def _target(entry: TrackedEntry, current: dict[str, LedgerEntry]) -> str | None:
    if entry.kind not in DIMENSIONS:
        return None
    for kind in ("missing", "internal_only"):
        if f"{entry.item}/{kind}" in current:
            return f"{entry.item}/{kind}"
    unknown = f"{entry.item}/unknown_date"
    if entry.kind == "timeliness" and unknown in current and entry.key not in current:
        return unknown
    return None


def _fold(olds: list[TrackedEntry], current: LedgerEntry, result: ItemResult | None,
          lang: str, as_of: dt.date) -> TrackedEntry:
    statuses = [e.status for e in olds]
    status = next((s for s in ("in_progress", "open", "waived") if s in statuses), "done")
    closed = [e.closed for e in olds if e.closed]
    entry = TrackedEntry(
        key=current.key, item=current.item, title=current.title,
        department=current.department, dimension=current.dimension, kind=current.kind,
        problem="", measure=_measure(olds, current, result, lang),
        opened=min(e.opened for e in olds), deadline=max(e.deadline for e in olds),
        status=status, owner=_distinct((e.owner for e in olds), "、"),
        note=_distinct((e.note for e in olds), "；"),
        closed=max(closed) if status == "done" and closed else None,
        waiver=next((e.waiver for e in olds if e.waiver), ""),
    )
    events = [(h.date, i, HistoryEvent(h.date, h.from_status, h.to_status, h.by,
                                       f"{e.key}: {h.note}" if h.note else e.key))
              for i, e in enumerate(olds) for h in e.history]
    entry.history = [event for _, _, event in sorted(events, key=lambda x: (x[0], x[1]))]
    merged = ", ".join(f"{e.key} ({e.status}, {e.deadline.isoformat()})" for e in olds)
    entry.history.append(HistoryEvent(as_of, status, status, "migration", f"merged {merged}"))
    return entry


def _measure(olds: list[TrackedEntry], current: LedgerEntry, result: ItemResult | None,
             lang: str) -> str:
    """A measure a person wrote survives; the tool's own old texts give way to the new one."""
    generated = set(LEGACY_MEASURES)
    if result is not None:
        generated |= {result.item.remediation or "", result.item.remediation_en or ""}
    human = [e.measure for e in olds if e.measure and e.measure.strip() not in generated]
    return _distinct(human, "；") or measure_text(current, lang)


def _distinct(values, separator: str) -> str:  # noqa: ANN001 - any iterable of text
    return separator.join(dict.fromkeys(v for v in values if v))


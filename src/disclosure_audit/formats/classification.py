"""Rows declared without an item id: how each was classified, in words and as JSON.

Kept apart from the table format so that the audit table's layout and these sections can change
independently. ``explanation`` is ``--explain-classification``; ``unassigned_table`` is always
shown when some rows were not assigned; ``records`` is the JSON ``classification`` list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import join
from disclosure_audit.model import AuditResult, Checklist, Classification, ClassifiedRow

if TYPE_CHECKING:  # rich only for the terminal views: the JSON records must not load it
    from rich.console import Group
    from rich.table import Table

    from disclosure_audit.formats.layout import Row

STATUS_STYLE = {"assigned": "green", "ambiguous": "yellow", "excluded": "cyan",
                "not_applicable": "magenta", "unmatched": "red"}


def explanation(result: AuditResult, lang: str) -> Group:
    """Per row: where, title, outcome, matched keywords, exclusions, score and runner-up."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    rows = result.declarations.classified
    parts: list[Text | Table] = [Text(t("classification.title", lang, count=len(rows)),
                                      style="bold")]
    for row in rows:
        parts.append(Text.assemble((str(row.source), "dim"), "  ", row.title))
        outcome = Text(status_text(row.outcome, lang), style=STATUS_STYLE[row.outcome.status])
        details = details_text(row, result.checklist, lang)
        if details:
            outcome.append("；" if lang == "zh" else "; ")
            outcome.append(details)
        # the outcome wraps under itself, after the arrow (Chinese has no spaces to break at:
        # as one Text it jumped whole to the next line, leaving "→" alone)
        line = Table.grid(padding=(0, 1, 0, 0))
        line.add_column(no_wrap=True)
        line.add_column(overflow="fold")
        line.add_row("  →", outcome)
        parts.append(line)
    return Group(*parts)


def status_text(outcome: Classification, lang: str) -> str:
    """The outcome in words (with the item, when there is one)."""
    best = outcome.best
    item = outcome.item or (best.item if best else "")
    return t(f"classification.status.{outcome.status}", lang, item=item)


def details_text(row: ClassifiedRow, checklist: Checklist, lang: str) -> str:
    """Why: exclusions hit, matched keywords, score, runner-up or candidates, elements, reason."""
    o = row.outcome
    best = o.best
    out: list[str] = []
    if o.excluded_by:
        out.append(t("classification.excluded_by", lang, patterns=join(list(o.excluded_by), lang)))
    if best is not None:
        out.append(t("classification.matched", lang, words=join(list(best.matched), lang)))
        out.append(score_text(best.score, best.generic, lang))
    if o.status == "ambiguous":
        out.append(t("classification.candidates", lang, items=join(
            [f"{c.item}（{c.score}）" if lang == "zh" else f"{c.item} ({c.score})"
             for c in o.candidates], lang)))
        out.append(t("classification.margin", lang, margin=checklist.classification.margin))
    elif o.runner_up is not None:
        out.append(t("classification.runner_up", lang, item=o.runner_up.item,
                     score=o.runner_up.score))
    out += [t("classification.ruled_out", lang, item=i, pattern=p) for i, p in o.ruled_out]
    if o.status == "not_applicable" and best is not None:
        out.append(t("classification.reason", lang,
                     reason=not_applicable_reason(checklist, best.item, lang)))
    if o.status == "assigned":
        out.append(t("classification.elements", lang, elements=join(list(row.elements), lang))
                   if row.elements else t("classification.no_elements", lang))
    return ("；" if lang == "zh" else "; ").join(out)


def score_text(score: int, generic: int, lang: str) -> str:
    """``score 9`` or, when generic words matched too, ``score 9 (generic 2)``."""
    if generic:
        return t("classification.score_generic", lang, score=score, generic=generic)
    return t("classification.score", lang, score=score)


def not_applicable_reason(checklist: Checklist, item_id: str, lang: str) -> str:
    """Why an item does not apply: the item's note for the institution kind, or the school's
    ``not_applicable`` text."""
    item = checklist.item(item_id)
    if item is None:
        return ""
    if not checklist.applies(item):
        note = (item.note_en or item.note) if lang == "en" else item.note
        return note or t(f"kind.{checklist.kind}", lang)
    return item.not_applicable or ""


def unassigned_table(result: AuditResult, lang: str, width: int = 120) -> Table:
    """The rows not assigned to any item (always shown: such rows are never dropped), laid
    out for ``width`` (long titles and paths wrap, never cut)."""
    from disclosure_audit.formats.console import shown
    from disclosure_audit.formats.layout import Column, fitted

    rows = [r for r in result.declarations.classified if r.outcome.status != "assigned"]
    cells: list[Row] = []
    for row in rows:
        outcome = t(f"classification.short.{row.outcome.status}", lang)
        items = [c.item for c in row.outcome.candidates]
        if items and row.outcome.status in ("ambiguous", "not_applicable"):
            outcome += ("：" if lang == "zh" else ": ") + join(
                items if row.outcome.status == "ambiguous" else items[:1], lang)
        cells.append([shown(row.source), shown(row.title), shown(outcome)])
    columns = [Column(t("col.row", lang), wraps=True, min_width=16),
               Column(t("col.title", lang), wraps=True, min_width=12),
               Column(t("col.classification", lang), wraps=True, min_width=8)]
    table = fitted([(columns, [0, 1, 2])], cells, width,
                   t("report.unmatched", lang, count=len(rows)))
    table.title_style = "bold red"
    # Not every such row lacks an item id: news and notices are not list items at all.
    table.caption = t("report.unmatched.hint", lang)
    table.caption_justify = "left"
    return table


def records(result: AuditResult, lang: str) -> list[dict[str, Any]]:
    """The JSON ``classification`` list: one object per row declared without an item id."""
    return [_record(row, result.checklist, lang) for row in result.declarations.classified]


def _record(row: ClassifiedRow, checklist: Checklist, lang: str) -> dict[str, Any]:
    o = row.outcome
    best = o.best
    reason = (not_applicable_reason(checklist, best.item, lang)
              if o.status == "not_applicable" and best else None)
    return {
        "title": row.title,
        "source": str(row.source),
        "item": o.item,
        "status": o.status,
        "candidates": [{"item": c.item, "score": c.score, "generic": c.generic,
                        "matched": list(c.matched)} for c in o.candidates],
        "matched": list(best.matched) if best else [],
        "score": best.score if best else None,
        "excluded_by": list(o.excluded_by),
        "ruled_out": [{"item": i, "pattern": p} for i, p in o.ruled_out],
        "elements": list(row.elements) if row.elements is not None else None,
        "reason": reason,
    }

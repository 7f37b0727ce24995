"""The human view: items by category with the four dimensions, totals, then the ledger."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from disclosure_audit.formats import classification, sitecompare
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.formats.console import capture
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import (
    baseline_text,
    category_title,
    dimension_cell,
    finding_text,
    findings_text,
    institution_text,
    item_title,
    kind_text,
    measure_text,
    reason_text,
    score_text,
    withheld_rows,
)
from disclosure_audit.model import DIMENSIONS, SCORED_STATUSES, AuditResult

STATUS_STYLE = {"compliant": "green", "partial": "yellow", "missing": "red",
                "internal_only": "red", "not_yet_made": "magenta", "not_occurred": "cyan",
                "exempt": "cyan", "not_applicable": "dim"}


class TableFormat:
    """``--format table`` (the default)."""

    name = "table"
    suffix = ".txt"
    encoding = "utf-8"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """Render with rich into text (ANSI colours only when ``options.color``)."""
        console, buffer = capture(options.width, options.color)
        lang = options.lang
        period = result.period
        console.print(Text(t("report.title", lang, institution=institution_text(result),
                             as_of=result.as_of.isoformat(), start=period[0].isoformat(),
                             end=period[1].isoformat()), style="bold"))
        console.print(_items(result, lang))
        withheld = withheld_rows(result, lang)
        if withheld:
            console.print(_withheld(withheld, lang))
        console.print(_overall(result, lang))
        console.print(_dimensions(result, lang))
        console.print(_departments(result, lang))
        if result.baseline is not None:
            console.print(Text(baseline_text(result, lang), style="bold"))
        console.print(sitecompare.section(result, lang))
        console.print(_ledger(result, lang))
        if options.explain_classification and result.declarations.classified:
            console.print(classification.explanation(result, lang))
        if result.declarations.unmatched:
            console.print(classification.unassigned_table(result, lang))
        for line in [p.render(lang) for p in result.warnings] + [
                finding_text(f, lang) for f in result.notes]:
            console.print(Text("! " + line, style="yellow"))
        return buffer.getvalue()


def _items(result: AuditResult, lang: str) -> Table:
    table = Table(title=t("report.items", lang), title_justify="left", show_lines=False)
    table.add_column(t("col.id", lang), justify="right", no_wrap=True)
    table.add_column(t("col.title", lang), max_width=30, no_wrap=True, overflow="ellipsis")
    for d in DIMENSIONS:
        table.add_column(t(f"dimension.{d}", lang), justify="center", no_wrap=True)
    table.add_column(t("col.status", lang), no_wrap=True)
    table.add_column(t("col.score", lang), justify="right", no_wrap=True)
    table.add_column(t("col.owner", lang), no_wrap=True)
    current = None
    for r in result.items:
        if r.item.category != current:
            current = r.item.category
            if table.row_count:
                table.add_section()
            table.add_row("", Text(category_title(result, current, lang), style="bold"))
        cells = [dimension_cell(r.scores.get(d), lang) for d in DIMENSIONS]
        table.add_row(r.item.id, Text(item_title(r, lang)), *cells,
                      Text(t(f"status.{r.status}", lang), style=STATUS_STYLE[r.status]),
                      score_text(r.score, lang),
                      Text(r.department if r.scored or r.item.owner else ""))
    return table


def _withheld(rows: list[list[str]], lang: str) -> Table:
    table = Table(title=t("report.withheld", lang), title_justify="left")
    for key in ("col.id", "col.element", "col.reason", "col.ground", "col.note"):
        table.add_column(t(key, lang), justify="right" if key == "col.id" else "left")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row[:5]))
    return table


def _overall(result: AuditResult, lang: str) -> Text:
    counts = result.summary.counts
    scored = sum(counts[s] for s in SCORED_STATUSES)
    return Text(t("report.overall", lang, score=score_text(result.summary.score, lang),
                  scored=scored, **counts), style="bold")


def _dimensions(result: AuditResult, lang: str) -> Table:
    table = Table(title=t("report.by_dimension", lang), title_justify="left")
    for d in DIMENSIONS:
        table.add_column(t(f"dimension.{d}", lang), justify="right")
    table.add_row(*(score_text(result.summary.by_dimension[d], lang) for d in DIMENSIONS))
    return table


def _departments(result: AuditResult, lang: str) -> Table:
    table = Table(title=t("report.by_department", lang), title_justify="left")
    table.add_column(t("col.department", lang), no_wrap=True)
    table.add_column(t("col.items", lang), justify="right")
    table.add_column(t("col.score", lang), justify="right")
    for d in DIMENSIONS:
        table.add_column(t(f"dimension.{d}", lang), justify="right")
    table.add_column(t("col.failures", lang), justify="right")
    for name, row in result.summary.by_department.items():
        table.add_row(Text(name), str(row["items"]), score_text(row["score"], lang),
                      *(score_text(row["by_dimension"][d], lang) for d in DIMENSIONS),
                      str(row["failures"]))
    return table


def _ledger(result: AuditResult, lang: str) -> Table | Text:
    if not result.ledger:
        return Text(t("report.ledger_empty", lang), style="green")
    table = Table(title=t("report.ledger", lang), title_justify="left", show_lines=True)
    table.add_column(t("col.key", lang), no_wrap=True)
    table.add_column(t("col.owner", lang))
    table.add_column(t("col.dimension", lang), no_wrap=True)
    table.add_column(t("col.problem", lang), ratio=3)
    table.add_column(t("col.reason", lang), ratio=1)
    table.add_column(t("col.measure", lang), ratio=2)
    table.add_column(t("col.deadline", lang), no_wrap=True)
    for e in result.ledger:
        table.add_row(e.key, Text(e.department), kind_text(e.kind, lang),
                      Text(findings_text(e.problem, lang)), Text(reason_text(e.reason, lang)),
                      Text(measure_text(e, lang)), e.deadline.isoformat())
    return table

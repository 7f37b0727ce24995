"""The human view: items by category with the four dimensions, totals, then the ledger."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from disclosure_audit.formats import classification, sitecompare
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.formats.console import capture, hanging, shown
from disclosure_audit.formats.layout import Column, Row, fitted
from disclosure_audit.formats.ledger.terminal import audit_lines, print_ledger
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import (
    baseline_text,
    category_title,
    dimension_cell,
    finding_text,
    institution_text,
    item_title,
    score_text,
    withheld_rows,
)
from disclosure_audit.model import DIMENSIONS, SCORED_STATUSES, AuditResult, Score

STATUS_STYLE = {"compliant": "green", "partial": "yellow", "missing": "red",
                "internal_only": "red", "not_yet_made": "magenta", "not_occurred": "cyan",
                "exempt": "cyan", "not_applicable": "dim"}


class TableFormat:
    """``--format table`` (the default): laid out for the terminal's width (blocks when narrow)."""

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
        console.print(_items(result, lang, options.width))
        withheld = withheld_rows(result, lang)
        if withheld:
            console.print(_withheld(withheld, lang, options.width))
        console.print(_overall(result, lang))
        console.print(_dimensions(result, lang, options.width))
        console.print(_departments(result, lang, options.width))
        if result.baseline is not None:
            console.print(Text(baseline_text(result, lang), style="bold"))
        console.print(sitecompare.section(result, lang))
        if result.ledger:
            print_ledger(console, audit_lines(result, lang), lang,
                         t("report.ledger", lang))
        else:
            console.print(Text(t("report.ledger_empty", lang), style="green"))
        if options.explain_classification and result.declarations.classified:
            console.print(classification.explanation(result, lang))
        if result.declarations.unmatched:
            console.print(classification.unassigned_table(result, lang, options.width))
        for line in [p.render(lang) for p in result.warnings] + [
                finding_text(f, lang) for f in result.notes]:
            console.print(hanging("! " + line, 0, "yellow"))
        return buffer.getvalue()


def _dimension_columns(lang: str, short: bool) -> list[Column]:
    return [Column(t(f"narrow.{d}" if short else f"dimension.{d}", lang), justify="center"
                   if not short else "right") for d in DIMENSIONS]


def _items(result: AuditResult, lang: str, width: int) -> Table:
    """Items by category. Wide: every dimension with its score and the department; narrower:
    short dimension headers; narrower still: no department, then no dimensions — the id, the
    title (wrapped), the status and the score are always there."""
    rows: list[Row] = []
    current = None
    for r in result.items:
        if r.item.category != current:
            current = r.item.category
            rows.append(None)
            rows.append(["", shown(category_title(result, current, lang), "bold"), *[""] * 7])
        rows.append([shown(r.item.id), shown(item_title(r, lang)),
                     *(_mark(r.scores.get(d), lang) for d in DIMENSIONS),
                     shown(t(f"status.{r.status}", lang), STATUS_STYLE.get(r.status, "")),
                     score_text(r.score, lang),
                     shown(r.department if r.scored or r.item.owner else "")])
    head = [Column(t("col.id", lang), justify="right"),
            Column(t("col.title", lang), wraps=True, min_width=16)]
    tail = [Column(t("col.status", lang), wraps=True, min_width=10),
            Column(t("col.score", lang), justify="right")]
    owner = Column(t("col.owner", lang), wraps=True, min_width=10)
    everything = list(range(9))
    variants = [(head + _dimension_columns(lang, False) + tail + [owner], everything),
                (head + _dimension_columns(lang, True) + tail + [owner], everything),
                (head + _dimension_columns(lang, True) + tail, everything[:8]),
                (head + tail, [0, 1, 6, 7])]
    return fitted(variants, rows, width, t("report.items", lang))


def _mark(score: Score | None, lang: str) -> str:
    """A dimension's cell, compact: ✓100, ◐57, ✗0; ? 待核实 when unknown; – when excluded."""
    return dimension_cell(score, lang).replace(" ", "", 1) if score and score.score is not None \
        else dimension_cell(score, lang)


def _withheld(rows: list[list[str]], lang: str, width: int) -> Table:
    """Elements withheld, with why (the annual report's 不予公开 section)."""
    columns = [Column(t("col.id", lang), justify="right"),
               Column(t("col.element", lang), wraps=True, min_width=10),
               Column(t("col.reason", lang), wraps=True, min_width=8),
               Column(t("col.ground", lang), wraps=True, min_width=10),
               Column(t("col.note", lang), wraps=True, min_width=10)]
    cells: list[Row] = [[shown(cell) for cell in row[:5]] for row in rows]
    return fitted([(columns, [0, 1, 2, 3, 4])], cells, width, t("report.withheld", lang))


def _overall(result: AuditResult, lang: str) -> Text:
    counts = result.summary.counts
    scored = sum(counts.get(s, 0) for s in SCORED_STATUSES)
    return Text(t("report.overall", lang, score=score_text(result.summary.score, lang),
                  scored=scored, **counts), style="bold")


def _dimensions(result: AuditResult, lang: str, width: int) -> Table:
    rows: list[Row] = [[score_text(result.summary.by_dimension[d], lang) for d in DIMENSIONS]]
    every = list(range(len(DIMENSIONS)))
    return fitted([(_dimension_columns(lang, short), every) for short in (False, True)], rows,
                   width, t("report.by_dimension", lang))


def _departments(result: AuditResult, lang: str, width: int) -> Table:
    """Departments with their scores and their problems: ledger entries, not waived (one
    problem, one entry; see services.audit.summarise)."""
    rows: list[Row] = [[shown(name), str(row["items"]), score_text(row["score"], lang),
                        *(score_text(row["by_dimension"][d], lang) for d in DIMENSIONS),
                        str(row["failures"])]
                       for name, row in result.summary.by_department.items()]
    every = list(range(len(DIMENSIONS) + 4))
    variants = [([Column(t("col.department", lang), wraps=True, min_width=10),
                  Column(t("col.items", lang), justify="right"),
                  Column(t("col.score", lang), justify="right"),
                  *_dimension_columns(lang, short),
                  Column(t("col.failures", lang), justify="right")], every)
                for short in (False, True)]
    return fitted(variants, rows, width, t("report.by_department", lang))



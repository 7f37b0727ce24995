"""A Markdown summary, fit for a merge-request comment or the office's monthly note."""

from __future__ import annotations

from disclosure_audit.display import printable
from disclosure_audit.formats import sitecompare
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import (
    baseline_text,
    finding_text,
    findings_text,
    institution_text,
    item_title,
    kind_text,
    mark,
    measure_text,
    reason_text,
    score_text,
    withheld_rows,
)
from disclosure_audit.model import DIMENSIONS, SCORED_STATUSES, AuditResult


def cell(text: object) -> str:
    """Escape a value for a Markdown table cell."""
    flat = str(text).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return printable(flat.replace("\\", "\\\\").replace("|", "\\|"))


def row(values: list[object]) -> str:
    """One Markdown table row."""
    return "| " + " | ".join(cell(v) for v in values) + " |"


class MarkdownFormat:
    """``--format markdown``."""

    name = "markdown"
    suffix = ".md"
    encoding = "utf-8"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """Summary, per-dimension and per-department scores, the items, then the ledger."""
        lang = options.lang
        period = result.period
        lines = [
            "# " + t("report.title", lang, institution=cell(institution_text(result)),
                     as_of=result.as_of.isoformat(), start=period[0].isoformat(),
                     end=period[1].isoformat()),
            "",
        ]
        counts = result.summary.counts
        scored = sum(counts[s] for s in SCORED_STATUSES)
        lines += ["**" + t("report.overall", lang, score=score_text(result.summary.score, lang),
                           scored=scored, **counts) + "**", ""]
        lines += [f"## {t('report.by_dimension', lang)}", "",
                  row([t(f"dimension.{d}", lang) for d in DIMENSIONS]),
                  row(["---:"] * len(DIMENSIONS)),
                  row([score_text(result.summary.by_dimension[d], lang) for d in DIMENSIONS]), ""]
        lines += [f"## {t('report.by_department', lang)}", "",
                  row([t("col.department", lang), t("col.items", lang), t("col.score", lang),
                       t("col.failures", lang)]), row(["---", "---:", "---:", "---:"])]
        for name, dep in result.summary.by_department.items():
            lines.append(row([name, dep["items"], score_text(dep["score"], lang),
                              dep["failures"]]))
        lines += ["", f"## {t('report.items', lang)}", "",
                  row([t("col.id", lang), t("col.title", lang),
                       *(t(f"dimension.{d}", lang) for d in DIMENSIONS),
                       t("col.status", lang), t("col.score", lang), t("col.owner", lang)]),
                  row(["---:", "---", *([":---:"] * len(DIMENSIONS)), "---", "---:", "---"])]
        for r in result.items:
            lines.append(row([r.item.id, item_title(r, lang),
                              *(mark(r.scores.get(d)) for d in DIMENSIONS),
                              t(f"status.{r.status}", lang), score_text(r.score, lang),
                              r.department]))
        withheld = withheld_rows(result, lang)
        if withheld:
            lines += ["", f"## {t('report.withheld', lang)}", "",
                      row([t(k, lang) for k in ("col.id", "col.element", "col.reason",
                                                "col.ground", "col.note")]),
                      row(["---:", "---", "---", "---", "---"])]
            lines += [row(r[:5]) for r in withheld]
        lines += ["", f"## {t('report.ledger', lang)}", ""]
        if result.baseline is not None:
            lines += [baseline_text(result, lang), ""]
        if not result.ledger:
            lines.append(t("report.ledger_empty", lang))
        else:
            lines += [row([t("col.key", lang), t("col.owner", lang), t("col.dimension", lang),
                           t("col.problem", lang), t("col.reason", lang),
                           t("col.measure", lang), t("col.deadline", lang)]),
                      row(["---"] * 7)]
            for e in result.ledger:
                lines.append(row([e.key, e.department, kind_text(e.kind, lang),
                                  findings_text(e.problem, lang), reason_text(e.reason, lang),
                                  measure_text(e, lang), e.deadline.isoformat()]))
        lines += sitecompare.markdown(result, lang, cell, row)
        if result.declarations.unmatched:
            lines += ["", "## " + t("report.unmatched", lang,
                                    count=len(result.declarations.unmatched)), "",
                      t("report.unmatched.hint", lang), ""]
            lines += [f"- `{u.source}` {cell(u.title)} "
                      f"({t(f'classification.short.{u.status}', lang)})"
                      for u in result.declarations.unmatched]
        notes = [finding_text(f, lang) for f in result.notes]
        if notes:
            lines += ["", f"## {t('report.warnings', lang)}", ""] + [f"- {n}" for n in notes]
        return "\n".join(lines) + "\n"

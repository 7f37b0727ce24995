"""CSV: one row per item with its four dimensions, for opening in Excel/WPS."""

from __future__ import annotations

import csv
import io

from disclosure_audit.display import printable
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import category_title, findings_text, item_title, score_text
from disclosure_audit.inputs.cells import csv_encode
from disclosure_audit.model import DIMENSIONS, AuditResult


class CsvFormat:
    """``--format csv``: written with a UTF-8 BOM so Excel shows Chinese correctly."""

    name = "csv"
    suffix = ".csv"
    encoding = "utf-8-sig"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """Items as CSV rows (CRLF line ends, as Excel expects)."""
        lang = options.lang
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        header = [t("col.id", lang), t("col.category", lang), t("col.title", lang),
                  t("col.owner", lang), t("col.status", lang), t("col.score", lang)]
        for d in DIMENSIONS:
            header += [t(f"dimension.{d}", lang), f"{t(f'dimension.{d}', lang)} " +
                       t("col.problem", lang)]
        writer.writerow(header)
        for r in result.items:
            values: list[object] = [r.item.id, category_title(result, r.item.category, lang),
                                    item_title(r, lang), r.department,
                                    t(f"status.{r.status}", lang),
                                    "" if r.score is None else score_text(r.score, lang)]
            for d in DIMENSIONS:
                s = r.scores.get(d)
                values += ["" if s is None or s.score is None else f"{100 * s.score:.0f}",
                           "" if s is None else findings_text(s.findings, lang)]
            writer.writerow([csv_encode(printable(v)) for v in values])
        return buffer.getvalue()

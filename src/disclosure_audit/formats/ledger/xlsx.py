"""The ledger as an Excel workbook, and reading back what departments filled in."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import kind_text
from disclosure_audit.ledger.rows import COLUMNS, headers, rows, status_label
from disclosure_audit.ledger.tracked import TrackedLedger
from disclosure_audit.ledger.views import VIEW_STATUSES, summary
from disclosure_audit.model import ENTRY_KINDS

OVERDUE_FILL = PatternFill("solid", fgColor="FFC7CE")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAPPED = {"title", "problem", "reason", "measure", "note"}
MAX_WIDTH = 50


def display_width(text: str) -> int:
    """Columns ``text`` takes in Excel: Chinese characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def workbook_bytes(ledger: TrackedLedger, as_of: dt.date, lang: str) -> bytes:
    """The workbook: the ledger sheet (frozen header, status drop-down, overdue rows in red,
    widths that fit Chinese text) and a summary sheet by department and dimension."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = t("xsheet.ledger", lang)
    _ledger_sheet(sheet, ledger, as_of, lang)
    _summary_sheet(wb.create_sheet(t("xsheet.summary", lang)), ledger, as_of, lang)
    stamp = dt.datetime.combine(as_of, dt.time())
    wb.properties.created = stamp  # reproducible files: no wall-clock time inside
    wb.properties.modified = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _text_cell(sheet: Any, row: int, column: int, value: str) -> Any:
    cell = sheet.cell(row, column)
    cell.value = value
    cell.data_type = "s"  # never a formula, whatever the text starts with (=, +, -, @)
    return cell


def _ledger_sheet(sheet: Any, ledger: TrackedLedger, as_of: dt.date, lang: str) -> None:
    names = headers(lang)
    widths = [display_width(h) + 2 for h in names]
    for col, name in enumerate(names, start=1):
        cell = _text_cell(sheet, 1, col, name)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for r, (entry, values) in enumerate(zip(ledger.entries, rows(ledger, as_of, lang),
                                            strict=True), start=2):
        for col, name in enumerate(COLUMNS, start=1):
            cell = _text_cell(sheet, r, col, values[name])
            if name in WRAPPED:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if entry.overdue(as_of):
                cell.fill = OVERDUE_FILL
            widths[col - 1] = max(widths[col - 1], min(MAX_WIDTH, display_width(values[name]) + 2))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"
    status_col = get_column_letter(COLUMNS.index("status") + 1)
    choices = ",".join(status_label(s, lang) for s in ("open", "in_progress", "done"))
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=False,
                                showErrorMessage=True)
    sheet.add_data_validation(validation)
    validation.add(f"{status_col}2:{status_col}{max(2, len(ledger.entries) + 1)}")


def _summary_sheet(sheet: Any, ledger: TrackedLedger, as_of: dt.date, lang: str) -> None:
    head = [t("xcol.department", lang), t("xcol.dimension", lang)] + [
        status_label(s, lang) for s in VIEW_STATUSES] + [t("xsum.total", lang)]
    for col, name in enumerate(head, start=1):
        _text_cell(sheet, 1, col, name).font = Font(bold=True)
    r = 2
    for department, by_kind in summary(ledger, as_of).items():
        kinds = [k for k in ENTRY_KINDS if sum(by_kind[k].values())] + ["total"]
        for dim in kinds:
            counts = by_kind[dim]
            label = t("xsum.total", lang) if dim == "total" else kind_text(dim, lang)
            _text_cell(sheet, r, 1, department)
            _text_cell(sheet, r, 2, label)
            for col, status in enumerate(VIEW_STATUSES, start=3):
                sheet.cell(r, col).value = counts[status]
            sheet.cell(r, len(head)).value = sum(counts.values())
            if dim == "total":
                for col in range(1, len(head) + 1):
                    sheet.cell(r, col).font = Font(bold=True)
            r += 1
    for col, name in enumerate(head, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = max(12, display_width(name) + 4)
    sheet.freeze_panes = "A2"

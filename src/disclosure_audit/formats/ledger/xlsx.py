"""The ledger as an Excel workbook, and reading back what departments filled in."""

from __future__ import annotations

import datetime as dt
import io
import math
import unicodedata
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import kind_text
from disclosure_audit.inputs.cells import xlsx_encode
from disclosure_audit.ledger.rows import COLUMNS, headers, rows, status_label
from disclosure_audit.ledger.tracked import TrackedLedger
from disclosure_audit.ledger.views import VIEW_STATUSES, summary
from disclosure_audit.model import ENTRY_KINDS

OVERDUE_FILL = PatternFill("solid", fgColor="FFC7CE")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAPPED = {"title", "department", "owner", "problem", "reason", "measure", "note"}
DATES = {"deadline", "closed"}
MAX_WIDTH = 50
LINE_HEIGHT = 16  # points per line of 11-point text, Chinese included


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
    cell.value = xlsx_encode(value)  # control characters as _xHHHH_: the import restores them
    cell.data_type = "s"  # never a formula, whatever the text starts with (=, +, -, @)
    return cell


def _typed_cell(sheet: Any, row: int, column: int, name: str, value: str) -> Any:
    """Numbers and dates as real cells (they sort and filter), everything else as text."""
    if name == "index":
        cell = sheet.cell(row, column)
        cell.value = int(value)
        return cell
    if name in DATES and value:
        cell = sheet.cell(row, column)
        cell.value = dt.date.fromisoformat(value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    return _text_cell(sheet, row, column, value)


def _ledger_sheet(sheet: Any, ledger: TrackedLedger, as_of: dt.date, lang: str) -> None:
    names = headers(lang)
    widths = [display_width(h) + 2 for h in names]
    for col, name in enumerate(names, start=1):
        cell = _text_cell(sheet, 1, col, name)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    table = rows(ledger, as_of, lang)
    for values in table:
        for col, name in enumerate(COLUMNS):
            widths[col] = max(widths[col], min(MAX_WIDTH, _longest_line(values[name]) + 2))
    for r, (entry, values) in enumerate(zip(ledger.entries, table, strict=True), start=2):
        for col, name in enumerate(COLUMNS, start=1):
            cell = _typed_cell(sheet, r, col, name, values[name])
            cell.alignment = Alignment(wrap_text=name in WRAPPED, vertical="top")
            if entry.overdue(as_of):
                cell.fill = OVERDUE_FILL
        sheet.row_dimensions[r].height = LINE_HEIGHT * max(
            _lines(values[name], widths[col]) for col, name in enumerate(COLUMNS))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    status_col = get_column_letter(COLUMNS.index("status") + 1)
    choices = ",".join(status_label(s, lang) for s in ("open", "in_progress", "done"))
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=False,
                                showErrorMessage=True)
    sheet.add_data_validation(validation)
    validation.add(f"{status_col}2:{status_col}{max(2, len(ledger.entries) + 1)}")


def _longest_line(text: str) -> int:
    return max((display_width(line) for line in text.splitlines() or [""]), default=0)


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped cell ``width`` characters wide (Excel does not grow a
    row by itself for text written by a program, so the height is set from this)."""
    usable = max(1.0, width - 2)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.splitlines()
               or [""])


def _print_setup(sheet: Any) -> None:
    """Printed, the sheet fits the page's width in landscape with the header on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True


def _summary_sheet(sheet: Any, ledger: TrackedLedger, as_of: dt.date, lang: str) -> None:
    head = [t("xcol.department", lang), t("xcol.dimension", lang)] + [
        status_label(s, lang) for s in VIEW_STATUSES] + [t("xsum.total", lang)]
    for col, name in enumerate(head, start=1):
        _text_cell(sheet, 1, col, name).font = Font(bold=True)
    r = 2
    table = summary(ledger, as_of)
    for department, by_kind in table.items():
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
    _school_total(sheet, r, table, lang)
    for col, name in enumerate(head, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = max(12, display_width(name) + 4)
    sheet.freeze_panes = "A2"
    _print_setup(sheet)


def _school_total(sheet: Any, r: int, table: dict[str, dict[str, dict[str, int]]],
                  lang: str) -> None:
    """The last row: the whole school, every department and dimension together."""
    _text_cell(sheet, r, 1, t("xsum.school", lang))
    _text_cell(sheet, r, 2, t("xsum.total", lang))
    for col, status in enumerate(VIEW_STATUSES, start=3):
        sheet.cell(r, col).value = sum(by_dim["total"][status] for by_dim in table.values())
    sheet.cell(r, len(VIEW_STATUSES) + 3).value = sum(
        sum(by_dim["total"].values()) for by_dim in table.values())
    for col in range(1, len(VIEW_STATUSES) + 4):
        sheet.cell(r, col).font = Font(bold=True)
        sheet.cell(r, col).fill = HEADER_FILL

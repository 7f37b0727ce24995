"""Writing a department's self-check workbook (自查表-<部门>.xlsx).

Sheets: 自查表 (the rows: what is declared, pre-filled, and a blank row per item to fill), 事项清单
(the items the department owns: elements, cadence, limit, what may be declared), 填写说明 (plain
Chinese instructions) and a hidden 选项 sheet holding the drop-down lists and the department.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.formats.ledger.xlsx import display_width
from disclosure_audit.i18n import t
from disclosure_audit.model import EXEMPT_GROUNDS, FORMATS, WITHHELD_REASONS, Checklist, Item
from disclosure_audit.selfcheck.columns import COLUMNS, ITEM_TITLE, KEY, Column, header
from disclosure_audit.selfcheck.declared import Declared, DepartmentFiles
from disclosure_audit.selfcheck.lists import OPTIONS_SHEET, list_values, meta_rows

HEADER_ROW = 3
"""Rows 1–2 hold the title and a one-line reminder; the header is row 3, data from row 4."""
EXTRA_ROWS = 200
"""Drop-downs and date checks reach this many rows past the last one, for rows added below."""
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class SheetContext:
    """What every row needs: the checklist, the department's items and the language."""

    checklist: Checklist
    items: tuple[Item, ...]
    lang: str


def owned_items(checklist: Checklist, department: str) -> tuple[Item, ...]:
    """The items ``department`` owns that apply to the school (not declared not applicable)."""
    return tuple(i for i in checklist.items if i.owner == department
                 and checklist.applies(i) and not i.not_applicable)


def workbook_bytes(checklist: Checklist, files: DepartmentFiles, lang: str = "zh") -> bytes:
    """The workbook for one department, as bytes."""
    ctx = SheetContext(checklist, owned_items(checklist, files.department), lang)
    wb = Workbook()
    sheet = wb.active
    sheet.title = t("sc.sheet.rows", lang)
    last = _rows_sheet(sheet, ctx, files)
    _items_sheet(wb.create_sheet(t("sc.sheet.items", lang)), ctx)
    _help_sheet(wb.create_sheet(t("sc.sheet.help", lang)), ctx)
    options = wb.create_sheet(OPTIONS_SHEET)
    ranges = _options_sheet(options, ctx, files.department)
    options.sheet_state = "hidden"
    _validations(sheet, ctx, ranges, last)
    _print_setup(sheet)
    stamp = dt.datetime(2000, 1, 1)  # reproducible files: no wall-clock time inside
    wb.properties.created = wb.properties.modified = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _rows_sheet(sheet: Any, ctx: SheetContext, files: DepartmentFiles) -> int:
    """Title, reminder, header and rows; returns the last row written."""
    period = ctx.checklist.review_period
    sheet.cell(1, 1).value = t("sc.title", ctx.lang, institution=ctx.checklist.institution_name
                               or "", department=files.department,
                               period=f"{period[0]} – {period[1]}" if period else "")
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.cell(2, 1).value = t("sc.reminder", ctx.lang)
    for col, column in enumerate(COLUMNS, start=1):
        cell = text_cell(sheet, HEADER_ROW, col, header(column, ctx.lang))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        cell.comment = Comment(t(f"sc.colhelp.{column.field}", ctx.lang), "disclosure-audit",
                               height=120, width=260)
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    sheet.row_dimensions[HEADER_ROW].height = 32
    row = HEADER_ROW
    for fields in _ordered_rows(ctx, files):
        row += 1
        for col, column in enumerate(COLUMNS, start=1):
            _put(sheet, row, col, column, fields.get(column.field), ctx)
        sheet.row_dimensions[row].height = row_height(sheet, row)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    return row


def row_height(sheet: Any, row: int) -> float:
    """Points that show every wrapped line of the row (programs other than Excel do not grow
    rows by themselves, and a printed row must not hide its text)."""
    lines = 1
    for col, column in enumerate(COLUMNS, start=1):
        value = sheet.cell(row, col).value
        if isinstance(value, str):
            per_line = max(1, int(column.width) - 1)
            lines = max(lines, sum(-(-max(1, display_width(part)) // per_line)
                                   for part in value.split("\n")))
    return 15.0 * lines


def _ordered_rows(ctx: SheetContext, files: DepartmentFiles) -> list[dict[str, Any]]:
    """Each owned item's declared rows then one blank row to fill; then the department's other
    declarations (items owned by nobody or by others), in file order."""
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for item in ctx.items:
        for entry in files.entries:
            if str(entry.fields.get("item", "")).strip() == item.id:
                rows.append(_declared_row(entry, ctx))
                used.add(entry.key)
        rows.append({"item": item.id, ITEM_TITLE: item.title})
    rows.extend(_declared_row(e, ctx) for e in files.entries if e.key not in used)
    return rows


def _declared_row(entry: Declared, ctx: SheetContext) -> dict[str, Any]:
    fields = dict(entry.fields)
    item = ctx.checklist.item(str(fields.get("item", "")).strip())
    fields[ITEM_TITLE] = item.title if item else ""
    fields[KEY] = entry.key
    return fields


def _put(sheet: Any, row: int, col: int, column: Column, value: Any, ctx: SheetContext) -> None:
    """One cell, shown the way a clerk reads it: names instead of ids, real dates."""
    cell = sheet.cell(row, col)
    if column.kind in ("ref", "key"):
        cell.fill = LOCKED_FILL
    cell.alignment = WRAP
    if value is None or value == "":
        if column.kind == "date":
            cell.number_format = "yyyy-mm-dd"
        return
    if column.kind == "date":
        try:
            cell.value = parse_date(value)
            cell.number_format = "yyyy-mm-dd"
            return
        except DateError:
            pass  # shown as written, so the clerk sees and fixes it
    elif column.field == "clicks" and isinstance(value, int) and not isinstance(value, bool):
        cell.value = value
        return
    text_cell(sheet, row, col, display_value(column.field, value, ctx.checklist, ctx.lang))


def display_value(field: str, value: Any, checklist: Checklist, lang: str) -> str:
    """A declared value as the sheet shows it: a channel, format, reason or ground by its name,
    a list joined with 、, yes/no in words; anything unknown as written."""
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return t("sc.yes" if value else "sc.no", lang)
    text = str(value)
    if field == "channel" and text in checklist.channels:
        channel = checklist.channels[text]
        return channel.name_en if lang == "en" and channel.name_en else channel.name
    labels = {"format": FORMATS, "reason": WITHHELD_REASONS, "ground": EXEMPT_GROUNDS}
    if field in labels and text in labels[field]:
        return t(f"{field}.{text}", lang)
    return text


def text_cell(sheet: Any, row: int, col: int, value: str) -> Any:
    """A text cell that stays text: never a formula, whatever it starts with (= + - @)."""
    cell = sheet.cell(row, col)
    cell.value = value
    cell.data_type = "s"
    return cell


def _items_sheet(sheet: Any, ctx: SheetContext) -> None:
    """The items the department owns, with what each asks for."""
    heads = [t(f"sc.items.{k}", ctx.lang) for k in
             ("id", "title", "elements", "cadence", "limit", "events", "exempt")]
    for col, (text, width) in enumerate(zip(heads, (8, 30, 36, 16, 22, 26, 14), strict=True),
                                        start=1):
        text_cell(sheet, 1, col, text).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(col)].width = width
    for row, item in enumerate(ctx.items, start=2):
        limit = item.publish_within
        values = [
            item.id, item.title, "\n".join(item.elements_for(ctx.checklist.kind)),
            _cadence(item, ctx.lang),
            t("sc.limit.calendar" if limit.calendar else "sc.limit.workdays", ctx.lang,
              days=limit.days) + (f"（{limit.basis}）" if limit.basis else ""),
            "、".join(e for e in item.elements if item.is_event(e)) or "—",
            t("sc.yes" if item.exemptible else "sc.no", ctx.lang),
        ]
        for col, value in enumerate(values, start=1):
            text_cell(sheet, row, col, value).alignment = WRAP
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "1:1"


def _cadence(item: Item, lang: str) -> str:
    """How often the item is published, in words; with its due date (6: the annual report by
    31 October, 33: the employment report by 31 December), which is for the last academic
    year's report."""
    if item.cadence == "annual" and item.due:
        month, day = (int(part) for part in item.due.split("-"))
        return t("sc.cadence.annual_due", lang, month=month, day=day)
    return t(f"sc.cadence.{item.cadence}", lang)


def _help_sheet(sheet: Any, ctx: SheetContext) -> None:
    sheet.column_dimensions["A"].width = 110
    for row, key in enumerate(HELP_KEYS, start=1):
        cell = text_cell(sheet, row, 1, t(key, ctx.lang))
        cell.alignment = WRAP
        if key.endswith((".title", ".h")):
            cell.font = Font(bold=True, size=13 if key.endswith(".title") else 11)


HELP_KEYS = ("sc.help.title", "sc.help.what", "sc.help.rows.h", "sc.help.rows",
             "sc.help.publication.h", "sc.help.publication", "sc.help.reason.h",
             "sc.help.reason", "sc.help.keep.h", "sc.help.keep", "sc.help.return")


def _options_sheet(sheet: Any, ctx: SheetContext, department: str) -> dict[str, str]:
    """The drop-down lists (one column each) and the department; returns each list's range."""
    ranges: dict[str, str] = {}
    lists = list_values(ctx.checklist, ctx.items, ctx.lang)
    for col, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        text_cell(sheet, 1, col, name)
        for row, value in enumerate(values, start=2):
            text_cell(sheet, row, col, value)
        ranges[name] = f"'{OPTIONS_SHEET}'!${letter}$2:${letter}${max(2, len(values) + 1)}"
    start = len(lists) + 2
    for row, (label, value) in enumerate(meta_rows(department), start=1):
        text_cell(sheet, row, start, label)
        text_cell(sheet, row, start + 1, value)
    return ranges


def _validations(sheet: Any, ctx: SheetContext, ranges: dict[str, str], last: int) -> None:
    """Drop-downs, date and number checks on the data rows (and rows added below them)."""
    end = last + EXTRA_ROWS
    names = {row: f"reason:{sheet.cell(row, 1).value or ''}"
             for row in range(HEADER_ROW + 1, last + 1)}
    own = {row: name for row, name in names.items() if name in ranges}
    for col, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(col)
        rule = _rule(column, ranges, ctx.lang)
        if rule is None:
            continue
        sheet.add_data_validation(rule)
        if column.field != "reason":
            rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{end}")
            continue
        # An item's own reasons (no 不适用 for item 6) replace the column's list on its rows:
        # cells with two list rules behave differently in Excel, WPS and LibreOffice.
        for first, stop in _runs(HEADER_ROW + 1, end, set(own)):
            rule.add(f"{letter}{first}:{letter}{stop}")
        for row, name in own.items():
            narrowed = _rule(column, {"reason": ranges[name]}, ctx.lang)
            sheet.add_data_validation(narrowed)
            narrowed.add(f"{letter}{row}")
    elements_col = get_column_letter(1 + [c.field for c in COLUMNS].index("elements"))
    for row in range(HEADER_ROW + 1, last + 1):
        item = str(sheet.cell(row, 1).value or "")
        if f"item:{item}" in ranges:  # the item's elements: pick one, or type several with 、
            rule = DataValidation(type="list", formula1=ranges[f"item:{item}"],
                                  allow_blank=True, showErrorMessage=False)
            sheet.add_data_validation(rule)
            rule.add(f"{elements_col}{row}")


def _runs(first: int, last: int, skip: set[int]) -> list[tuple[int, int]]:
    """The stretches of rows ``first``–``last`` that leave out the rows in ``skip``."""
    runs: list[tuple[int, int]] = []
    start = None
    for row in range(first, last + 2):
        if row <= last and row not in skip:
            start = row if start is None else start
        elif start is not None:
            runs.append((start, row - 1))
            start = None
    return runs


def _rule(column: Column, ranges: dict[str, str], lang: str) -> DataValidation | None:
    error = t(f"sc.invalid.{column.field}", lang)
    if column.kind == "list":
        return DataValidation(type="list", formula1=ranges[column.field], allow_blank=True,
                              showErrorMessage=True, errorTitle=t("sc.invalid.title", lang),
                              error=error)
    if column.kind == "date":
        return DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                              formula2="DATE(2100,12,31)", allow_blank=True,
                              showErrorMessage=True, errorTitle=t("sc.invalid.title", lang),
                              error=error)
    if column.kind == "number":
        return DataValidation(type="whole", operator="between", formula1="0", formula2="100",
                              allow_blank=True, showErrorMessage=True,
                              errorTitle=t("sc.invalid.title", lang), error=error)
    return None


def _print_setup(sheet: Any) -> None:
    """A4 landscape, every column on one page width, the header row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5

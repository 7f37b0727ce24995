"""Filling in self-check workbooks the way a clerk would, for the selfcheck tests."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

HEADER_ROW = 3


def open_sheet(path: Path):  # noqa: ANN201 - (workbook, sheet, header → column)
    """The workbook, its fill sheet and the column of each header."""
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    columns = {c.value: c.column for c in sheet[HEADER_ROW] if c.value}
    return wb, sheet, columns


def row_of(sheet: Any, columns: dict[str, int], item: str, *, blank: bool = True,
           title: str | None = None) -> int:
    """The row of ``item``: its blank row to fill, or the declared row with ``title``."""
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if str(sheet.cell(row, columns["事项编号"]).value) != item:
            continue
        value = sheet.cell(row, columns["标题"]).value
        key = sheet.cell(row, columns["行标识"]).value
        if (blank and key is None and value is None) or (title is not None and value == title):
            return row
    raise AssertionError(f"no row for item {item}")


def put(sheet: Any, columns: dict[str, int], row: int, **cells: Any) -> None:
    """Type values into a row by header (text stays text, as Excel stores typed text)."""
    for header, value in cells.items():
        cell = sheet.cell(row, columns[header])
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"


def fill(path: Path, out: Path, edits: list[tuple[str, dict[str, Any]]],
         changes: list[tuple[str, str, dict[str, Any]]] = ()) -> Path:
    """Fill each item's blank row (``edits``: item → cells; an item may repeat: a row is
    inserted below) and change declared rows (``changes``: item, title → cells)."""
    wb, sheet, columns = open_sheet(path)
    for item, title, cells in changes:
        put(sheet, columns, row_of(sheet, columns, item, blank=False, title=title), **cells)
    used: set[int] = set()
    for item, cells in edits:
        row = row_of(sheet, columns, item)
        if row in used:
            sheet.insert_rows(row + 1)
            row += 1
            put(sheet, columns, row, 事项编号=item)
        used.add(row)
        put(sheet, columns, row, **cells)
    wb.save(out)
    return out


def cells_of(path: Path, title: str) -> dict[str, Any]:
    """The row whose 标题 is ``title``, as header → value."""
    wb, sheet, columns = open_sheet(path)
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(row, columns["标题"]).value == title:
            return {h: sheet.cell(row, c).value for h, c in columns.items()}
    raise AssertionError(f"no row titled {title!r}")


def string_kinds(path: Path) -> set[str]:
    """How the first sheet stores its text: ``inlineStr`` (openpyxl) and/or ``s`` (a shared
    string table: Excel, WPS, LibreOffice)."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return set(re.findall(r'<c [^>]*t="(inlineStr|s)"', xml))


def serial(day: dt.date) -> int:
    """Excel's serial number of ``day`` (1900 date system)."""
    return (day - dt.date(1899, 12, 30)).days

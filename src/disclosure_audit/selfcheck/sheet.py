"""Reading a filled-in self-check workbook back: its department and its rows, by header.

Columns are found by their header text (ours, the declaration reader's aliases or English), so
a clerk may move, hide or delete the columns around them; the sheet is found by its header, so
it may be renamed or moved. Whatever saved the file — openpyxl, Excel, WPS or LibreOffice —
cells arrive as text (shared or inline strings), numbers (numbers, or dates that lost their
format: Excel serials) or dates, and each kind is read the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import read_bytes
from disclosure_audit.inputs.xlsxio import Rows, read_sheets
from disclosure_audit.selfcheck.columns import DATE_FIELDS, ITEM_TITLE, KEY, field_of
from disclosure_audit.selfcheck.lists import OPTIONS_SHEET, department_of

_FILE_NAME = re.compile(r"^(?:自查表|selfcheck)[-_－—](?P<department>.+?)(?:\s*[(（]\d+[)）])?$")


@dataclass
class SheetRow:
    """One filled row: its sheet row number, cell values by field, and each field's column."""

    number: int
    fields: dict[str, Any]
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The row key (行标识), "" for a row added by the department."""
        value = self.fields.get(KEY)
        return "" if value is None else str(value).strip()

    def blank(self) -> bool:
        """True when nothing but the item, its title and the key is filled in."""
        return all(v is None or (isinstance(v, str) and not v.strip())
                   for name, v in self.fields.items() if name not in ("item", ITEM_TITLE, KEY))


@dataclass
class FilledSheet:
    """A workbook as read: where (``file[sheet]``), whose, and its rows."""

    display: str
    department: str
    rows: list[SheetRow]


def read_workbook(path: Path) -> FilledSheet:
    """The workbook's department and rows; an :class:`InputError` when it is not one of ours."""
    display = display_path(path)
    raw = read_bytes(path, display)
    sheets = read_sheets(raw, display)
    department = _department(sheets, path)
    if department is None:
        raise InputError(Problem(display, None, None, "sc-no-department",
                                 hint_key="hint.sc-no-department"))
    for title, rows, _ in sheets:
        found = _header(rows)
        if found is not None:
            index, columns = found
            where = f"{display}[{title}]"
            if KEY not in columns.values():
                raise InputError(Problem(where, rows[index][0], None, "sc-no-key-column",
                                         hint_key="hint.sc-no-key-column"))
            return FilledSheet(where, department, _rows(rows[index + 1:], columns))
    raise InputError(Problem(display, None, None, "sc-no-sheet", hint_key="hint.sc-no-sheet"))


def _department(sheets: list[tuple[str, Rows, str]], path: Path) -> str | None:
    for title, rows, _ in sheets:
        if title == OPTIONS_SHEET:
            found = department_of(rows)
            if found:
                return found
    match = _FILE_NAME.match(path.stem)  # the hidden sheet deleted: the file's name tells
    return match.group("department").strip() if match else None


def _header(rows: Rows) -> tuple[int, dict[int, str]] | None:
    """The header row among the first rows: it names the title and at least two more fields."""
    for index, (_, cells) in enumerate(rows[:10]):
        columns = {i: name for i, c in enumerate(cells) if (name := field_of(c))}
        if "title" in columns.values() and len(columns) >= 3:
            return index, columns
    return None


def _rows(rows: Rows, columns: dict[int, str]) -> list[SheetRow]:
    found = []
    for number, cells in rows:
        fields = {name: cell_value(name, cells[i] if i < len(cells) else None)
                  for i, name in columns.items()}
        found.append(SheetRow(number, fields, {name: i + 1 for i, name in columns.items()}))
    return found


def cell_value(name: str, value: Any) -> Any:
    """A cell as the declaration reader expects it: a date column's number is an Excel serial
    (a date cell whose format was lost, as WPS and LibreOffice may save it), a text column's
    number is its text (``2022.0`` → ``2022``); everything else as it came."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        if name in DATE_FIELDS:
            return _serial(value)
        if name in ("clicks", "item"):
            return value
        return str(int(value)) if float(value).is_integer() else str(value)
    return value


def _serial(value: float) -> Any:
    """An Excel serial day number as a date (1900 date system); out of range: as written."""
    from openpyxl.utils.datetime import from_excel

    if not 1 <= value < 2958466:  # 9999-12-31
        return str(value)
    converted = from_excel(value)
    return converted.date() if isinstance(converted, dt.datetime) else str(value)

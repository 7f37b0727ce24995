"""Reading the first sheet of an Excel file as rows, the way people lay sheets out."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

Rows = list[tuple[int, list[Any]]]


def read_first_sheet(source: Path | BinaryIO) -> tuple[str, Rows]:
    """The first sheet's title and its rows as (row number, values).

    Cells inside a merged range take the range's top-left value, as a reader of the sheet
    would (an item id merged over two rows belongs to both). Raises what openpyxl raises.
    """
    from openpyxl import load_workbook  # heavy: only when a workbook is actually read

    workbook = load_workbook(source, data_only=True)
    sheet = workbook.worksheets[0]
    fill: dict[tuple[int, int], Any] = {}
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                fill[(r, c)] = value
    rows = [(r, [fill.get((r, c), v) for c, v in enumerate(values, start=1)])
            for r, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    return sheet.title, rows


def read_sheets(source: Path | BinaryIO) -> list[tuple[str, Rows, str]]:
    """Every sheet as (title, rows, state): ``state`` is ``visible``, ``hidden`` or
    ``veryHidden``. Rows are read as :func:`read_first_sheet` reads them (merged cells take
    their top-left value). Raises what openpyxl raises.

    A workbook people fill in and send back (the self-check 自查表) has several sheets and
    people reorder them: callers find theirs by its title or its header, never by position.
    """
    from openpyxl import load_workbook  # heavy: only when a workbook is actually read

    workbook = load_workbook(source, data_only=True)
    return [(sheet.title, _filled_rows(sheet), sheet.sheet_state)
            for sheet in workbook.worksheets]


def _filled_rows(sheet: Any) -> Rows:
    """The sheet's rows, each cell of a merged range holding the range's top-left value."""
    fill: dict[tuple[int, int], Any] = {}
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                fill[(r, c)] = value
    return [(r, [fill.get((r, c), v) for c, v in enumerate(values, start=1)])
            for r, values in enumerate(sheet.iter_rows(values_only=True), start=1)]

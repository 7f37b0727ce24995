"""Reading Excel sheets as rows, the way people lay sheets out.

A workbook is a zip of XML: a few kilobytes can unzip to gigabytes, or declare one cell at
XFD1048576 and so a sheet of 17 billion cells, or merge a range of millions of cells. All are
refused before anything is built: the unzipped size from the zip's directory (which also
bounds what can be decompressed: the zip reader stops at the declared size), merged ranges
from the sheets' XML, the sheet's range from its ``<dimension>`` and again from the cells
actually loaded.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any, TypeVar

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import limit_from_env
from disclosure_audit.inputs.xlsxplain import PlainSheet, column_index, column_letter, read_plain

Rows = list[tuple[int, list[Any]]]
T = TypeVar("T")

MAX_UNZIPPED = limit_from_env("DISCLOSURE_AUDIT_MAX_XLSX_UNZIPPED_MB", 50, 1024 * 1024)
"""Total unzipped size of a workbook; a sheet of 250,000 short cells takes about 15 MB."""
MAX_CELLS = limit_from_env("DISCLOSURE_AUDIT_MAX_XLSX_CELLS", 250_000)
"""Cells in the first sheet's used range (rows × columns): 10,000 rows of 25 columns."""


def read_first_sheet(raw: bytes, display: str) -> tuple[str, Rows]:
    """The first sheet's title and its rows as (row number, values).

    Cells inside a merged range take the range's top-left value, as a reader of the sheet
    would (an item id merged over two rows belongs to both). Every failure is an
    :class:`InputError` located at ``display``.
    """
    return _guarded(raw, display, _rows)


def _check_zip(raw: bytes, display: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            size = sum(info.file_size for info in archive.infolist())
            if size > MAX_UNZIPPED:
                raise InputError(Problem(display, None, None, "xlsx-too-large-unzipped",
                                         {"size": size, "limit": MAX_UNZIPPED},
                                         hint_key="hint.xlsx-too-large"))
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    _check_merges(archive.read(name), display)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(Problem(display, None, None, "xlsx-unreadable",
                                 {"detail": f"{type(exc).__name__}: {exc}"})) from None


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")


def _check_merges(sheet_xml: bytes, display: str) -> None:
    """Merged ranges, read from the sheet's XML before openpyxl loads it: loading makes an
    object for every cell of a merged range (A3:Z400000 took four minutes)."""
    spread, widest, ref = 0, 0, ""
    for match in _MERGE.finditer(sheet_xml):
        first, top, last, bottom = (g.decode() for g in match.groups())
        area = (abs(column_index(last) - column_index(first)) + 1) * (
            abs(int(bottom) - int(top)) + 1)
        spread += area
        if area > widest:
            widest, ref = area, f"{first}{top}:{last}{bottom}"
    if spread > MAX_CELLS:
        _refuse(ref, spread, display)


def _rows(raw: bytes, display: str) -> tuple[str, Rows]:
    plain = _plain(raw, display)
    if plain is not None:
        return plain[0].title, _plain_rows(plain[0])
    sheet = _load(raw, display).worksheets[0]
    return sheet.title, _filled_rows(sheet)


def _sheets(raw: bytes, display: str) -> list[tuple[str, Rows, str]]:
    plain = _plain(raw, display)
    if plain is not None:
        return [(sheet.title, _plain_rows(sheet), sheet.state) for sheet in plain]
    return [(sheet.title, _filled_rows(sheet), sheet.sheet_state)
            for sheet in _load(raw, display).worksheets]


def _plain(raw: bytes, display: str) -> list[PlainSheet] | None:
    """The sheets read without openpyxl (inputs/xlsxplain.py), checked as :func:`_load`
    checks openpyxl's: every declared range, then every sheet's cells. None: openpyxl's."""
    sheets = read_plain(raw)
    for sheet in sheets or []:
        _check_cells(*sheet.declared, display)
    for sheet in sheets or []:
        _check_cells(*sheet.size, display)
    return sheets


def read_sheets(raw: bytes, display: str) -> list[tuple[str, Rows, str]]:
    """Every sheet as (title, rows, state): ``state`` is ``visible``, ``hidden`` or
    ``veryHidden``. Rows are read as :func:`read_first_sheet` reads them (merged cells take
    their top-left value), under the same limits; every failure is an :class:`InputError`.

    A workbook people fill in and send back (the self-check 自查表) has several sheets and
    people reorder them: callers find theirs by its title or its header, never by position.
    """
    return _guarded(raw, display, _sheets)


def _guarded(raw: bytes, display: str, read: Callable[[bytes, str], T]) -> T:
    """``read(raw, display)`` once the archive is within limits; whatever openpyxl raises on a
    broken file becomes an :class:`InputError` at ``display``."""
    _check_zip(raw, display)
    try:
        return read(raw, display)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        raise InputError(Problem(display, None, None, "xlsx-unreadable",
                                 {"detail": f"{type(exc).__name__}: {exc}"})) from None


def _load(raw: bytes, display: str) -> Any:
    """The workbook, once every sheet's declared range and loaded cells are within limits."""
    from openpyxl import load_workbook  # heavy: only when a workbook is actually read

    # Read-only mode reads the declared <dimension> without loading any cell.
    lazy = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    try:
        for sheet in lazy.worksheets:
            _check_cells(sheet.max_row or 0, sheet.max_column or 0, display)
    finally:
        lazy.close()
    workbook = load_workbook(io.BytesIO(raw), data_only=True)
    for sheet in workbook.worksheets:
        _check_cells(sheet.max_row, sheet.max_column, display)  # the cells really there
    return workbook


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


def _plain_rows(sheet: PlainSheet) -> Rows:
    """:func:`_filled_rows` for a sheet read without openpyxl."""
    fill: dict[tuple[int, int], Any] = {}
    for top, left, bottom, right in sheet.merged:
        value = sheet.cells.get((top, left))
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                fill[(r, c)] = value
    if not sheet.cells:
        return []  # openpyxl's iter_rows of a sheet without cells
    rows, columns = sheet.size
    cells = sheet.cells
    return [(r, [fill.get((r, c), cells.get((r, c))) for c in range(1, columns + 1)])
            for r in range(1, rows + 1)]


def _check_cells(rows: int, columns: int, display: str) -> None:
    if rows * columns > MAX_CELLS:
        last = f"{column_letter(max(1, min(columns, 18278)))}{rows}"
        _refuse(f"A1:{last}", rows * columns, display)


def _refuse(where: str, cells: int, display: str) -> None:
    raise InputError(Problem(display, None, None, "xlsx-too-many-cells",
                             {"range": where, "cells": cells, "limit": MAX_CELLS},
                             hint_key="hint.xlsx-too-large"))

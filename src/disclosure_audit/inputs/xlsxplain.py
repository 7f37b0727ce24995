"""The values of a plain workbook's sheets, read with the standard library.

Importing openpyxl costs about 0.2 s, more than reading a department's sheet (issue 16). For
the workbooks people send — cells of text, numbers, dates and booleans, merged cells,
hyperlinks — this module gives exactly what ``openpyxl.load_workbook(data_only=True)`` gives:
the same values of the same types (numbers as openpyxl casts them, dates by the cell's number
format, the 1904 epoch), the same used range (cells that only carry a style, every cell of a
merged range and of a hyperlink's range count, as openpyxl creates them), the same titles and
sheet states. Anything else — a DOCTYPE, comments, drawings, tables, an unusual reference, a
number that does not parse, a style that does not exist — returns None, and the caller reads
the workbook with openpyxl, so what openpyxl says about a strange file is still what is said.
``tests/test_xlsxplain.py`` compares both readers on every workbook the tests make.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from typing import Any

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_BOOK_TYPES = {f"{_OFFICE}sheet.main+xml", f"{_OFFICE}template.main+xml",
               "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
               "application/vnd.ms-excel.template.macroEnabled.main+xml"}
_STRINGS_TYPE = f"{_OFFICE}sharedStrings+xml"
_CELL = re.compile(r"([A-Z]{1,3})([1-9][0-9]*)")
_RANGE = re.compile(r"([A-Z]{1,3})([1-9][0-9]*)(?::([A-Z]{1,3})([1-9][0-9]*))?")
_SHEET_RELS = {_DOC_TYPE + "hyperlink", _DOC_TYPE + "printerSettings"}
# What a worksheet may hold for this reader: nothing openpyxl warns about or makes cells for.
_SHEET_PARTS = {_MAIN + tag for tag in (
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells",
    "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "dataValidations",
    "autoFilter", "sheetProtection", "rowBreaks", "colBreaks", "ignoredErrors")}
_ILLEGAL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f]")  # openpyxl refuses such values
_INVALID_TITLE = re.compile(r"[\\*?:/\[\]]")  # openpyxl refuses such titles
_WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
_MAC_EPOCH = dt.datetime(1904, 1, 1)
# openpyxl.styles.numbers: which built-in formats are dates (14-22, 45-47) or durations (46).
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_BUILTIN_DURATIONS = frozenset({46})
_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DURATION = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
_DATE = re.compile(r"(?<![_\\])[dmhysDMHYS]")


class NotPlain(Exception):
    """The workbook uses something this reader does not do as openpyxl does."""


@dataclass
class PlainSheet:
    """One worksheet: its title and state, its declared size and its cells."""

    title: str
    state: str
    declared: tuple[int, int]  # rows, columns from <dimension> (0, 0 when there is none)
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # rows, columns

    @property
    def size(self) -> tuple[int, int]:
        """Rows and columns of the used range, as openpyxl's max_row and max_column."""
        if not self.cells:
            return 1, 1
        return max(r for r, _ in self.cells), max(c for _, c in self.cells)


def column_index(letters: str) -> int:
    """``A`` → 1, ``XFD`` → 16384."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


def column_letter(index: int) -> str:
    """1 → ``A``, 16384 → ``XFD``."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_plain(raw: bytes) -> list[PlainSheet] | None:
    """Every worksheet of a plain workbook, or None when openpyxl must read it."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return _Book(archive).sheets()
    except Exception:  # noqa: BLE001 - whatever it is, openpyxl reads the file and says
        return None


class _Book:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        names = set(archive.namelist())
        self.names = names
        # openpyxl finds the workbook and the shared strings by their content types.
        types = [(o.get("ContentType"), o.get("PartName", "")) for o in self.xml(
            "[Content_Types].xml").iter(f"{_TYPES}Override")]
        if [name for kind, name in types if kind in _BOOK_TYPES] != ["/xl/workbook.xml"] or any(
                d.get("ContentType") in _BOOK_TYPES for d in self.xml(
                    "[Content_Types].xml").iter(f"{_TYPES}Default")):
            raise NotPlain
        strings = [name for kind, name in types if kind == _STRINGS_TYPE]
        self.strings = [_text(si).replace("x005F_", "") for si in self.xml(
            strings[0][1:]).iter(f"{_MAIN}si")] if strings else []
        self.dates, self.durations = self._styles()

    def xml(self, name: str) -> ET.Element:
        data = self.archive.read(name)
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data or not data.lstrip().startswith(b"<"):
            # a DTD, or a text not in UTF-8 (UTF-16 would hide a DOCTYPE from the test above):
            # openpyxl decides what such a file means
            raise NotPlain
        return ET.fromstring(data)

    def _styles(self) -> tuple[frozenset[int], frozenset[int]]:
        root = self.xml("xl/styles.xml")
        custom = {int(f.get("numFmtId", "")): f.get("formatCode")
                  for f in root.iter(f"{_MAIN}numFmt")}
        xfs = root.find(f"{_MAIN}cellXfs")
        if xfs is None or not len(xfs) or root.find(f"{_MAIN}cellStyles/{_MAIN}cellStyle") is None:
            raise NotPlain  # openpyxl then uses its own default styles, and warns
        _check_named_styles(root)
        dates, durations = set(), set()
        self.style_count = len(xfs)
        for index, xf in enumerate(xfs):
            number = int(xf.get("numFmtId", "0"))
            code = custom.get(number)
            if number in custom and code is None:
                raise NotPlain
            date = number in _BUILTIN_DATES if code is None else bool(
                _DATE.search(_STRIP.sub("", code.split(";")[0])))
            duration = number in _BUILTIN_DURATIONS if code is None else bool(
                _DURATION.search(code.split(";")[0]))
            if date:
                dates.add(index)
            if duration:
                durations.add(index)
        return frozenset(dates), frozenset(durations)

    def sheets(self) -> list[PlainSheet]:
        book = self.xml("xl/workbook.xml")
        properties = book.find(f"{_MAIN}workbookPr")
        flag = None if properties is None else properties.get("date1904")
        if flag not in (None, "0", "1", "true", "false"):
            raise NotPlain  # openpyxl reads any other text as true, even "False"
        self.epoch = _MAC_EPOCH if flag in ("1", "true") else _WINDOWS_EPOCH
        targets = {r.get("Id"): (r.get("Type"), r.get("Target"))
                   for r in self.xml("xl/_rels/workbook.xml.rels").iter(f"{_PKG}Relationship")}
        if any(None in (key, *value) for key, value in targets.items()):
            raise NotPlain  # openpyxl warns of invalid dependencies
        sheets, titles = [], set()
        for sheet in book.iter(f"{_MAIN}sheet"):
            kind, target = targets[sheet.get(f"{_REL}id")]
            title = sheet.get("name", "")
            if (kind != _DOC_TYPE + "worksheet" or not title or _INVALID_TITLE.search(title)
                    or title.lower() in titles or len(title) > 31):  # openpyxl warns past 31
                raise NotPlain
            titles.add(title.lower())
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
            sheets.append(self._sheet(path, title, sheet.get("state", "visible")))
        if not sheets or book.find(f"{_MAIN}definedNames/{_MAIN}definedName") is not None or (
                "docProps/custom.xml" in self.names):
            raise NotPlain  # names bound to sheets, custom properties: openpyxl may warn
        return sheets

    def _sheet(self, path: str, title: str, state: str) -> PlainSheet:
        if state not in ("visible", "hidden", "veryHidden"):
            raise NotPlain
        links = self._sheet_rels(path)
        root = self.xml(path)
        _check_layout(root)
        sheet = PlainSheet(title, state, _declared(root))
        data = root.find(f"{_MAIN}sheetData")
        for row_number, row in _rows(data):
            column = 0
            for cell in row:
                if cell.tag != f"{_MAIN}c":
                    raise NotPlain
                ref = cell.get("r")
                if ref:
                    row_number, column = _cell(ref)
                else:
                    column += 1
                sheet.cells[(row_number, column)] = self._value(cell)
        for element in root.iter(f"{_MAIN}mergeCell"):
            top, left, bottom, right = _area(element.get("ref", ""))
            sheet.merged.append((top, left, bottom, right))
            for r in range(top, bottom + 1):
                for c in range(left, right + 1):
                    sheet.cells.setdefault((r, c), None)
        _no_overlap(sheet.merged)
        for link in root.iter(f"{_MAIN}hyperlink"):
            self._link(sheet, link, links)
        return sheet

    def _link(self, sheet: PlainSheet, link: ET.Element, links: dict[str, str]) -> None:
        """openpyxl gives every cell of a hyperlink's range the link, and an empty cell the
        link's target (or its location) as its value."""
        key = link.get(f"{_REL}id")
        if key is not None and key not in links:
            raise NotPlain
        value = links[key] if key is not None else None
        value = value or link.get("location")
        if value is not None and _ILLEGAL.search(value):
            raise NotPlain
        area = _area(link.get("ref", ""))
        top, left, bottom, right = area
        if (bottom - top + 1) * (right - left + 1) > 10_000 or any(
                _overlap(area, merged) for merged in sheet.merged):
            raise NotPlain  # openpyxl skips or moves links on merged cells
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                if sheet.cells.get((r, c)) is None:
                    sheet.cells[(r, c)] = value

    def _sheet_rels(self, path: str) -> dict[str, str]:
        """The sheet's hyperlink targets by id, resolved as openpyxl's get_dependents does."""
        folder, name = posixpath.split(path)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        if rels not in self.names:
            return {}
        targets = {}
        for rel in self.xml(rels).iter(f"{_PKG}Relationship"):
            key, kind, target = rel.get("Id"), rel.get("Type"), rel.get("Target")
            if key is None or target is None or kind not in _SHEET_RELS:
                raise NotPlain  # comments, drawings, tables: openpyxl's to read
            if rel.get("TargetMode") != "External":
                target = target[1:] if target.startswith("/") else posixpath.normpath(
                    posixpath.join(folder, target))
            targets[key] = target
        return targets

    def _value(self, cell: ET.Element) -> Any:
        """The cell's value as openpyxl's WorkSheetParser.parse_cell gives it (data_only)."""
        kind = cell.get("t", "n")
        style = int(cell.get("s", "0"))  # s="" fails in openpyxl too, differently
        if style >= self.style_count or style < 0:
            raise NotPlain
        if kind == "inlineStr":
            inline = cell.find(f"{_MAIN}is")
            return None if inline is None else _text(inline)
        value = cell.findtext(f"{_MAIN}v", None) or None
        if value is None or kind in ("str", "e"):
            return value
        if kind == "n":
            number = float(value) if ("." in value or "E" in value or "e" in value) \
                else int(value)
            if style in self.dates:
                return _from_excel(number, self.epoch, style in self.durations)
            return number
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return bool(int(value))
        raise NotPlain  # t="d" (ISO dates) and anything else


def _check_named_styles(root: ET.Element) -> None:
    """openpyxl builds every named style from its cellStyleXfs entry, font, fill and border
    and fails when one is missing: then it is openpyxl that says so."""
    xfs = root.findall(f"{_MAIN}cellStyleXfs/{_MAIN}xf")
    counts = {part: len(root.findall(f"{_MAIN}{part}s/{_MAIN}{part}"))
              for part in ("font", "fill", "border")}
    for style in root.iter(f"{_MAIN}cellStyle"):
        xf = xfs[int(style.get("xfId", ""))]
        for part, count in counts.items():
            if not 0 <= int(xf.get(f"{part}Id", "0")) < count:
                raise NotPlain


def _check_layout(root: ET.Element) -> None:
    """Rows only in the one <sheetData>, merged ranges and hyperlinks only in one list each,
    <dimension> only at the top: where openpyxl's parser would read anything else
    differently (it takes the last list, rows anywhere), it reads the file."""
    children = [child.tag for child in root]
    everywhere = [element.tag for element in root.iter()]
    for parent, child in (("sheetData", "row"), ("mergeCells", "mergeCell"),
                          ("hyperlinks", "hyperlink")):
        lists = root.findall(f"{_MAIN}{parent}")
        if everywhere.count(f"{_MAIN}{parent}") > 1 or (
                parent == "sheetData" and len(lists) != 1) or everywhere.count(
                f"{_MAIN}{child}") != sum(len(found.findall(f"{_MAIN}{child}"))
                                          for found in lists):
            raise NotPlain
    if everywhere.count(f"{_MAIN}dimension") != children.count(f"{_MAIN}dimension") or (
            set(children) - _SHEET_PARTS):
        raise NotPlain  # extensions, conditional formats, drawings: openpyxl warns or adds


def _text(node: ET.Element) -> str:
    """openpyxl's ``Text.from_tree(node).content``: the plain text, then the runs' text
    (phonetic runs left out)."""
    plain: str | None = None
    runs = []
    for child in node:
        if child.tag == f"{_MAIN}t":
            if len(child):
                raise NotPlain
            plain = child.text
        elif child.tag == f"{_MAIN}r":
            texts = [t for t in child if t.tag == f"{_MAIN}t"]
            if len(texts) > 1 or any(len(t) for t in texts):
                raise NotPlain
            if texts and texts[0].text is not None:
                runs.append(texts[0].text)
        elif child.tag not in (f"{_MAIN}rPh", f"{_MAIN}phoneticPr"):
            raise NotPlain
    return "".join(([plain] if plain is not None else []) + runs)


def _rows(data: ET.Element | None) -> list[tuple[int, list[ET.Element]]]:
    rows: list[tuple[int, list[ET.Element]]] = []
    number = 0
    for row in [] if data is None else data:
        if row.tag != f"{_MAIN}row":
            raise NotPlain
        given = row.get("r")
        if given is not None and not given.isdigit():
            raise NotPlain
        number = int(given) if given is not None else number + 1
        if number < 1:
            raise NotPlain
        rows.append((number, list(row)))
    return rows


def _cell(ref: str) -> tuple[int, int]:
    match = _CELL.fullmatch(ref)
    if not match:
        raise NotPlain
    return int(match.group(2)), column_index(match.group(1))


def _area(ref: str) -> tuple[int, int, int, int]:
    """Top row, left column, bottom row, right column of ``A1`` or ``A1:B2``."""
    match = _RANGE.fullmatch(ref)
    if not match:
        raise NotPlain
    left, top = column_index(match.group(1)), int(match.group(2))
    right = column_index(match.group(3)) if match.group(3) else left
    bottom = int(match.group(4)) if match.group(4) else top
    if right < left or bottom < top:
        raise NotPlain
    return top, left, bottom, right


def _overlap(one: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    (t1, l1, b1, r1), (t2, l2, b2, r2) = one, other
    return t1 <= b2 and t2 <= b1 and l1 <= r2 and l2 <= r1


def _no_overlap(ranges: list[tuple[int, int, int, int]]) -> None:
    """openpyxl keeps merged ranges in a set: which of two overlapping ones fills a cell last
    is its business."""
    for i, one in enumerate(ranges):
        if any(_overlap(one, other) for other in ranges[i + 1:]):
            raise NotPlain


def _declared(root: ET.Element) -> tuple[int, int]:
    """The sheet's <dimension>, as openpyxl's read-only mode reads it (before the data)."""
    for child in root:
        if child.tag == f"{_MAIN}sheetData":
            break
        if child.tag == f"{_MAIN}dimension":
            _, _, bottom, right = _area(child.get("ref", ""))
            return bottom, right
    return 0, 0


def _from_excel(value: float, epoch: dt.datetime, duration: bool) -> Any:
    """openpyxl.utils.datetime.from_excel."""
    if duration:
        span = dt.timedelta(days=value)
        if span.microseconds:
            span = dt.timedelta(seconds=span.total_seconds() // 1,
                                microseconds=round(span.microseconds, -3))
        return span
    day, fraction = divmod(value, 1)
    diff = dt.timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        minutes, seconds = divmod(diff.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return dt.time(hours, minutes, seconds, diff.microseconds)
    if 0 < value < 60 and epoch == _WINDOWS_EPOCH:
        day += 1
    return epoch + dt.timedelta(days=day) + diff

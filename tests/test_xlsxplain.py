"""The standard-library XLSX reader gives what openpyxl gives, or leaves the file to openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.table import Table

from disclosure_audit.errors import InputError
from disclosure_audit.inputs import xlsxio, xlsxplain
from disclosure_audit.inputs.xlsxplain import column_index, column_letter, read_plain

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "zhuzhou-2022" / "declarations"


def _openpyxl(raw: bytes) -> list[tuple[str, Any, str]]:
    """What xlsxio read before: openpyxl's sheets, rows and states."""
    book = xlsxio._load(raw, "f.xlsx")
    return [(s.title, xlsxio._filled_rows(s), s.sheet_state) for s in book.worksheets]


def _plain(raw: bytes) -> list[tuple[str, Any, str]] | None:
    sheets = read_plain(raw)
    return None if sheets is None else [(s.title, xlsxio._plain_rows(s), s.state)
                                        for s in sheets]


def _typed(sheets: list[tuple[str, Any, str]]) -> list[Any]:
    """Values with their types: 1 and 1.0, a date and a datetime, must not pass as equal."""
    return [(title, [(r, [(type(v).__name__, v) for v in row]) for r, row in rows], state)
            for title, rows, state in sheets]


def _same(raw: bytes) -> None:
    plain = _plain(raw)
    assert plain is not None, "the plain reader left this workbook to openpyxl"
    assert _typed(plain) == _typed(_openpyxl(raw))


def _save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_example_is_read_without_openpyxl() -> None:
    raw = (EXAMPLE / "组织人事处.xlsx").read_bytes()
    _same(raw)
    code = ("import sys; from pathlib import Path; from disclosure_audit.inputs.xlsxio import "
            f"read_first_sheet; read_first_sheet(Path({str(EXAMPLE / '组织人事处.xlsx')!r})"
            ".read_bytes(), 'x'); print('openpyxl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-600_000, 10**6),  # as dates: years 256-4637
    st.floats(-6e5, 1e6, allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12).filter(
        lambda s: not s.startswith("=") and not ILLEGAL_CHARACTERS_RE.search(s)),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)),
    st.times().map(lambda t: t.replace(microsecond=0)),
    st.timedeltas(dt.timedelta(0), dt.timedelta(days=40)).map(
        lambda d: dt.timedelta(seconds=int(d.total_seconds()))))
FORMATS = st.sampled_from(["General", "yyyy-mm-dd", "yyyy年m月d日", "[h]:mm:ss", "0.00", "@",
                           "m/d/yy h:mm", '"day" 0', "[Red]0.0", "mm:ss"])


@settings(max_examples=40, deadline=None)
@given(cells=st.lists(st.tuples(st.integers(1, 12), st.integers(1, 6), VALUES, FORMATS),
                      max_size=25),
       merges=st.lists(st.tuples(st.integers(1, 12), st.integers(1, 6), st.integers(0, 2),
                                 st.integers(0, 2)), max_size=3),
       links=st.lists(st.tuples(st.integers(1, 14), st.integers(1, 8)), max_size=2),
       epoch=st.booleans(), hidden=st.sampled_from(["visible", "hidden", "veryHidden"]))
def test_random_workbooks_read_as_openpyxl_reads_them(
        cells: list[tuple[int, int, Any, str]], merges: list[tuple[int, int, int, int]],
        links: list[tuple[int, int]], epoch: bool, hidden: str) -> None:
    book = openpyxl.Workbook()
    if epoch:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "登记表"
    for row, column, value, number_format in cells:
        cell = sheet.cell(row, column, value)
        cell.number_format = number_format
    taken: set[tuple[int, int]] = set()
    for row, column, down, right in merges:
        area = {(r, c) for r in range(row, row + down + 1)
                for c in range(column, column + right + 1)}
        if not area & taken:
            taken |= area
            sheet.merge_cells(start_row=row, start_column=column, end_row=row + down,
                              end_column=column + right)
    for row, column in links:
        if (row, column) not in taken:  # openpyxl cannot link a merged cell
            sheet.cell(row, column).hyperlink = "https://example.invalid/a"
    other = book.create_sheet("说明")
    other.sheet_state = hidden
    other["B3"] = "x"
    _same(_save(book))


def test_shared_strings_rich_text_and_phonetics_as_openpyxl_reads_them() -> None:
    """An Excel-style workbook: shared strings, rich-text runs, a phonetic run, styles only,
    rows without numbers, a 1904 epoch, a hidden sheet, printer settings."""
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
        'sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": _rels(("rId1", "officeDocument", "xl/workbook.xml")),
        "xl/_rels/workbook.xml.rels": _rels(("rId1", "worksheet", "worksheets/sheet1.xml"),
                                            ("rId2", "worksheet", "/xl/worksheets/s2.xml")),
        "xl/workbook.xml": f'<workbook {NS}><workbookPr date1904="1"/><sheets>'
        '<sheet name="登记表" sheetId="1" r:id="rId1"/><sheet name="隐" sheetId="2" '
        'state="hidden" r:id="rId2"/></sheets></workbook>',
        "xl/styles.xml": f'<styleSheet {NS}><fonts><font/></fonts><fills><fill><patternFill/>'
        '</fill></fills><borders><border/></borders><cellStyleXfs><xf/></cellStyleXfs>'
        '<numFmts><numFmt numFmtId="170" formatCode='
        '"yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs><xf numFmtId="0"/>'
        '<xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="46"/></cellXfs><cellStyles>'
        '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
        "xl/sharedStrings.xml": f'<sst {NS}><si><t xml:space="preserve"> 标题 </t></si>'
        '<si><r><t>链</t></r><r><rPr><b/></rPr><t>接_x005F_x000D_</t></r>'
        '<rPh sb="0" eb="1"><t>ふ</t></rPh></si><si><t/></si></sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet {NS}><dimension ref="A1:D4"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c></row><row><c t="b"><v>1</v></c><c s="1"><v>44652</v>'
        '</c><c s="2"><v>44652.5</v></c><c s="3"><v>1.25</v></c></row><row r="4"><c r="D4" '
        's="1"/><c r="A4" t="str"><v>2022-09-01</v></c><c r="B4" t="e"><v>#N/A</v></c>'
        '<c r="C4"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C1:D1"/>'
        '</mergeCells><hyperlinks><hyperlink ref="E6" r:id="rId9"/></hyperlinks></worksheet>',
        "xl/worksheets/_rels/sheet1.xml.rels": _rels(("rId9", "hyperlink", "https://x.invalid/"),
                                                     ("rId8", "printerSettings", "p.bin")),
        "xl/worksheets/s2.xml": f'<worksheet {NS}><sheetData/></worksheet>',
    }
    _same(_zip(parts))


NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://'
      'schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _rels(*rels: tuple[str, str, str]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/'
                   f'officeDocument/2006/relationships/{kind}" Target="{target}"/>'
                   for i, kind, target in rels)
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'  # noqa: E501


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def _book_with(change: Any) -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = "标题"
    change(book)
    return _save(book)


@pytest.mark.parametrize("change", [
    lambda b: setattr(b.active["B2"], "comment", Comment("批注", "me")),  # comments
    lambda b: b.active.add_table(Table(displayName="T", ref="A1:A2")),
    lambda b: b.active.merge_cells("A1:B2") or b.active.merge_cells("B2:C3"),  # overlapping
], ids=["comment", "table", "overlapping-merges"])
def test_what_the_plain_reader_does_not_do_is_left_to_openpyxl(change: Any) -> None:
    raw = _book_with(change)
    assert read_plain(raw) is None
    assert xlsxio.read_first_sheet(raw, "f.xlsx") == ("Sheet", _openpyxl(raw)[0][1])


@pytest.mark.parametrize("mangle", [
    lambda x: x.replace(b'<sheetData>', b'<!DOCTYPE x><sheetData>'),
    lambda x: x.replace(b'r="A1"', b'r="$A$1"'),
    lambda x: x.replace(b'<v>', b'<v>x', 1),
    # UTF-16 hides a DOCTYPE from a byte search: such a part is openpyxl's to read
    lambda x: b"\xff\xfe" + ('<!DOCTYPE worksheet [<!ENTITY e "5">]>' + x.decode().split(
        "?>", 1)[-1].replace("<v>5</v>", "<v>&e;</v>")).encode("utf-16-le"),
])
def test_a_strange_sheet_gets_openpyxls_answer(mangle: Any) -> None:
    raw = _book_with(lambda b: b.active.cell(2, 2, 5))
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = mangle(parts["xl/worksheets/sheet1.xml"])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    raw = out.getvalue()
    assert read_plain(raw) is None
    try:
        expected: Any = _openpyxl(raw)[0][1]
    except Exception as exc:  # noqa: BLE001 - the message is what is compared
        expected = type(exc)
    try:
        got: Any = xlsxio.read_first_sheet(raw, "f.xlsx")[1]
    except InputError:
        got = expected if isinstance(expected, type) else None
    assert got == expected


def test_sizes_are_checked_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsxio, "MAX_CELLS", 20)
    raw = _book_with(lambda b: b.active.cell(5, 5, 1))
    with pytest.raises(InputError) as caught:
        xlsxio.read_first_sheet(raw, "f.xlsx")
    assert caught.value.problems[0].params == {"range": "A1:E5", "cells": 25, "limit": 20}


def test_date_formats_are_openpyxls() -> None:
    for number in range(164):
        code = BUILTIN_FORMATS.get(number)
        assert (number in xlsxplain._BUILTIN_DATES) == is_date_format(code), number
        assert (number in xlsxplain._BUILTIN_DURATIONS) == is_timedelta_format(code), number
    for code in ['yyyy"年"m"月"d"日"', "[$-804]yyyy/m/d", "0.00_ ", r"\d0", "_d0", "[h]:mm",
                 "[Red]General", "[mm]:ss", '"h"0', "@", "hh:mm;@", "[ss].00"]:
        assert bool(xlsxplain._DATE.search(xlsxplain._STRIP.sub("", code.split(";")[0]))) \
            == is_date_format(code), code
        assert bool(xlsxplain._DURATION.search(code.split(";")[0])) \
            == is_timedelta_format(code), code


def test_column_letters_are_openpyxls() -> None:
    for index in range(1, 18279):
        assert column_letter(index) == get_column_letter(index)
        assert column_index(get_column_letter(index)) == column_index_from_string(
            get_column_letter(index)) == index

"""Declarations from CSV (UTF-8, BOM, GB18030) and XLSX, and keyword classification."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from disclosure_audit.model import Declarations
from disclosure_audit.sources import read_declarations
from disclosure_audit.spec import load_checklist

HEADER = "事项编号,标题,渠道,链接,形成日期,发布日期,要素,格式,点击层级\n"
ROWS = (
    "7,2022年招生章程,招生网,https://zs.example.cn/a,2022-03-01,2022/3/10,招生章程、特殊类型招生办法,html,3\n"
    ",2022年分省招生计划,信息公开专栏,https://zs.example.cn/b,2022年5月20日,2022-06-08,,pdf,2\n"
    ",2022年迎新工作安排,官网,https://www.example.cn/c,2022-08-15,2022-08-20,,html,3\n"
)


@pytest.fixture(scope="module")
def moe():
    return load_checklist("moe-2014")[0]


def read(path: Path, checklist) -> tuple[Declarations, list]:
    return read_declarations([path], checklist)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_every_encoding_excel_uses(tmp_path: Path, moe, encoding: str) -> None:
    path = tmp_path / "招生就业处.csv"
    path.write_bytes((HEADER + ROWS).encode(encoding))
    out, problems = read(path, moe)
    assert [p for p in problems if p.severity == "error"] == []
    first, second = out.publications
    assert (first.item, first.channel, first.published) == ("7", "website", dt.date(2022, 3, 10))
    assert first.elements == ("招生章程", "特殊类型招生办法")
    assert first.department == "招生就业处"  # from the file name
    assert first.source.line == 2
    assert (second.item, second.classified_by) == ("7", ("招生计划", "分省…计划"))
    assert second.made == dt.date(2022, 5, 20)
    [unmatched] = out.unmatched
    assert unmatched.title == "2022年迎新工作安排" and unmatched.source.line == 4


def test_csv_english_headers_department_column_and_withheld_rows(tmp_path: Path, moe) -> None:
    path = tmp_path / "export.csv"
    path.write_text("item,title,channel,url,published,department,reason,note,expected\n"
                    "19,2022年预算,disclosure_column,https://a.cn/y,2022-02-01,财务处,,,\n"
                    "17,,,,,资产管理处,不适用,无校办企业,\n"
                    "41,,,,,科研处,not_yet_made,制定中,2022-12-31\n", encoding="utf-8")
    out, problems = read(path, moe)
    assert problems == []
    assert [p.department for p in out.publications] == ["财务处"]
    assert [(w.item, w.reason, w.department) for w in out.withheld] == [
        ("17", "not_applicable", "资产管理处"), ("41", "not_yet_made", "科研处")]
    assert out.withheld[1].expected == dt.date(2022, 12, 31)


def test_csv_row_problems_carry_line_and_column(tmp_path: Path, moe) -> None:
    path = tmp_path / "财务处.csv"
    path.write_text(HEADER + "19,预算,电视台,https://a.cn,2022-01-01,2022-02-30,,html,x\n",
                    encoding="utf-8")
    _, problems = read(path, moe)
    assert sorted((p.code, p.line, p.column) for p in problems) == [
        ("bad-clicks", 2, 9), ("date-calendar", 2, 6), ("unknown-channel", 2, 3)]


def test_csv_without_header(tmp_path: Path, moe) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    _, problems = read(path, moe)
    assert [p.code for p in problems] == ["table-no-header"]


def test_csv_undecodable(tmp_path: Path, moe) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x30" * 10)
    _, problems = read(path, moe)
    assert [p.code for p in problems] == ["bad-encoding"]


def test_xlsx_with_title_row_merged_cells_and_blank_rows(tmp_path: Path, moe) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["组织人事处发布登记表"])
    ws.merge_cells("A1:F1")
    ws.append(["事项编号", "标题", "渠道", "链接", "形成日期", "发布日期"])
    ws.append(["25", "公开招聘公告", "官网", "https://a.cn/zp", dt.date(2022, 4, 1),
               dt.date(2022, 4, 6)])
    ws.append([None, "中层干部任前公示", "企业微信", None, "2022-06-01", "2022年6月2日"])
    ws.append([None] * 6)
    ws.append([22.0, "社会兼职情况", "信息公开专栏", "https://a.cn/jz", dt.datetime(2022, 6, 10),
               dt.datetime(2022, 6, 20)])
    ws.merge_cells("A3:A4")
    path = tmp_path / "组织人事处.xlsx"
    wb.save(path)
    out, problems = read(path, moe)
    assert problems == []
    assert [(p.item, p.channel, p.source.line) for p in out.publications] == [
        ("25", "website", 3), ("25", "oa", 4), ("22", "disclosure_column", 6)]
    assert out.publications[1].published == dt.date(2022, 6, 2)
    assert out.publications[0].source.path.endswith("组织人事处.xlsx[Sheet]")


def test_broken_xlsx_is_a_problem(tmp_path: Path, moe) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    _, problems = read(path, moe)
    assert [p.code for p in problems] == ["xlsx-unreadable"]

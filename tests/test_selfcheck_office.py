"""A workbook as other programs save it imports the same as one saved by openpyxl:
LibreOffice, really run (shared strings, where openpyxl writes inline strings), dates as
serial numbers or as text, numbers as text."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import audit_json, require_tool
from selfcheck_helpers import fill, open_sheet, put, row_of, serial, string_kinds

FINANCE = "declarations/财务处.yaml"
ROWS = [
    ("15", {"标题": "财务制度汇编（2022）", "公开渠道": "信息公开专栏",
            "链接": "https://www.zzsz.edu.cn/xxgk/cw/2022.htm", "形成日期": dt.date(2022, 3, 1),
            "发布日期": dt.date(2022, 3, 10), "要素": "财务管理制度", "格式": "网页",
            "点击层级": 2, "备注": "=含公式样的文字\n第二行"}),
    ("16", {"未公开理由": "本期未发生", "备注": "本学年未接受捐赠"}),
    ("19", {"未公开理由": "尚未形成", "要素": "财政拨款支出预算表",
            "预计形成日期": dt.date(2022, 12, 31), "备注": "'待批复"}),
]


@pytest.fixture
def workbook(example: Path, run_cli, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert run_cli("selfcheck", "export", example, "-o", out).exit_code == 0
    return out / "自查表-财务处.xlsx"


def _reference(example: Path, workbook: Path, run_cli, tmp_path: Path) -> str:
    """The YAML an openpyxl-filled workbook gives (on a copy of the repo)."""
    repo = tmp_path / "reference"
    shutil.copytree(example, repo)
    filled = fill(workbook, tmp_path / "openpyxl.xlsx", ROWS)
    result = run_cli("selfcheck", "import", filled, "--repo", repo)
    assert result.exit_code == 0, result.stderr
    return (repo / FINANCE).read_text(encoding="utf-8")


def _libreoffice(source: Path, out_dir: Path, tmp_path: Path) -> Path:
    """``soffice --headless --convert-to xlsx``: the file as LibreOffice Calc saves it."""
    soffice = require_tool("soffice")
    out_dir.mkdir()
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx", "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out_dir / source.name


def test_libreoffice_saved_workbook_imports_the_same(example: Path, workbook: Path, run_cli,
                                                     tmp_path: Path) -> None:
    expected = _reference(example, workbook, run_cli, tmp_path)
    filled = fill(workbook, tmp_path / "filled.xlsx", ROWS)
    saved = _libreoffice(filled, tmp_path / "lo-out", tmp_path)
    assert string_kinds(filled) == {"inlineStr"} and string_kinds(saved) == {"s"}
    result = run_cli("selfcheck", "import", saved, "--repo", example)
    assert result.exit_code == 0, result.stderr
    assert (example / FINANCE).read_text(encoding="utf-8") == expected
    assert run_cli("validate", example).exit_code == 0
    status = {i["id"]: i["status"] for i in audit_json(run_cli, example)["items"]}
    assert status["16"] == "not_occurred"


def test_libreoffice_untouched_export_changes_nothing(example: Path, workbook: Path, run_cli,
                                                      tmp_path: Path) -> None:
    before = (example / FINANCE).read_bytes()
    saved = _libreoffice(workbook, tmp_path / "lo-out", tmp_path)
    result = run_cli("selfcheck", "import", saved, "--repo", example)
    assert result.exit_code == 0, result.stderr
    assert "没有需要写入" in result.stdout and "未改动 4 条" in result.stdout
    assert (example / FINANCE).read_bytes() == before


def test_serial_dates_text_dates_and_numbers_as_text(example: Path, workbook: Path,
                                                         run_cli, tmp_path: Path) -> None:
    expected = _reference(example, workbook, run_cli, tmp_path)
    filled = fill(workbook, tmp_path / "filled.xlsx", ROWS)
    wb, sheet, columns = open_sheet(filled)
    row = row_of(sheet, columns, "15", blank=False, title="财务制度汇编（2022）")
    put(sheet, columns, row, 形成日期=serial(dt.date(2022, 3, 1)), 发布日期="2022/3/10",
        点击层级="2")  # a date cell that lost its format, a date typed as text, a number as text
    sheet.cell(row, columns["形成日期"]).number_format = "General"
    wb.save(filled)
    result = run_cli("selfcheck", "import", filled, "--repo", example)
    assert result.exit_code == 0, result.stderr
    assert (example / FINANCE).read_text(encoding="utf-8") == expected

"""Issue 12 items 5 and 12: exporting and importing the ledger (CSV and XLSX) returns every value
unchanged, an unchanged round trip changes nothing, and the table readers and the importer take
any sheet (property-based) without crashing."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from conftest import GOOD_DECLARATION
from disclosure_audit.errors import InputError
from disclosure_audit.formats.ledger.export import EXPORTS
from disclosure_audit.inputs.cells import csv_decode, csv_encode, xlsx_decode, xlsx_encode
from disclosure_audit.ledger.importer import import_sheet
from disclosure_audit.ledger.rows import headers
from disclosure_audit.ledger.store import dump_ledger, load_ledger, save_ledger
from disclosure_audit.model import Declarations
from disclosure_audit.sources.table import read_csv_declarations, read_xlsx_declarations
from disclosure_audit.spec import load_checklist

AS_OF = dt.date(2022, 9, 15)
HOSTILE = ["'quoted", "=SUM(A1)", "+1", "-1", "@x", "\tTab", "\rCR", "\nLF", "trailing  ",
           "  leading", "'=x", "a\n::error file=x::pwned", "\x01ctl\x1b[2J", "_x0041_ literal",
           "\u200b::zw", "多行\r\n文本", ""]
TITLE = "=1+2 \t学校概况"  # an item title (from the school's checklist) starting with "="


@pytest.fixture
def ledger_repo(make_repo) -> Path:
    checklist = ('extends: moe-2014\ninstitution: {name: 测试学院, kind: undergraduate}\n'
                 'departments: [党政办公室, 招生就业处, 财务处]\n'
                 f'items:\n  "1": {{owner: 党政办公室, title: {yaml.safe_dump(TITLE).strip()}}}\n'
                 '  "7": {owner: 招生就业处}\n  "6": {owner: 党政办公室}\n'
                 + "".join(f'  "{n}": {{not_applicable: 测试}}\n' for n in range(2, 51)
                           if n not in (6, 7)))  # a small ledger: the round trips stay fast
    repo = make_repo(checklist=checklist, files={"declarations/zs.yaml": GOOD_DECLARATION})
    from disclosure_audit.services.ledger import update_ledger

    update_ledger(repo, AS_OF, "zh")
    return repo


def _edit(repo: Path, values: list[str]) -> None:
    ledger = load_ledger(repo / "ledger.yaml")
    for entry, value in zip(ledger.entries, values * 3, strict=False):
        entry.owner, entry.measure, entry.note = value, value[::-1], value + "尾"
    save_ledger(repo / "ledger.yaml", ledger)


def _round_trip(repo: Path, fmt: str, tmp_path: Path):  # noqa: ANN202
    ledger = load_ledger(repo / "ledger.yaml")
    sheet = tmp_path / f"export.{fmt}"
    sheet.write_bytes(EXPORTS[fmt](ledger, AS_OF, "zh"))
    return ledger, *import_sheet(ledger, sheet, AS_OF)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_value_survives_the_round_trip(ledger_repo, tmp_path, fmt: str) -> None:
    _edit(ledger_repo, HOSTILE)
    ledger, imported, report = _round_trip(ledger_repo, fmt, tmp_path)
    assert report.problems == []  # the "=…" title row is importable, not "read-only changed"
    assert report.applied == [] and report.unchanged == len(ledger.entries)
    assert dump_ledger(imported) == dump_ledger(ledger)
    assert any(e.title == TITLE for e in imported.entries)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_unchanged_round_trip_reports_nothing_changed(run_cli, ledger_repo, tmp_path,
                                                      fmt: str) -> None:
    sheet = tmp_path / f"l.{fmt}"
    assert run_cli("ledger", "export", ledger_repo, "-f", fmt, "-o", sheet,
                   "--as-of", "2022-09-15").exit_code == 0
    before = (ledger_repo / "ledger.yaml").read_bytes()
    result = run_cli("ledger", "import", sheet, "--repo", ledger_repo, "--as-of", "2022-09-15")
    assert result.exit_code == 0, result.stderr
    assert "更新 0 条，跳过 0 行" in result.stdout
    assert (ledger_repo / "ledger.yaml").read_bytes() == before  # not even rewritten


def test_an_edited_csv_row_counts_once_and_keeps_the_text_exactly(ledger_repo,
                                                                  tmp_path) -> None:
    ledger = load_ledger(ledger_repo / "ledger.yaml")
    sheet = tmp_path / "l.csv"
    sheet.write_bytes(EXPORTS["csv"](ledger, AS_OF, "zh"))
    rows = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"))))
    owner = rows[0].index("责任人")
    rows[2][owner] = csv_encode("  =张老师\n::备注  ")  # as our own export would write it
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    sheet.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    imported, report = import_sheet(ledger, sheet, AS_OF)
    assert report.applied == [ledger.entries[1].key] and report.problems == []
    assert imported.entries[1].owner == "  =张老师\n::备注  "


def test_csv_export_never_starts_a_line_with_a_workflow_command(ledger_repo) -> None:
    _edit(ledger_repo, ["x\n::error file=a::pwned", "\r::warning::w"])
    text = EXPORTS["csv"](load_ledger(ledger_repo / "ledger.yaml"), AS_OF, "zh").decode("utf-8-sig")
    assert all(not line.lstrip().startswith("::") for line in text.splitlines())


# ── property-based ─────────────────────────────────────────────────────────────
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=300)
@given(any_text)
def test_cell_codecs_are_exact(text: str) -> None:
    assert csv_decode(csv_encode(text)) == text
    assert xlsx_decode(xlsx_encode(text)) == text
    assert not csv_encode(text).startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(any_text, min_size=1, max_size=6), fmt=st.sampled_from(["csv", "xlsx"]))
def test_any_text_survives_the_round_trip(ledger_repo, tmp_path_factory, values: list[str],
                                          fmt: str) -> None:
    _edit(ledger_repo, values)
    ledger, imported, report = _round_trip(ledger_repo, fmt, tmp_path_factory.mktemp("rt"))
    assert report.problems == [] and report.applied == []
    assert dump_ledger(imported) == dump_ledger(ledger)


cells = st.one_of(st.none(), any_text, st.integers(-5, 10**6),
                  st.floats(allow_nan=True, allow_infinity=True),
                  st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
                  st.sampled_from(["7", "19", "信息公开专栏", "oa", "2022-03-01", "2022/3/1",
                                   "https://a.cn/x", "http://[::1", "inf", "1e400", "不适用"]))
HEADER = ["事项编号", "标题", "渠道", "链接", "形成日期", "发布日期", "要素", "格式", "点击层级",
          "未公开理由", "备注"]
grids = st.lists(st.lists(cells, min_size=0, max_size=len(HEADER) + 1), max_size=6)


def _xlsx(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    for row in rows:
        wb.active.append([xlsx_encode(v) if isinstance(v, str) else v for v in row])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _csv(rows: list[list[object]], encoding: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["" if v is None else str(v) for v in r] for r in rows])
    return buffer.getvalue().encode(encoding, errors="replace")


@settings(max_examples=60, deadline=None)
@given(grid=grids, fmt=st.sampled_from(["csv-utf8", "csv-gb18030", "xlsx"]))
def test_table_readers_take_any_sheet(tmp_path_factory, grid: list[list[object]],
                                      fmt: str) -> None:
    checklist, _ = load_checklist("moe-2014")
    folder = tmp_path_factory.mktemp("t")
    if fmt == "xlsx":
        path = folder / "招生就业处.xlsx"
        path.write_bytes(_xlsx([HEADER, *grid]))
        reader = read_xlsx_declarations
    else:
        path = folder / "招生就业处.csv"
        path.write_bytes(_csv([HEADER, *grid], fmt.removeprefix("csv-")))
        reader = read_csv_declarations
    out = Declarations()
    problems = reader(path, checklist, out)
    assert all(p.message("en") and p.path for p in problems)
    rows = len(out.publications) + len(out.withheld) + len(out.unmatched)
    assert rows <= len(grid)


import_cells = st.one_of(st.none(), any_text, st.integers(-5, 100),
                         st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
                         st.sampled_from(["已完成", "整改中", "待整改", "已豁免", "done",
                                          "2022-10-01", "7/convenience", "1/completeness"]))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(import_cells, max_size=15), max_size=5),
       fmt=st.sampled_from(["csv", "xlsx"]))
def test_importer_takes_any_sheet(ledger_repo, tmp_path_factory, rows: list[list[object]],
                                  fmt: str) -> None:
    ledger = load_ledger(ledger_repo / "ledger.yaml")
    header = headers("zh")
    path = tmp_path_factory.mktemp("imp") / f"s.{fmt}"
    path.write_bytes(_xlsx([header, *rows]) if fmt == "xlsx" else _csv([header, *rows], "utf-8"))
    try:
        imported, report = import_sheet(ledger, path, AS_OF)
    except InputError as exc:
        assert exc.problems and all(p.message("en") for p in exc.problems)
        return
    keys = {e.key for e in ledger.entries}
    assert set(report.applied) <= keys
    assert len(report.applied) + report.unchanged + len(report.problems) <= len(rows)
    assert [e.key for e in imported.entries] == [e.key for e in ledger.entries]
    assert load_ledger(ledger_repo / "ledger.yaml").entries == ledger.entries  # untouched


def test_xlsx_export_prints_well(ledger_repo, tmp_path) -> None:
    ledger = load_ledger(ledger_repo / "ledger.yaml")
    path = tmp_path / "l.xlsx"
    path.write_bytes(EXPORTS["xlsx"](ledger, AS_OF, "zh"))
    wb = load_workbook(path)
    sheet, summary = wb.worksheets
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    header = [c.value for c in sheet[1]]
    problem = header.index("存在问题") + 1
    assert all(sheet.cell(r, problem).alignment.wrap_text for r in range(2, sheet.max_row + 1))
    longest = max(range(2, sheet.max_row + 1), key=lambda r: len(sheet.cell(r, problem).value))
    assert sheet.row_dimensions[longest].height >= 32  # two lines or more, not clipped to one
    assert isinstance(sheet.cell(2, header.index("序号") + 1).value, int)
    deadline = sheet.cell(2, header.index("整改期限") + 1)
    assert isinstance(deadline.value, dt.datetime) and deadline.number_format == "yyyy-mm-dd"
    last = [c.value for c in summary[summary.max_row]]
    assert last[0] == "全校合计" and last[-1] == len(ledger.entries)
    assert summary.page_setup.orientation == "landscape"


def test_import_keeps_the_reminders_record(run_cli, ledger_repo, tmp_path) -> None:
    from disclosure_audit.ledger.tracked import ReminderRecord

    ledger = load_ledger(ledger_repo / "ledger.yaml")
    ledger.reminders.append(ReminderRecord("2022-09-16T09:00:00+08:00", AS_OF, "招生就业处",
                                           "wecom", "招生机器人", [ledger.entries[0].key], "sent"))
    save_ledger(ledger_repo / "ledger.yaml", ledger)
    sheet = tmp_path / "l.xlsx"
    assert run_cli("ledger", "export", ledger_repo, "-o", sheet, "--as-of", "2022-09-15") \
        .exit_code == 0
    wb = load_workbook(sheet)
    header = [c.value for c in wb.worksheets[0][1]]
    wb.worksheets[0].cell(2, header.index("责任人") + 1).value = "王老师"
    wb.save(sheet)
    result = run_cli("ledger", "import", sheet, "--repo", ledger_repo, "--as-of", "2022-09-15")
    assert result.exit_code == 0, result.stderr  # saving used to crash: reminders lost their list
    after = load_ledger(ledger_repo / "ledger.yaml")
    assert after.entries[0].owner == "王老师"
    assert [r.recipient for r in after.reminders] == ["招生机器人"]

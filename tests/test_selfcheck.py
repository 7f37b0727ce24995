"""Self-check workbooks: export, fill in as a clerk would, import, validate, audit."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from conftest import audit_json
from selfcheck_helpers import HEADER_ROW, cells_of, fill, open_sheet, put, row_of

FINANCE = "declarations/财务处.yaml"


@pytest.fixture
def exported(example: Path, run_cli, tmp_path: Path) -> Path:
    """The example's workbooks, exported; returns the folder."""
    out = tmp_path / "out"
    result = run_cli("selfcheck", "export", example, "-o", out)
    assert result.exit_code == 0, result.stderr
    return out


def _import(run_cli, repo: Path, *files: Path):
    return run_cli("selfcheck", "import", *files, "--repo", repo)


def test_export_one_workbook_per_department(exported: Path, example: Path) -> None:
    names = sorted(p.name for p in exported.iterdir())
    assert "自查表-财务处.xlsx" in names and "自查表-工会.xlsx" in names
    assert len(names) == 9  # the example's nine departments
    wb = load_workbook(exported / "自查表-财务处.xlsx")
    assert wb.sheetnames == ["自查表", "事项清单", "填写说明", "选项"]
    assert wb["选项"].sheet_state == "hidden"
    sheet = wb["自查表"]
    items = {str(sheet.cell(r, 1).value) for r in range(4, sheet.max_row + 1)}
    assert items == {"15", "16", "19", "20", "21"}  # what 财务处 owns in checklist.yaml
    budget = cells_of(exported / "自查表-财务处.xlsx", "2021年部门预算公开")
    assert budget["公开渠道"] == "信息公开专栏"  # the channel by its Chinese name
    assert budget["形成日期"] == dt.datetime(2022, 1, 20)  # a real date cell
    assert budget["格式"] == "PDF" and budget["点击层级"] == 3
    assert re.fullmatch(r"P19-[0-9a-f]{8}", budget["行标识"])


def test_export_drop_downs_dates_and_print_setup(exported: Path) -> None:
    wb = load_workbook(exported / "自查表-财务处.xlsx")
    sheet, options = wb["自查表"], wb["选项"]
    rules = {str(r.sqref).split(":")[0][:1]: r for r in sheet.data_validations.dataValidation}
    channel = rules["D"]  # 公开渠道
    assert channel.type == "list" and channel.formula1.startswith("'选项'!$A$2")
    channels = [options.cell(r, 1).value for r in range(2, options.max_row + 1)]
    assert "信息公开专栏" in channels and "微信公众号" in channels
    reasons = [options.cell(r, 3).value for r in range(2, 6)]
    assert reasons == ["不适用", "本期未发生", "依法不予公开", "尚未形成"]
    assert rules["F"].type == "date" and rules["J"].type == "whole"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$3"
    help_text = "\n".join(str(c.value) for c in wb["填写说明"]["A"])
    assert "依法不予公开" in help_text and "行标识" in help_text


def test_filled_workbook_imports_validates_and_audits(exported: Path, example: Path, run_cli,
                                                      tmp_path: Path) -> None:
    before = audit_json(run_cli, example)
    filled = fill(exported / "自查表-财务处.xlsx", tmp_path / "filled.xlsx", [
        ("15", {"标题": "财务制度汇编（2022）", "公开渠道": "信息公开专栏",
                "链接": "https://www.zzsz.edu.cn/xxgk/cw/2022.htm", "形成日期": dt.date(2022, 3, 1),
                "发布日期": "2022/3/10", "要素": "财务管理制度", "格式": "网页", "点击层级": 2}),
        ("16", {"未公开理由": "本期未发生", "备注": "本学年未接受捐赠"}),
    ], changes=[("21", "株洲师范高等专科学校学生收费项目公示表", {"格式": "网页"})])
    result = _import(run_cli, example, filled)
    assert result.exit_code == 0, result.stderr
    assert "新增 2 条，修改 1 条" in result.stdout
    text = (example / FINANCE).read_text(encoding="utf-8")
    assert "# a photo of the stamped table" in text  # comments survive
    assert run_cli("validate", example).exit_code == 0
    after = audit_json(run_cli, example)
    status = {i["id"]: i for i in after["items"]}
    assert {i["id"]: i["status"] for i in before["items"]}["16"] == "missing"
    assert status["16"]["status"] == "not_occurred"
    assert status["15"]["publications"] == 3  # 资产管理处's, 财务处's, and the new one
    fee = status["21"]["dimensions"]["convenience"]
    assert fee["passed"] and not any(f["code"] == "unreadable-format" for f in fee["findings"])


def test_only_changed_lines_change(exported: Path, example: Path, run_cli, tmp_path: Path) -> None:
    original = (example / FINANCE).read_text(encoding="utf-8").splitlines()
    filled = fill(exported / "自查表-财务处.xlsx", tmp_path / "f.xlsx", [],
                  changes=[("15", "财务管理办法", {"点击层级": 2})])
    assert _import(run_cli, example, filled).exit_code == 0
    now = (example / FINANCE).read_text(encoding="utf-8").splitlines()
    assert [i for i, (a, b) in enumerate(zip(original, now, strict=True)) if a != b] == [
        original.index("    clicks: 4")]
    assert now[original.index("    clicks: 4")] == "    clicks: 2"


HOSTILE = {"标题": "=SUM(A1:A9)", "备注": "第一行\n'第二行 ", "法律依据": None,
           "链接": "https://www.zzsz.edu.cn/xxgk/cw/a.htm"}


@pytest.mark.parametrize("title", ["=SUM(A1:A9)", "+86 0731", "-2022年预算", "@财务处", "'引号",
                                   "no", "1:20", "010", "第一行\n第二行", " 前后空格 "])
def test_what_people_write_survives_the_round_trip(title: str, exported: Path, example: Path,
                                                    run_cli, tmp_path: Path) -> None:
    cells = {"标题": title, "公开渠道": "官网", "链接": HOSTILE["链接"], "发布日期": "2022-03-10",
             "点击层级": "03", "备注": HOSTILE["备注"]}
    filled = fill(exported / "自查表-财务处.xlsx", tmp_path / "f.xlsx", [("15", cells)])
    result = _import(run_cli, example, filled)
    assert result.exit_code == 0, result.stderr
    assert run_cli("validate", example).exit_code == 0
    again = tmp_path / "again"
    assert run_cli("selfcheck", "export", example, "-o", again).exit_code == 0
    row = cells_of(again / "自查表-财务处.xlsx", title)
    assert row["备注"] == HOSTILE["备注"] and row["链接"] == HOSTILE["链接"]
    assert row["点击层级"] == 3  # a whole number, "03" read as 3
    assert row["发布日期"] == dt.datetime(2022, 3, 10)
    # the re-exported workbook imports as "nothing changed"
    result = _import(run_cli, example, again / "自查表-财务处.xlsx")
    assert result.exit_code == 0 and "没有需要写入" in result.stdout


def test_sorted_inserted_and_columns_deleted(exported: Path, example: Path, run_cli,
                                            tmp_path: Path) -> None:
    wb, sheet, columns = open_sheet(exported / "自查表-财务处.xlsx")
    row = row_of(sheet, columns, "21", blank=False, title="株洲师范高等专科学校学生收费项目公示表")
    put(sheet, columns, row, 点击层级=1)
    data = [[c.value for c in sheet[r]] for r in range(4, sheet.max_row + 1)]
    for offset, values in enumerate(reversed(data)):  # sorted the other way round
        for col, value in enumerate(values, start=1):
            sheet.cell(4 + offset, col).value = value
    sheet.insert_rows(4, 2)  # rows inserted above everything
    sheet.delete_cols(columns["备注"])  # the key's neighbour
    sheet.delete_cols(columns["事项名称"])
    wb.save(tmp_path / "sorted.xlsx")
    result = _import(run_cli, example, tmp_path / "sorted.xlsx")
    assert result.exit_code == 0, result.stderr
    assert "新增 0 条，修改 1 条" in result.stdout
    text = (example / FINANCE).read_text(encoding="utf-8")
    assert "clicks: 1" in text and text.count("item:") == 4


def test_bad_cells_are_located_with_fixes_and_nothing_is_written(
        exported: Path, example: Path, run_cli, tmp_path: Path) -> None:
    before = (example / FINANCE).read_bytes()
    filled = fill(exported / "自查表-财务处.xlsx", tmp_path / "bad.xlsx", [
        ("15", {"标题": "财务制度", "公开渠道": "贴吧", "发布日期": "2022-02-30"}),
        ("16", {"未公开理由": "依法不予公开"}),
        ("19", {"标题": "预算", "未公开理由": "不适用", "公开渠道": "官网",
                "发布日期": "2022-3-1"}),
        ("20", {"标题": "决算", "公开渠道": "官网", "链接": "https://x.edu.cn/a",
                "发布日期": "2022-03-01", "格式": "jpg"}),
    ])
    result = _import(run_cli, example, filled)
    assert result.exit_code == 2
    err = result.stderr
    assert re.search(r"bad\.xlsx\[自查表\]:\d+:4: 错误 \[unknown-channel\]", err)
    assert re.search(r"\[自查表\]:\d+:7: 错误 \[date-calendar\]", err)
    assert re.search(r"\[自查表\]:\d+:14: 错误 \[exempt-needs-ground\]", err)
    assert re.search(r"\[自查表\]:\d+:14: 错误 \[sc-title-and-reason\]", err)
    assert re.search(r"\[自查表\]:\d+:9: 错误 \[bad-format\]", err)
    assert "从下拉列表中选择公开渠道" in err and "不予公开情形" in err  # the fixes
    assert "本表未导入" in result.stdout
    assert (example / FINANCE).read_bytes() == before


def test_importing_twice_adds_nothing_twice(exported: Path, example: Path, run_cli,
                                            tmp_path: Path) -> None:
    filled = fill(exported / "自查表-财务处.xlsx", tmp_path / "f.xlsx", [
        ("16", {"未公开理由": "本期未发生", "备注": "本学年未接受捐赠"})])
    assert _import(run_cli, example, filled).exit_code == 0
    once = (example / FINANCE).read_bytes()
    result = _import(run_cli, example, filled)
    assert result.exit_code == 0 and "已存在 1 条" in result.stdout
    assert (example / FINANCE).read_bytes() == once


def test_stale_rows_copied_keys_and_kind_changes_are_refused(
        exported: Path, example: Path, run_cli, tmp_path: Path) -> None:
    path = example / FINANCE
    path.write_text(path.read_text(encoding="utf-8").replace("clicks: 4", "clicks: 5"),
                    encoding="utf-8")  # someone edited the entry in git after the export
    wb, sheet, columns = open_sheet(exported / "自查表-财务处.xlsx")
    put(sheet, columns, row_of(sheet, columns, "15", blank=False, title="财务管理办法"), 点击层级=2)
    budget = row_of(sheet, columns, "19", blank=False, title="2021年部门预算公开")
    copy = row_of(sheet, columns, "19")
    for col in range(1, sheet.max_column + 1):  # the clerk copied the declared row
        sheet.cell(copy, col).value = sheet.cell(budget, col).value
    put(sheet, columns, copy, 标题="2022年部门预算公开")
    fees = row_of(sheet, columns, "21", blank=False, title="株洲师范高等专科学校学生收费项目公示表")
    put(sheet, columns, fees, 标题=None, 公开渠道=None, 未公开理由="不适用", 备注="无")
    wb.save(tmp_path / "stale.xlsx")
    result = _import(run_cli, example, tmp_path / "stale.xlsx")
    assert result.exit_code == 2
    assert "[sc-stale-key]" in result.stderr and "[sc-duplicate-key]" in result.stderr
    assert "[sc-kind-changed]" in result.stderr
    assert "clicks: 5" in path.read_text(encoding="utf-8")


def test_cms_export_rows_are_shown_but_new_rows_go_to_yaml(exported: Path, example: Path,
                                                          run_cli, tmp_path: Path) -> None:
    workbook = exported / "自查表-招生就业处.xlsx"
    row = cells_of(workbook, "2022年单独招生章程")
    assert row["行标识"].startswith("P7-")  # pre-filled from 招生就业处.csv
    changed = fill(workbook, tmp_path / "cms.xlsx", [],
                   changes=[("7", "2022年单独招生章程", {"点击层级": 1})])
    result = _import(run_cli, example, changed)
    assert result.exit_code == 2 and "[sc-read-only]" in result.stderr
    assert "招生就业处.csv" in result.stderr
    added = fill(workbook, tmp_path / "new.xlsx", [
        ("31", {"标题": "2022届毕业生就业质量年度报告", "公开渠道": "信息公开专栏",
                "链接": "https://www.zzsz.edu.cn/xxgk/jy/2022.htm", "形成日期": "2022-08-01",
                "发布日期": "2022-08-10", "格式": "网页", "点击层级": 2})])
    result = _import(run_cli, example, added)
    assert result.exit_code == 0, result.stderr
    assert (example / "declarations/招生就业处.yaml").is_file()
    assert run_cli("validate", example).exit_code == 0
    counts = {i["id"]: i["publications"] for i in audit_json(run_cli, example)["items"]}
    assert counts["31"] >= 1


def test_scaffold_file_and_crlf_keep_their_form(run_cli, tmp_path: Path) -> None:
    repo = tmp_path / "school"
    assert run_cli("init", repo, "--institution", "某某学院", "--kind", "vocational",
                   "--departments", "党政办公室,财务处").exit_code == 0
    target = repo / "declarations/财务处.yaml"
    target.write_bytes(target.read_bytes().replace(b"\n", b"\r\n"))
    out = tmp_path / "out"
    assert run_cli("selfcheck", "export", repo, "-o", out).exit_code == 0
    filled = fill(out / "自查表-财务处.xlsx", tmp_path / "f.xlsx", [
        ("19", {"标题": "2022年部门预算", "公开渠道": "信息公开专栏", "链接": "https://a.edu.cn/ys",
                "形成日期": "2022-03-01", "发布日期": "2022-03-15"})])
    result = _import(run_cli, repo, filled)
    assert result.exit_code == 0, result.stderr
    raw = target.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")  # still CRLF throughout
    text = raw.decode("utf-8").replace("\r\n", "\n")
    assert text.startswith("# 财务处 信息公开发布记录")  # the scaffold's comments
    assert '\npublications:\n  - item: "19"\n    title: 2022年部门预算\n' in text
    assert run_cli("validate", repo).exit_code == 0


def test_not_a_workbook_of_ours(example: Path, run_cli, tmp_path: Path) -> None:
    other = tmp_path / "台账.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["a", "b"])
    wb.save(other)
    result = _import(run_cli, example, other)
    assert result.exit_code == 2 and "[sc-no-department]" in result.stderr
    broken = tmp_path / "自查表-财务处.xlsx"
    broken.write_bytes(b"not a zip")
    result = _import(run_cli, example, broken)
    assert result.exit_code == 2 and "[xlsx-unreadable]" in result.stderr
    result = run_cli("selfcheck", "export", example, "-o", example / "declarations" / "x")
    assert result.exit_code == 2 and "[sc-out-in-declarations]" in result.stderr


def test_departments_give_the_kind_of_information_in_the_workbook(exported: Path,
                                                                   example: Path, run_cli,
                                                                   tmp_path: Path) -> None:
    # The annual report counts publications by kind; before, the workbook had no column for it
    # and every row a department added through it counted as 未标注类别.
    wb = load_workbook(exported / "自查表-党政办公室.xlsx")
    sheet, options = wb["自查表"], wb["选项"]
    _, _, columns = open_sheet(exported / "自查表-党政办公室.xlsx")
    letter = sheet.cell(3, columns["信息类别"]).column_letter
    rule = next(r for r in sheet.data_validations.dataValidation
                if str(r.sqref).startswith(letter))
    kinds = [options.cell(r, c.column).value for c in options[1] if c.value == "kind"
             for r in range(2, 10)]
    assert f"${get_column_letter(options_column(options, 'kind'))}$2" in rule.formula1
    assert rule.type == "list" and kinds[:2] == ["公文类", "教学类"] and "其他业务动态类" in kinds
    assert cells_of(exported / "自查表-党政办公室.xlsx", "株洲师范高等专科学校章程")[
        "信息类别"] == "公文类"  # what is declared is shown
    assert cells_of(exported / "自查表-招生就业处.xlsx", "2022年单独招生章程")[
        "信息类别"] == "招生类"  # a CMS export's kind too
    filled = fill(exported / "自查表-财务处.xlsx", tmp_path / "filled.xlsx", [
        ("15", {"标题": "财务制度汇编（2022）", "公开渠道": "信息公开专栏",
                "链接": "https://www.zzsz.edu.cn/xxgk/cw/2022.htm", "形成日期": dt.date(2022, 3, 1),
                "发布日期": dt.date(2022, 3, 10), "信息类别": "公文"}),
    ], changes=[("19", "2021年部门预算公开", {"信息类别": "公文类"})])
    result = _import(run_cli, example, filled)
    assert result.exit_code == 0, result.stderr
    text = (example / FINANCE).read_text(encoding="utf-8")
    assert text.count("kind: 公文类") == 2  # 公文 read as 公文类, as in a declaration
    out = tmp_path / "r.md"
    assert run_cli("report", "annual", example, "--year", "2021-2022", "--as-of", "2022-10-15",
                   "-o", out).exit_code == 0
    assert "公文类信息5条" in out.read_text(encoding="utf-8")  # 3 declared before, 2 more
    bad = fill(exported / "自查表-财务处.xlsx", tmp_path / "bad.xlsx", [
        ("15", {"标题": "财务制度", "公开渠道": "信息公开专栏", "链接": "https://a.cn/x",
                "发布日期": dt.date(2022, 3, 10), "信息类别": "杂项"})])
    result = _import(run_cli, example, bad)
    assert result.exit_code == 2
    at = columns["信息类别"]
    assert re.search(rf"bad\.xlsx\[自查表\]:\d+:{at}: 错误 \[unknown-kind\]", result.stderr)


def options_column(options, name: str) -> int:
    """The hidden sheet's column holding the drop-down list ``name``."""
    return next(c.column for c in options[1] if c.value == name)


def test_items_sheet_says_when_each_item_is_due(exported: Path) -> None:
    sheet = load_workbook(exported / "自查表-党政办公室.xlsx")["事项清单"]
    rows = {r[0].value: [c.value for c in r] for r in sheet.iter_rows(min_row=2)}
    assert rows["6"][3] == "每年公开，10 月 31 日前发布上一学年的"  # the annual report
    assert rows["1"][3] == "每年公开"  # no trailing blank where no due date applies
    assert rows["2"][3] == "形成或变更后公开"


def test_a_department_named_like_a_path_stays_inside_declarations(example: Path, run_cli,
                                                                  tmp_path: Path) -> None:
    # A department "../../逃逸" once made the import write declarations/../../逃逸.yaml, outside
    # the repo; its workbook and its YAML file now take the same one-file-name form.
    from disclosure_audit.services.selfcheck import import_workbooks

    checklist = example / "checklist.yaml"
    text = checklist.read_text(encoding="utf-8")
    text = text.replace("  - 工会\n", '  - 工会\n  - "../../逃逸"\n  - "a/b"\n', 1)
    text = text.replace('"3": {owner: 工会}', '"3": {owner: "../../逃逸"}', 1)
    checklist.write_text(text.replace('"4": {owner: 科研处}', '"4": {owner: "a/b"}', 1),
                         encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("selfcheck", "export", example, "-o", out).exit_code == 0
    reason = {"未公开理由": "尚未形成", "预计形成日期": dt.date(2022, 12, 31)}
    escape = fill(out / "自查表-.._.._逃逸.xlsx", tmp_path / "escape.xlsx", [("3", reason)])
    slash = fill(out / "自查表-a_b.xlsx", tmp_path / "slash.xlsx", [("4", reason)])
    result = _import(run_cli, example, escape)
    assert result.exit_code == 0, result.stderr
    assert "declarations/.._.._逃逸.yaml" in result.stdout
    [outcome] = import_workbooks([slash], example)
    assert outcome.written and outcome.target.endswith("declarations/a_b.yaml")
    written = sorted(p.name for p in (example / "declarations").iterdir()
                     if p.name.endswith("_逃逸.yaml") or p.name.startswith("a_b"))
    assert written == [".._.._逃逸.yaml", "a_b.yaml"]
    assert not (tmp_path / "逃逸.yaml").exists() and not (example.parent / "逃逸.yaml").exists()
    assert not (example / "declarations" / "a").exists()
    assert run_cli("validate", example).exit_code == 0


def _offered_reasons(path: Path) -> dict[int, list[str]]:
    """The reasons each data row's drop-down offers (the rule covering its 未公开理由 cell)."""
    wb, sheet, columns = open_sheet(path)
    options = wb["选项"]
    letter = get_column_letter(columns["未公开理由"])
    offered: dict[int, list[str]] = {}
    for rule in sheet.data_validations.dataValidation:
        if rule.type != "list":
            continue
        ref = re.fullmatch(r"'选项'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)", rule.formula1)
        values = [options[f"{ref[1]}{r}"].value for r in range(int(ref[2]), int(ref[3]) + 1)]
        for cells in str(rule.sqref).split():
            first, _, last = cells.partition(":")
            if not first.startswith(letter) or not first[len(letter)].isdigit():
                continue
            for row in range(int(first[len(letter):]), int((last or first)[len(letter):]) + 1):
                assert row not in offered, f"two rules on {letter}{row}"
                offered[row] = [v for v in values if v]
    return offered


def test_each_row_offers_only_reasons_its_item_may_have(exported: Path) -> None:
    every = ["不适用", "本期未发生", "依法不予公开", "尚未形成"]
    for name, item, expected in [
        ("自查表-党政办公室.xlsx", "6", ["尚未形成"]),  # always applies, public by law
        ("自查表-财务处.xlsx", "19", ["不适用", "尚未形成"]),  # exemptible: false
        ("自查表-财务处.xlsx", "16", every),  # event-driven, may be exempt
        ("自查表-财务处.xlsx", "15", ["不适用", "依法不予公开", "尚未形成"]),
    ]:
        path = exported / name
        _, sheet, columns = open_sheet(path)
        offered = _offered_reasons(path)
        rows = [r for r in range(HEADER_ROW + 1, sheet.max_row + 1)
                if str(sheet.cell(r, columns["事项编号"]).value) == item]
        assert rows and all(offered[r] == expected for r in rows), (name, item)
        assert offered[sheet.max_row + 1] == every  # rows a clerk adds below: the whole list


def test_a_reason_the_drop_down_leaves_out_is_still_refused_on_import(
        exported: Path, example: Path, run_cli) -> None:
    path = exported / "自查表-财务处.xlsx"
    wb, sheet, columns = open_sheet(path)
    put(sheet, columns, row_of(sheet, columns, "19"), 未公开理由="依法不予公开",
        不予公开情形="个人隐私")
    wb.save(path)
    result = _import(run_cli, example, path)
    assert result.exit_code == 2 and "19" in result.stderr

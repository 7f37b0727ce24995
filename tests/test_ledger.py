"""The tracked ledger: lifecycle across audits, waivers, the Excel round trip, safety."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import threading
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from disclosure_audit.cli.ledger import ExportFormat
from disclosure_audit.errors import InputError
from disclosure_audit.formats.ledger.export import EXPORTS
from disclosure_audit.ledger.lock import locked
from disclosure_audit.ledger.store import load_ledger
from disclosure_audit.services import ledger as service
from disclosure_audit.services.validate import validate_paths

D = dt.date
FIXED = """\
department: 招生就业处
publications:
  - item: "7"
    title: 2022年招生章程
    channel: website
    url: https://www.example.edu.cn/zs/2022.htm
    made: 2022-03-01
    published: 2022-03-10
    clicks: 2
"""
COLUMN = """\
  - item: "7"
    title: 2022年招生章程（信息公开专栏）
    channel: disclosure_column
    url: https://www.example.edu.cn/xxgk/zs2022.htm
    made: 2022-03-01
    published: 2022-03-11
    clicks: 2
"""
# Only items 6, 7 and 19 are in play; the others are declared not applicable to keep it small.
CHECKLIST = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [招生就业处, 财务处, 党政办公室]
items:
  "7": {owner: 招生就业处}
  "19": {owner: 财务处}
  "6": {owner: 党政办公室}
""" + "".join(f'  "{n}": {{not_applicable: 测试}}\n' for n in range(1, 51) if n not in (6, 7, 19))


def update(run_cli, repo: Path, as_of: str, *extra: str):
    result = run_cli("ledger", "update", repo, "--as-of", as_of, *extra)
    assert result.exit_code == 0, result.stderr
    return result


def entries(repo: Path) -> dict:
    return {e.key: e for e in load_ledger(repo / "ledger.yaml").entries}


def history(entry) -> list[tuple]:
    return [(h.date.isoformat(), h.from_status, h.to_status, h.by) for h in entry.history]


def test_lifecycle_over_audits(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    first = update(run_cli, repo, "2022-09-15")
    assert "新增" in first.stdout
    e = entries(repo)
    key = "7/convenience"
    assert e[key].status == "open"
    assert (e[key].opened, e[key].deadline) == (D(2022, 9, 15), D(2022, 10, 18))
    assert history(e[key]) == [("2022-09-15", None, "open", "audit")]
    assert e["19/missing"].problem == "未公开且未说明理由"
    assert len(e) == 1 + 1 + 1  # items 6 and 19 missing (one entry each) + 7's convenience
    # A person edits the ledger by hand: owner, measure and a later deadline are kept.
    data = yaml.safe_load((repo / "ledger.yaml").read_text(encoding="utf-8"))
    for raw in data["entries"]:
        if raw["key"] == "19/missing":
            raw.update(owner="王会计", measure="十月底前公开预算", deadline="2022-11-30")
    (repo / "ledger.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    second = update(run_cli, repo, "2022-10-20")  # nothing fixed: still open, now overdue
    assert "新逾期 2" in second.stdout
    e = entries(repo)
    assert e[key].status == "open" and e[key].opened == D(2022, 9, 15)
    assert e[key].overdue(D(2022, 10, 20))
    assert history(e[key]) == [("2022-09-15", None, "open", "audit")]
    kept = e["19/missing"]
    assert (kept.owner, kept.measure) == ("王会计", "十月底前公开预算")
    assert kept.deadline == D(2022, 11, 30)
    assert not kept.overdue(D(2022, 10, 20))
    overdue = run_cli("ledger", "show", repo, "--status", "overdue", "--as-of", "2022-10-20",
                      "--format", "json")
    assert "19/missing" not in {x["key"] for x in json.loads(overdue.stdout)}
    assert key in {x["key"] for x in json.loads(overdue.stdout)}

    (repo / "declarations/zs.yaml").write_text(FIXED + COLUMN, encoding="utf-8")
    third = update(run_cli, repo, "2022-11-01")  # fixed: done
    assert "已整改关闭 1" in third.stdout
    e = entries(repo)
    assert (e[key].status, e[key].closed) == ("done", D(2022, 11, 1))
    assert history(e[key])[-1] == ("2022-11-01", "open", "done", "audit")

    (repo / "declarations/zs.yaml").write_text(FIXED, encoding="utf-8")
    fourth = update(run_cli, repo, "2022-12-01")  # broken again: reopened, never deleted
    assert "重新打开 1" in fourth.stdout
    e = entries(repo)
    assert (e[key].status, e[key].closed) == ("open", None)
    assert e[key].deadline == D(2022, 12, 29)  # a fresh deadline: 20 working days
    assert e[key].opened == D(2022, 9, 15)
    assert history(e[key]) == [("2022-09-15", None, "open", "audit"),
                               ("2022-11-01", "open", "done", "audit"),
                               ("2022-12-01", "done", "open", "audit")]
    assert e[key].history[-1].note == "reopened"
    assert len(e) == 3  # one entry per problem: 6/missing, 7/convenience, 19/missing


def test_update_refuses_going_back_in_time(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-10-01")
    before = (repo / "ledger.yaml").read_bytes()
    result = run_cli("ledger", "update", repo, "--as-of", "2022-09-01")
    assert result.exit_code == 2 and "2022-10-01" in result.stderr
    assert (repo / "ledger.yaml").read_bytes() == before


WAIVERS = CHECKLIST + """\
waivers:
  - key: 7/convenience
    justification: 招生网迁移中，专栏链接待新站上线后补
    approved_by: 信息公开办公室
    expires: 2022-10-31
  - item: "19"
    justification: 预算批复延迟
"""


def test_waivers_then_expiry(run_cli, make_repo) -> None:
    repo = make_repo(checklist=WAIVERS, files={"declarations/zs.yaml": FIXED})
    first = run_cli("audit", repo, "--as-of", "2022-09-15", "--format", "json")
    ledger = {x["key"]: x for x in json.loads(first.stdout)["ledger"]}
    assert ledger["7/convenience"]["status"] == "waived"
    assert ledger["19/missing"]["status"] == "waived"  # a whole-item waiver covers its entry
    assert ledger["6/missing"]["status"] == "open"
    update(run_cli, repo, "2022-09-15")
    assert entries(repo)["7/convenience"].status == "waived"
    assert entries(repo)["7/convenience"].waiver.startswith("招生网迁移中")
    later = run_cli("audit", repo, "--as-of", "2022-11-02", "--format", "json")
    data = json.loads(later.stdout)
    assert {x["key"]: x["status"] for x in data["ledger"]}["7/convenience"] == "open"
    assert data["notes"][0]["code"] == "waiver-expired"
    out = update(run_cli, repo, "2022-11-02")
    assert "豁免结束 1" in out.stdout
    assert history(entries(repo)["7/convenience"])[-1] == ("2022-11-02", "waived", "open",
                                                          "audit")


def test_waiver_for_unknown_key_is_a_validate_error(make_repo) -> None:
    first = len(CHECKLIST.splitlines()) + 2
    repo = make_repo(checklist=CHECKLIST + "waivers:\n  - {key: 99/timeliness, justification: x}\n"
                     "  - {item: \"7\", key: 7/timeliness, justification: y}\n")
    # errors only: the fixture's 20 and 21 "not_applicable" draw a warning of their own
    problems = [p for p in validate_paths([repo]) if p.severity == "error"]
    assert [(p.code, p.line) for p in problems] == [
        ("waiver-unknown", first), ("waiver-target", first + 1)]
    repo = make_repo(checklist=CHECKLIST + "waivers:\n  - {key: 7/speed, justification: z}\n",
                     name="other")
    assert [p.code for p in validate_paths([repo]) if p.severity == "error"] == [
        "schema-pattern"]


def test_xlsx_round_trip_preserves_edits(run_cli, make_repo, tmp_path) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")
    sheet = tmp_path / "台账.xlsx"
    assert run_cli("ledger", "export", repo, "-o", sheet, "--as-of", "2022-10-20").exit_code == 0
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    rows = {ws.cell(r, col["台账编号"]).value: r for r in range(2, ws.max_row + 1)}
    r = rows["7/convenience"]
    assert ws.cell(r, col["状态"]).value == "已逾期"
    assert ws.cell(r, 1).fill.fgColor.rgb.endswith("FFC7CE")
    ws.cell(r, col["责任人"]).value = "李老师"
    ws.cell(r, col["整改措施"]).value = "在信息公开专栏转载招生章程"
    ws.cell(r, col["状态"]).value = "已完成"
    ws.cell(r, col["完成日期"]).value = dt.datetime(2022, 10, 25)
    ws.cell(r, col["备注"]).value = "已转载"
    r2 = rows["19/missing"]
    ws.cell(r2, col["状态"]).value = "整改中"
    ws.cell(r2, col["责任人"]).value = "王会计"
    bad = rows["6/missing"]
    ws.cell(bad, col["存在问题"]).value = "没有问题"  # only the audit writes problems
    ws.cell(bad, col["责任人"]).value = "不应写入"
    ws.append(["", "", "", "", "", "", "", "", "", "", "", "", "", "42/timeliness"])
    wb.save(sheet)
    result = run_cli("ledger", "import", sheet, "--repo", repo, "--as-of", "2022-10-26")
    assert result.exit_code == 2  # some rows were skipped
    assert "更新 2 条，跳过 2 行" in result.stdout  # only the two rows really edited
    assert f"台账.xlsx[整改台账]:{bad}:{col['存在问题']}: 错误 [import-readonly]" in result.stderr
    assert f":{ws.max_row}:{col['台账编号']}: 错误 [import-unknown-key]" in result.stderr
    e = entries(repo)
    done = e["7/convenience"]
    assert (done.owner, done.note) == ("李老师", "已转载")
    assert done.measure == "在信息公开专栏转载招生章程"
    assert (done.status, done.closed) == ("done", D(2022, 10, 25))
    assert history(done)[-1] == ("2022-10-26", "open", "done", "import")
    assert (e["19/missing"].status, e["19/missing"].owner) == ("in_progress", "王会计")
    assert e["6/missing"].owner == ""  # the bad row was not half-applied
    # The next audit still finds 7/convenience failing (declarations unchanged): reopened.
    update(run_cli, repo, "2022-11-01")
    assert entries(repo)["7/convenience"].status == "open"
    assert entries(repo)["19/missing"].status == "in_progress"


def test_csv_export_defuses_formulas_and_imports_back(run_cli, make_repo, tmp_path) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")
    data = yaml.safe_load((repo / "ledger.yaml").read_text(encoding="utf-8"))
    data["entries"][0]["owner"] = "=HYPERLINK(\"http://evil\")"
    data["entries"][0]["note"] = "@SUM(A1)"
    (repo / "ledger.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "l.csv"
    run_cli("ledger", "export", repo, "-f", "csv", "-o", out, "--as-of", "2022-09-20")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[1][4] == "'=HYPERLINK(\"http://evil\")" and rows[1][12] == "'@SUM(A1)"
    xlsx = tmp_path / "l.xlsx"
    run_cli("ledger", "export", repo, "-o", xlsx, "--as-of", "2022-09-20")
    cell = load_workbook(xlsx).worksheets[0].cell(2, 5)
    assert (cell.value, cell.data_type) == ("=HYPERLINK(\"http://evil\")", "s")
    result = run_cli("ledger", "import", out, "--repo", repo, "--as-of", "2022-09-20")
    assert result.exit_code == 0, result.stderr
    assert entries(repo)[data["entries"][0]["key"]].owner == "=HYPERLINK(\"http://evil\")"


def test_export_formats(run_cli, make_repo, tmp_path) -> None:
    assert {f.value for f in ExportFormat} == set(EXPORTS)
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")
    md = tmp_path / "l.md"
    run_cli("ledger", "export", repo, "-f", "markdown", "-o", md, "--as-of", "2022-10-20")
    text = md.read_text(encoding="utf-8")
    assert "| 序号 | 事项编号 | 事项名称 | 责任部门 | 责任人 | 维度 |" in text
    assert "已逾期 3" in text
    js = tmp_path / "l.json"
    run_cli("ledger", "export", repo, "-f", "json", "-o", js, "--as-of", "2022-10-20")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["totals"]["overdue"] == 3
    assert data["by_department"]["财务处"]["total"]["overdue"] == 1
    assert data["by_department"]["财务处"]["missing"]["overdue"] == 1
    xlsx = tmp_path / "l.xlsx"
    run_cli("ledger", "export", repo, "-o", xlsx, "--as-of", "2022-10-20", "--lang", "en")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Ledger", "Summary"]
    assert book.worksheets[0].freeze_panes == "A2"
    validation = book.worksheets[0].data_validations.dataValidation[0]
    assert validation.formula1 == '"open,in progress,done"'
    summary = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    assert summary[0][:3] == ["Department", "Dimension", "open"]
    assert ["财务处", "Not disclosed", 0, 0, 1, 0, 0, 1] in summary
    assert ["财务处", "Total", 0, 0, 1, 0, 0, 1] in summary


def test_show_filters(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")

    def keys(*args: str) -> set[str]:
        result = run_cli("ledger", "show", repo, "--format", "json", *args)
        return {x["key"] for x in json.loads(result.stdout)}

    assert keys("--as-of", "2022-09-20") == {"6/missing", "7/convenience", "19/missing"}
    assert keys("--department", "招生就业处") == {"7/convenience"}
    assert keys("--status", "overdue", "--as-of", "2022-10-01") == set()
    assert len(keys("--due-within", "40", "--as-of", "2022-09-20")) == 3
    assert keys("--due-within", "10", "--as-of", "2022-09-20") == set()
    assert keys("--status", "done") == set()
    table = run_cli("ledger", "show", repo, "--as-of", "2022-10-20", "--lang", "en")
    assert "overdue" in table.stdout and "3 entries" in table.stdout


def test_failed_write_leaves_the_old_ledger_byte_identical(run_cli, make_repo,
                                                           monkeypatch) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")
    before = (repo / "ledger.yaml").read_bytes()
    (repo / "declarations/zs.yaml").write_text(FIXED + COLUMN, encoding="utf-8")

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)  # the write happens, the rename fails
    with pytest.raises(InputError) as exc:
        service.update_ledger(repo, D(2022, 11, 1), "zh")
    assert exc.value.problems[0].code == "unwritable"
    assert "disk full" in exc.value.problems[0].message("en")
    assert (repo / "ledger.yaml").read_bytes() == before
    assert not [p for p in repo.iterdir() if p.name.endswith(".tmp")]


def test_bad_input_leaves_the_ledger_alone(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    update(run_cli, repo, "2022-09-15")
    before = (repo / "ledger.yaml").read_bytes()
    (repo / "declarations/zs.yaml").write_text(FIXED.replace("website", "tv"), encoding="utf-8")
    result = run_cli("ledger", "update", repo, "--as-of", "2022-10-01")
    assert result.exit_code == 2 and "unknown-channel" in result.stderr
    assert (repo / "ledger.yaml").read_bytes() == before


def test_broken_ledger_file_is_reported_with_position(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={
        "ledger.yaml": "version: 1\nentries:\n  - key: 7/convenience\n    item: '7'\n"
                       "    dimension: convenience\n    opened: 2022-09-31\n"
                       "    deadline: 2022-10-18\n    status: finished\n"})
    result = run_cli("ledger", "show", repo)
    assert result.exit_code == 2
    assert "ledger.yaml:8:13: 错误 [schema-enum]" in result.stderr


def test_lock_serialises_updates(make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/zs.yaml": FIXED})
    path = repo / "ledger.yaml"
    with locked(path), pytest.raises(InputError) as exc, locked(path, timeout=0.2):
        pass
    assert exc.value.problems[0].code == "ledger-locked"
    order: list[str] = []

    def hold() -> None:
        with locked(path):
            order.append("first in")
            threading.Event().wait(0.3)
            order.append("first out")

    thread = threading.Thread(target=hold)
    thread.start()
    threading.Event().wait(0.1)
    service.update_ledger(repo, D(2022, 9, 15), "zh")
    order.append("second done")
    thread.join()
    assert order == ["first in", "first out", "second done"]


def test_show_before_the_first_update(run_cli, make_repo) -> None:
    repo = make_repo(checklist=CHECKLIST)
    result = run_cli("ledger", "show", repo)
    assert result.exit_code == 0
    assert result.stdout.startswith("测试学院 整改台账") and "台账为空" in result.stdout

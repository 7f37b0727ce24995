"""One problem, one ledger entry; measures that fit the finding; upgrading a ledger and a
baseline written by the previous version (issue 11, items 2 and 3)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import yaml

from conftest import DATA, audit_json
from disclosure_audit.i18n import t
from disclosure_audit.ledger.measures import CONTENT_CODES, MEASURED_CODES
from disclosure_audit.ledger.store import load_ledger

D = dt.date
AS_OF = ("--as-of", "2022-09-15")


def audit(run_cli, repo: Path, *extra: str) -> dict:
    return audit_json(run_cli, repo, *extra)


def by_key(data: dict) -> dict:
    return {e["key"]: e for e in data["ledger"]}


# ── one problem, one entry ─────────────────────────────────────────────────────
def test_example_ledger_has_one_entry_per_problem(run_cli, example) -> None:
    data = audit(run_cli, example)
    keys = [e["key"] for e in data["ledger"]]
    assert len(keys) == len(set(keys))
    statuses = {i["id"]: i["status"] for i in data["items"]}
    for item_id, status in statuses.items():
        mine = [k for k in keys if k.split("/")[0] == item_id]
        if status in ("missing", "not_yet_made"):
            assert mine == [f"{item_id}/missing"]
        elif status == "internal_only":
            assert mine == [f"{item_id}/internal_only"]
    entry = by_key(data)["37/internal_only"]  # five elements, one fix
    assert entry["dimension"] is None and entry["kind_text"] == "仅校内公开"
    assert "勤工俭学申请与管理规定" in entry["measure"]
    assert by_key(data)["16/missing"]["problem"].startswith("未公开且未说明理由")


def test_department_counts_are_ledger_entries(run_cli, example) -> None:
    data = audit(run_cli, example)
    for name, row in data["summary"]["by_department"].items():
        assert row["failures"] == sum(1 for e in data["ledger"] if e["department"] == name)
    assert data["summary"]["by_department"]["科研处"]["failures"] == 3  # 4, 41 and 42


# ── measures that fit the finding ─────────────────────────────────────────────
def test_each_finding_code_has_a_measure_in_both_languages() -> None:
    # nothing disclosed (with or without the 本期未发生 option) uses the same base measure
    for code in set(MEASURED_CODES) - CONTENT_CODES | {"not-disclosed-no-reason",
                                                        "or-not-occurred"}:
        for lang in ("zh", "en"):
            assert t(f"measure.{code}", lang) != f"measure.{code}", code


def test_example_measures_fit_their_findings(run_cli, example) -> None:
    entries = by_key(audit(run_cli, example))
    image = entries["21/convenience"]
    assert "文字版" in image["measure"] and "信息公开专栏按清单分类" not in image["measure"]
    report = entries["6/timeliness"]
    assert "2021-2022 学年信息公开年度报告" in report["measure"]
    assert report["deadline"] == "2022-10-31"  # the next report's due date
    assert "停招专业名单" in entries["28/completeness"]["measure"]
    assert "本期未发生" in entries["28/completeness"]["measure"]  # an event-driven element
    late = entries["1/timeliness"]["measure"]
    assert "流程" in late and "下一检查期" in late
    assert "形成日期" in entries["31/unknown_date"]["measure"]
    assert "预计 2022-12-31 形成" in entries["41/missing"]["measure"]


def test_school_overrides_a_measure_per_item_and_code(run_cli, example) -> None:
    checklist = example / "checklist.yaml"
    text = checklist.read_text(encoding="utf-8").replace(
        '"21": {owner: 财务处}',
        '"21": {owner: 财务处, measures: {unreadable-format: 收费公示表改为网页文字版},'
        ' measures_en: {unreadable-format: Publish the fee table as a web page}}')
    checklist.write_text(text, encoding="utf-8")
    entry = by_key(audit(run_cli, example))["21/convenience"]
    assert entry["measure"] == "收费公示表改为网页文字版。"
    en = by_key(audit(run_cli, example, "--lang", "en"))["21/convenience"]
    assert en["measure"] == "Publish the fee table as a web page."
    checklist.write_text(text.replace("unreadable-format: 收费", "blurry: 收费"),
                         encoding="utf-8")
    result = run_cli("validate", example, "--format", "json")
    problems = json.loads(result.stdout)
    assert result.exit_code == 1 and problems[0]["path"].endswith("checklist.yaml")
    assert problems[0]["code"] == "schema-enum" and problems[0]["line"] == text.splitlines(
        ).index(next(x for x in text.splitlines() if x.startswith('  "21"'))) + 1


# ── upgrading what the previous version wrote ─────────────────────────────────
def test_previous_version_ledger_is_migrated_without_losing_human_edits(run_cli,
                                                                        example) -> None:
    shutil.copy(DATA / "legacy-v1" / "ledger.yaml", example / "ledger.yaml")
    old = {e.key: e for e in load_ledger(example / "ledger.yaml").entries}
    assert run_cli("validate", example).exit_code == 0
    assert run_cli("ledger", "show", example).exit_code == 0  # readable before any update
    result = run_cli("ledger", "update", example, "--as-of", "2022-11-15")
    assert result.exit_code == 0, result.stderr
    assert "已升级旧版台账" in result.stdout
    raw = yaml.safe_load((example / "ledger.yaml").read_text(encoding="utf-8"))
    assert raw["version"] == 2
    new = {e.key: e for e in load_ledger(example / "ledger.yaml").entries}
    # every person-written value of the old ledger is still there
    for entry in old.values():
        target = next(e for e in new.values() if e.item == entry.item and (
            e.key == entry.key or any(entry.key in (h.note or "") for h in e.history)))
        for value in (entry.owner, entry.note):
            assert value in (target.owner + target.note)
        assert entry.opened >= target.opened
        if entry.status != "done":
            assert entry.deadline <= target.deadline or target.key == entry.key
    internal = new["3/internal_only"]
    assert (internal.owner, internal.note) == ("李华", "工会已提交公开申请")
    assert internal.measure == "教代会制度和工作报告挂到信息公开专栏“基本信息”栏目"
    assert new["29/missing"].deadline == D(2022, 11, 30)  # the person's extension
    assert new["36/internal_only"].status == "in_progress"
    notes = [h.note for h in new["37/internal_only"].history]
    assert "37/availability" in notes and "37/availability: reopened" in notes
    assert new["37/internal_only"].history[-1].by == "migration"
    assert not any(k in new for k in ("3/availability", "16/completeness", "29/convenience"))
    assert new["31/unknown_date"].opened == D(2022, 9, 15)
    again = run_cli("ledger", "update", example, "--as-of", "2022-11-20")
    assert "已升级旧版台账" not in again.stdout and "新增 0" in again.stdout


def test_previous_version_generic_measures_give_way_to_ones_that_fit(run_cli,
                                                                     example) -> None:
    # The first version wrote one generic measure per dimension into every entry; entries the
    # upgrade keeps (not folded into <item>/missing) kept that text: 21's image was told
    # "在信息公开专栏按清单分类发布…". A measure a person wrote still survives.
    legacy = (DATA / "legacy-v1" / "ledger.yaml").read_text(encoding="utf-8")
    human = "请党政办在官网首页加链接"
    marker = "- key: 1/convenience\n"
    head, tail = legacy.split(marker)
    old = ("在信息公开专栏按清单分类发布，首页3次点击内可达，"
           "使用可检索的文字格式（HTML或文字版PDF）。")
    (example / "ledger.yaml").write_text(head + marker + tail.replace(old, human, 1),
                                         encoding="utf-8")
    assert run_cli("ledger", "update", example, "--as-of", "2022-11-15").exit_code == 0
    new = {e.key: e for e in load_ledger(example / "ledger.yaml").entries}
    assert new["1/convenience"].measure == human
    assert "文字版" in new["21/convenience"].measure and old not in new["21/convenience"].measure
    assert "补充公开缺少的要素：学科情况" in new["1/completeness"].measure
    assert "流程" in new["1/timeliness"].measure  # a process measure for a late publication
    shown = run_cli("--lang", "en", "ledger", "show", example).stdout
    assert old not in shown


def test_previous_version_baseline_reports_no_known_problem_as_new(run_cli, example) -> None:
    base = DATA / "legacy-v1" / "result.json"
    assert json.loads(base.read_text(encoding="utf-8"))["schema_version"] == 1
    data = audit(run_cli, example, "--baseline", base)
    # what is left is new under the new rules: 19 late by 《预算法》, 27's teacher figures
    assert [e["key"] for e in data["ledger"]] == ["19/timeliness", "27/missing"]
    assert {"3/internal_only", "16/missing", "31/unknown_date", "41/missing"} <= set(
        data["baseline"]["suppressed"])
    diff = json.loads(run_cli("diff", base, _result(run_cli, example), "--format",
                              "json").stdout)
    assert diff["regressed"] == ["19/timeliness", "27/missing"]


def _result(run_cli, repo: Path) -> Path:
    path = repo / "new.json"
    run_cli("audit", repo, *AS_OF, "--format", f"json:{path}")
    return path

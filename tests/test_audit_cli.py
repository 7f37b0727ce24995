"""``audit`` through the CLI: formats, the JSON contract, thresholds, errors and languages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE, GOOD_DECLARATION
from disclosure_audit.formats import FORMATS
from disclosure_audit.i18n import t

DIMENSIONS = ["completeness", "availability", "timeliness", "convenience"]
DECL = GOOD_DECLARATION


def audit_json(run_cli, *args) -> dict:
    result = run_cli("audit", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_contract(run_cli) -> None:
    data = audit_json(run_cli, EXAMPLE, "--as-of", "2022-09-15")
    contract = {"institution", "checklist", "as_of", "period", "summary", "items", "ledger"}
    assert contract <= set(data)
    assert data["institution"] == {"name": "株洲师范高等专科学校", "kind": "vocational"}
    assert data["as_of"] == "2022-09-15"
    assert data["period"] == {"start": "2021-09-01", "end": "2022-08-31"}
    assert {"score", "by_dimension", "by_department", "counts"} <= set(data["summary"])
    assert set(data["summary"]["by_dimension"]) == set(DIMENSIONS)
    for item in data["items"]:
        fields = {"id", "title", "category", "department", "status", "score", "dimensions"}
        assert fields <= set(item)
        assert {"elements", "withheld", "report"} <= set(item)
        if item["status"] in ("not_applicable", "exempt", "not_occurred"):
            assert item["score"] is None and item["dimensions"] == {}
        else:
            assert set(item["dimensions"]) == set(DIMENSIONS)
            for dim in item["dimensions"].values():
                assert {"score", "passed", "findings"} <= set(dim)
                assert dim["passed"] in (True, False, None)
                assert (dim["score"] is None) == (dim["passed"] is None)
    assert data["schema_version"] == 2
    for entry in data["ledger"]:
        assert {"key", "item", "title", "department", "kind", "dimension", "problem", "reason",
                "measure", "deadline", "status"} <= set(entry)
        assert entry["key"] == f"{entry['item']}/{entry['kind']}"
        assert entry["status"] == "open"


def test_example_findings_match_the_seed_report(run_cli) -> None:
    data = audit_json(run_cli, EXAMPLE, "--as-of", "2022-09-15")
    items = {i["id"]: i for i in data["items"]}
    # Plans and rules shared only via OA / WeCom / QQ groups are not available to the public.
    assert not items["5"]["dimensions"]["availability"]["passed"]
    assert "OA/企业微信" in items["5"]["dimensions"]["availability"]["findings"][0]["message"]
    # Budget and final accounts are in the disclosure column: compliant.
    assert items["20"]["status"] == "compliant"
    # …but the 2021 budget came 26 calendar days after approval: 《预算法》第十四条 allows 20.
    late = items["19"]["dimensions"]["timeliness"]["findings"][0]
    assert items["19"]["status"] == "partial" and late["code"] == "late"
    assert "26 日" in late["message"] and "《预算法》第十四条" in late["message"]
    # Graduate items do not apply to a vocational college; the school's own counterpart does.
    assert items["11"]["status"] == "not_applicable" and "V1" in items
    assert items["41"]["status"] == "not_yet_made"
    assert items["42"]["status"] == "missing"
    assert items["17"]["status"] == "not_applicable"
    # Shared only on OA, in groups or at a meeting: the public sees nothing, the item earns 0.
    for item_id in ("3", "5", "36", "37"):
        assert (items[item_id]["status"], items[item_id]["score"]) == ("internal_only", 0.0)
    # The party committee was formed in May 2022: no inspection in the period (本期未发生).
    assert (items["49"]["status"], items["49"]["score"]) == ("not_occurred", None)
    # One element of 50 is withheld for privacy; the rest is still scored.
    assert [(w["element"], w["reason"], w["ground"]) for w in items["50"]["withheld"]] == [
        ("重大事件调查和处理情况", "exempt", "privacy")]
    assert items["50"]["status"] == "partial"
    assert "重大事件调查和处理情况" not in items["50"]["elements"]
    assert data["unclassified"][0]["title"] == "2022年迎新工作安排"
    keys = {e["key"] for e in data["ledger"]}
    assert {"6/timeliness", "21/convenience", "V1/convenience", "1/timeliness"} <= keys


def test_example_table_in_chinese_and_english(run_cli, golden) -> None:
    zh = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15")
    assert zh.exit_code == 0
    assert "整改台账" in zh.stdout and "条目完整性" in zh.stdout and "部分合规" in zh.stdout
    golden("zhuzhou-2022.zh.txt", zh.stdout)
    en = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--lang", "en")
    assert "Rectification ledger" in en.stdout and "Completeness" in en.stdout
    golden("zhuzhou-2022.en.txt", en.stdout)


def test_example_json_golden(run_cli, golden) -> None:
    result = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--format", "json")
    golden("zhuzhou-2022.json", result.stdout)


def test_markdown_and_csv(run_cli, tmp_path) -> None:
    md = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--format", "markdown")
    assert md.stdout.startswith("# 株洲师范高等专科学校")
    assert "| 6/timeliness | 党政办公室 | 更新及时性 |" in md.stdout
    assert "| 50 | 重大事件调查和处理情况 | 依法不予公开 | 个人隐私 |" in md.stdout
    out = tmp_path / "r.csv"
    result = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--format", "csv", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())  # Excel needs the BOM to show Chinese
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:5] == ["编号", "类别", "事项", "责任部门", "状态"]
    assert len(rows) == 1 + 51  # 50 MOE items + the school's V1


def test_fail_under_overall_and_per_dimension(run_cli) -> None:
    base = ["audit", EXAMPLE, "--as-of", "2022-09-15", "--format", "json"]
    assert run_cli(*base, "--fail-under", "40").exit_code == 0
    low = run_cli(*base, "--fail-under", "90")
    assert low.exit_code == 1 and "低于要求的 90" in low.stderr
    dim = run_cli(*base, "--fail-under", "convenience=60", "--lang", "en")
    assert dim.exit_code == 1 and "Convenience score" in dim.stderr
    assert run_cli(*base, "--fail-under", "timeliness=60").exit_code == 0
    assert run_cli(*base, "--fail-under", "speed=60").exit_code == 2


def test_department_filter(run_cli) -> None:
    data = audit_json(run_cli, EXAMPLE, "--as-of", "2022-09-15", "--department", "财务处")
    assert {i["department"] for i in data["items"]} == {"财务处"}
    assert {e["department"] for e in data["ledger"]} == {"财务处"}
    bad = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--department", "宣传部")
    assert bad.exit_code == 2 and "宣传部" in bad.stderr


def test_input_errors_exit_2_with_positions_and_no_traceback(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": DECL.replace("2022-03-10", "2022-02-30")})
    result = run_cli("audit", repo, "--as-of", "2022-09-15")
    assert result.exit_code == 2
    assert "declarations/zs.yaml:8:16: 错误 [date-calendar]" in result.stderr
    assert "修改建议" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_cli("audit", repo, "--as-of", "someday").exit_code == 2
    assert run_cli("audit", repo.parent / "nothing").exit_code == 2


def test_small_repo_scores(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": DECL})
    data = audit_json(run_cli, repo, "--as-of", "2022-09-15")
    items = {i["id"]: i for i in data["items"]}
    assert items["7"]["status"] == "compliant" and items["7"]["score"] == 100.0
    assert items["6"]["status"] == "missing"
    assert items["1"]["findings"][0]["code"] == "no-owner"
    assert data["summary"]["counts"]["compliant"] == 1


def test_published_after_as_of_is_a_warning(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": DECL})
    result = run_cli("audit", repo, "--as-of", "2022-03-05", "--format", "json")
    assert result.exit_code == 0
    assert "published-after-as-of" in result.stderr
    assert json.loads(result.stdout)["warnings"][0]["code"] == "published-after-as-of"


def test_explain_classification(run_cli) -> None:
    result = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--explain-classification")
    assert "按标题归类（4 行未写事项编号）" in result.stdout
    assert ("2022年单招成绩及入围名单公示\n  → 已归入事项 8；关键词：单招…成绩；得分 4"
            in result.stdout)
    assert "2022年迎新工作安排\n  → 没有命中任何关键词" in result.stdout
    assert "无法归类的发布（1 条" in result.stdout
    # 迎新工作安排 is news: the clerk must not be told it lacks an item id
    assert "新闻等其他信息无须补填，只计入年度报告的统计" in "".join(result.stdout.split())


def test_default_review_period_is_the_last_academic_year(run_cli, make_repo) -> None:
    checklist = "extends: moe-2014\ninstitution: {name: x, kind: undergraduate}\n"
    repo = make_repo(checklist=checklist, files={"declarations/zs.yaml": DECL})
    data = audit_json(run_cli, repo, "--as-of", "2023-03-01")
    assert data["period"] == {"start": "2021-09-01", "end": "2022-08-31"}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_registered_format_renders_and_is_documented(run_cli, tmp_path, name) -> None:
    out = tmp_path / f"out{FORMATS[name].suffix}"
    result = run_cli("audit", EXAMPLE, "--as-of", "2022-09-15", "--format", f"{name}:{out}")
    assert result.exit_code == 0, result.stderr
    assert out.stat().st_size > 100
    assert name in t("help.formats", "en") and name in t("help.formats", "zh")


def test_version_and_help(run_cli) -> None:
    assert run_cli("--version").stdout.strip() == "disclosure-audit 0.1.0"
    help_text = run_cli("--help").stdout
    assert "validate" in help_text and "audit" in help_text and "checklist" in help_text


def test_help_does_not_import_heavy_modules() -> None:
    code = ("import sys; from disclosure_audit.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('HEAVY:' + ','.join(m for m in ('jsonschema', 'openpyxl', 'httpx', 'holidays')"
            " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_checklist_list_json(run_cli) -> None:
    data = json.loads(run_cli("checklist", "list", "--format", "json").stdout)
    assert len(data["items"]) == 50
    assert [c["items"] for c in data["categories"]] == [6, 8, 7, 5, 9, 4, 3, 4, 2, 2]
    vocational = json.loads(run_cli("checklist", "list", "--kind", "vocational", "--format",
                                    "json").stdout)
    assert "12" not in {i["id"] for i in vocational["items"]}


def test_checklist_list_table_and_show(run_cli) -> None:
    table = run_cli("checklist", "list", "--checklist", EXAMPLE / "checklist.yaml")
    assert "高等职业教育质量年度报告" in table.stdout and "党政办公室" in table.stdout
    shown = run_cli("checklist", "show", "19")
    assert "收支预算总表、收入预算表" in shown.stdout
    en = run_cli("checklist", "show", "6", "--lang", "en")
    assert "annual (due 10-31)" in en.stdout
    assert run_cli("checklist", "show", "99").exit_code == 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_unexpected_errors_are_reported_as_bugs(run_cli, monkeypatch, lang) -> None:
    from disclosure_audit.services import audit

    def boom(_request):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(audit, "run", boom)
    result = run_cli("--lang", lang, "audit", EXAMPLE)
    assert result.exit_code == 3
    assert "kaboom" in result.stderr and "Traceback" not in result.stderr

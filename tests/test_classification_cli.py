"""Classification seen by users: the audit's JSON list and explanation, what classified rows
count for, and a school's ``classification:`` section checked by ``validate``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import EXAMPLE
from disclosure_audit.model import Declarations
from disclosure_audit.services.audit import score
from disclosure_audit.sources import read_declarations
from disclosure_audit.spec import load_checklist

VOCATIONAL = """\
extends: moe-2014
institution: {name: 测试职业技术学院, kind: vocational}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [招生就业处, 党政办公室]
items:
  "1": {owner: 党政办公室}
  "8": {owner: 招生就业处}
  "47": {not_applicable: 学校暂无中外合作办学项目}
"""

# One row for each outcome, in a CSV as a CMS exports it (no item ids).
ROWS = """\
标题,渠道,链接,形成日期,发布日期
2022年单独招生拟录取名单公示,官网,https://zs.example.cn/a.htm,2022-04-20,2022-04-22
2022年硕士研究生拟录取名单公示,官网,https://zs.example.cn/b.htm,2022-04-20,2022-04-22
学校召开2022年招生工作动员部署会,官网,https://www.example.cn/c.htm,2022-03-01,2022-03-02
招生章程与录取查询,官网,https://zs.example.cn/d.htm,2022-03-01,2022-03-02
中外合作办学项目年度报告,官网,https://www.example.cn/e.htm,2022-03-01,2022-03-02
2022年迎新工作安排,官网,https://www.example.cn/f.htm,2022-08-15,2022-08-20
学校简介,信息公开专栏,https://www.example.cn/g.htm,2022-03-01,2022-03-02
"""


@pytest.fixture
def repo(make_repo):
    return make_repo(checklist=VOCATIONAL, files={"declarations/招生就业处.csv": ROWS})


def audit_json(run_cli, repo, *args: str) -> dict:
    result = run_cli("audit", repo, "--as-of", "2022-09-15", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_lists_every_row_without_an_item_id_with_its_outcome(run_cli, repo) -> None:
    data = audit_json(run_cli, repo)
    rows = {r["title"]: r for r in data["classification"]}
    assert [r["title"] for r in data["classification"]] == [
        line.split(",")[0] for line in ROWS.splitlines()[1:]]
    assert {t: (r["status"], r["item"]) for t, r in rows.items()} == {
        "2022年单独招生拟录取名单公示": ("assigned", "8"),
        "2022年硕士研究生拟录取名单公示": ("not_applicable", None),
        "学校召开2022年招生工作动员部署会": ("excluded", None),
        "招生章程与录取查询": ("ambiguous", None),
        "中外合作办学项目年度报告": ("not_applicable", None),
        "2022年迎新工作安排": ("unmatched", None),
        "学校简介": ("assigned", "1"),
    }
    first = rows["2022年单独招生拟录取名单公示"]
    assert first["source"].endswith("declarations/招生就业处.csv:2")
    assert first["candidates"][0] == {"item": "8", "score": first["score"], "generic": 0,
                                      "matched": first["matched"]}
    assert first["elements"] == []  # its title names neither element of item 8
    ambiguous = rows["招生章程与录取查询"]
    assert [c["item"] for c in ambiguous["candidates"]] == ["7", "9"]
    assert rows["学校召开2022年招生工作动员部署会"]["excluded_by"] == ["召开…会", "动员部署",
                                                                   "部署会"]
    # Not applicable rows say why: the kind's note, or the school's own reason.
    assert "不招收研究生" in rows["2022年硕士研究生拟录取名单公示"]["reason"]
    assert rows["中外合作办学项目年度报告"]["reason"] == "学校暂无中外合作办学项目"


def test_rows_whose_best_match_does_not_apply_are_listed_never_dropped(run_cli, repo) -> None:
    data = audit_json(run_cli, repo)
    items = {i["id"]: i for i in data["items"]}
    # The issue: this row went to item 13 (graduate admissions) and vanished.
    assert items["8"]["publications"] == 1
    assert items["13"]["publications"] == 0 and items["47"]["publications"] == 0
    listed = {u["title"]: (u["status"], u["candidates"][:1]) for u in data["unclassified"]}
    assert listed["2022年硕士研究生拟录取名单公示"] == ("not_applicable", ["13"])
    assert listed["中外合作办学项目年度报告"] == ("not_applicable", ["47"])
    assert len(data["unclassified"]) == 5  # all but the two assigned rows


def test_a_classified_row_naming_no_element_covers_none(run_cli, repo) -> None:
    data = audit_json(run_cli, repo)
    item_1 = next(i for i in data["items"] if i["id"] == "1")
    # Before: every element covered, compliant. A row naming no element discloses nothing yet.
    assert item_1["status"] == "missing"
    completeness = item_1["dimensions"]["completeness"]
    assert completeness["score"] == 0.0
    assert [f["code"] for f in completeness["findings"]] == ["not-disclosed-no-reason",
                                                              "elements-unknown"]
    assert "《学校简介》" in completeness["findings"][1]["message"]
    warnings = [w for w in data["warnings"] if w["code"] == "classified-no-elements"]
    # Item 8's row names neither of its elements either: both rows are asked for them.
    assert [(w["line"], w["column"]) for w in warnings] == [(2, 1), (8, 1)]
    warning = warnings[1]
    assert "《学校简介》" in warning["message"]
    assert "elements" in warning["hint"]


def test_a_row_naming_no_element_gets_a_measure_asking_for_its_elements(run_cli, repo,
                                                                         make_repo) -> None:
    # The ledger's measure was the raw catalogue key "measure.elements-unknown".
    for lang, words in (("zh", "填写 elements"), ("en", "fill in the elements")):
        data = audit_json(run_cli, repo, "--lang", lang)
        entries = {e["key"]: e for e in data["ledger"]}
        assert not [e["key"] for e in data["ledger"] if "measure." in e["measure"]]
        for key in ("1/missing", "8/missing"):
            assert words in entries[key]["measure"] and "《" in entries[key]["measure"], lang
    # and a school may word it itself, like any other finding's measure
    own = VOCATIONAL.replace('"1": {owner: 党政办公室}',
                             '"1": {owner: 党政办公室, measures: {elements-unknown: 简介注明要素}}')
    school = make_repo(checklist=own, files={"declarations/招生就业处.csv": ROWS})
    assert run_cli("validate", school).exit_code == 0
    entries = {e["key"]: e for e in audit_json(run_cli, school)["ledger"]}
    assert "简介注明要素" in entries["1/missing"]["measure"]
    assert "简介注明要素" not in entries["8/missing"]["measure"]


def test_a_row_with_an_item_id_and_no_elements_still_covers_them_all(make_repo) -> None:
    declaration = ("department: 党政办公室\npublications:\n"
                   "  - {item: \"1\", title: 学校简介, channel: disclosure_column,"
                   " url: \"https://a.cn/g.htm\", made: 2022-03-01, published: 2022-03-02}\n")
    repo = make_repo(checklist=VOCATIONAL, files={"declarations/党政办公室.yaml": declaration})
    checklist, _ = load_checklist(repo / "checklist.yaml", repo_root=repo)
    declarations, _ = read_declarations([repo / "declarations/党政办公室.yaml"], checklist)
    result = score(checklist, declarations, dt.date(2022, 9, 15))
    item_1 = next(r for r in result.items if r.item.id == "1")
    assert item_1.scores["completeness"].passed
    assert declarations.classified == []


def test_explanation_shows_keywords_exclusions_score_and_runner_up(run_cli, repo) -> None:
    result = run_cli("audit", repo, "--as-of", "2022-09-15", "--explain-classification")
    out = result.stdout
    assert "按标题归类（7 行未写事项编号）" in out
    assert "已归入事项 8；关键词：单独招生…名单；得分 6" in out
    assert "新闻、会议或工作通知，不是信息公开；排除规则：召开…会、动员部署、部署会" in out
    assert ("有歧义，未归类；关键词：招生章程；得分 4；候选：7（4）、9（4）；"
            "须领先 2 分才归类") in out
    assert "最接近的事项 13 不适用本校" in out and "原因：仅适用于招收研究生的学校" in out
    assert "已归入事项 1" in out and "标题未指明要素，请填写 elements" in out


def test_explanation_fits_an_80_column_terminal(repo) -> None:
    from rich.cells import cell_len

    from disclosure_audit.formats.classification import explanation
    from disclosure_audit.formats.console import capture

    checklist, _ = load_checklist(repo / "checklist.yaml", repo_root=repo)
    declarations, _ = read_declarations([repo / "declarations/招生就业处.csv"], checklist)
    console, buffer = capture(80, False)
    console.print(explanation(score(checklist, declarations, dt.date(2022, 9, 15)), "zh"))
    lines = buffer.getvalue().splitlines()
    assert len(lines) > 14 and max(cell_len(line) for line in lines) <= 80


def test_explanation_wraps_after_its_arrow(run_cli, make_repo) -> None:
    # A long outcome without spaces jumped whole to the next line at 80 columns, leaving
    # "→" alone above it; it now starts after the arrow and wraps under itself.
    rows = "标题,渠道,链接,形成日期,发布日期\n" + "".join(
        f"{title},官网,https://www.example.cn/{i}.htm,2022-03-01,2022-03-02\n"
        for i, title in enumerate(["学校召开2022年度教职工代表大会", "学校召开巡视整改工作推进会"]))
    repo = make_repo(checklist=VOCATIONAL, files={"declarations/党政办公室.csv": rows})
    out = run_cli("audit", repo, "--as-of", "2022-09-15", "--explain-classification",
                  env={"COLUMNS": "80"}).stdout
    lines = out.split("按标题归类", 1)[1].splitlines()
    arrows = [i for i, line in enumerate(lines) if line.startswith("  →")]
    assert len(arrows) == 2
    for i in arrows:
        assert lines[i].startswith("  → 新闻、会议或工作通知") and lines[i + 1].startswith("    ")


def test_explanation_in_english(run_cli, repo) -> None:
    result = run_cli("--lang", "en", "audit", repo, "--as-of", "2022-09-15",
                     "--explain-classification")
    out = result.stdout
    assert "Classification of rows without an item id (7)" in out
    assert "assigned to item 8; keywords: 单独招生…名单; score 6" in out
    assert ("news, a meeting or a procedure, not a disclosure; exclusions: 召开…会, 动员部署, "
            "部署会") in out


def test_without_the_option_only_the_rows_not_assigned_are_listed(run_cli, repo) -> None:
    out = run_cli("audit", repo, "--as-of", "2022-09-15").stdout
    assert "按标题归类（" not in out
    assert "无法归类的发布（5 条" in out
    assert "不适用：13" in out and "有歧义：7、9" in out


def test_the_example_has_every_row_in_the_list(run_cli) -> None:
    data = audit_json(run_cli, EXAMPLE)
    assert [(r["status"], r["item"]) for r in data["classification"]] == [
        ("assigned", "7"), ("assigned", "8"), ("assigned", "10"), ("unmatched", None)]


# ── the school's classification section, checked ──────────────────────────────

SCHOOL = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
classification:
  exclude: [校园开放日, "办法//细则"]
  generic: ["通知…公告"]
  keywords:
    "7": [招生宣传册]
    "99": [不存在的事项]
items:
  "28":
    element_keywords:
      新增专业: [新增…专业]
    exclude_keywords: ["…"]
"""


def test_validate_locates_every_mistake_in_the_classification_section(run_cli,
                                                                      make_repo) -> None:
    repo = make_repo(checklist=SCHOOL)
    result = run_cli("validate", repo, "--format", "json")
    assert result.exit_code == 1
    found = {(p["code"], p["line"], p["column"]) for p in json.loads(result.stdout)}
    assert found == {("bad-pattern", 4, 20), ("generic-not-word", 5, 13),
                     ("classification-unknown-item", 8, 5),
                     ("element-keywords-unknown", 12, 7), ("bad-pattern", 13, 24)}


def test_classification_mistakes_come_with_a_hint(run_cli, make_repo) -> None:
    repo = make_repo(checklist=SCHOOL)
    out = run_cli("validate", repo).stdout
    assert "“新增…专业” 表示按顺序出现" in out
    assert "classification.keywords 中的事项 99 不在清单中" in out
    assert "“新增专业” 不是事项 28 的要素" in out


def test_a_school_section_of_the_wrong_shape_is_a_schema_error(run_cli, make_repo) -> None:
    repo = make_repo(checklist="extends: moe-2014\ninstitution: {name: x, kind: vocational}\n"
                               "classification:\n  keywords: {\"7\": 招生简章}\n  margin: 0\n")
    result = run_cli("validate", repo, "--format", "json")
    codes = sorted(p["code"] for p in json.loads(result.stdout))
    assert codes == ["schema-minimum", "schema-type"]


def test_library_and_cli_agree(repo) -> None:
    checklist, _ = load_checklist(repo / "checklist.yaml", repo_root=repo)
    declarations, _ = read_declarations([repo / "declarations/招生就业处.csv"], checklist)
    assert isinstance(declarations, Declarations)
    assert [r.outcome.status for r in declarations.classified].count("assigned") == 2


def test_the_readme_example_of_school_rules_is_valid_and_works(run_cli, make_repo) -> None:
    readme = (EXAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Adding school-specific keywords"):]
    block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    own_item = ('  "V1": {category: teaching, title: 高等职业教育质量年度报告,'
                ' elements: [高等职业教育质量年度报告], cadence: annual}\n')
    checklist = ("extends: moe-2014\ninstitution: {name: 测试学院, kind: vocational}\n"
                 + block.replace("items:\n", "items:\n" + own_item))
    rows = ("标题,渠道,链接,发布日期\n2023年人才培养质量年度报告,官网,https://a.cn/1.htm,2023-01-05\n"
            "2023年迎新工作安排,官网,https://a.cn/2.htm,2023-08-20\n")
    repo = make_repo(checklist=checklist, files={"declarations/教务处.csv": rows})
    assert run_cli("validate", repo).exit_code == 0
    data = audit_json(run_cli, repo)
    assert [(r["status"], r["item"]) for r in data["classification"]] == [
        ("assigned", "V1"), ("excluded", None)]


def test_checklist_views_show_the_new_keyword_fields(run_cli) -> None:
    shown = run_cli("checklist", "show", "10").stdout
    assert "exclude_keywords: 研究生、硕士、博士、研招" in shown
    assert "element_keywords[考生申诉渠道]: 申诉" in shown
    data = json.loads(run_cli("checklist", "list", "--format", "json").stdout)
    item = next(i for i in data["items"] if i["id"] == "10")
    assert item["element_keywords"]["考生申诉渠道"] == ["申诉"]
    assert "研究生" in item["exclude_keywords"]


def test_the_scaffold_shows_how_to_add_school_rules_and_they_validate(run_cli, tmp_path) -> None:
    repo = tmp_path / "school"
    assert run_cli("init", repo, "--institution", "测试学院", "--kind", "vocational").exit_code == 0
    path = repo / "checklist.yaml"
    text = path.read_text(encoding="utf-8")
    assert "# classification:" in text
    lines = text.splitlines()
    start = lines.index("# classification:")
    uncommented = [line[2:] if start <= i < start + 4 else line for i, line in enumerate(lines)]
    path.write_text("\n".join(uncommented) + "\n", encoding="utf-8")
    assert run_cli("validate", repo).exit_code == 0
    checklist, _ = load_checklist(path, repo_root=repo)
    assert "校园开放日" in checklist.classification.exclude
    assert "招生…简章/章程" in checklist.item("7").keywords


def test_a_school_that_rewrites_an_items_elements_is_not_blamed_for_the_shipped_keywords(
        run_cli, make_repo) -> None:
    checklist = ("extends: moe-2014\ninstitution: {name: x, kind: vocational}\n"
                 'items:\n  "1": {elements: [学校概况, 领导分工]}\n'
                 '  "2":\n    elements: [章程]\n    element_keywords: {学校章程: [章程]}\n')
    repo = make_repo(checklist=checklist)
    problems = json.loads(run_cli("validate", repo, "--format", "json").stdout)
    # Item 1's shipped element_keywords name the old elements: dropped silently. Item 2's were
    # written by the school next to its new elements: checked, and the key is wrong.
    assert [(p["code"], p["path"].endswith("checklist.yaml"), p["line"]) for p in problems] == [
        ("element-keywords-unknown", True, 7)]
    loaded, _ = load_checklist(repo / "checklist.yaml", repo_root=repo)
    assert loaded is None
    fixed = checklist.replace("{学校章程: [章程]}", "{章程: [章程]}")
    repo = make_repo(checklist=fixed, name="fixed")
    loaded, _ = load_checklist(repo / "checklist.yaml", repo_root=repo)
    assert loaded.item("1").element_keywords == {}
    assert loaded.item("2").element_keywords == {"章程": ("章程",)}

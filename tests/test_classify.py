"""The classification rules one by one: patterns, exclusions, specific before generic, margins,
items that do not apply, elements, and what a school adds in its checklist."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from disclosure_audit.model import Checklist
from disclosure_audit.sources.classify import classify
from disclosure_audit.sources.elements import title_elements
from disclosure_audit.sources.patterns import PatternError, compile_pattern, normalize
from disclosure_audit.spec import load_checklist


def school(tmp_path: Path, kind: str = "undergraduate", extra: str = "") -> Checklist:
    """A school's checklist extending the shipped list, with ``extra`` YAML appended."""
    path = tmp_path / f"{kind}.yaml"
    path.write_text(f"extends: moe-2014\ninstitution: {{name: 测试学校, kind: {kind}}}\n"
                    + textwrap.dedent(extra), encoding="utf-8")
    checklist, problems = load_checklist(path, repo_root=tmp_path)
    assert checklist is not None, [p.render() for p in problems]
    return checklist


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Checklist]:
    folder = tmp_path_factory.mktemp("kinds")
    return {k: school(folder, k) for k in ("vocational", "undergraduate", "graduate")}


# ── the pattern syntax ─────────────────────────────────────────────────────────

@pytest.mark.parametrize(("pattern", "title", "matched"), [
    ("新增…专业", "2023年新增本科专业名单", "新增…专业"),
    ("新增…专业", "新增专业", "新增…专业"),             # a gap may be empty
    ("新增…专业", "专业新增", None),                      # in order only
    ("召开……会", "学校召开2024年工作会议", "召开…会"),   # the Chinese ellipsis is one gap
    ("召开...会", "学校召开2024年工作会议", "召开…会"),   # three dots too
    ("奖学金/助学金…办法/细则", "国家助学金管理实施细则", "助学金…细则"),
    ("因公出国（境）", "2023年校领导因公出国(境)情况", "因公出国(境)"),  # NFKC brackets
    ("2023年", "２０２３年分省招生计划", "2023年"),                          # full-width digits
    ("MBA…复试", "【研招】2024年mba复试成绩", "mba…复试"),                 # case
    ("…会", "推进会", "会"),                              # a leading gap adds nothing
])
def test_pattern_syntax(pattern: str, title: str, matched: str | None) -> None:
    text = normalize(title)
    match = compile_pattern(pattern).match(text)
    assert (match.text(text) if match else None) == matched


def test_a_gap_takes_the_earliest_end_so_later_words_still_fit() -> None:
    # 专业 occurs twice; the pattern must find 新增 … 专业 … 名单 even though the first 专业 is
    # before 名单 and the second after it.
    text = normalize("新增专业名单及专业说明")
    assert compile_pattern("新增…专业…说明").match(text) is not None
    assert compile_pattern("新增…专业…名单").match(text).chars == 6


@pytest.mark.parametrize("pattern", ["", "…", "办法//细则", "/办法", "新增…  …专业"])
def test_patterns_with_an_empty_word_are_refused(pattern: str) -> None:
    with pytest.raises(PatternError):
        compile_pattern(pattern)


# ── exclusions, specific before generic, margin ───────────────────────────────

@pytest.mark.parametrize(("title", "pattern"), [
    ("学校召开2022年度教职工代表大会", "召开…会"),
    ("学校召开巡视整改工作推进会", "召开…会"),
    ("关于做好2024年度部门预算编制工作的通知", "关于做好…通知"),
    ("学校获批新增硕士学位授权点", "获批"),
    ("党委理论学习中心组专题学习贯彻党的二十大精神", "学习贯彻"),
    ("关于开展2023年“学风建设月”活动的通知", "关于开展…通知"),
])
def test_news_meetings_and_procedures_are_excluded_not_assigned(kinds, title, pattern) -> None:
    outcome = classify(title, kinds["graduate"])
    assert outcome.status == "excluded" and outcome.item is None
    assert pattern in outcome.excluded_by


def test_an_excluded_title_still_shows_the_item_it_resembles(kinds) -> None:
    outcome = classify("学校召开2022年度教职工代表大会", kinds["graduate"])
    assert outcome.status == "excluded" and outcome.best.item == "3"


def test_an_exclusion_does_not_hit_inside_another_word(kinds) -> None:
    # 选举办法 contains 举办; only 举办 followed by an event word is news.
    outcome = classify("教职工代表大会代表选举办法", kinds["vocational"])
    assert (outcome.status, outcome.item) == ("assigned", "3")


def test_specific_keywords_outweigh_generic_ones(kinds) -> None:
    outcome = classify("本科生奖学金评定管理办法", kinds["undergraduate"])
    assert outcome.item == "37"  # not 2 by 管理办法 (the issue's example)
    best, runner_up = outcome.candidates[:2]
    assert (best.item, best.matched) == ("37", ("奖学金…办法",))
    assert (runner_up.item, runner_up.score, runner_up.generic) == ("2", 0, 2)


def test_generic_words_alone_assign_the_catch_all_rules_item(kinds) -> None:
    outcome = classify("关于印发《公文处理实施办法》的通知", kinds["vocational"])
    assert outcome.item == "2"
    assert (outcome.best.score, outcome.best.generic) == (0, 2)


def test_no_clear_winner_is_ambiguous_with_its_candidates(kinds) -> None:
    outcome = classify("招生章程与录取查询", kinds["undergraduate"])
    assert (outcome.status, outcome.item) == ("ambiguous", None)
    assert [(c.item, c.score) for c in outcome.candidates[:2]] == [("7", 4), ("9", 4)]


def test_the_margin_is_the_schools_to_set(tmp_path: Path, kinds) -> None:
    title = "2023年新增本科专业名单"  # 28 by 新增…专业 (4 characters), nothing else
    assert classify(title, kinds["undergraduate"]).item == "28"
    strict = school(tmp_path, extra="classification: {margin: 5}\n")
    assert classify(title, strict).status == "ambiguous"


def test_an_item_is_ruled_out_by_its_exclude_keywords(kinds) -> None:
    # 14 (graduate admissions), not 10: item 10 excludes 研究生 (the issue's example).
    outcome = classify("研究生招生咨询电话", kinds["graduate"])
    assert outcome.item == "14"
    assert ("10", "研究生") in outcome.ruled_out
    # An international students' brochure is neither 7 (domestic admissions) nor 48 (rules).
    assert classify("来华留学生招生简章", kinds["graduate"]).status == "unmatched"


def test_wording_variants_from_the_issue_are_found(kinds) -> None:
    assert classify("新增本科专业名单", kinds["undergraduate"]).item == "28"
    assert classify("2023年高水平运动队测试合格名单", kinds["undergraduate"]).item == "8"
    assert classify("中层干部任职前公示", kinds["vocational"]).item == "25"
    assert classify("2023年教职工招聘拟聘用人员名单公示", kinds["undergraduate"]).item == "25"


# ── items that do not apply: listed, never dropped ────────────────────────────

def test_a_best_match_that_does_not_apply_to_the_kind_is_not_applicable(kinds) -> None:
    outcome = classify("2023年硕士研究生拟录取名单公示", kinds["vocational"])
    assert (outcome.status, outcome.item, outcome.best.item) == ("not_applicable", None, "13")
    assert classify("2023年硕士研究生拟录取名单公示", kinds["graduate"]).item == "13"


def test_a_vocational_special_admission_list_is_item_8_not_13(kinds) -> None:
    # The issue: at a vocational college this went to 13 (graduate admissions) and vanished.
    assert classify("2022年单独招生拟录取名单公示", kinds["vocational"]).item == "8"


def test_an_item_the_checklist_marks_not_applicable_gives_not_applicable(tmp_path) -> None:
    checklist = school(tmp_path, "vocational",
                       'items:\n  "47": {not_applicable: 学校暂无中外合作办学项目}\n')
    outcome = classify("中外合作办学项目年度报告（2022年度）", checklist)
    assert (outcome.status, outcome.best.item) == ("not_applicable", "47")


def test_nothing_matched_is_unmatched(kinds) -> None:
    outcome = classify("2024年寒假放假安排", kinds["undergraduate"])
    assert (outcome.status, outcome.candidates) == ("unmatched", ())


# ── elements ──────────────────────────────────────────────────────────────────

@pytest.mark.parametrize(("item", "title", "elements"), [
    ("19", "2022年财政拨款支出预算表", ("财政拨款支出预算表",)),  # not also 支出预算表
    ("19", "部门预算公开（收入预算表、支出预算表）", ("收入预算表", "支出预算表")),
    ("7", "2023年单独招生章程", ("特殊类型招生办法",)),           # not the general 招生章程
    ("7", "2023年普通本科招生章程", ("招生章程",)),
    ("1", "学校领导及工作分工", ("校级领导班子简介及分工",)),    # by element keywords
    ("1", "学校简介", ()),                                        # names none of the seven
    ("6", "信息公开工作年报", ("信息公开年度报告",)),            # one element: always covered
    ("21", "学校收费项目及标准公示", ("收费项目", "收费标准")),
])
def test_a_classified_row_covers_the_elements_its_title_names(kinds, item, title,
                                                              elements) -> None:
    assert title_elements(title, kinds["graduate"].item(item)) == elements


# ── what a school adds ────────────────────────────────────────────────────────

SCHOOL_RULES = """\
items:
  "V1":
    category: teaching
    title: 高等职业教育质量年度报告
    elements: [高等职业教育质量年度报告]
    cadence: annual
classification:
  exclude: [校园开放日]
  keywords:
    "V1": [质量年报, 人才培养质量…报告]
    "8": [技能测试…合格]
"""


def test_a_school_adds_keywords_and_exclusions_to_the_shipped_ones(tmp_path) -> None:
    checklist = school(tmp_path, "vocational", SCHOOL_RULES)
    assert classify("2023年人才培养质量年度报告", checklist).item == "V1"
    assert classify("2023年质量年报", checklist).item == "V1"
    # Added to item 8's shipped keywords, not replacing them.
    assert "单招…成绩" in classify("2023年单招成绩公布", checklist).best.matched
    assert classify("2024年技能测试合格考生", checklist).item == "8"
    school_excluded = classify("2024年校园开放日招生咨询安排", checklist)
    assert school_excluded.excluded_by == ("校园开放日",)
    assert classify("学校召开2024年招生工作会议", checklist).excluded_by == ("召开…会",)


def test_school_keywords_and_exclusions_do_not_leak_into_other_schools(tmp_path, kinds) -> None:
    school(tmp_path, "vocational", SCHOOL_RULES)
    assert classify("2024年校园开放日招生咨询安排", kinds["vocational"]).item == "10"

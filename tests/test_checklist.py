"""The shipped MOE list and a school's tailoring of it (extends, overrides, new items)."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from disclosure_audit.spec import load_checklist, shipped_checklists

CATEGORY_SIZES = {"basic": 6, "admissions": 8, "finance": 7, "personnel": 5, "teaching": 9,
                  "students": 4, "integrity": 3, "degrees": 4, "international": 2, "other": 2}


def reference_titles() -> dict[str, tuple[str, str]]:
    rows = {}
    for line in (DATA / "moe-list.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| (\d+) \| (.+?) \| (.+?) \| .+ \|$", line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    return rows


@pytest.fixture(scope="module")
def moe():
    checklist, problems = load_checklist("moe-2014")
    assert problems == []
    return checklist


def test_fifty_items_in_ten_categories(moe) -> None:
    assert [i.id for i in moe.items] == [str(n) for n in range(1, 51)]
    assert Counter(i.category for i in moe.items) == CATEGORY_SIZES
    assert [c.id for c in moe.categories] == list(CATEGORY_SIZES)


def test_titles_match_the_reference_character_for_character(moe) -> None:
    reference = reference_titles()
    assert len(reference) == 50
    for item in moe.items:
        category, title = reference[item.id]
        assert item.title == title
        assert moe.category(item.category).title == category


def test_elements_come_from_the_wording(moe) -> None:
    assert moe.item("1").elements == (
        "办学规模", "校级领导班子简介及分工", "学校机构设置", "学科情况", "专业情况",
        "各类在校生情况", "教师和专业技术人员数量")
    assert moe.item("19").elements == (
        "收支预算总表", "收入预算表", "支出预算表", "财政拨款支出预算表")
    assert moe.item("12").elements == ("参加研究生复试的考生成绩",)
    assert all(i.elements and i.title_en and i.keywords and i.owner_hint and i.remediation
               for i in moe.items)


def test_cadence_due_and_applicability(moe) -> None:
    assert (moe.item("6").cadence, moe.item("6").due) == ("annual", "10-31")
    assert moe.item("2").cadence == "on_change"
    not_vocational = {i.id for i in moe.items if "vocational" not in i.applies_to}
    assert {"11", "12", "13", "14", "43", "44", "45", "46"} <= not_vocational
    assert all(moe.item(i).note for i in not_vocational)
    assert all(i.audience == "public" for i in moe.items)


def test_default_channels(moe) -> None:
    public = {c for c, ch in moe.channels.items() if ch.public}
    assert public == {"disclosure_column", "website", "wechat_official", "video_channel", "weibo",
                      "national_platform"}
    assert moe.channels["national_platform"].reachable_from_column
    assert not moe.channels["website"].reachable_from_column
    assert {"oa", "group_chat", "meeting", "document", "notice_board", "school_paper"} <= set(
        moe.channels)
    assert [c for c, ch in moe.channels.items() if ch.column] == ["disclosure_column"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_school_overrides_and_new_items(tmp_path: Path) -> None:
    path = write(tmp_path / "checklist.yaml", """\
extends: moe-2014
institution: {name: 某职院, kind: vocational}
departments: [党政办公室, 教务处]
channels:
  xxgk_site: {name: 信息公开网, public: true, column: true}
  oa: {public: false, name: 企业微信}
scoring: {weights: {timeliness: 2}, max_clicks: 4}
items:
  "1": {owner: 党政办公室, title: 学校基本情况}
  "17": {not_applicable: 学校无校办企业}
  "V1":
    category: teaching
    title: 高等职业教育质量年度报告
    elements: [质量年度报告]
    cadence: annual
    owner: 教务处
""")
    checklist, problems = load_checklist(path)
    assert problems == []
    assert checklist.item("1").title == "学校基本情况"
    assert checklist.item("1").owner == "党政办公室"
    assert checklist.item("1").elements[0] == "办学规模"  # untouched fields are inherited
    assert checklist.item("17").not_applicable == "学校无校办企业"
    assert checklist.channels["xxgk_site"].column and checklist.channels["oa"].name == "企业微信"
    assert checklist.scoring.weights["timeliness"] == 2 and checklist.scoring.max_clicks == 4
    ids = [i.id for i in checklist.items]
    assert ids.index("V1") == ids.index("35") + 1  # new items join their category
    assert checklist.kind == "vocational"
    assert checklist.item("1").source.path.endswith("checklist.yaml")


def test_chains_and_relative_paths(tmp_path: Path) -> None:
    write(tmp_path / "base" / "province.yaml",
          "extends: moe-2014\nitems:\n  \"2\": {owner_hint: 校办}\n")
    path = write(tmp_path / "checklist.yaml", "extends: base/province.yaml\n"
                 "institution: {name: x, kind: graduate}\n")
    checklist, problems = load_checklist(path)
    assert problems == []
    assert checklist.item("2").owner_hint == "校办"
    assert len(checklist.chain) == 3


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_unknown_override_is_an_error_not_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "checklist.yaml", """\
extends: moe-2014
institution: {name: x, kind: vocational}
items:
  "51": {owner: 党政办公室}
""")
    checklist, problems = load_checklist(path)
    assert checklist is None
    [problem] = problems
    assert (problem.code, problem.line) == ("unknown-item", 4)
    assert "category" in problem.params["missing"]


def test_cycle_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "extends: b.yaml\n")
    write(tmp_path / "b.yaml", "extends: a.yaml\n")
    checklist, problems = load_checklist(tmp_path / "a.yaml")
    assert checklist is None and codes(problems) == ["extends-cycle"]


def test_extends_cannot_leave_the_repo(tmp_path: Path) -> None:
    write(tmp_path / "outside.yaml", "extends: moe-2014\n")
    path = write(tmp_path / "repo" / "checklist.yaml", "extends: ../outside.yaml\n")
    checklist, problems = load_checklist(path, repo_root=tmp_path / "repo")
    assert checklist is None and codes(problems) == ["extends-outside"]


def test_unknown_extends(tmp_path: Path) -> None:
    path = write(tmp_path / "checklist.yaml", "extends: moe-2099\n")
    checklist, problems = load_checklist(path)
    assert codes(problems) == ["extends-unknown"]
    assert problems[0].line == 1


def test_semantic_problems_in_overrides(tmp_path: Path) -> None:
    path = write(tmp_path / "checklist.yaml", """\
extends: moe-2014
institution: {name: x, kind: vocational}
review_period: {start: 2022-02-30, end: 2022-08-31}
departments: [教务处]
items:
  "1": {owner: 不存在的部门}
  "6": {due: "02-30"}
""")
    _, problems = load_checklist(path)
    assert sorted((p.code, p.line) for p in problems) == [
        ("bad-due", 7), ("date-calendar", 3), ("unknown-department", 6)]


def test_shipped_checklists_are_listed() -> None:
    assert "moe-2014" in shipped_checklists()


def test_wheel_contains_checklists_and_schemas(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d",
                             str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "disclosure_audit/checklists/moe-2014.yaml" in names
    assert "disclosure_audit/inputs/schemas/checklist.schema.json" in names
    assert "disclosure_audit/inputs/schemas/declarations.schema.json" in names
    assert "disclosure_audit/inputs/schemas/ledger.schema.json" in names
    assert "disclosure_audit/ci/templates/README.md.tmpl" in names

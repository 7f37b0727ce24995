"""``validate``: every problem, with its position, in both languages; exit codes 0/1/2."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLE, GOOD_DECLARATION
from disclosure_audit.services.validate import validate_paths

GOOD = GOOD_DECLARATION

THREE_MISTAKES = """\
department: 招生就业处
publications:
  - item: "7"
    title: 2022年招生章程
    channel: bulletin
    url: https://www.example.edu.cn/zs/2022.htm
    made: 2022-03-10
    published: 2022-03-01
  - item: "99"
    title: 招生计划
    channel: website
    url: https://www.example.edu.cn/zs/jh.htm
    published: 2022-03-01
"""


def test_three_mistakes_are_all_reported_with_lines(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": THREE_MISTAKES})
    result = run_cli("validate", repo)
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if "[" in line and ":" in line]
    found = {(line.split(":")[1], line.split("[")[1].split("]")[0]) for line in lines}
    assert found == {("5", "unknown-channel"), ("8", "published-before-made"),
                     ("9", "unknown-item-ref")}
    assert "declarations/zs.yaml:5:14: 错误 [unknown-channel]" in result.stdout
    assert "3 个错误" in result.stdout


def test_english_and_json(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": THREE_MISTAKES})
    en = run_cli("validate", repo, "--lang", "en")
    assert "error [unknown-channel] unknown channel 'bulletin'" in en.stdout
    assert "hint: " in en.stdout
    data = json.loads(run_cli("validate", repo, "--format", "json").stdout)
    assert [(p["line"], p["code"]) for p in data] == [
        (5, "unknown-channel"), (8, "published-before-made"), (9, "unknown-item-ref")]
    assert all(p["path"].endswith("declarations/zs.yaml") for p in data)


def test_language_from_environment(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": THREE_MISTAKES})
    result = run_cli("validate", repo, env={"DISCLOSURE_AUDIT_LANG": "en"})
    assert "unknown channel" in result.stdout


def test_valid_repo_exits_0(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD})
    result = run_cli("validate", repo)
    assert result.exit_code == 0, result.stdout
    assert "没有发现问题" in result.stdout


def test_example_repo_is_valid(run_cli) -> None:
    assert run_cli("validate", EXAMPLE).exit_code == 0


def test_missing_path_is_a_usage_error(run_cli, tmp_path) -> None:
    result = run_cli("validate", tmp_path / "nope")
    assert result.exit_code == 2
    assert "路径不存在" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_folder_without_checklist_is_a_usage_error(run_cli, tmp_path) -> None:
    result = run_cli("validate", tmp_path)
    assert result.exit_code == 2
    assert "checklist.yaml" in result.stderr


def test_malformed_yaml_is_a_problem_with_position(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/bad.yaml": "department: 财务处\npublications:\n  - [\n"})
    result = run_cli("validate", repo)
    assert result.exit_code == 1
    assert "declarations/bad.yaml:4:1: 错误 [yaml-syntax]" in result.stdout


@pytest.mark.parametrize(("declaration", "expected"), [
    ("department: 不存在\n", [(1, "unknown-department")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", title: t, channel: website, "
     "url: https://a.cn/x, published: 2022/13/01}\n", [(3, "date-calendar")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", title: t, channel: website, "
     "url: https://a.cn/x, published: last week}\n", [(3, "date-format")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", title: t, channel: website, "
     "url: ftp://a.cn/x, published: 2022-01-01}\n", [(3, "bad-url")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", title: t, channel: website, "
     "url: https://a.cn/x, published: 2022-01-01, elements: [预算说明]}\n",
     [(3, "unknown-element")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", title: t, channel: website, "
     "url: https://a.cn/x, published: 2022-01-01, colour: red}\n", [(3, "schema-unknown-field")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", channel: website, "
     "published: 2022-01-01}\n", [(3, "schema-required")]),
    ("department: 财务处\npublications:\n  - {item: \"19\", title: t, channel: website, "
     "url: https://a.cn/x, published: 2022-01-01, clicks: many}\n", [(3, "schema-type")]),
    ("department: 财务处\nwithheld:\n  - {item: \"23\", reason: exempt}\n",
     [(3, "exempt-needs-ground")]),
    ("department: 财务处\nwithheld:\n  - {item: \"19\", reason: forgot}\n", [(3, "bad-reason")]),
    ("department: 财务处\ndepartment: 教务处\n", [(2, "duplicate-key")]),
])
def test_each_kind_of_problem(make_repo, declaration: str, expected: list) -> None:
    repo = make_repo(files={"declarations/d.yaml": declaration})
    problems = [p for p in validate_paths([repo]) if p.severity == "error"]
    assert [(p.line, p.code) for p in problems] == expected


def test_duplicate_item_id_in_a_base_checklist(tmp_path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\ntitle: t\ncategories: [{id: a, title: A}]\nitems:\n"
                    "  - {id: \"1\", category: a, title: x, elements: [x], cadence: annual}\n"
                    "  - {id: \"1\", category: a, title: y, elements: [y], cadence: annual}\n",
                    encoding="utf-8")
    problems = validate_paths([path])
    assert [(p.code, p.line) for p in problems] == [("duplicate-item", 6)]


def test_single_declaration_file_uses_its_repo_checklist(make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": THREE_MISTAKES})
    problems = validate_paths([repo / "declarations" / "zs.yaml"])
    assert len([p for p in problems if p.severity == "error"]) == 3


def test_checklist_file_problems(make_repo) -> None:
    repo = make_repo(checklist="extends: moe-2014\ninstitution: {name: x, kind: college}\n")
    problems = validate_paths([repo / "checklist.yaml"])
    assert [(p.code, p.line) for p in problems] == [("schema-enum", 2)]

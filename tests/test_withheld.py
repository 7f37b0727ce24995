"""The new checklist and declaration fields: what ``validate`` knows, tables with Chinese
names, and the library functions behind withholding, reports and limits."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from disclosure_audit.calendar import calendar_for
from disclosure_audit.model import Publication, PublishLimit, SourceRef, Withheld
from disclosure_audit.scoring.context import ScoringContext
from disclosure_audit.scoring.reports import due_date, report_window
from disclosure_audit.scoring.withholding import by_element, main_declaration
from disclosure_audit.services.validate import validate_paths
from disclosure_audit.sources.withheld import parse_ground, parse_reason
from disclosure_audit.spec import load_checklist

D = dt.date
SRC = SourceRef("declarations/x.yaml", 3, 5)
SCHOOL = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [招生就业处, 党政办公室]
items:
  "7": {owner: 招生就业处}
"""


@pytest.fixture(scope="module")
def moe():
    return load_checklist("moe-2014")[0]


def ctx_for(checklist) -> ScoringContext:
    return ScoringContext(checklist, D(2022, 9, 15), (D(2021, 9, 1), D(2022, 8, 31)),
                          calendar_for(2021, 2023))


# ── the shipped list ───────────────────────────────────────────────────────────
def test_shipped_list_marks_events_exemptions_and_limits(moe) -> None:
    for item_id in ("16", "23", "49"):
        assert moe.item(item_id).event_driven
    assert moe.item("28").event_elements == {"当年新增专业名单", "停招专业名单"}
    assert moe.item("50").is_event("突发事件处置情况")
    assert not moe.item("50").is_event("突发事件应急处理预案")
    assert not moe.item("7").is_event("招生章程")
    assert [i.id for i in moe.items if not i.exemptible] == ["6", "19", "20", "21"]
    assert moe.item("19").publish_within == PublishLimit(20, True, "《预算法》第十四条")
    assert moe.item("2").publish_within == PublishLimit(20, False)
    assert moe.item("27").elements_for("vocational") == ("教师数量及结构",)
    assert moe.item("27").elements_for("graduate") == moe.item("27").elements


# ── checklist fields ───────────────────────────────────────────────────────────
@pytest.mark.parametrize(("items", "code", "line"), [
    ('  "19": {exemptible: true}\n', "exemptible-relaxed", 7),
    ('  "8": {publish_within: {days: 5}, publish_within_workdays: 5}\n', "limit-twice", 7),
    ('  "8": {publish_within: {days: 5, calendar: maybe}}\n', "schema-type", 7),
    ('  "8": {elements: [招生章程, {name: 招生章程, event_driven: true}]}\n',
     "duplicate-element", 7),
    ('  "8": {elements: [{title: 招生章程}]}\n', "schema-other", 7),
])
def test_checklist_field_problems(make_repo, items: str, code: str, line: int) -> None:
    repo = make_repo(SCHOOL + items)
    problems = [p for p in validate_paths([repo]) if p.severity == "error"]
    assert [(p.code, p.line) for p in problems][:1] == [(code, line)]


def test_school_overrides_events_and_limits(make_repo) -> None:
    repo = make_repo(SCHOOL + '  "8": {event_driven: true, publish_within_workdays: 10}\n'
                     '  "19": {exemptible: false, publish_within: {days: 15}}\n')
    checklist, problems = load_checklist(repo / "checklist.yaml", repo_root=repo)
    assert not [p for p in problems if p.severity == "error"]
    assert checklist.item("8").event_driven
    assert checklist.item("8").publish_within == PublishLimit(10)
    assert checklist.item("19").publish_within == PublishLimit(15, False)  # the alias replaced


def test_not_applicable_on_an_item_public_by_law_is_flagged(run_cli, make_repo) -> None:
    # "不适用：领导不同意" took the budget out of scoring silently, like the exemption the law
    # forbids. It is a located warning (a private college truly has no 部门预算).
    school = SCHOOL + '  "19": {not_applicable: 领导不同意}\n'
    body = ("department: 党政办公室\nwithheld:\n"
            '  - {item: "20", reason: not_applicable, note: 民办高校无部门决算}\n'
            '  - {item: "47", reason: not_applicable, note: 无中外合作办学}\n')
    repo = make_repo(school, {"declarations/党政办公室.yaml": body})
    flagged = [(p.path.rsplit("/", 1)[-1], p.line, p.severity) for p in validate_paths([repo])
               if p.code == "not-applicable-public-by-law"]
    assert flagged == [("checklist.yaml", 7, "warning"), ("党政办公室.yaml", 3, "warning")]
    result = run_cli("--lang", "en", "validate", repo)
    assert result.exit_code == 0 and "item 20 is public by law" in result.stdout
    data = json.loads(run_cli("audit", repo, "--as-of", "2022-09-15", "--format",
                              "json").stdout)
    assert sorted(w["line"] for w in data["warnings"]
                  if w["code"] == "not-applicable-public-by-law") == [3, 7]


def test_the_annual_report_is_never_not_applicable(run_cli, make_repo) -> None:
    # 《高等学校信息公开办法》: every school publishes its annual report. "不适用：今年不写" is
    # refused, in declarations and in the school's checklist, and the list's flag stays on.
    body = ("department: 党政办公室\nwithheld:\n"
            '  - {item: "6", reason: not_applicable, note: 今年不写}\n')
    repo = make_repo(SCHOOL, {"declarations/党政办公室.yaml": body})
    problems = [(p.code, p.line, p.severity) for p in validate_paths([repo])
                if p.code.startswith("not-applicable")]
    assert problems == [("not-applicable-refused", 3, "error")]
    result = run_cli("--lang", "en", "validate", repo)
    assert result.exit_code == 1 and "item 6 must be published by every school" in result.stdout
    for override in ('  "6": {not_applicable: 今年不写}\n', '  "6": {always_applies: false}\n'):
        repo = make_repo(SCHOOL + override, {})
        codes = [(p.code, p.severity) for p in validate_paths([repo]) if p.severity == "error"]
        assert codes in ([("not-applicable-refused", "error")],
                         [("always-applies-relaxed", "error")]), codes


# ── declarations: YAML fields and tables with Chinese names ─────────────────────
def test_csv_with_chinese_reason_and_ground_names(run_cli, make_repo) -> None:
    csv = ("事项编号,标题,要素,未公开理由,依据,法律依据,备注,预计形成日期\n"
           "7,,招生章程,依法不予公开,法律法规规定不予公开,《保守国家秘密法》第九条,涉密,\n"
           "7,,特殊类型招生办法,尚未形成,,,制定中,2022/12/31\n")
    repo = make_repo(SCHOOL, {"declarations/招生就业处.csv": csv})
    assert run_cli("validate", repo).exit_code == 0
    data = json.loads(run_cli("audit", repo, "--as-of", "2022-09-15", "--format",
                              "json").stdout)
    withheld = next(i for i in data["items"] if i["id"] == "7")["withheld"]
    assert [(w["element"], w["reason"], w["ground"], w["basis"]) for w in withheld] == [
        ("招生章程", "exempt", "law", "《保守国家秘密法》第九条"),
        ("特殊类型招生办法", "not_yet_made", None, None)]
    assert withheld[1]["deadline"] == "2023-02-02"


def test_csv_bad_ground_is_located_at_its_cell(run_cli, make_repo) -> None:
    csv = "事项编号,标题,未公开理由,依据\n7,,依法不予公开,领导不同意\n"
    repo = make_repo(SCHOOL, {"declarations/招生就业处.csv": csv})
    out = json.loads(run_cli("validate", repo, "--format", "json").stdout)
    assert [(p["code"], p["line"], p["column"]) for p in out] == [("bad-ground", 2, 4)]


@pytest.mark.parametrize(("field", "code"), [
    ("period: 2021-2023", "bad-period"),
    ("period: 去年", "bad-period"),
    ("linked_from_column: 也许", "schema-type"),
])
def test_publication_field_problems(make_repo, field: str, code: str) -> None:
    body = (f"department: 招生就业处\npublications:\n  - {{item: \"7\", title: t, "
            f"channel: website, url: https://a.cn/x, published: 2022-01-01, {field}}}\n")
    repo = make_repo(SCHOOL, {"declarations/d.yaml": body})
    assert [p.code for p in validate_paths([repo]) if p.severity == "error"] == [code]


def test_names_accepted_for_reasons_and_grounds() -> None:
    assert parse_reason("本期未发生") == "not_occurred" == parse_reason("not_occurred")
    assert parse_ground("国家秘密") == parse_ground("State secret") == "state_secret"
    assert parse_ground("个人隐私") == "privacy"
    assert parse_ground("领导不同意公开") is None and parse_ground("") is None


# ── library: withholding, reports ─────────────────────────────────────────────
def decl(reason: str, elements=None, **kw) -> Withheld:
    return Withheld("28", reason, "教务处", SRC, elements=elements, **kw)


def test_strongest_reason_wins_per_element(moe) -> None:
    item = moe.item("28")
    listing = by_element(item, item.elements, [
        decl("not_yet_made", expected=D(2022, 12, 1)),
        decl("not_occurred", ("停招专业名单",), note="无"),
        decl("exempt", ("专业设置",), ground="privacy")], ctx_for(moe))
    assert {e: w.reason for e, w in listing.items()} == {
        "专业设置": "exempt", "当年新增专业名单": "not_yet_made", "停招专业名单": "not_occurred"}
    assert listing["当年新增专业名单"].deadline == D(2022, 12, 29)
    assert main_declaration([decl("exempt", ("专业设置",)), decl("not_yet_made")]).reason == \
        "not_yet_made"


def test_report_due_dates_and_the_report_judged(moe) -> None:
    assert due_date(2021, "10-31") == D(2022, 10, 31)
    assert due_date(2021, "12-31") == D(2022, 12, 31)
    assert due_date(2021, "03-31") == D(2023, 3, 31)  # due after the academic year ends
    item = moe.item("6")
    assert report_window(item, D(2022, 10, 31), []).start_year == 2021
    assert report_window(item, D(2022, 10, 30), []).label == "2020-2021"
    early = Publication("6", "r", "disclosure_column", "x", SRC, published=D(2022, 10, 1))
    window = report_window(item, D(2022, 10, 2), [early])
    assert (window.label, window.next_due) == ("2021-2022", D(2023, 10, 31))


def test_calendar_note_in_english_says_what_was_assumed(run_cli, make_repo) -> None:
    repo = make_repo(SCHOOL)
    result = run_cli("audit", repo, "--as-of", "2026-12-10", "--lang", "en", "--format", "json")
    notes = [n["message"] for n in json.loads(result.stdout)["notes"]]
    assert notes == [n for n in notes if "2027" not in n] + [
        n for n in notes if "2027" in n]  # one note
    text = next(n for n in notes if "2027" in n)
    assert "moved to the next working day" in text and "no weekend make-up workdays" in text

"""The checklist's ``office`` and ``site`` settings, and crawl files read as declarations."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from disclosure_audit.model import Limit, SiteSettings
from disclosure_audit.services.repo import check_repo, find_repo
from disclosure_audit.spec import load_checklist
from disclosure_audit.spec.site import column_department, column_limit, expires

CHECKLIST = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
departments: [党政办公室, 招生就业处, 信息公开办公室]
items:
  "6": {owner: 党政办公室}
  "7": {owner: 招生就业处}
"""

CRAWL_FILE = """\
department: 信息公开办公室
crawl: {url: "https://www.example.edu.cn/", date: 2022-09-15, complete: true}
site:
  homepage: {url: "https://www.example.edu.cn/", opened: true, status: 200, evidence: 0123456789ab}
  column: {found: true, name: 信息公开, url: "https://www.example.edu.cn/xxgk/", clicks: 1}
  verdicts: []
  columns:
    - name: 学校动态
      path: [信息公开, 学校动态]
      url: https://www.example.edu.cn/xxgk/xxdt/list.htm
      clicks: 2
      department: 信息公开办公室
      opened: true
      status: 200
      entries: 3
      undated: 1
      newest: 2022-07-20
      update_within: {weeks: 2}
      verdicts: [stale]
      failed_pages:
        - {url: "https://www.example.edu.cn/xxgk/xxdt/list2.htm", opened: false, status: 500}
      evidence: [0123456789ab, ba9876543210]
publications:
  - item: "7"
    title: 2022年招生章程
    channel: disclosure_column
    url: https://www.example.edu.cn/2022/0310/c1a2/page.htm
    published: 2022-03-10
    clicks: 2
    format: html
    department: 招生就业处
    column: 招生考试信息
    source: crawl
    evidence: 0123456789ab
  - title: 校园开放日
    channel: disclosure_column
    url: https://www.example.edu.cn/info/1/2.htm
    source: crawl
    evidence: 0123456789ab
"""


def codes(problems) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in problems if p.severity == "error"]


def checklist(make_repo, text: str):
    repo = make_repo(checklist=text)
    return load_checklist(repo / "checklist.yaml", repo_root=repo)


# ── office ────────────────────────────────────────────────────────────────────────────────────

def test_office_defaults_to_the_owner_of_item_6_then_the_first_department(make_repo) -> None:
    assert checklist(make_repo, CHECKLIST)[0].office == "党政办公室"
    without_6 = CHECKLIST.replace('  "6": {owner: 党政办公室}\n', "")
    assert checklist(make_repo, without_6)[0].office == "党政办公室"  # first department
    named = CHECKLIST + "office: 信息公开办公室\n"
    assert checklist(make_repo, named)[0].office == "信息公开办公室"
    bare = "extends: moe-2014\ninstitution: {name: 测试学院, kind: vocational}\n"
    assert checklist(make_repo, bare)[0].office is None


def test_an_office_that_is_not_a_department_is_an_error(make_repo) -> None:
    found, problems = checklist(make_repo, CHECKLIST + "office: 宣传部\n")
    assert found is None and codes(problems) == [("unknown-department", 7)]


# ── site.columns ──────────────────────────────────────────────────────────────────────────────

def test_site_rules_are_read(make_repo) -> None:
    text = CHECKLIST + """\
site:
  columns:
    - {match: 招生/录取, department: 招生就业处}
    - {match: 动态, update_within: {months: 1}}
"""
    found, problems = checklist(make_repo, text)
    assert codes(problems) == []
    rules = found.site.columns
    assert [(r.match, r.update_within, r.department) for r in rules] == [
        ("招生/录取", None, "招生就业处"), ("动态", Limit(1, "months"), None)]
    assert rules[1].source.line == 10


@pytest.mark.parametrize(("rule", "code"), [
    ("{match: '招生/', department: 招生就业处}", "bad-pattern"),
    ("{match: '…', update_within: {weeks: 1}}", "bad-pattern"),
    ("{match: 招生, department: 宣传部}", "unknown-department"),
    ("{match: 招生}", "schema-other"),  # neither a limit nor a department
    ("{match: 动态, update_within: {weeks: 2, days: 3}}", "schema-other"),
    ("{match: 动态, update_within: {fortnights: 1}}", "schema-unknown-field"),
    ("{match: 动态, update_within: {weeks: 0}}", "schema-minimum"),
])
def test_bad_site_rules_are_located_errors(make_repo, rule: str, code: str) -> None:
    found, problems = checklist(make_repo, CHECKLIST + f"site:\n  columns:\n    - {rule}\n")
    assert found is None
    assert [c for c, _ in codes(problems)] == [code]
    assert all(p.line == 9 for p in problems if p.severity == "error")


def test_column_limits_first_rule_then_builtins_then_one_year() -> None:
    site = SiteSettings()
    assert column_limit(site, "学校动态") == Limit(2, "weeks")  # news-like
    assert column_limit(site, "新闻要闻") == Limit(2, "weeks")
    assert column_limit(site, "通知公告") == Limit(6, "months")
    assert column_limit(site, "政策文件") == Limit(6, "months")
    assert column_limit(site, "规章制度") == Limit(1, "years")
    assert column_limit(site, "学校　动态") == Limit(2, "weeks")  # compared as keywords are
    from disclosure_audit.model import ColumnRule

    mine = SiteSettings((ColumnRule("动态", Limit(1, "months")),
                         ColumnRule("招生", None, "招生处")))
    assert column_limit(mine, "学校动态") == Limit(1, "months")
    assert column_limit(mine, "招生动态") == Limit(1, "months")
    assert column_department(mine, "招生考试信息", "办公室") == "招生处"
    assert column_department(mine, "学校动态", "办公室") == "办公室"


@pytest.mark.parametrize(("newest", "limit", "last_day"), [
    (dt.date(2022, 9, 1), Limit(2, "weeks"), dt.date(2022, 9, 15)),
    (dt.date(2022, 8, 31), Limit(6, "months"), dt.date(2023, 2, 28)),
    (dt.date(2020, 2, 29), Limit(1, "years"), dt.date(2021, 2, 28)),
    (dt.date(2022, 1, 31), Limit(30, "days"), dt.date(2022, 3, 2)),
])
def test_the_last_day_a_column_counts_as_updated(newest, limit, last_day) -> None:
    assert expires(newest, limit) == last_day


# ── crawl files as declarations ───────────────────────────────────────────────────────────────

def load(make_repo, text: str, checklist_text: str = CHECKLIST):
    repo = make_repo(checklist=checklist_text, files={"declarations/_site.yaml": text})
    return check_repo(find_repo(repo))


def test_crawl_rows_are_kept_apart_from_declarations(make_repo) -> None:
    _, declarations, problems = load(make_repo, CRAWL_FILE)
    assert codes(problems) == []
    assert declarations.publications == []
    charter, open_day = declarations.crawled
    assert (charter.item, charter.department, charter.origin) == ("7", "招生就业处", "crawl")
    assert (charter.column, charter.evidence, charter.clicks) == ("招生考试信息", "0123456789ab", 2)
    # an item and no elements: a crawled row covers what its title names, never "all"
    assert charter.elements == ("招生章程",)
    assert [u.title for u in declarations.unmatched] == ["校园开放日"]  # undated, unclassified
    # kept for the comparison (a declared URL may match it), but it belongs to no item
    assert (open_day.title, open_day.item, open_day.elements) == ("校园开放日", None, ())


def test_the_site_section_becomes_a_site_report(make_repo) -> None:
    _, declarations, _ = load(make_repo, CRAWL_FILE)
    [site] = declarations.sites
    assert (site.url, site.date, site.department) == (
        "https://www.example.edu.cn/", dt.date(2022, 9, 15), "信息公开办公室")
    assert (site.column_name, site.column_clicks, site.homepage_evidence) == (
        "信息公开", 1, "0123456789ab")
    [column] = site.columns
    assert column.verdicts == ("stale",) and column.newest == dt.date(2022, 7, 20)
    assert column.update_within == Limit(2, "weeks") and column.undated == 1
    assert column.failed_pages == ("https://www.example.edu.cn/xxgk/xxdt/list2.htm",)
    assert column.evidence == ("0123456789ab", "ba9876543210")
    assert column.source.line == 8


@pytest.mark.parametrize(("old", "new", "code", "line"), [
    ("    department: 招生就业处\n", "    department: 宣传部\n", "unknown-department", 31),
    ("      department: 信息公开办公室\n", "      department: 宣传部\n", "unknown-department",
     12),
    ("      newest: 2022-07-20\n", "      newest: 2022-02-30\n", "date-calendar", 17),
    ("crawl: {url: \"https://www.example.edu.cn/\", date: 2022-09-15, complete: true}\n",
     "", "schema-required", 1),
    ("    evidence: 0123456789ab\n  - title", "    evidence: ../etc\n  - title",
     "schema-pattern", 34),
    ("    source: crawl\n    evidence: 0123456789ab\n",  # the undated row, no longer crawled
     "    evidence: 0123456789ab\n", "schema-required", 34),
])
def test_problems_in_crawl_files_are_located(make_repo, old, new, code, line) -> None:
    assert old in CRAWL_FILE
    _, _, problems = load(make_repo, CRAWL_FILE.replace(old, new))
    assert (code, line) in codes(problems), codes(problems)


def test_declared_rows_still_need_a_date_and_may_name_their_department(make_repo) -> None:
    text = """\
department: 党政办公室
publications:
  - {item: "7", title: 招生章程, channel: website, url: "https://a.cn/x", department: 招生就业处,
     published: 2022-03-01}
  - {item: "6", title: 年度报告, channel: website, url: "https://a.cn/y"}
"""
    _, declarations, problems = load(make_repo, text)
    assert codes(problems) == [("schema-required", 5)]
    [charter] = declarations.publications
    assert charter.department == "招生就业处" and charter.origin == "declared"


def test_validate_cli_on_a_crawl_file(make_repo, run_cli) -> None:
    repo = make_repo(checklist=CHECKLIST, files={"declarations/_site.yaml": CRAWL_FILE})
    result = run_cli("validate", repo, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    broken = CRAWL_FILE.replace("verdicts: [stale]", "verdicts: [stail]")
    (repo / "declarations" / "_site.yaml").write_text(broken, encoding="utf-8")
    result = run_cli("validate", repo)
    assert result.exit_code == 1 and "_site.yaml:19:18: " in result.stdout

"""Declared versus found, through the library: URLs and titles compared, matching, what the
crawl could see, what it changes in the scores (never silently), the site checks on the audit's
date, and which ledger entries a crawl may close."""

from __future__ import annotations

import datetime as dt

import pytest

from disclosure_audit.model import ColumnCheck, Limit, SiteReport
from disclosure_audit.scoring.site.urls import column_id, title_key, url_key
from disclosure_audit.services.audit import AuditRequest, run

CHECKLIST = """\
extends: moe-2014
institution: {name: 测试学院, kind: vocational}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [党政办公室, 招生就业处, 财务处, 信息公开办公室]
office: 信息公开办公室
items:
  "7": {owner: 招生就业处}
  "19": {owner: 财务处}
"""
SITE = "https://www.t.edu.cn"
COLUMNS = {
    "root": f"""\
    - {{name: 信息公开, path: [信息公开], url: "{SITE}/xxgk/", clicks: 1,
       department: 信息公开办公室, opened: true, entries: 0, subcolumns: 3,
       verdicts: [], evidence: [aaaaaaaaaaa1]}}
""",
    "zs": f"""\
    - {{name: 招生信息, path: [信息公开, 招生信息], url: "{SITE}/xxgk/zs/list.htm", clicks: 2,
       department: 信息公开办公室, opened: true, entries: 2, newest: 2022-06-20,
       verdicts: [], evidence: [aaaaaaaaaaa2]}}
""",
    "robots": f"""\
    - {{name: 内部文件, path: [信息公开, 内部文件], url: "{SITE}/xxgk/nb/list.htm", clicks: 2,
       department: 信息公开办公室, opened: null, detail: robots, verdicts: [],
       evidence: [aaaaaaaaaaa3]}}
""",
    "broken": f"""\
    - {{name: 专项公开, path: [信息公开, 专项公开], url: "{SITE}/xxgk/zx/list.htm", clicks: 2,
       department: 信息公开办公室, opened: false, status: 500, detail: HTTP 500,
       verdicts: [not_opened], evidence: [aaaaaaaaaaa4]}}
""",
}
ROWS = f"""\
publications:
  - {{item: "7", title: 2022年招生章程, channel: disclosure_column, url: "{SITE}/a/1.htm",
     published: 2022-03-10, clicks: 3, elements: [招生章程], department: 招生就业处,
     column: 招生信息, source: crawl, evidence: aaaaaaaaaaa2}}
  - {{item: "19", title: 2022年部门预算公开, channel: disclosure_column, url: "{SITE}/a/2.htm",
     published: 2022-05-20, clicks: 2, department: 财务处, column: 信息公开, source: crawl,
     evidence: aaaaaaaaaaa1}}
  - {{title: 关于印发有关事项的说明, channel: disclosure_column, url: "{SITE}/a/3.htm",
     published: 2022-04-01, clicks: 3, department: 信息公开办公室, column: 招生信息,
     source: crawl, evidence: aaaaaaaaaaa2}}
"""


def crawl_file(*columns: str, complete: bool = True, verdicts: str = "[]") -> str:
    stopped = "" if complete else ", stopped: max_pages"
    return (f"department: 信息公开办公室\n"
            f"crawl: {{url: \"{SITE}/\", date: 2022-09-15, complete: {str(complete).lower()}"
            f"{stopped}}}\n"
            f"site:\n  homepage: {{url: \"{SITE}/\", opened: true, evidence: aaaaaaaaaaa0}}\n"
            f"  column: {{found: true, name: 信息公开, url: \"{SITE}/xxgk/\", clicks: 1,"
            f" evidence: aaaaaaaaaaa1}}\n  verdicts: {verdicts}\n  columns:\n"
            + "".join(COLUMNS[c] for c in columns) + ROWS)


def declarations(*rows: str, department: str = "招生就业处") -> str:
    return f"department: {department}\npublications:\n" + "".join(rows)


def row(title: str, channel: str = "disclosure_column", url: str | None = None,
        item: str = "7", extra: str = "") -> str:
    where = f', url: "{url}"' if url else ""
    return (f'  - {{item: "{item}", title: {title}, channel: {channel}{where},'
            f" made: 2022-03-01, published: 2022-03-10{extra}}}\n")


def audit(make_repo, site: str, files: dict[str, str], as_of: str = "2022-09-15",
          checklist: str = CHECKLIST):
    repo = make_repo(checklist=checklist, files={"declarations/_site.yaml": site, **files})
    return run(AuditRequest(repo, dt.date.fromisoformat(as_of)))


def item(result, item_id: str):
    return next(r for r in result.items if r.item.id == item_id)


# ── comparing URLs and titles ─────────────────────────────────────────────────────────────────

@pytest.mark.parametrize(("a", "b"), [
    ("http://www.t.edu.cn/a/1.htm", "https://www.t.edu.cn/a/1.htm"),  # scheme
    ("http://WWW.T.edu.cn:80/a/1.htm", "http://www.t.edu.cn/a/1.htm"),  # case, default port
    ("https://www.t.edu.cn:443/xxgk/", "https://www.t.edu.cn/xxgk"),  # port, trailing slash
    ("http://www.t.edu.cn/a/1.htm#top", "http://www.t.edu.cn/a/1.htm"),  # fragment
    ("http://t.cn/信息公开/1.htm", "http://t.cn/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/1.htm"),
    ("http://t.cn/show.php?id=3&p=1", "http://t.cn/show.php?p=1&id=3"),  # parameter order
    ("http://t.cn", "http://t.cn/"),
])
def test_the_same_page_however_written(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("http://t.cn/xxgk/", "http://t.cn/xxgk/index.html"),  # default documents differ by server
    ("http://t.cn/A.htm", "http://t.cn/a.htm"),  # path case is the server's
    ("http://t.cn:8080/a.htm", "http://t.cn/a.htm"),
    ("http://t.cn/show.php?id=3", "http://t.cn/show.php?id=4"),
    ("http://a.t.cn/1.htm", "http://b.t.cn/1.htm"),
])
def test_different_pages(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


def test_a_url_that_does_not_parse_is_compared_as_written() -> None:
    assert url_key("http://[::1/x") == "http://[::1/x" != url_key("http://[::1/y")
    assert url_key("http://t.cn:port/a") == "t.cn:port/a"
    assert len(column_id("http://[::1/x")) == 8


def test_a_columns_id_keeps_while_its_path_does() -> None:
    one = column_id("http://127.0.0.1:41234/xxgk/zs/list.htm")
    assert one == column_id("https://www.t.edu.cn/xxgk/zs/list.htm") == \
        column_id("http://127.0.0.1:5555/xxgk/zs/list.htm#x")
    assert len(one) == 8 and one != column_id("http://127.0.0.1:41234/xxgk/zs/list2.htm")


def test_titles_compare_without_brackets_spaces_or_width() -> None:
    assert title_key("《2022年 招生章程》") == title_key("２０２２年招生章程")
    assert title_key("2022年招生章程") != title_key("2022年招生章程（修订）修订")


# ── matching and what the crawl could see ─────────────────────────────────────────────────────

def test_matched_by_url_then_title_then_date(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(
        row("章程", url="http://www.t.edu.cn/a/1.htm#top")),  # another title, same page
        "declarations/财务处.yaml": declarations(
        '  - {item: "19", title: 部门预算, channel: oa, made: 2022-05-10, published: 2022-05-20}\n',
        department="财务处")}
    result = audit(make_repo, crawl_file("root", "zs"), files)
    [by_url] = item(result, "7").site.found
    assert (by_url.by, by_url.found.title) == ("url", "2022年招生章程")
    [by_date] = item(result, "19").site.found
    assert by_date.by == "date" and by_date.found.url == f"{SITE}/a/2.htm"
    titled = audit(make_repo, crawl_file("root", "zs"), {"declarations/招生就业处.yaml":
                   declarations(row("《2022年 招生章程》", channel="website",
                                    url="http://zs.t.edu.cn/1.htm"))})
    assert item(titled, "7").site.found[0].by == "title"


def test_a_date_matches_only_without_ambiguity(make_repo) -> None:
    two = declarations(row("甲", channel="oa"), row("乙", channel="oa"))
    result = audit(make_repo, crawl_file("root", "zs"), {"declarations/招生就业处.yaml": two})
    site = item(result, "7").site
    assert site.found == () and [r.title for r in site.found_not_declared] == ["2022年招生章程"]


def test_a_declared_url_matches_an_unclassified_crawled_row(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(
        row("招生咨询办法", url=f"{SITE}/a/3.htm"))}
    found = item(audit(make_repo, crawl_file("root", "zs"), files), "7").site.found
    assert [(m.by, m.found.title) for m in found] == [("url", "关于印发有关事项的说明")]


@pytest.mark.parametrize(("columns", "extra", "reason", "named"), [
    (("root", "zs"), "", "not_found", ()),  # every column read
    (("root", "zs", "robots"), "", "columns_not_checked", ("信息公开 › 内部文件",)),
    (("root", "zs", "broken"), "", "columns_not_checked", ("信息公开 › 专项公开",)),
    (("root", "zs", "robots"), ", column: 招生信息", "not_found", ()),  # its column was read
    (("root", "zs", "broken"), ", column: 专项公开", "page_failed", ()),
])
def test_declared_but_not_found_only_where_the_crawl_read(make_repo, columns, extra, reason,
                                                           named) -> None:
    files = {"declarations/招生就业处.yaml": declarations(
        row("2022年招生计划", url=f"{SITE}/a/9.htm", extra=extra))}
    site = item(audit(make_repo, crawl_file(*columns), files), "7").site
    [miss] = site.declared_not_found or site.not_checked
    assert (miss.reason, miss.columns) == (reason, named)


def test_an_incomplete_crawl_or_a_failed_site_checks_nothing(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(row("计划", url=f"{SITE}/a/9.htm"))}
    cut = item(audit(make_repo, crawl_file("root", "zs", complete=False), files), "7").site
    assert [m.reason for m in cut.not_checked] == ["crawl_incomplete"]
    lost = crawl_file("root", "zs", verdicts="[column_not_found]")
    site = item(audit(make_repo, lost, files), "7").site
    assert [m.reason for m in site.not_checked] == ["site_not_checked"]


def test_a_declared_url_that_is_a_column_page(make_repo) -> None:
    opened = {"declarations/招生就业处.yaml": declarations(row("招生信息栏目",
                                                            url=f"{SITE}/xxgk/zs/list.htm"))}
    assert item(audit(make_repo, crawl_file("root", "zs"), opened), "7").site.found[0].by == \
        "column"
    broken = {"declarations/招生就业处.yaml":
              declarations(row("专项", url=f"{SITE}/xxgk/zx/list.htm"))}
    result = audit(make_repo, crawl_file("root", "zs", "broken"), broken)
    [miss] = item(result, "7").site.declared_not_found
    assert (miss.reason, miss.detail, miss.evidence) == ("page_failed", "HTTP 500", "aaaaaaaaaaa4")
    availability = item(result, "7").scores["availability"]
    assert [f.code for f in availability.findings] == ["site-page-failed"]


def test_a_declaration_outside_the_column_is_not_expected_there(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(row("计划", channel="website",
                                                          url="http://zs.t.edu.cn/9.htm"))}
    site = item(audit(make_repo, crawl_file("root", "zs"), files), "7").site
    assert site.declared_not_found == () and site.not_checked == ()


# ── what the crawl changes, and how it says so ────────────────────────────────────────────────

def test_declared_only_on_oa_but_found_in_the_column_is_public(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(row("2022年招生章程", channel="oa",
                                                          extra=", elements: [招生章程]"))}
    result = audit(make_repo, crawl_file("root", "zs"), files)
    charter = item(result, "7")
    availability = charter.scores["availability"]
    assert charter.status == "partial" and availability.passed is True
    [note] = availability.findings
    assert note.code == "site-found" and note.params["url"] == f"{SITE}/a/1.htm"
    assert note.params["evidence"] == "aaaaaaaaaaa2" and note.params["elements"] == ["招生章程"]
    without = audit(make_repo, "department: 信息公开办公室\n", files)
    assert item(without, "7").status == "internal_only"  # the same declarations, no crawl


def test_declared_in_the_column_but_not_found_is_not_available(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(
        row("2022年招生计划", url=f"{SITE}/a/9.htm", extra=", elements: [分批次分科类招生计划]"))}
    result = audit(make_repo, crawl_file("root", "zs"), files)
    availability = item(result, "7").scores["availability"]
    assert availability.passed is False and availability.score == 0.0
    [finding] = availability.findings
    assert finding.code == "site-not-found" and finding.params["url"] == f"{SITE}/xxgk/"
    [entry] = [e for e in result.ledger if e.key == "7/availability"]
    assert entry.evidence_keys == ("aaaaaaaaaaa1",)
    assert "在信息公开专栏发布《2022年招生计划》" in entry.measure


def test_crawled_clicks_replace_declared_ones(make_repo) -> None:
    files = {"declarations/招生就业处.yaml": declarations(
        row("2022年招生章程", url=f"{SITE}/a/1.htm", extra=", elements: [招生章程], clicks: 1"))}
    checklist = CHECKLIST + "scoring: {max_clicks: 2}\n"
    result = audit(make_repo, crawl_file("root", "zs"), files, checklist=checklist)
    convenience = item(result, "7").scores["convenience"]
    assert convenience.passed is False
    assert [f.code for f in convenience.findings] == ["too-many-clicks", "site-clicks"]
    assert convenience.findings[1].params.items() >= {"declared": 1, "clicks": 3}.items()


def test_a_crawled_row_naming_no_element_covers_none(make_repo) -> None:
    """Item 19's crawled row 2022年部门预算公开 names none of the four tables: it raises
    nothing (the classifier's rule), whereas a declared row without elements covers them all."""
    files = {"declarations/财务处.yaml": declarations(
        '  - {item: "19", title: 预算表, channel: oa, made: 2022-06-01, published: 2022-06-05,'
        " elements: [收支预算总表]}\n", department="财务处")}
    result = audit(make_repo, crawl_file("root", "zs"), files)
    budget = item(result, "19")
    [row_found] = budget.site.found_not_declared
    assert row_found.elements == ()
    assert budget.status == "internal_only"


# ── the site checks on the audit's date ───────────────────────────────────────────────────────

def report(*columns: ColumnCheck, complete: bool = True, verdicts=()) -> SiteReport:
    return SiteReport(url=f"{SITE}/", date=dt.date(2022, 9, 15), department="信息公开办公室",
                      complete=complete, columns=columns, verdicts=tuple(verdicts),
                      homepage_opened=True, column_found=not verdicts)


def column(name: str, url: str, **fields) -> ColumnCheck:
    values = {"path": ("信息公开", name), "department": "信息公开办公室", "opened": True,
              "clicks": 2} | fields
    return ColumnCheck(name=name, url=url, **values)


def test_staleness_and_depth_are_judged_again_with_the_checklists_limits(make_repo) -> None:
    from disclosure_audit.scoring.site.checks import judge_sites
    from disclosure_audit.spec import load_checklist

    repo = make_repo(checklist=CHECKLIST + "site:\n  columns:\n    - {match: 动态, "
                     "update_within: {months: 1}}\nscoring: {max_clicks: 2}\n")
    checklist, _ = load_checklist(repo / "checklist.yaml", repo_root=repo)
    news = column("学校动态", f"{SITE}/dt/", entries=3, newest=dt.date(2022, 8, 20),
                  verdicts=("stale",))  # stale in the crawl (2 weeks), not with 1 month
    deep = column("历年报告", f"{SITE}/ls/", clicks=3, entries=1, newest=dt.date(2022, 8, 1))
    undated = column("规章", f"{SITE}/gz/", entries=2, undated=2)
    site = judge_sites([report(news, deep, undated)], checklist, dt.date(2022, 9, 15))
    verdicts = {c.name: c.verdicts for c in site.checks}
    assert verdicts["信息公开 › 学校动态"] == ()
    assert verdicts["信息公开 › 历年报告"] == ("too_deep",)
    assert verdicts["信息公开 › 规章"] == ("stale",)  # undated entries count as not updated
    later = judge_sites([report(news)], checklist, dt.date(2022, 9, 21))
    assert later.checks[1].verdicts == ("stale",) and later.checks[1].limit == Limit(1, "months")
    assert later.checks[1].expires == dt.date(2022, 9, 20)


def test_which_keys_a_crawl_judges() -> None:
    from disclosure_audit.scoring.site.checks import judge_sites
    from disclosure_audit.spec import load_checklist

    checklist, _ = load_checklist("moe-2014")
    seen = column("招生", f"{SITE}/zs/")
    blocked = column("内部", f"{SITE}/nb/", opened=None)
    full = judge_sites([report(seen, blocked)], checklist, dt.date(2022, 9, 15))
    key = f"site/column/{column_id(SITE + '/zs/')}"
    assert full.judges(f"{key}/stale") and full.judges("site/column_not_found")
    assert not full.judges(f"site/column/{column_id(SITE + '/nb/')}/stale")  # robots
    assert full.judges("site/column/0badc0de/empty")  # gone from a complete crawl
    cut = judge_sites([report(seen, blocked, complete=False)], checklist, dt.date(2022, 9, 15))
    assert not cut.judges(f"{key}/stale") and not cut.judges("site/column/0badc0de/empty")
    lost = judge_sites([report(verdicts=("column_not_found",))], checklist, dt.date(2022, 9, 15))
    assert lost.judges("site/column_not_found") and not lost.judges(f"{key}/stale")

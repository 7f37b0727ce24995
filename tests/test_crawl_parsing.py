"""Reading pages without a network: list markups, dates, pagination, links, scope, robots.txt."""

from __future__ import annotations

import datetime as dt

import pytest

from disclosure_audit.crawl.dates import date_in_text, date_in_url
from disclosure_audit.crawl.html import anchors, own_text, page_title, parse
from disclosure_audit.crawl.listing import blocks, list_entries
from disclosure_audit.crawl.navigation import (
    disclosure_link,
    pagination_links,
    subcolumn_links,
)
from disclosure_audit.crawl.robots import Robots
from disclosure_audit.crawl.scope import Scope, normalise, site_domain
from disclosure_audit.crawl.urls import format_of, is_article, same_list
from disclosure_audit.links.probe import decode_body
from sitesrv import SITES

D = dt.date
BASE = "http://school.test"


def links_of(html: str, url: str = BASE + "/xxgk/list.htm"):
    doc = parse(html)
    assert doc is not None
    return anchors(doc, url)


def site_page(rel: str) -> str:
    raw = (SITES / "univ" / rel).read_bytes()
    return decode_body(raw, None)


# ── list markups ──────────────────────────────────────────────────────────────────────────────

def entries_of(rel: str, url: str) -> list[tuple[str, str, dt.date | None]]:
    links = anchors(parse(site_page(rel)), url)
    menu = {a.url for a in links if a.url.startswith(BASE + "/xxgk/")
            and a.url.endswith(("list.htm", "index.html", "list.php", "/xxgk/"))}
    return [(e.title, e.url.removeprefix(BASE), e.date)
            for e in list_entries(links, menu | {url})]


def test_vsb_list_li_span_and_the_full_title_of_a_shortened_one() -> None:
    found = entries_of("xxgk/jbxx/list.htm", BASE + "/xxgk/jbxx/list.htm")
    assert found == [
        ("2021-2022学年信息公开年度报告", "/2022/0905/c1001a1101/page.htm", D(2022, 9, 5)),
        ("测试职业技术学院章程", "/2022/0601/c1001a1102/page.htm", D(2022, 6, 1)),
        ("学校发展规划（2021—2025年）", "/2022/0315/c1001a1103/page.htm", D(2022, 3, 15)),
    ]


def test_table_rows_with_relative_links() -> None:
    found = entries_of("xxgk/zsks/index.html", BASE + "/xxgk/zsks/index.html")
    assert found[0] == ("2022年单独招生章程", "/info/1002/2001.htm", D(2022, 3, 10))
    assert [d for *_, d in found] == [D(2022, 3, 10), D(2022, 7, 10), D(2022, 5, 5)]


def test_bracketed_dates_in_paragraph_rows() -> None:
    found = entries_of("xxgk/cwzc/list.php", BASE + "/xxgk/cwzc/list.php")
    assert found == [
        ("2022年部门预算公开", "/xxgk/cwzc/show.php?id=31", D(2022, 5, 20)),
        ("2021年部门决算", "/xxgk/cwzc/show.php?id=32", D(2022, 8, 25)),
        ("学生收费项目及标准公示", "/xxgk/cwzc/show.php?id=33", D(2021, 9, 1)),
    ]


def test_dates_only_in_the_url_path_of_a_gbk_page() -> None:
    found = entries_of("xxgk/rsxx/list.htm", BASE + "/xxgk/rsxx/list.htm")
    assert [(t, d) for t, _, d in found] == [
        ("2022年公开招聘工作人员公告", D(2022, 6, 10)),
        ("关于中层干部任免的通知", D(2022, 3, 1)),
        ("岗位设置管理与聘用办法", D(2021, 11, 15)),
    ]


def test_a_sidebar_repeated_from_the_parent_page_is_not_the_columns_list() -> None:
    root = anchors(parse(site_page("xxgk/index.html")), BASE + "/xxgk/index.html")
    page = anchors(parse(site_page("xxgk/xxdt/list.htm")), BASE + "/xxgk/xxdt/list.htm")
    fresh = list_entries(page, set())  # without the parent's blocks the fresh sidebar wins
    assert max(e.date for e in fresh) == D(2022, 9, 5)
    stale = list_entries(page, set(), blocks(root))
    assert [e.date for e in stale] == [D(2022, 7, 20), D(2022, 6, 30), D(2022, 6, 1)]


def test_undated_rows_of_a_dated_list_are_entries_and_undated_lists_are_found() -> None:
    html = """<ul class="list">
      <li><a href="/2022/0310/c1a1/page.htm">甲</a><span>2022-03-10</span></li>
      <li><a href="/info/1001/2.htm">乙（无日期）</a></li></ul>
      <div><a href="/xxgk/other/list.htm">其他栏目</a></div>"""
    found = list_entries(links_of(html), set())
    assert [(e.title, e.date) for e in found] == [("甲", D(2022, 3, 10)), ("乙（无日期）", None)]
    undated = """<ul><li><a href="/info/1001/1.htm">一</a></li><li><a href="/info/1001/2.htm">二</a>
      </li><li><a href="/files/3.pdf">三</a></li></ul>
      <ul><li><a href="/a/list.htm">栏目甲</a></li><li><a href="/b/list.htm">栏目乙</a></li></ul>"""
    assert [e.title for e in list_entries(links_of(undated), set())] == ["一", "二", "三"]


def test_navigation_and_page_numbers_are_never_entries() -> None:
    html = """<ul><li><a href="/x/list2.htm">2</a></li><li><a href="/x/list3.htm">下一页</a></li>
      <li><a href="/x/more.htm">更多&gt;&gt;</a></li></ul>"""
    assert list_entries(links_of(html), set()) == []


def test_a_layout_table_row_is_not_one_big_entry() -> None:
    rows = "".join(f'<p><a href="/info/1/{i}.htm">标题{i}</a> [2022-03-0{i}]</p>'
                   for i in range(1, 6))
    html = f"<table><tr><td>{rows}</td><td><a href='/a'>甲</a></td></tr></table>"
    assert len(list_entries(links_of(html), set())) == 5


# ── dates, URLs ───────────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize(("text", "expected"), [
    ("2022-03-10", D(2022, 3, 10)), ("[2022-03-10]", D(2022, 3, 10)),
    ("发布时间：2022/3/1", D(2022, 3, 1)), ("2022.03.10", D(2022, 3, 10)),
    ("2022年3月10日", D(2022, 3, 10)), ("2022-02-30 2022-03-01", D(2022, 3, 1)),
    ("浏览 12022 次", None), ("第2022期", None), ("", None),
])
def test_dates_in_text(text: str, expected: dt.date | None) -> None:
    assert date_in_text(text) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("http://a.cn/2022/0310/c1234a5678/page.htm", D(2022, 3, 10)),
    ("http://a.cn/xxgk/202203/t20220310_1234.html", D(2022, 3, 10)),
    ("http://a.cn/2022-03-10/1.html", D(2022, 3, 10)),
    ("http://a.cn/2022/13/45/x.htm", None),
    ("http://a.cn/info/1001/2022.htm", None),
    ("http://a.cn/list.htm?d=/2022/0310/", None),
])
def test_dates_in_urls(url: str, expected: dt.date | None) -> None:
    assert date_in_url(url) == expected


@pytest.mark.parametrize(("url", "first", "expected"), [
    ("http://a.cn/x/list2.htm", "http://a.cn/x/list.htm", True),
    ("http://a.cn/x/index_1.html", "http://a.cn/x/index.html", True),
    ("http://a.cn/x/list.php?page=2", "http://a.cn/x/list.php", True),
    ("http://a.cn/x/list.jsp?id=9&a2p=3", "http://a.cn/x/list.jsp?id=9&a2p=1", True),
    ("http://a.cn/x/jbxx/2.htm", "http://a.cn/x/jbxx.htm", True),
    ("http://a.cn/y/list2.htm", "http://a.cn/x/list.htm", False),
    ("http://a.cn/x/list.php?id=3", "http://a.cn/x/list.php?id=2&page=1", False),
    ("http://b.cn/x/list2.htm", "http://a.cn/x/list.htm", False),
    ("http://a.cn/x/list.htm", "http://a.cn/x/list.htm", False),
])
def test_pages_of_the_same_list(url: str, first: str, expected: bool) -> None:
    assert same_list(url, first) is expected


def test_formats_from_the_extension_and_the_content_type() -> None:
    assert format_of("http://a.cn/f/report.PDF") == "pdf"
    assert format_of("http://a.cn/f/plan.docx") == "doc"
    assert format_of("http://a.cn/f/t.xlsx") == "xls"
    assert format_of("http://a.cn/f/scan.jpg") == "image"
    assert format_of("http://a.cn/a/page.htm") == "html"
    assert format_of("http://a.cn/download.jsp?id=3", "application/pdf") == "pdf"
    assert format_of("http://a.cn/f/a.zip") is None


def test_article_urls() -> None:
    assert is_article("http://a.cn/2022/0310/c1234a5678/page.htm")
    assert is_article("http://a.cn/info/1001/1234.htm")
    assert is_article("http://a.cn/content.jsp?urltype=news.NewsContentUrl&wbnewsid=12")
    assert not is_article("http://a.cn/xxgk/jbxx/list.htm")
    assert not is_article("http://a.cn/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1001")


# ── navigation ────────────────────────────────────────────────────────────────────────────────

def test_the_disclosure_link_prefers_an_exact_name() -> None:
    html = """<a href="/ndbg.htm">信息公开年度报告</a><a href="/a.htm">学校信息公开网</a>
      <a href="/xxgk/">信息公开</a><a href="/b.htm">党务公开</a>"""
    assert disclosure_link(links_of(html)).url == BASE + "/xxgk/"
    second = links_of('<a href="/ndbg.htm">信息公开年度报告</a><a href="/a.htm">学校信息公开网</a>')
    assert disclosure_link(second).url == BASE + "/a.htm"
    image = links_of('<a href="/img.htm"><img src="x.png" alt="校务公开"></a>')
    assert disclosure_link(image).url == BASE + "/img.htm"
    assert disclosure_link(links_of('<a href="/n.htm">新闻中心</a>')) is None


def test_pagination_kinds() -> None:
    vsb = anchors(parse(site_page("xxgk/jbxx/list.htm")), BASE + "/xxgk/jbxx/list.htm")
    assert {a.url.removeprefix(BASE) for a in pagination_links(
        vsb, BASE + "/xxgk/jbxx/list.htm", BASE + "/xxgk/jbxx/list.htm")} == \
        {"/xxgk/jbxx/list2.htm", "/xxgk/jbxx/list3.htm"}
    numbered = anchors(parse(site_page("xxgk/zsks/index.html")), BASE + "/xxgk/zsks/index.html")
    assert [a.url.removeprefix(BASE) for a in pagination_links(
        numbered, BASE + "/xxgk/zsks/index.html", BASE + "/xxgk/zsks/index.html")] == \
        ["/xxgk/zsks/index_1.html", "/xxgk/zsks/index_2.html"]
    query = anchors(parse(site_page("xxgk/cwzc/list.php")), BASE + "/xxgk/cwzc/list.php")
    assert {a.url for a in pagination_links(query, BASE + "/xxgk/cwzc/list.php",
                                            BASE + "/xxgk/cwzc/list.php")} == \
        {BASE + "/xxgk/cwzc/list.php?page=2"}
    # a number outside the list's family is not a page of it
    other = links_of('<a href="/other/list2.htm">2</a><a href="/x/list2.htm">2</a>',
                     BASE + "/x/list.htm")
    assert [a.url for a in pagination_links(other, BASE + "/x/list.htm",
                                            BASE + "/x/list.htm")] == [BASE + "/x/list2.htm"]


def test_subcolumns_skip_files_articles_navigation_and_take_a_real_name_over_more() -> None:
    html = """<a href="/xxgk/a/list.htm">更多&gt;&gt;</a><a href="/xxgk/a/list.htm">甲栏目</a>
      <a href="/f/x.pdf">文件</a><a href="/2022/0310/c1a2/page.htm">文章</a>
      <a href="/index.html">返回首页</a><a href="http://other.cn/list.htm">外站</a>
      <a href="/xxgk/b/list.htm">乙栏目</a>"""
    scope = Scope(BASE + "/")
    found = subcolumn_links(links_of(html), set(), scope.allows)
    assert [(a.url.removeprefix(BASE), a.text) for a in found] == [
        ("/xxgk/a/list.htm", "甲栏目"), ("/xxgk/b/list.htm", "乙栏目")]


def test_page_title_and_own_text() -> None:
    doc = parse(site_page("xxgk/tzgg/list.htm"))
    assert page_title(doc) == "通知公告"
    assert "暂无内容" in own_text(doc)
    assert not any(t == "通知公告" for t in own_text(doc) if t == "信息公开")  # links excluded


def test_unparseable_pages_are_none() -> None:
    assert parse("") is None
    assert parse("   \n") is None
    assert parse('<?xml version="1.0" encoding="gb2312"?><html><body>x</body></html>') \
        is not None


# ── scope and robots ──────────────────────────────────────────────────────────────────────────

def test_scope_is_the_schools_domain_and_the_hosts_allowed() -> None:
    scope = Scope("https://www.hnu.edu.cn/", ("*.example.org", "cdn.other.cn"))
    assert scope.allows("https://xxgk.hnu.edu.cn/a")
    assert scope.allows("http://hnu.edu.cn/")
    assert not scope.allows("https://xhnu.edu.cn/")
    assert not scope.allows("ftp://www.hnu.edu.cn/")
    assert scope.allows("http://a.example.org/") and not scope.allows("http://example.org/")
    assert scope.allows("http://cdn.other.cn/x")
    assert not Scope("https://www.edu.cn/").allows("https://x.edu.cn/")
    assert not Scope("http://127.0.0.1:8000/").allows("http://127.0.0.2:8000/")
    assert site_domain("www.hnu.edu.cn") == "hnu.edu.cn"
    assert normalise("HTTP://WWW.A.cn/x#frag") == "http://www.a.cn/x"
    assert normalise("http://user:pw@a.cn/") is None
    assert normalise("http://a.cn:99999/") is None
    assert normalise("https://exa mple.com/") is None


def test_robots_rules_and_what_a_missing_or_broken_file_means() -> None:
    rules = Robots(200, "User-agent: *\nDisallow: /xxgk/neibu/\nCrawl-delay: 3\n")
    assert not rules.allows("http://a.cn/xxgk/neibu/list.htm")
    assert rules.allows("http://a.cn/xxgk/jbxx/list.htm")
    assert rules.crawl_delay() == 3.0
    assert Robots(200, "User-agent: *\nCrawl-delay: 0.5 # seconds\n").crawl_delay() == 0.5
    assert Robots(200, "User-agent: *\nCrawl-delay: soon\n").crawl_delay() is None
    assert Robots(200, "User-agent: *\nCrawl-delay: nan\n").crawl_delay() is None
    ours = Robots(200, "User-agent: disclosure-audit\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    assert not ours.allows("http://a.cn/")
    assert Robots(404).allows("http://a.cn/anything")  # RFC 9309: unavailable → allowed
    assert not Robots(503).allows("http://a.cn/")  # unreachable → nothing
    assert not Robots(None).allows("http://a.cn/")

"""Crawling the local test website (tests/data/sites/univ, served on 127.0.0.1): the command,
the crawl file, the site checks, politeness and bounds, evidence, resume."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from disclosure_audit import __version__
from disclosure_audit.cli import app
from disclosure_audit.crawl.run import crawl
from disclosure_audit.crawl.settings import CrawlSettings
from disclosure_audit.errors import InputError
from disclosure_audit.evidence import store
from sitesrv import BIG_PAGE, OTHER_HOST, SiteServer

CHECKLIST = """\
extends: moe-2014
institution: {name: 测试职业技术学院, kind: vocational}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [党政办公室, 招生就业处, 财务处, 组织人事处, 信息公开办公室]
office: 信息公开办公室
items:
  "2": {owner: 党政办公室}
  "6": {owner: 党政办公室}
  "7": {owner: 招生就业处}
  "19": {owner: 财务处}
  "25": {owner: 组织人事处}
site:
  columns:
    - {match: 招生, department: 招生就业处}
"""
FAST = ("--delay", "0", "--timeout", "0.5", "--as-of", "2022-09-15")


def make_repo(root: Path) -> Path:
    (root / "declarations").mkdir(parents=True)
    (root / "checklist.yaml").write_text(CHECKLIST, encoding="utf-8")
    return root


def invoke(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    """One crawl of the whole test site through the CLI, shared by the tests that read it."""
    repo = make_repo(tmp_path_factory.mktemp("crawl") / "repo")
    with SiteServer() as server:
        result = invoke("crawl", server.url + "/index.html", "--repo", repo, *FAST)
    text = (repo / "declarations" / "_site.yaml").read_text(encoding="utf-8")
    return {"repo": repo, "server": server, "result": result, "text": text,
            "data": yaml.safe_load(text)}


def columns(crawled) -> dict[str, dict]:
    return {c["name"]: c for c in crawled["data"]["site"]["columns"]}


def rows(crawled) -> dict[str, dict]:
    return {r["title"]: r for r in crawled["data"]["publications"]}


# ── the crawl file ────────────────────────────────────────────────────────────────────────────

def test_the_command_reports_and_exits_1_for_failed_site_checks(crawled) -> None:
    result = crawled["result"]
    assert result.exit_code == 1, result.stderr
    assert "信息公开专栏：信息公开（从首页点击 1 次）" in result.stdout
    assert "栏目 15 个，已核查 13 个，存在问题 6 个" in result.stdout  # robots, other host
    assert "robots.txt 禁止 1 个，跳转到其他网站 1 个" in result.stdout
    for problem in ("无法打开（列表页 1 个）", "无法打开（HTTP 500）", "无法打开（超时：0.5 s）",
                    "层级过深、更新不及时", "空栏目"):
        assert problem in result.stdout, problem
    assert result.stderr == ""


def test_columns_their_clicks_and_the_tree(crawled) -> None:
    found = columns(crawled)
    assert list(found)[:2] == ["信息公开", "基本信息"]
    assert found["信息公开"]["clicks"] == 1 and found["信息公开"]["subcolumns"] == 12
    assert found["历年报告"]["clicks"] == 3
    assert found["历年报告"]["path"] == ["信息公开", "信息公开年度报告", "历年报告"]
    assert found["2015年以前"]["clicks"] == 4
    assert crawled["data"]["site"]["column"] == {
        "found": True, "name": "信息公开", "url": crawled["data"]["crawl"]["url"].replace(
            "/index.html", "/xxgk/"), "clicks": 1,
        "evidence": found["信息公开"]["evidence"][0]}


@pytest.mark.parametrize(("name", "verdicts", "entries", "newest"), [
    ("基本信息", [], 8, "2022-09-05"),  # 博达 list.htm → list2.htm → list3.htm (下一页, 尾页)
    ("招生考试信息", ["not_opened"], 6, "2022-07-10"),  # table; index_1.html; index_2.html: 500
    ("财务资产及收费信息", [], 5, "2022-08-25"),  # [date]; ?page=2
    ("人事师资信息", [], 3, "2022-06-10"),  # dates only in the URL path; a GBK page
    ("学校动态", ["stale"], 3, "2022-07-20"),  # news: 2 weeks
    ("通知公告", ["empty"], 0, None),
    ("信息公开年度报告", [], 0, None),  # only a sub-column: not empty
    ("专项公开", ["not_opened"], 0, None),  # 500
    ("视频公开", ["not_opened"], 0, None),  # slower than --timeout
    ("图片新闻", [], 2, "2022-09-01"),  # bigger than the cap: the start is read
    ("2015年以前", ["too_deep", "stale"], 2, "2015-10-29"),
])
def test_site_checks_per_column(crawled, name: str, verdicts: list[str], entries: int,
                                newest: str | None) -> None:
    column = columns(crawled)[name]
    assert (column["verdicts"], column["entries"], column["newest"]) == \
        (verdicts, entries, newest)


def test_limits_details_and_departments_of_columns(crawled) -> None:
    found = columns(crawled)
    assert found["学校动态"]["update_within"] == {"weeks": 2}
    assert found["通知公告"]["update_within"] == {"months": 6}
    assert found["基本信息"]["update_within"] == {"years": 1}
    assert found["专项公开"]["detail"] == "HTTP 500" and found["专项公开"]["opened"] is False
    assert found["视频公开"]["detail"] == "timeout: 0.5 s"
    assert found["招生考试信息"]["department"] == "招生就业处"  # site.columns rule
    assert found["基本信息"]["department"] == "信息公开办公室"  # the office
    [failed] = found["招生考试信息"]["failed_pages"]
    assert failed["url"].endswith("/xxgk/zsks/index_2.html") and failed["status"] == 500
    assert found["内部文件"]["opened"] is None and found["内部文件"]["detail"] == "robots"
    assert found["校园建设"]["opened"] is None and found["校园建设"]["detail"] == "other_host"


def test_rows_are_declarations_of_the_site(crawled) -> None:
    found = rows(crawled)
    charter = found["2022年单独招生章程"]
    assert charter["item"] == "7" and charter["department"] == "招生就业处"
    assert charter["channel"] == "disclosure_column" and charter["source"] == "crawl"
    assert charter["published"] == "2022-03-10" and charter["format"] == "html"
    assert charter["clicks"] == 2  # listed on the disclosure column's home: 2 clicks
    assert charter["column"] == "信息公开"
    assert charter["elements"] == ["特殊类型招生办法"]  # what the title names, by the classifier
    assert "elements" not in found["2022年部门预算公开"]  # names none: not known, not "all"
    assert found["学校机构设置"]["clicks"] == 4  # page 3 of 基本信息: via 尾页
    assert found["2022年部门预算公开"]["department"] == "财务处"
    assert found["学校发展规划（2021—2025年）"]["department"] == "信息公开办公室"  # no owner
    assert "item" not in found["暑期社会实践活动启动"]  # kept, unclassified
    assert found["暑期社会实践活动启动"]["department"] == "信息公开办公室"
    assert len(found) == len(crawled["data"]["publications"]) == 31  # each URL once


def test_nothing_outside_the_disclosure_column_robots_or_another_host_is_fetched(crawled):
    paths = crawled["server"].paths()
    assert paths[0] == "/robots.txt"
    assert not any(p.startswith(("/xxgk/neibu/", "/news/", "/zs/", "/about")) for p in paths)
    assert not any(p.startswith(("/2022/", "/info/")) for p in paths)  # articles are not read
    assert len(paths) == len(set(paths))  # no page twice
    skipped = {s["reason"]: s for s in crawled["data"]["crawl"]["not_followed"]}
    assert skipped["other_host"]["target"] == OTHER_HOST + "/xyjs/list.htm"
    assert skipped["robots"]["url"].endswith("/xxgk/neibu/list.htm")


def test_the_user_agent_names_the_tool_its_version_and_project(crawled) -> None:
    agents = {h.user_agent for h in crawled["server"].hits}
    assert agents == {f"disclosure-audit/{__version__} (website self-check of information "
                      "disclosure; +https://pypi.org/project/disclosure-audit/)"}


def test_validate_accepts_the_crawl_file_as_it_is(crawled) -> None:
    result = invoke("validate", crawled["repo"], "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout) == []
    single = invoke("validate", crawled["repo"] / "declarations" / "_site.yaml")
    assert single.exit_code == 0, single.stdout


def test_audit_accepts_it_and_crawled_rows_do_not_count_as_declarations(crawled) -> None:
    result = invoke("audit", crawled["repo"], "--as-of", "2022-09-15", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    items = {i["id"]: i for i in data["items"]}
    assert items["7"]["status"] == "missing"  # found on the site, but nobody declared it
    assert data["summary"]["score"] == 0.0
    unclassified = {u["title"] for u in data["unclassified"]}
    assert unclassified == {t for t, r in rows(crawled).items() if "item" not in r}


def test_evidence_of_every_page_used(crawled) -> None:
    repo, data = crawled["repo"], crawled["data"]
    keys = {k for c in data["site"]["columns"] for k in c["evidence"]}
    keys |= {r["evidence"] for r in data["publications"]}
    keys.add(data["site"]["homepage"]["evidence"])
    for key in keys:
        evidence = store.load(repo, key)
        assert evidence.intact and evidence.record.key == key
        if evidence.record.sha256 and evidence.record.bytes:
            body = store.read_body(repo, evidence.record.sha256)
            assert hashlib.sha256(body).hexdigest() == evidence.record.sha256
    big = store.load(repo, columns(crawled)["图片新闻"]["evidence"][0]).record
    assert big.truncated and big.bytes == CrawlSettings().max_body < BIG_PAGE
    robots = store.load(repo, columns(crawled)["内部文件"]["evidence"][0]).record
    assert robots.url.endswith("/robots.txt") and robots.status == 200


def test_evidence_show(crawled) -> None:
    repo = crawled["repo"]
    key = crawled["data"]["site"]["homepage"]["evidence"]
    shown = invoke("evidence", "show", key, "--repo", repo)
    assert shown.exit_code == 0
    assert f"证据 {key}" in shown.stdout and "HTTP 状态: 200" in shown.stdout
    assert "与 SHA-256 一致" in shown.stdout
    as_json = json.loads(invoke("evidence", "show", key[:6], "--repo", repo, "--format",
                                "json").stdout)
    assert as_json["key"] == key and as_json["status"] == 200 and as_json["body_intact"]
    assert as_json["fetched_at"].startswith(str(dt.date.today().year)[:2])
    redirect = columns(crawled)["校园建设"]["evidence"][0]
    text = invoke("--lang", "en", "evidence", "show", redirect, "--repo", repo).stdout
    assert "Redirect target (not followed): " + OTHER_HOST in text


@pytest.mark.parametrize(("key", "code"), [
    ("000000000000", "evidence-not-found"), ("../../etc/passwd", "evidence-bad-key"),
    ("ABC", "evidence-bad-key"),
])
def test_evidence_show_refuses_cleanly(crawled, key: str, code: str) -> None:
    result = invoke("evidence", "show", key, "--repo", crawled["repo"])
    assert result.exit_code == 2 and f"[{code}]" in result.stderr
    assert "Traceback" not in result.stderr


def test_changed_evidence_is_reported_not_trusted(tmp_path: Path) -> None:
    from disclosure_audit.evidence.record import EvidenceRecord

    body = b"<html>page</html>"
    record = EvidenceRecord("http://a.cn/", "2022-09-15T00:00:00+00:00", "ok", 200,
                            sha256=hashlib.sha256(body).hexdigest(), bytes=len(body))
    key = store.save(tmp_path, record, body)
    path = tmp_path / store.EVIDENCE_DIR / f"{key}.json"
    path.write_text(path.read_text().replace('"status": 200', '"status": 404'))
    (tmp_path / store.EVIDENCE_DIR / "bodies" / f"{record.sha256}.gz").write_bytes(
        __import__("gzip").compress(b"<html>other</html>"))
    evidence = store.load(tmp_path, key)
    assert not evidence.intact and evidence.body_intact is False
    path.write_text("{not json")
    with pytest.raises(Exception, match="evidence-damaged"):
        store.load(tmp_path, key)


# ── usage errors ──────────────────────────────────────────────────────────────────────────────

def test_bad_urls_and_paths_are_usage_errors_and_nothing_is_fetched(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    for url in ("ftp://www.example.edu.cn/", "www.example.edu.cn", "javascript:alert(1)"):
        result = invoke("crawl", url, "--repo", repo)
        assert result.exit_code == 2 and "[crawl-bad-url]" in result.stderr, url
    assert invoke("crawl", "http://127.0.0.1:9/", "--repo", tmp_path).exit_code == 2  # no repo
    folder = invoke("crawl", "http://127.0.0.1:9/", "--repo", repo, "-o", repo / "declarations")
    assert "[crawl-output-folder]" in folder.stderr
    bad = invoke("crawl", "http://127.0.0.1:9/", "--repo", repo, "--time-limit", "soon")
    assert bad.exit_code == 2 and "[bad-age]" in bad.stderr
    assert not (repo / ".disclosure-audit").exists()


def test_the_crawl_file_never_replaces_a_file_it_did_not_write(run_cli, tmp_path: Path) -> None:
    # -o README.md once replaced the README with the crawl's YAML: outside the repo too, crawl
    # writes only a .yaml file that is new or a crawl file of its own.
    from disclosure_audit.services.crawl import CrawlRequest, crawl_site

    repo = make_repo(tmp_path / "repo")
    readme, notes = tmp_path / "README.md", tmp_path / "notes.yaml"
    readme.write_text("# 说明\n", encoding="utf-8")
    notes.write_text("people: wrote this\n", encoding="utf-8")
    with SiteServer() as server:
        for target in (readme, notes, tmp_path / "site.txt"):
            result = run_cli("crawl", server.url + "/index.html", "--repo", repo, "-o", target,
                             *FAST)
            assert result.exit_code == 2 and "[crawl-output-not-crawl-file]" in result.stderr
            with pytest.raises(InputError):
                crawl_site(CrawlRequest(server.url + "/index.html", repo,
                                        dt.date(2022, 9, 15), target, progress=False))
        assert server.paths() == []  # refused before anything was fetched
        elsewhere = tmp_path / "site.yaml"  # a new YAML file, then the crawl's own: written
        for _ in range(2):
            result = run_cli("crawl", server.url + "/index.html", "--repo", repo, "-o",
                             elsewhere, *FAST)
            assert result.exit_code == 1 and "crawl:" in elsewhere.read_text(encoding="utf-8")
    assert readme.read_text(encoding="utf-8") == "# 说明\n"
    assert notes.read_text(encoding="utf-8") == "people: wrote this\n"
    assert not (tmp_path / "site.txt").exists()


def test_an_unreachable_homepage_is_a_site_check_not_a_crash(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        url = server.url
    result = invoke("crawl", url + "/", "--repo", repo, "--timeout", "0.5", "--lang", "en")
    assert result.exit_code == 1  # the port is closed now: robots.txt unreachable
    data = yaml.safe_load((repo / "declarations" / "_site.yaml").read_text(encoding="utf-8"))
    assert data["site"]["homepage"]["opened"] is False
    assert data["publications"] == []
    assert invoke("validate", repo).exit_code == 0


def crawl_lib(server: SiteServer, repo: Path, start: str = "/index.html", **settings):
    values = {"delay": 0.0, "timeout": 0.5} | settings
    resume = values.pop("resume", False)
    return crawl(server.url + start, repo, CrawlSettings(**values), max_clicks=3,
                 resume=resume)


def test_max_pages_stops_the_crawl_and_resume_finishes_it(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        first, run1 = crawl_lib(server, repo, max_pages=6)
        assert first.stopped == "max_pages" and run1.fetched == 6
        fetched_first = [p for p in server.paths() if p != "/robots.txt"]
        second, run2 = crawl_lib(server, repo, resume=True)
        again = [p for p in server.paths()[len(fetched_first) + 1:] if p != "/robots.txt"]
    assert second.stopped is None and run2.reused == 6
    assert not set(fetched_first) & set(again)  # resumed: nothing fetched twice
    assert {c.name for c in second.columns} >= {"基本信息", "历年报告", "2015年以前"}


def test_a_crawl_cut_short_does_not_say_unread_columns_have_no_problems(run_cli,
                                                                       tmp_path: Path) -> None:
    # "栏目 13 个，均未发现问题" after 5 pages covered nine columns nobody had read.
    from disclosure_audit.crawl.report import CrawlReport, summary_text
    from disclosure_audit.services.crawl import CrawlRequest, crawl_site

    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        result = run_cli("crawl", server.url + "/index.html", "--repo", repo, "--max-pages",
                         "5", *FAST)
        assert "栏目 13 个，已核查 4 个，均未发现问题" in result.stdout
        assert "抓取未完成" in result.stdout
        report: CrawlReport = crawl_site(CrawlRequest(
            server.url + "/index.html", repo, dt.date(2022, 9, 15), progress=False,
            settings=CrawlSettings(delay=0.0, timeout=0.5), resume=True))
    checked = sum(1 for c in report.checks if c.opened is not None)
    assert checked == 13 < len(report.checks) == 15
    assert "15 columns, 13 checked, 6 with problems" in summary_text(report, "en", 200, False)


def test_resume_asks_again_for_pages_that_failed(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        crawl_lib(server, repo)
        count = len(server.paths())
        crawl_lib(server, repo, resume=True)
        again = server.paths()[count:]
    assert sorted(p for p in again if p != "/robots.txt") == \
        ["/xxgk/slow/list.htm", "/xxgk/zsks/index_2.html", "/xxgk/zxgk/list.htm"]


def test_time_limit_stops_the_crawl(tmp_path: Path) -> None:
    import time

    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        began = time.monotonic()
        result, _ = crawl_lib(server, repo, time_limit=0.3, delay=0.2)
        late = [h.path for h in server.hits if h.at > began + 0.3]
    assert result.stopped == "time_limit"
    reasons = {c.name: c.not_checked for c in result.columns[1:]}
    assert reasons.pop("内部文件") == "robots"  # robots.txt is known: no request needed
    assert set(reasons.values()) == {"time_limit"} and len(reasons) == 11
    assert len(late) <= 2  # requests waiting for a slot when time ran out are not made


def test_two_requests_at_most_per_host_and_the_delay_between(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    delay = 0.15
    with SiteServer(slow=0.2) as server:
        crawl_lib(server, repo, delay=delay)
        starts = sorted(h.at for h in server.hits)
        most = server.most_in_flight
    assert most <= 2
    # each of the 2 slots rests `delay` after an answer: no 3 starts within one delay
    assert all(starts[i + 2] - starts[i] >= delay * 0.9 for i in range(len(starts) - 2))


def test_the_disclosure_column_two_clicks_from_the_homepage(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        result, _ = crawl_lib(server, repo, start="/home2.html", max_list_pages=2)
        paths = server.paths()
    assert result.column_clicks == 2 and result.columns[0].clicks == 2
    assert result.columns[1].clicks == 3
    basic = next(c for c in result.columns if c.name == "基本信息")
    assert len(basic.entries) == 6  # two list pages of 3: --max-list-pages bounds a column
    assert "/xxgk/jbxx/list3.htm" not in paths


def test_the_disclosure_menu_of_the_homepage_is_the_columns_not_site_navigation(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        result, _ = crawl_lib(server, repo, start="/home4.html")
        paths = server.paths()
    names = [c.name for c in result.columns]
    assert names[:3] == ["信息公开", "基本信息", "招生考试信息"]  # also in the drop-down menu
    assert "学校概况" not in names and "招生就业" not in names
    assert not any(p.startswith(("/zs/", "/about", "/news/")) for p in paths)


def test_crawl_delay_in_robots_txt_is_obeyed_and_garbage_pages_do_not_crash(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer("delayed") as server:
        result, _ = crawl_lib(server, repo, start="/")
        starts = [h.at for h in server.hits[1:]]  # after robots.txt, whose answer sets it
    assert all(starts[i + 2] - starts[i] >= 0.3 * 0.9 for i in range(len(starts) - 2))
    assert [c.name for c in result.columns] == ["信息公开专栏", "基本信息", "招生信息", "财务信息",
                                                "人事信息", "乱码栏目"]
    assert result.columns[1].entries[0].entry.date == dt.date(2022, 9, 1)


def test_a_disclosure_column_on_another_host_is_not_fetched(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        result = invoke("crawl", server.url + "/home3.html", "--repo", repo, *FAST)
        paths = server.paths()
    assert paths == ["/robots.txt", "/home3.html"]
    assert "加 --allow-host xxgk.elsewhere.example 再抓取" in result.stdout
    data = yaml.safe_load((repo / "declarations" / "_site.yaml").read_text(encoding="utf-8"))
    [root] = data["site"]["columns"]
    assert (root["opened"], root["detail"], root["verdicts"]) == (None, "other_host", [])
    assert invoke("validate", repo).exit_code == 0


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from disclosure_audit.formats import progress

    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    monkeypatch.delenv("CI", raising=False)
    with progress.progress_bar("x", 10) as advance:
        assert advance is not None
        advance()
    monkeypatch.setenv("CI", "true")
    with progress.progress_bar("x", 10) as advance:
        assert advance is None
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    with progress.progress_bar("x", 10) as advance:
        assert advance is None


def test_an_unwritable_evidence_folder_is_a_clean_error(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    (repo / ".disclosure-audit").write_text("in the way", encoding="utf-8")
    with SiteServer() as server:
        result = invoke("crawl", server.url + "/index.html", "--repo", repo, *FAST)
        paths = server.paths()
    assert result.exit_code == 2 and "[unwritable]" in result.stderr
    assert paths == []  # nothing fetched before the repo was known to be writable


def test_no_disclosure_column_from_the_homepage(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer("nocolumn") as server:
        result = invoke("crawl", server.url + "/", "--repo", repo, *FAST)
        paths = server.paths()
    assert result.exit_code == 1 and "从首页找不到信息公开专栏" in result.stdout
    data = yaml.safe_load((repo / "declarations" / "_site.yaml").read_text(encoding="utf-8"))
    assert data["site"]["verdicts"] == ["column_not_found"]
    assert data["site"]["column"]["found"] is False
    assert data["site"]["column"]["evidence"] == data["site"]["homepage"]["evidence"]
    assert "/history.htm" in paths and not any(p.startswith("/2022/") for p in paths)


def test_english_summary_fits_80_columns(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with SiteServer() as server:
        result = invoke("--lang", "en", "crawl", server.url + "/index.html", "--repo", repo,
                        "-o", tmp_path / "site.yaml", *FAST)
    assert "Disclosure column: 信息公开 (clicks from the homepage: 1)" in result.stdout
    assert "not updated" in result.stdout and (tmp_path / "site.yaml").is_file()
    assert not (repo / "declarations" / "_site.yaml").exists()


def test_checklist_site_rules_change_limits_and_departments(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    extra = textwrap.dedent("""\
        - {match: 动态, update_within: {months: 3}}
        - {match: 基本, department: 党政办公室}
    """)
    text = CHECKLIST + textwrap.indent(extra, "    ")
    (repo / "checklist.yaml").write_text(text, encoding="utf-8")
    with SiteServer() as server:
        invoke("crawl", server.url + "/index.html", "--repo", repo, *FAST)
    data = yaml.safe_load((repo / "declarations" / "_site.yaml").read_text(encoding="utf-8"))
    found = {c["name"]: c for c in data["site"]["columns"]}
    assert found["学校动态"]["update_within"] == {"months": 3}
    assert found["学校动态"]["verdicts"] == []  # 2022-07-20 + 3 months > 2022-09-15
    assert found["基本信息"]["department"] == "党政办公室"

"""Declared versus found, end to end through the CLI: crawl the local test site
(tests/data/sites/compare, served on 127.0.0.1), audit a repo whose declarations the site
confirms, contradicts and misses, and keep the ledger of the site checks over three crawls."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from disclosure_audit.cli import app
from sitesrv import SITES, SiteServer

CHECKLIST = """\
extends: moe-2014
institution: {name: 比对测试学院, kind: vocational}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [党政办公室, 招生就业处, 财务处, 信息公开办公室]
office: 信息公开办公室
items:
  "2": {owner: 党政办公室}
  "7": {owner: 招生就业处}
  "19": {owner: 财务处}
  "21": {owner: 财务处}
site:
  columns:
    - {match: 通知, department: 党政办公室}
"""
# What the departments say. {site} is the test server's address.
ADMISSIONS = """\
department: 招生就业处
publications:
  - item: "7"                      # on the site, same page (another scheme, a fragment)
    title: 2022年招生章程
    channel: disclosure_column
    url: {secure}/2022/0310/c2002a7001/page.htm#top
    made: 2022-03-01
    published: 2022-03-10
    elements: [招生章程]
    clicks: 2
  - item: "7"                      # declared in the column, not on the site
    title: 2022年单独招生办法
    channel: disclosure_column
    url: {site}/2022/0305/c2002a7009/page.htm
    made: 2022-03-01
    published: 2022-03-05
    elements: [特殊类型招生办法]
"""
FINANCE = """\
department: 财务处
publications:
  - item: "19"                     # declared on OA only; the column has it (same day)
    title: 2022年部门预算
    channel: oa
    made: 2022-05-10
    published: 2022-05-20
  - item: "21"                     # declared 2 clicks; the crawl counts 4
    title: 学生收费项目及标准公示
    channel: disclosure_column
    url: {site}/2022/0901/c2004a2101/page.htm
    made: 2022-08-25
    published: 2022-09-01
    clicks: 2
"""
FAST = ("--delay", "0", "--timeout", "2")
EMPTY_LIST = '<ul class="news_list"></ul><p class="empty">暂无内容</p>'
NOTICE = ('<ul class="news_list"><li><a href="/2022/0910/c2006a4001/page.htm">'
          '关于2022年国庆节放假安排的通知</a><span>2022-09-10</span></li></ul>')


def invoke(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def crawl(site: Path, repo: Path, as_of: str, *extra: str):
    """Crawl ``site`` into ``repo`` and write the declarations with the server's address."""
    with SiteServer(site) as server:
        result = invoke("crawl", server.url + "/", "--repo", repo, "--as-of", as_of, *FAST,
                        *extra)
    secure = server.url.replace("http://", "https://")
    for name, text in (("招生就业处", ADMISSIONS), ("财务处", FINANCE)):
        (repo / "declarations" / f"{name}.yaml").write_text(
            text.format(site=server.url, secure=secure), encoding="utf-8")
    return result


@pytest.fixture
def world(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(SITES / "compare", site)
    repo = tmp_path / "repo"
    (repo / "declarations").mkdir(parents=True)
    (repo / "checklist.yaml").write_text(CHECKLIST, encoding="utf-8")
    first = crawl(site, repo, "2022-09-15")
    assert first.exit_code == 1, first.stdout  # two site checks fail
    return site, repo


def audit(repo: Path, as_of: str, *args: str) -> dict:
    result = invoke("audit", repo, "--as-of", as_of, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_done_when_crawl_validates_and_audit_shows_the_comparison_and_site_checks(world):
    _, repo = world
    assert invoke("validate", repo).exit_code == 0
    result = invoke("audit", repo, "--as-of", "2022-09-15")
    out = result.stdout
    assert result.exit_code == 0
    assert "申报与网站比对（2022-09-15 抓取 http://127.0.0.1:" in out
    assert "网站检查（截至 2022-09-15）：栏目 7 个，已核查 7 个，存在问题 2 个" in out
    assert "申报在专栏但网站上未找到" in out and "《2022年单独招生办法》申报在信息公开专栏" in out
    assert "网站上有但未申报" in out and "《2022年分专业招生计划》 2022-06-20 招生就业处" in out
    assert "19 内容可得性: " in out and "向社会公开" in out  # OA only, but in the column
    # The site checks are ledger entries of their own, each with the page it rests on.
    for label in ("网站 信息公开 › 学校动态", "栏目更新不及时", "空栏目", "evidence show"):
        assert label in out


def test_the_comparison_per_item_in_json(world):
    _, repo = world
    data = audit(repo, "2022-09-15")
    items = {i["id"]: i for i in data["items"]}
    charter = items["7"]["site"]
    [found] = charter["found"]
    assert (found["title"], found["by"], found["found"]["clicks"]) == ("2022年招生章程", "url", 3)
    [missing] = charter["declared_not_found"]
    assert (missing["title"], missing["reason"], missing["department"]) == (
        "2022年单独招生办法", "not_found", "招生就业处")
    assert missing["evidence"] and missing["page"].endswith("/xxgk/index.html")
    [to_add] = charter["found_not_declared"]
    assert to_add["declaration"] == {
        "item": "7", "title": "2022年分专业招生计划", "channel": "disclosure_column",
        "url": to_add["declaration"]["url"], "published": "2022-06-20",
        "elements": ["分批次分科类招生计划"], "format": "html", "clicks": 3}
    assert charter["not_checked"] == []
    assert items["19"]["site"]["found"][0]["by"] == "date"
    assert items["2"]["site"]["found_not_declared"][0]["declaration"]["title"] == "比对测试学院章程"
    assert items["8"]["site"] is None or items["8"]["site"]["found"] == []


def test_the_crawl_raises_and_lowers_availability_and_convenience_with_findings(world):
    _, repo = world
    items = {i["id"]: i for i in audit(repo, "2022-09-15")["items"]}
    budget = items["19"]["dimensions"]
    assert items["19"]["status"] == "compliant"  # OA only, but public in the column
    [raised] = budget["availability"]["findings"]
    assert raised["code"] == "site-found" and "2022年部门预算公开" in raised["message"]
    admissions = items["7"]["dimensions"]["availability"]
    assert admissions["passed"] is False and admissions["score"] == 0.5
    assert [f["code"] for f in admissions["findings"]] == ["site-not-found"]
    fees = items["21"]["dimensions"]["convenience"]
    assert fees["passed"] is False
    assert [f["code"] for f in fees["findings"]] == ["too-many-clicks", "site-clicks"]
    assert "申报从首页点击 2 次，抓取实测 4 次" in fees["findings"][1]["message"]


def test_site_checks_are_ledger_entries_of_their_departments_with_evidence(world):
    _, repo = world
    data = audit(repo, "2022-09-15")
    site = {e["kind"]: e for e in data["ledger"] if e["key"].startswith("site/")}
    assert set(site) == {"stale", "empty"}
    assert site["empty"]["department"] == "党政办公室"  # site.columns rule: 通知
    assert site["stale"]["department"] == "信息公开办公室"  # the office
    assert site["empty"]["item"] is None and site["empty"]["title"] == "信息公开 › 通知公告"
    key = site["empty"]["evidence_keys"][0]
    assert f"disclosure-audit evidence show {key}" in site["empty"]["problem"]
    assert invoke("evidence", "show", key, "--repo", repo).exit_code == 0
    columns = {c["name"]: c for c in data["site"]["columns"]}
    assert columns["信息公开 › 学校动态"]["expires"] == "2022-06-15"
    assert data["site"]["crawls"][0]["complete"] is True


def test_staleness_is_judged_on_the_audits_date(world):
    _, repo = world
    before = {e["kind"] for e in audit(repo, "2022-06-10")["ledger"]
              if e["key"].startswith("site/")}
    assert before == {"empty"}  # newest 2022-06-01 + 2 weeks: still up to date on 06-10


def test_markdown_has_the_section_and_a_snippet_that_pastes(world):
    _, repo = world
    result = invoke("audit", repo, "--as-of", "2022-09-15", "--format", "markdown")
    text = result.stdout
    assert "## 申报与网站比对" in text and "| 7 | 招生章程及特殊类型招生办法" in text
    stale = next(line for line in text.splitlines() if "/stale |" in line)
    assert "（证据：disclosure-audit evidence show " in stale  # the ledger row names the page
    block = text.split("### 待补充申报", 1)[1]
    snippet = block.split("```yaml\n", 2)[1].split("```", 1)[0]
    rows = yaml.safe_load(snippet)["publications"]
    assert all(r["channel"] == "disclosure_column" and "url" in r for r in rows)
    # pasted into a department's file (with made added) it validates
    target = repo / "declarations" / "党政办公室.yaml"
    for row in rows:
        row["made"] = row["published"]
    target.write_text(yaml.safe_dump({"department": "党政办公室", "publications": rows},
                                     allow_unicode=True), encoding="utf-8")
    assert invoke("validate", repo).exit_code == 0


def test_junit_and_sarif_carry_the_site_entries(world, tmp_path: Path):
    _, repo = world
    junit, sarif = tmp_path / "j.xml", tmp_path / "r.sarif"
    invoke("audit", repo, "--as-of", "2022-09-15", "--format", f"junit:{junit}",
           "--format", f"sarif:{sarif}")
    suites = {s.get("name"): s for s in ET.parse(junit).getroot()}
    site = suites["网站检查"]
    assert site.get("tests") == "8" and site.get("failures") == "2"  # the site + 7 columns
    failed = [c for c in site if c.find("failure") is not None]
    assert {c.get("name") for c in failed} == {"信息公开 › 通知公告", "信息公开 › 学校动态"}
    log = json.loads(sarif.read_text(encoding="utf-8"))
    results = [r for r in log["runs"][0]["results"] if r["ruleId"] in ("stale", "empty")]
    assert len(results) == 2
    where = results[0]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "declarations/_site.yaml"
    assert results[0]["message"]["text"].startswith("[网站] 信息公开 › ")


def test_ledger_update_closes_fixed_columns_and_keeps_those_not_checked(world):
    site, repo = world
    assert invoke("ledger", "update", repo, "--as-of", "2022-09-15").exit_code == 0
    ledger = yaml.safe_load((repo / "ledger.yaml").read_text(encoding="utf-8"))
    keys = {e["key"]: e for e in ledger["entries"] if e["key"].startswith("site/")}
    empty = next(k for k in keys if k.endswith("/empty"))
    stale = next(k for k in keys if k.endswith("/stale"))
    assert keys[empty]["item"] is None and keys[empty]["evidence_keys"]
    assert invoke("validate", repo).exit_code == 0  # the ledger with site entries is valid

    # second crawl: the empty column got an entry → its entry is closed; stale stays
    page = site / "xxgk" / "tzgg" / "list.htm"
    page.write_text(page.read_text(encoding="utf-8").replace(EMPTY_LIST, NOTICE),
                    encoding="utf-8")
    crawl(site, repo, "2022-09-20")
    update = invoke("ledger", "update", repo, "--as-of", "2022-09-20")
    assert "已整改关闭 1" in update.stdout
    entries = _entries(repo)
    assert entries[empty]["status"] == "done" and entries[empty]["closed"] == "2022-09-20"
    assert entries[stale]["status"] == "open"

    # third crawl: robots.txt now forbids 学校动态 → not checked → its entry stays open
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /xxgk/xxdt/\n", encoding="utf-8")
    crawl(site, repo, "2022-09-25")
    data = audit(repo, "2022-09-25")
    assert not [e for e in data["ledger"] if e["key"] == stale]  # this audit cannot see it
    update = invoke("ledger", "update", repo, "--as-of", "2022-09-25")
    assert "已整改关闭 0" in update.stdout
    assert _entries(repo)[stale]["status"] == "open"


def test_an_incomplete_crawl_closes_nothing(world):
    site, repo = world
    invoke("ledger", "update", repo, "--as-of", "2022-09-15")
    page = site / "xxgk" / "tzgg" / "list.htm"
    page.write_text(page.read_text(encoding="utf-8").replace(EMPTY_LIST, NOTICE),
                    encoding="utf-8")
    (site / "xxgk" / "xxdt" / "list.htm").write_text(
        (site / "xxgk" / "xxdt" / "list.htm").read_text(encoding="utf-8").replace(
            "2022-06-01", "2022-09-18"), encoding="utf-8")
    result = crawl(site, repo, "2022-09-20", "--max-pages", "3")
    assert "抓取未完成" in result.stdout
    data = audit(repo, "2022-09-20")
    assert any(n["code"] == "site-crawl-incomplete" for n in data["notes"])
    not_checked = {i["id"]: i["site"]["not_checked"] for i in data["items"]
                   if i["site"] and i["site"]["not_checked"]}
    assert not_checked["7"][0]["reason"] == "crawl_incomplete"
    update = invoke("ledger", "update", repo, "--as-of", "2022-09-20")
    assert "已整改关闭 0" in update.stdout
    assert {e["status"] for k, e in _entries(repo).items() if k.startswith("site/")} == {"open"}


def test_in_english_and_at_80_columns(world):
    from rich.cells import cell_len

    from disclosure_audit.formats import RenderOptions
    from disclosure_audit.formats.table import TableFormat
    from disclosure_audit.services.audit import AuditRequest, run

    _, repo = world
    result = invoke("--lang", "en", "audit", repo, "--as-of", "2022-09-15")
    assert "Declared versus found on the website (crawl of 2022-09-15" in result.stdout
    assert "On the website but not declared" in result.stdout
    import datetime as dt

    audited = run(AuditRequest(repo, dt.date(2022, 9, 15)))
    text = TableFormat().render(audited, RenderOptions(width=80))
    counts = text.split("申报与网站比对", 1)[1].split("申报在专栏", 1)[0]
    assert "未申报" in counts and max(cell_len(line) for line in counts.splitlines()) <= 80


def _entries(repo: Path) -> dict[str, dict]:
    data = yaml.safe_load((repo / "ledger.yaml").read_text(encoding="utf-8"))
    return {e["key"]: e for e in data["entries"]}

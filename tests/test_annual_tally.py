"""The annual report's counts by channel and kind with a crawl file in the repo: every
publication of the period counted once — declared rows, and rows the crawl found in the column
that nobody declared (same page by URL, or matched in declared versus found) — through the
library and ``report annual``."""

from __future__ import annotations

import datetime as dt
import json

from conftest import BASE_CHECKLIST
from disclosure_audit.report.annual.facts import UNLABELLED, Count, row_counts
from disclosure_audit.services.repo import check_repo, find_repo

START, END = dt.date(2021, 9, 1), dt.date(2022, 8, 31)
SITE = "https://www.t.edu.cn"
ADMISSIONS = f"""\
department: 招生就业处
publications:
  - item: "7"                       # the crawl has the same page (http, a fragment)
    title: 2022年招生章程
    kind: 招生类
    channel: disclosure_column
    url: {SITE}/a/1.htm
    made: 2022-03-01
    published: 2022-03-10
"""
FINANCE = """\
department: 财务处
publications:
  - item: "19"                      # declared on OA; the column has it on the same day
    title: 2022年部门预算
    kind: 公文类
    channel: oa
    made: 2022-05-10
    published: 2022-05-20
"""
OFFICE = """\
department: 党政办公室
publications:
  - title: 春季运动会圆满结束         # news, not a list item; the crawl lists it too
    kind: 其他业务动态类
    channel: website
    url: http://www.t.edu.cn/n/5.htm#top
    published: 2022-04-20
"""


def crawl_file(*rows: str) -> str:
    """A crawl file of a complete crawl with one column and ``rows``."""
    return (f"department: 党政办公室\n"
            f"crawl: {{url: \"{SITE}/\", date: 2022-09-15, complete: true}}\n"
            f"site:\n  homepage: {{url: \"{SITE}/\", opened: true, evidence: aaaaaaaaaaa0}}\n"
            f"  column: {{found: true, name: 信息公开, url: \"{SITE}/xxgk/\", clicks: 1,"
            f" evidence: aaaaaaaaaaa1}}\n  verdicts: []\n  columns:\n"
            f"    - {{name: 信息公开, path: [信息公开], url: \"{SITE}/xxgk/\", clicks: 1,"
            f" department: 党政办公室, opened: true, entries: 6, verdicts: [],"
            f" evidence: [aaaaaaaaaaa1]}}\n"
            "publications:\n" + "".join(rows))


def crawled(title: str, url: str, published: str | None, item: str | None = None) -> str:
    fields = [f"title: {title}", "channel: disclosure_column", f'url: "{SITE}{url}"',
              "clicks: 2", "department: 党政办公室", "column: 信息公开", "source: crawl",
              "evidence: aaaaaaaaaaa1"]
    if item:
        fields.insert(0, f'item: "{item}"')
    if published:
        fields.append(f"published: {published}")
    return "  - {" + ", ".join(fields) + "}\n"


SITE_ROWS = [
    crawled("2022年招生章程", "/a/1.htm", "2022-03-10", "7"),       # = the declared page
    crawled("2022年部门预算公开", "/a/2.htm", "2022-05-20", "19"),   # = the OA row, by date
    crawled("春季运动会圆满结束", "/n/5.htm", "2022-04-20"),          # = the declared news
    crawled("2022年分专业招生计划", "/a/3.htm", "2022-06-20", "7"),  # nobody declared it
    crawled("暑期社会实践活动启动", "/n/6.htm", "2022-07-01"),        # nobody declared it
    crawled("2020年招生章程", "/a/0.htm", "2020-03-10", "7"),        # before the period
    crawled("学校简介", "/a/9.htm", None),                           # no date
]


def _repo(make_repo, site: str | None = None):
    files = {"declarations/招生就业处.yaml": ADMISSIONS, "declarations/财务处.yaml": FINANCE,
             "declarations/党政办公室.yaml": OFFICE}
    if site is not None:
        files["declarations/_site.yaml"] = site
    return make_repo(checklist=BASE_CHECKLIST, files=files)


def _counts(make_repo, site: str | None = None):
    checklist, declarations, problems = check_repo(find_repo(_repo(make_repo, site)))
    assert [p for p in problems if p.severity == "error"] == []
    return row_counts(checklist, declarations, START, END)


def test_without_a_crawl_file_the_declarations_are_counted(make_repo) -> None:
    rows = _counts(make_repo)
    assert rows.public == (Count("信息公开专栏", 1), Count("官网/部门网站/招生网", 1))
    assert rows.internal == (Count("OA/企业微信", 1),)
    assert rows.total == 3 and rows.crawled == 0 and rows.crawl_undated == 0


def test_every_publication_once_declared_or_found(make_repo) -> None:
    rows = _counts(make_repo, crawl_file(*SITE_ROWS))
    # 3 declared + 2 found that nobody declared; the 3 found that were declared count once,
    # the one before the period and the undated one not at all.
    assert rows.total == 5 and rows.crawled == 2 and rows.crawl_undated == 1
    # The OA row the crawl found in the column counts there: the public can see it.
    assert rows.public == (Count("信息公开专栏", 4), Count("官网/部门网站/招生网", 1))
    assert rows.internal == ()
    kinds = {c.label: c.count for c in rows.kinds}
    # What was declared keeps its kind; what nobody declared has none.
    assert kinds["招生类"] == 1 and kinds["公文类"] == 1 and kinds["其他业务动态类"] == 1
    assert kinds[UNLABELLED] == 2 and rows.unlabelled == 2


def test_assigned_and_unassigned_crawled_rows_count_alike(make_repo) -> None:
    # Before: a crawled row the classifier could not place counted, one it placed did not.
    placed = _counts(make_repo, crawl_file(crawled("2022年分专业招生计划", "/a/3.htm",
                                                   "2022-06-20", "7")))
    unplaced = _counts(make_repo, crawl_file(crawled("暑期社会实践活动启动", "/n/6.htm",
                                                     "2022-07-01")))
    assert placed.total == unplaced.total == 4
    assert placed.crawled == unplaced.crawled == 1


def test_a_row_in_two_crawl_files_counts_once(make_repo) -> None:
    repo = _repo(make_repo, crawl_file(SITE_ROWS[4]))
    (repo / "declarations" / "_site2.yaml").write_text(crawl_file(SITE_ROWS[4]),
                                                       encoding="utf-8")
    checklist, declarations, _ = check_repo(find_repo(repo))
    assert row_counts(checklist, declarations, START, END).crawled == 1


def test_report_annual_counts_each_publication_once_and_says_so(make_repo, run_cli,
                                                               tmp_path) -> None:
    repo = _repo(make_repo, crawl_file(*SITE_ROWS))
    out = tmp_path / "r.md"
    result = run_cli("report", "annual", repo, "--year", "2021-2022", "--as-of", "2022-10-15",
                     "-o", out)
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "通过面向社会的渠道公开信息共计5条，其中，信息公开专栏4条" in text
    assert "通过校内渠道" not in text
    assert "上述各渠道发布的信息共计5条" in text and "未标注类别的信息2条" in text
    # The crawl's rows are attributed to the office, which declared nothing: 3 departments.
    assert "本学年共有3个部门逐项申报" in text
    assert "统计期限内发布 5 条，其中各部门申报 3 条，网站信息公开专栏中有而无人申报的 2 条" \
        in result.stdout
    assert "另有 1 条没有日期" in result.stdout
    check = run_cli("report", "check", out, "--format", "json")
    findings = json.loads(check.stdout)["findings"]
    # only the parts people write are left to fill in: the figures all add up
    assert {f["text"][:4] for f in findings if f["verdict"] == "error"} == {"【待填写"}


def test_the_crawl_is_not_a_department_declaring(make_repo, run_cli, tmp_path) -> None:
    repo = make_repo(checklist=BASE_CHECKLIST, files={
        "declarations/招生就业处.yaml": ADMISSIONS,
        "declarations/_site.yaml": crawl_file(SITE_ROWS[4])})  # the office's, by the crawl
    out = tmp_path / "r.md"
    result = run_cli("report", "annual", repo, "--year", "2021-2022", "--as-of", "2022-10-15",
                     "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "本学年共有1个部门逐项申报" in out.read_text(encoding="utf-8")

"""Kinds of information on declaration rows, rows that are not list items, and the office."""

from __future__ import annotations

import datetime as dt

from conftest import BASE_CHECKLIST
from disclosure_audit.model import REPORT_KINDS
from disclosure_audit.report.annual.facts import UNLABELLED, Count, row_counts
from disclosure_audit.services.repo import check_repo, find_repo

START, END = dt.date(2021, 9, 1), dt.date(2022, 8, 31)
NEWS = """\
department: 党政办公室
publications:
  - title: 学校召开2022年春季开学工作会议
    kind: 其他业务动态类
    channel: website
    url: https://www.example.edu.cn/news/1.htm
    published: 2022-02-20
  - title: 关于2022年清明节放假的通知
    kind: 公文
    channel: disclosure_column
    url: https://www.example.edu.cn/tz/2.htm
    published: 2022-04-01
  - title: 春季运动会圆满结束
    channel: wechat_official
    url: https://mp.weixin.qq.com/s/x
    published: 2022-04-20
  - title: 2020年的旧闻
    kind: 其他业务动态类
    channel: website
    url: https://www.example.edu.cn/news/0.htm
    published: 2020-05-01
"""


def _load(make_repo, checklist=BASE_CHECKLIST, **files):
    repo = make_repo(checklist=checklist, files=files)
    return check_repo(find_repo(repo))


def test_rows_that_are_not_list_items_are_valid_and_counted(make_repo, run_cli) -> None:
    checklist, declarations, problems = _load(make_repo, **{"declarations/党政办公室.yaml": NEWS})
    assert [p for p in problems if p.severity == "error"] == []
    # Not list items: still listed as unclassified (kept), never an error …
    assert len(declarations.unmatched) == 4
    assert declarations.publications == []
    # … and counted under their kind and channel when published in the period.
    rows = row_counts(checklist, declarations, START, END)
    assert rows.total == 3
    assert rows.public == (Count("信息公开专栏", 1), Count("官网/部门网站/招生网", 1),
                           Count("微信公众号", 1))  # in the checklist's order of channels
    kinds = {c.label: c.count for c in rows.kinds}
    assert kinds["其他业务动态类"] == 1 and kinds["公文类"] == 1  # "公文" is read as 公文类
    assert kinds[UNLABELLED] == 1 and rows.unlabelled == 1
    assert [c.label for c in rows.kinds[:len(REPORT_KINDS)]] == list(REPORT_KINDS)
    result = run_cli("validate", make_repo(files={"declarations/党政办公室.yaml": NEWS}))
    assert result.exit_code == 0, result.stdout


def test_an_unknown_kind_is_a_located_error_with_the_known_list(make_repo, run_cli) -> None:
    bad = NEWS.replace("kind: 公文", "kind: 通知类")
    result = run_cli("validate", make_repo(files={"declarations/党政办公室.yaml": bad}))
    assert result.exit_code == 1
    assert "党政办公室.yaml:9:11: 错误 [unknown-kind]" in result.stdout
    assert "通知类" in result.stdout and "其他业务动态类" in result.stdout
    assert "report: {kinds: [...]}" in result.stdout  # the hint says where a school's list goes


def test_a_school_lists_its_own_kinds(make_repo) -> None:
    own = BASE_CHECKLIST + "report: {kinds: [通知公告, 新闻]}\n"
    text = NEWS.replace("其他业务动态类", "新闻").replace("kind: 公文", "kind: 通知公告")
    checklist, declarations, problems = _load(make_repo, own,
                                              **{"declarations/党政办公室.yaml": text})
    assert checklist.report_kinds == ("通知公告", "新闻")
    assert [p for p in problems if p.severity == "error"] == []
    counts = {c.label: c.count for c in row_counts(checklist, declarations, START, END).kinds}
    assert counts == {"通知公告": 1, "新闻": 1, UNLABELLED: 1}
    # the default kinds are no longer accepted
    _, _, problems = _load(make_repo, own, **{"declarations/党政办公室.yaml": NEWS})
    assert {p.code for p in problems if p.severity == "error"} == {"unknown-kind"}


def test_kinds_in_a_csv_column(make_repo) -> None:
    csv = ("标题,渠道,链接,发布日期,信息类别\n"
           "学校新闻一则,官网,https://www.example.edu.cn/n/1.htm,2022-03-01,其他业务动态类\n"
           "招聘公告,官网,https://www.example.edu.cn/n/2.htm,2022-03-02,招聘类\n"
           "错的类别,官网,https://www.example.edu.cn/n/3.htm,2022-03-03,杂项\n")
    checklist, declarations, problems = _load(make_repo, **{"declarations/党政办公室.csv": csv})
    errors = [p for p in problems if p.severity == "error"]
    assert [(e.code, e.line, e.column) for e in errors] == [("unknown-kind", 4, 5)]
    counts = {c.label: c.count for c in row_counts(checklist, declarations, START, END).kinds}
    assert counts["其他业务动态类"] == 1 and counts["招聘类"] == 1


def test_internal_channels_are_counted_apart(make_repo) -> None:
    text = NEWS.replace("channel: wechat_official", "channel: oa")
    checklist, declarations, _ = _load(make_repo, **{"declarations/党政办公室.yaml": text})
    rows = row_counts(checklist, declarations, START, END)
    assert rows.internal == (Count("OA/企业微信", 1),)
    assert sum(c.count for c in rows.public) == 2


def test_office_defaults_to_the_owner_of_the_annual_report(make_repo, run_cli) -> None:
    checklist, _, _ = _load(make_repo)
    assert checklist.office == "党政办公室"  # owner of item 6 in BASE_CHECKLIST
    checklist, _, _ = _load(make_repo, BASE_CHECKLIST + "office: 财务处\n")
    assert checklist.office == "财务处"
    result = run_cli("validate", make_repo(checklist=BASE_CHECKLIST + "office: 信息公开办\n"))
    assert result.exit_code == 1
    assert "checklist.yaml:9:9: 错误 [unknown-department]" in result.stdout

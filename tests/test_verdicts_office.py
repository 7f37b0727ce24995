"""Verdicts the office acts on: timeliness judges when information reached the public (never a
later copy, never an OA post), and the measure of an undisclosed item names only what is due."""

from __future__ import annotations

from test_verdicts import CHECKLIST, audit, declare, items, ledger


def test_a_later_copy_of_published_information_is_not_late(run_cli, make_repo) -> None:
    # The fee table went out on time as an image; the searchable text version the ledger asked
    # for came a month later. The information was public on time: fixing convenience must not
    # open a timeliness entry. A later publication with its own made date (an update) is
    # judged as before.
    body = """\
publications:
  - {item: "2", title: 学校章程（图片）, channel: disclosure_column, url: https://a.cn/zc.jpg,
     made: 2022-03-01, published: 2022-03-10, format: image}
  - {item: "2", title: 学校章程（文字版）, channel: disclosure_column, url: https://a.cn/zc,
     made: 2022-03-01, published: 2022-05-20}
  - {item: "2", title: 学校章程（微信）, channel: wechat_official, url: https://mp.cn/zc,
     made: 2022-03-01, published: 2022-06-01, elements: [学校章程]}
"""
    data = audit(run_cli, make_repo(CHECKLIST, declare(body)))
    assert items(data)["2"]["dimensions"]["timeliness"] == {
        "score": 1.0, "passed": True, "findings": []}
    assert "2/timeliness" not in ledger(data)
    updated = body + """\
  - {item: "2", title: 学校章程（修订）, channel: disclosure_column, url: https://a.cn/zc2,
     made: 2022-06-01, published: 2022-08-01}
"""
    problem = ledger(audit(run_cli, make_repo(CHECKLIST, declare(updated), name="b")))
    assert "“学校章程（修订）”于 2022-06-01 形成、2022-08-01 发布" in problem["2/timeliness"][
        "problem"]
    # a copy covering more than the earlier publication is new information: judged
    wider = body.replace("made: 2022-03-01, published: 2022-03-10, format: image",
                         "made: 2022-03-01, published: 2022-03-10, format: image,"
                         " elements: [学校章程]")
    late = ledger(audit(run_cli, make_repo(CHECKLIST, declare(wider), name="c")))
    assert "“学校章程（文字版）”" in late["2/timeliness"]["problem"]


def test_internal_publications_do_not_make_a_late_public_one_half_on_time(run_cli,
                                                                         make_repo) -> None:
    # Read out at the congress in January, on OA in time; public only in October: the
    # information reached the public 185 working days late, not "50 % on time".
    body = """\
publications:
  - {item: "2", title: 学校章程, channel: oa, made: 2022-01-10, published: 2022-01-12}
  - {item: "2", title: 学校章程, channel: disclosure_column, url: https://a.cn/zc,
     made: 2022-01-10, published: 2022-06-30}
"""
    data = audit(run_cli, make_repo(CHECKLIST, declare(body)))
    timeliness = items(data)["2"]["dimensions"]["timeliness"]
    assert timeliness["score"] == 0.0 and timeliness["passed"] is False
    assert [f["code"] for f in timeliness["findings"]] == ["late"]
    # shared only internally: its internal publications are still judged, for diagnosis
    internal = body.split("  - {item: \"2\", title: 学校章程, channel: disclosure_column")[0]
    only = items(audit(run_cli, make_repo(CHECKLIST, declare(internal), name="b")))["2"]
    assert only["status"] == "internal_only"
    assert only["dimensions"]["timeliness"]["passed"] is True


def test_measure_of_an_undisclosed_item_names_only_what_is_required(run_cli,
                                                                  make_repo) -> None:
    # Item 27's own remediation asks for "本科生占比和教师数量及结构"; a vocational college has
    # no undergraduates, and a clerk told to publish them cannot act on it.
    vocational = CHECKLIST.replace("kind: undergraduate", "kind: vocational") + \
        '  "27": {owner: 教务处}\n'
    entry = ledger(audit(run_cli, make_repo(vocational)))["27/missing"]
    assert "本科生" not in entry["measure"]
    assert entry["measure"].startswith("公开本事项的以下要素：教师数量及结构")
    # the same for elements withheld with a reason that removes them
    body = """\
withheld:
  - {item: "28", elements: [当年新增专业名单, 停招专业名单], reason: not_occurred,
     note: 本学年未新增或停招专业}
"""
    entry = ledger(audit(run_cli, make_repo(CHECKLIST, declare(body, "教务处"), name="b")))
    assert entry["28/missing"]["measure"].startswith("公开本事项的以下要素：专业设置；")
    # an undergraduate school gets the item's own remediation, which names both
    whole = ledger(audit(run_cli, make_repo(CHECKLIST + '  "27": {owner: 教务处}\n',
                                            name="c")))["27/missing"]
    assert whole["measure"] == "每学年公开本科生占比和教师数量及结构。"

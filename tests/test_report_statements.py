"""The verdicts on statistics statements, sentence by sentence, through the library."""

from __future__ import annotations

import pytest

from disclosure_audit.report.check import check_lines
from disclosure_audit.report.extract import Line

ARITHMETIC = ("sum-", "subset-", "share-", "rate-", "percent-")


def _verdicts(text: str) -> list[tuple[int | None, str, str]]:
    lines = [Line(i, line) for i, line in enumerate(text.split("\n"), start=1)]
    return [(f.line, f.verdict.value, f.code) for f in check_lines(lines)
            if f.code.startswith(ARITHMETIC)]


@pytest.mark.parametrize(("text", "expected"), [
    # totals and parts
    ("共计100条，其中公文类40条、教学类60条。", [(1, "ok", "sum-ok")]),
    ("共计100条，其中公文类40条、教学类50条。", [(1, "error", "sum-wrong")]),
    ("学校共受理申请15件，其中予以公开10件，部分公开3件，不予公开2件。", [(1, "ok", "sum-ok")]),
    ("公文类40条、教学类60条，合计100条。", [(1, "ok", "sum-ok")]),
    ("学校有教职工300人，学生5000人，共计5400人。", [(1, "error", "sum-wrong")]),
    ("收到申请3件。其中予以公开2件，不予公开1件。", [(1, "ok", "sum-ok")]),
    # partial lists: cannot verify, unless the parts named already exceed the total
    ("共计100条，其中公文类40条、教学类50条等。", [(1, "cannot_verify", "sum-partial")]),
    ("共计100条，其中包括公文类40条、教学类50条。", [(1, "cannot_verify", "sum-partial")]),
    ("共计100条，主要有公文类40条、教学类50条。", [(1, "cannot_verify", "sum-partial")]),
    ("共计100条，主要有公文类40条、教学类70条。", [(1, "error", "sum-exceeds")]),
    # one part, or a maximum: no more than the total
    ("总阅读量771759人次，其中最高单篇阅读量达10078人次。", [(1, "ok", "subset-ok")]),
    ("共计100条，其中公文类140条。", [(1, "error", "subset-exceeds")]),
    # approximate figures are bounds
    ("全年推送100余条，其中图文60条、视频50条。", [(1, "ok", "sum-ok-bound")]),
    ("全年推送100余条，其中图文60条、视频30条。", [(1, "error", "sum-wrong-bound")]),
    ("全年推送近100条，其中图文60条、视频50条。", [(1, "error", "sum-wrong-bound")]),
    ("共计235余期，其中图文200余期、视频30期。", [(1, "cannot_verify", "sum-bound")]),
    ("共计300条，其中图文200余条、视频30条。", [(1, "cannot_verify", "sum-bound")]),
    ("推文235余期，粉丝数达23500人，通过OA公布信息100余条。", []),
    # nesting, checked at each level
    ("共计100条，其中公文类40条（其中党委发文15条、行政发文20条），教学类60条。",
     [(1, "ok", "sum-ok"), (1, "error", "sum-wrong")]),
    ("共计100条，其中：公文类40条，其中党委发文15条、行政发文25条；教学类60条，其中教务30条、"
     "学工20条。", [(1, "ok", "sum-ok"), (1, "ok", "sum-ok"), (1, "error", "sum-wrong")]),
    ("共计100条，其中公文类40条，其中党委发文15条、行政发文25条，教学类60条。",
     [(1, "ok", "sum-ok"), (1, "ok", "sum-ok")]),
    ("共计100条，其中公文类40条，其中党委发文15条、行政发文20条，教学类60条。",
     [(1, "cannot_verify", "sum-ambiguous"), (1, "cannot_verify", "sum-ambiguous")]),
    # percentages at the precision written
    ("共计548条，其中公文类40条，占比7.4%；教学类508条，占比92.7%。",
     [(1, "ok", "sum-ok"), (1, "error", "share-wrong"), (1, "ok", "share-ok")]),
    ("共计548条，其中教学类60条，占比11%；其他488条，占比89%。",
     [(1, "ok", "sum-ok"), (1, "ok", "share-ok"), (1, "ok", "share-ok")]),
    ("共计548条，其中招聘类15条（3%）、其他533条（97%）。",
     [(1, "ok", "sum-ok"), (1, "ok", "share-ok"), (1, "ok", "share-ok")]),
    ("共计100条，其中：公文类40条，其中党委发文10条，占比25%、行政发文30条；教学类60条。",
     [(1, "ok", "sum-ok"), (1, "ok", "sum-ok"), (1, "ok", "share-ok")]),
    ("共计100条，其中：公文类40条，其中党委发文10条，占比10%、行政发文30条；教学类60条。",
     [(1, "ok", "sum-ok"), (1, "ok", "sum-ok"), (1, "ok", "share-ok")]),
    ("共计100条，其中：公文类40条，其中党委发文10条，占比15%、行政发文30条；教学类60条。",
     [(1, "ok", "sum-ok"), (1, "ok", "sum-ok"), (1, "error", "share-wrong-any")]),
    ("共计100余条，其中图文60条，占比50%；视频50条。",
     [(1, "ok", "sum-ok-bound"), (1, "cannot_verify", "share-bound")]),
    ("共计558条，其中公文类40条，占比7.3%；其他508条，占比91%。",
     [(1, "error", "sum-wrong"), (1, "cannot_verify", "share-total-ambiguous"),
      (1, "cannot_verify", "share-total-ambiguous")]),
    ("就业率为95.6%，同比增长2%。",
     [(1, "cannot_verify", "rate-no-count"), (1, "cannot_verify", "percent-unchecked")]),
    # pass rates
    ("抽检产品134批次，合格率94.3%。", [(1, "error", "rate-impossible")]),
    ("抽检产品134批次，合格率94.0%。", [(1, "ok", "rate-ok")]),
    ("抽检产品134批次，合格126批次，合格率94.3%。", [(1, "error", "share-wrong")]),
    ("抽检产品134批次，合格126批次，合格率94%。", [(1, "ok", "share-ok")]),
    ("共有学生1500人，抽测134人，合格率94.3%。", [(1, "cannot_verify", "rate-many-counts")]),
    ("抽检产品134批次，合格率超过90%。", [(1, "cannot_verify", "rate-approximate")]),
    # a list laid out one part per line
    ("共计548条，其中：\n公文类40条，占比7.3%；\n教学类508条，占比92.7%。",
     [(1, "ok", "sum-ok"), (2, "ok", "share-ok"), (3, "ok", "share-ok")]),
])
def test_verdicts(text: str, expected: list[tuple[int | None, str, str]]) -> None:
    assert _verdicts(text) == expected


def test_messages_name_the_figures() -> None:
    (finding,) = [f for f in check_lines([Line(1, "抽检产品134批次，合格率94.3%。")])
                  if f.code == "rate-impossible"]
    assert finding.message("zh") == ("134 中任何整数都得不到 94.3%：最接近的是 126/134 = 94.0%, "
                                     "127/134 = 94.8%")
    assert finding.text == "合格率94.3%"


def test_a_share_names_its_total() -> None:
    lines = [Line(1, "学校公开信息共计548条，其中，招聘类信息15条，占比3%；其他533条。")]
    (share,) = [f for f in check_lines(lines) if f.code.startswith("share")]
    assert share.message("en") == "15/548 = 2.74%, which is 3% as written (of “共计548条”)"

"""Reading a report the way a PDF lays it out: justified Chinese lines wrapped inside words,
lines that start with a decimal, and page numbers between the lines of a sentence."""

from __future__ import annotations

from disclosure_audit.report.check import check_lines
from disclosure_audit.report.document import Document
from disclosure_audit.report.extract import Line
from disclosure_audit.report.findings import Verdict

WRAPPED = """\
二、主动公开情况
学校通过面向社会的渠道公开信息共
计26 条，其中，信息公开专栏 12 条，占比 46.2%；官网/部
门网站/招生网13 条，占比 50.0%；微信公众号 1 条，占比
3.8%。
— 3 —
通过校内渠道发布信息共计11 条，其中，OA 5 条，占比 45.4%；群 3 条，占
— 4 —
比 27.3%；会议 1 条，占比 9.1%；文件 2 条，占比
18.2%。各项占比按最大余数法取整，使合计为百分之百。
"""


def _lines(text: str) -> list[Line]:
    return [Line(i + 1, line) for i, line in enumerate(text.splitlines())]


def test_a_wrapped_sentence_is_read_as_one_and_each_finding_keeps_its_line() -> None:
    findings = [f for f in check_lines(_lines(WRAPPED)) if f.code.startswith(("sum", "share"))]
    assert [f.verdict for f in findings] == [Verdict.ok] * 9
    where = {f.text: f.line for f in findings}
    assert where["学校通过面向社会的渠道公开信息共计26 条"] == 3  # "共\n计": quoted whole
    assert where["微信公众号 1 条，占比3.8%"] == 5  # a line starting "3.8%" is not a list item
    assert where["群 3 条，占比 27.3%"] == 9  # read across the page number, quoted without it
    assert where["文件 2 条，占比18.2%"] == 10


def test_page_numbers_are_left_out_and_offsets_map_back() -> None:
    doc = Document.from_lines(_lines(WRAPPED))
    assert "— 3 —" not in doc.text and "— 4 —" not in doc.text
    assert "共计26" in doc.text and "占比 27.3%" in doc.text
    at = doc.text.index("27.3%")
    assert doc.original[doc.origin(at):doc.origin(at) + 5] == "27.3%"
    assert doc.line_at(at) == 9


def test_lists_and_ascii_lines_still_break_as_before() -> None:
    doc = Document.from_lines(_lines("其中：\n1. 公文类40条\n2. 教学类60条\nsee the\nreport"))
    assert "\n1. 公文类40条\n" in doc.text  # a list item starts a new line
    assert "see the\nreport" in doc.text  # no Chinese at the wrap: the newline stays

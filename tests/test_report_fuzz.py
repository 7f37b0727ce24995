"""Any text gives findings, never an exception: random reports built from the words that matter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_audit.report.check import check_lines
from disclosure_audit.report.extract import Line
from disclosure_audit.report.findings import Verdict

PIECES = ["共计", "合计", "其中", "其中包括", "主要有", "含", "等", "条", "人次", "%", "％", "余",
          "超过", "近", "约", "合格率", "占比", "最高", "，", "；", "、", "：", "。", "（", "）",
          "(", ")", "【", "\n", " ", "１", "２", "0", "1", "5", "9", ".", ",", "十三", "次",
          "一、", "（二）", "统计期限自", "2021年9月1日", "起至", "2022年8月31日", "止", "学年",
          "2021-2022", "２月３０日", "公文类", "*"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_random_reports_never_crash(pieces: list[str]) -> None:
    text = "".join(pieces)
    lines = [Line(i, line) for i, line in enumerate(text.split("\n"), start=1)]
    findings = check_lines(lines)
    for finding in findings:
        assert finding.verdict in Verdict
        assert finding.message("zh") and finding.message("en")
        assert finding.line is None or 1 <= finding.line <= len(lines)

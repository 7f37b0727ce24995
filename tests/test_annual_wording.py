"""The sentences the draft states its figures in: every one passes ``report check``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_audit.report.annual.facts import Count
from disclosure_audit.report.annual.wording import METHOD_NOTE, breakdown
from disclosure_audit.report.check import check_lines
from disclosure_audit.report.extract import Line
from disclosure_audit.report.findings import Verdict

SEED = [40, 60, 24, 37, 4, 15, 21, 347]


def _check(text: str) -> list:
    lines = [Line(i + 1, line) for i, line in enumerate(text.splitlines())]
    return [f for f in check_lines(lines) if f.code.startswith(("share", "sum"))]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 3000), min_size=1, max_size=10).filter(lambda c: sum(c) > 0))
def test_every_breakdown_the_draft_writes_passes_report_check(counts) -> None:
    parts = [Count(f"第{chr(0x7532 + i)}类", c) for i, c in enumerate(counts)]
    text = breakdown("学校通过网站公开信息", sum(counts), "条", parts)
    findings = _check(text)
    assert findings and all(f.verdict is Verdict.ok for f in findings), [
        (f.text, f.message("zh")) for f in findings if f.verdict is not Verdict.ok]


def test_report_check_needs_the_method_said() -> None:
    parts = [Count(name, n) for name, n in zip("甲乙丙丁戊己庚辛", SEED, strict=True)]
    text = breakdown("学校通过官方网站公开信息", 548, "条", parts)
    assert text.endswith(METHOD_NOTE)
    said = _check(text)
    eleven = next(f for f in said if "11.0%" in f.text)
    assert eleven.verdict is Verdict.ok and eleven.code == "share-ok-remainder"
    unsaid = _check(text.removesuffix(METHOD_NOTE))
    eleven = next(f for f in unsaid if "11.0%" in f.text)
    assert eleven.verdict is Verdict.error  # 10.95% is 10.9% on its own
    # said, but the set is not a largest-remainder rounding (7.3 → 7.4): still an error
    wrong = _check(text.replace("7.3%", "7.4%"))
    assert any(f.verdict is Verdict.error and "7.4%" in f.text for f in wrong)


def test_parts_without_shares_are_listed_with_their_total() -> None:
    text = breakdown("适用的清单事项", 5, "项", [Count("合规", 3), Count("未公开", 2)],
                     shares=False)
    assert text == "适用的清单事项共计5项，其中，合规3项、未公开2项。"
    assert all(f.verdict is Verdict.ok for f in _check(text))

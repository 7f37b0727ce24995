"""Reading figures as people write them: full width, separators, junk, approximations, 十三."""

from __future__ import annotations

from fractions import Fraction

import pytest

from disclosure_audit.report.numbers import (
    Bound,
    Span,
    chinese_number,
    find_figures,
    normalise,
    percent_text,
    stated_span,
)


def _read(text: str) -> list[tuple[str, str, str]]:
    norm = normalise(text)
    assert len(norm) == len(text)  # offsets stay valid for quoting the original
    return [(str(f.value), f.unit, f.bound.value) for f in find_figures(norm)]


@pytest.mark.parametrize(("text", "figures"), [
    ("共计548条", [("548", "条", "exact")]),
    ("共计５４８条", [("548", "条", "exact")]),
    ("共计1,234条", [("1234", "条", "exact")]),
    ("共计１，２３４条", [("1234", "条", "exact")]),
    ("占比7.3%", [("73/10", "%", "exact")]),
    ("占比７．３％", [("73/10", "%", "exact")]),
    ("占比 7.3 ％", [("73/10", "%", "exact")]),
    ("共计**548**条", [("548", "条", "exact")]),
    ("共计\u200b548\u00a0条", [("548", "条", "exact")]),
    ("推文235余期", [("235", "期", "at_least")]),
    ("100多条", [("100", "条", "at_least")]),
    ("超过2000人次", [("2000", "人次", "at_least")]),
    ("超2000人次", [("2000", "人次", "at_least")]),
    ("100条以上", [("100", "条", "at_least")]),
    ("近100名", [("100", "名", "at_most")]),
    ("不足50人", [("50", "人", "at_most")]),
    ("约50人", [("50", "人", "about")]),
    ("60人左右", [("60", "人", "about")]),
    ("粉丝数达23500人", [("23500", "人", "exact")]),
    ("2.35万人次", [("23500", "人次", "exact")]),
    ("召开会议十三次", [("13", "次", "exact")]),
    ("党委会十余次", [("10", "次", "at_least")]),
    # not counts: years, dates, ordinals, durations, enumerations, adjectives
    ("2021-2022学年", []),
    ("2021年9月1日", []),
    ("第1期", []),
    ("培训3个月", []),
    ("一次性补助", []),
    ("十九届历次全会", []),
    ("一是高度重视", []),
])
def test_figures(text: str, figures: list[tuple[str, str, str]]) -> None:
    assert _read(text) == figures


@pytest.mark.parametrize(("text", "value"), [
    ("十三", 13), ("二十", 20), ("一百零五", 105), ("两千", 2000), ("三万五千", 35000),
    ("十", 10), ("零", 0), ("甲", None),
])
def test_chinese_numbers(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


def test_a_percentage_stands_for_half_a_unit_of_its_last_digit() -> None:
    (eleven,) = find_figures("11%")
    (seven,) = find_figures("7.3%")
    assert stated_span(eleven) == Span(Fraction(21, 2), Fraction(23, 2))
    assert stated_span(seven) == Span(Fraction(29, 4), Fraction(147, 20))
    (about,) = find_figures("约60%")
    assert about.bound is Bound.about and stated_span(about) is None


def test_percent_text_rounds_half_up() -> None:
    assert percent_text(Fraction(60 * 100, 548), 0) == "11"
    assert percent_text(Fraction(37 * 100, 548), 1) == "6.8"
    assert percent_text(Fraction(1, 8), 2) == "0.13"


def test_ratio_of_bounds() -> None:
    part = Span(Fraction(100), None)  # 100余
    assert part.ratio(Span(Fraction(200), Fraction(200))) == Span(Fraction(50), None)
    assert Span(Fraction(5), Fraction(5)).ratio(Span(Fraction(0), Fraction(9))) is None

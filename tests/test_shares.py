"""Percentages that add up to exactly 100 (largest remainder), and ``report check`` verifying a
set of them exactly when the report says it rounded so."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_audit.report.check import check_lines
from disclosure_audit.report.extract import Line
from disclosure_audit.report.findings import Verdict
from disclosure_audit.report.shares import (
    differs_from_own_rounding,
    is_largest_remainder,
    largest_remainder,
)

SEED = [40, 60, 24, 37, 4, 15, 21, 347]  # the seed report's eight parts of 548
UNIT = Fraction(1, 10)


def test_the_seed_counts() -> None:
    shares = largest_remainder(SEED)
    assert [str(float(s)) for s in shares] == [
        "7.3", "11.0", "4.4", "6.8", "0.7", "2.7", "3.8", "63.3"]
    assert sum(shares) == 100
    # 60/548 = 10.949…%: alone it rounds to 10.9, but the set needs one more tenth somewhere,
    # and this share lost the most after 40/548 (7.299…) and 24/548 (4.379…)
    assert differs_from_own_rounding(SEED, shares)


def test_thirds_and_edge_cases() -> None:
    assert largest_remainder([1, 1, 1]) == [Fraction("33.4"), Fraction("33.3"), Fraction("33.3")]
    assert largest_remainder([5]) == [Fraction(100)]
    assert largest_remainder([0, 7]) == [Fraction(0), Fraction(100)]
    assert largest_remainder([0, 0]) == [Fraction(0), Fraction(0)]
    assert largest_remainder([]) == []
    assert largest_remainder([1, 2], decimals=0) == [Fraction(33), Fraction(67)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 5000), min_size=1, max_size=12).filter(lambda c: sum(c) > 0),
       st.integers(0, 2))
def test_shares_add_up_exactly_and_stay_within_one_unit(counts, decimals) -> None:
    shares = largest_remainder(counts, decimals)
    unit = Fraction(1, 10 ** decimals)
    assert sum(shares) == 100
    total = sum(counts)
    for count, share in zip(counts, shares, strict=True):
        exact = Fraction(100 * count, total)
        assert share % unit == 0  # at the precision written
        assert abs(share - exact) < unit  # never a whole unit off
    assert is_largest_remainder(counts, shares, decimals)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 900), min_size=2, max_size=9), st.data())
def test_a_set_moved_by_one_unit_is_not_a_largest_remainder_rounding(counts, data) -> None:
    shares = largest_remainder(counts)
    i = data.draw(st.integers(0, len(counts) - 1))
    j = data.draw(st.integers(0, len(counts) - 1).filter(lambda k: k != i))
    moved = list(shares)
    moved[i] += UNIT
    moved[j] -= UNIT
    floors, rests = _floors(counts)
    # moving a unit from j to i is another valid rounding only when it is a tie
    tie = rests[i] == rests[j] and moved[i] - floors[i] == UNIT and moved[j] == floors[j]
    assert is_largest_remainder(counts, moved, 1) == tie


def _floors(counts):
    total = sum(counts)
    exact = [Fraction(1000 * c, total) for c in counts]
    floors = [Fraction(int(e), 10) for e in exact]
    return floors, [e / 10 - f for e, f in zip(exact, floors, strict=True)]


def _check(text: str) -> list:
    lines = [Line(i + 1, line) for i, line in enumerate(text.splitlines())]
    return [f for f in check_lines(lines) if f.code.startswith(("share", "sum"))]


NAMES = "甲乙丙丁戊己庚辛"


NOTE = "各项占比按最大余数法取整，使合计为百分之百。"


def _seed_text(shares: list[str], note: str = NOTE) -> str:
    parts = "；".join(f"{name}类信息{count}条，占比{share}%"
                     for name, count, share in zip(NAMES, SEED, shares, strict=True))
    return f"学校通过官方网站公开信息共计548条，其中，{parts}。{note}"


def test_report_check_verifies_a_largest_remainder_set_when_the_text_says_so() -> None:
    shares = [str(float(s)) for s in largest_remainder(SEED)]
    said = _check(_seed_text(shares))
    assert all(f.verdict is Verdict.ok for f in said)
    eleven = next(f for f in said if "11.0%" in f.text)
    assert eleven.code == "share-ok-remainder"
    # not said: 60/548 = 10.95% is 10.9% on its own, and 11.0% is an error
    unsaid = _check(_seed_text(shares, note=""))
    errors = [f.text for f in unsaid if f.verdict is Verdict.error]
    assert len(errors) == 1 and errors[0].endswith("乙类信息60条，占比11.0%")
    # said, but not such a rounding (7.3 → 7.4, 100.1% in all): the wrong one is an error
    wrong = _check(_seed_text(["7.4", *shares[1:]]))
    assert [f.verdict for f in wrong if "7.4%" in f.text] == [Verdict.error]
    # said, and the shares are each rounded on their own but do not add up to 100: each is
    # still judged on its own (the 99.9% set is not a largest-remainder rounding)
    own = ["7.3", "10.9", "4.4", "6.8", "0.7", "2.7", "3.8", "63.3"]
    assert all(f.verdict is Verdict.ok for f in _check(_seed_text(own)))

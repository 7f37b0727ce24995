"""Figures as people write them in Chinese reports: counts, percentages and approximations.

Everything here works on *normalised* text (:func:`normalise`), which has exactly the same length
as the original, character for character, so an offset found in it also locates the original text
(for quoting) and its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

_ONE_TO_ONE: dict[int, str] = {
    0x3000: " ",  # ideographic space
    0x00A0: " ",  # no-break space
    0x200B: " ", 0x200C: " ", 0x200D: " ", 0x2060: " ", 0xFEFF: " ",  # zero-width junk
    0xFE6A: "%",  # small percent sign
    0x066A: "%",  # Arabic percent sign
    0x2014: "-", 0x2013: "-", 0x2015: "-", 0x2212: "-", 0x301C: "~",  # dashes in ranges
}


_TABLE = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | _ONE_TO_ONE


def normalise(text: str) -> str:
    """Full-width ASCII (０-９, ％, ，, ．, （）…) to ASCII; odd spaces to a space; same length."""
    return text.translate(_TABLE)


class Bound(StrEnum):
    """How exactly a figure is meant."""

    exact = "exact"
    at_least = "at_least"  # 100余条, 100多条, 超过100, 100条以上
    at_most = "at_most"  # 近100, 不到100, 不足100, 100以下
    about = "about"  # 约100, 100左右: no usable bound either way


@dataclass(frozen=True)
class Figure:
    """One number as written, with its unit and how exact it is."""

    start: int
    end: int
    value: Fraction
    unit: str  # "%" for percentages, "" when none was written
    decimals: int  # digits written after the decimal point
    bound: Bound
    raw: str  # the number as written, e.g. "1,234" or "十三"

    @property
    def is_percent(self) -> bool:
        """Whether it is a percentage."""
        return self.unit == "%"

    @property
    def exact(self) -> bool:
        """Whether it is an exact figure (not 余/多/超过/近/约 …)."""
        return self.bound is Bound.exact

    def low(self) -> Fraction:
        """The least value it allows."""
        return self.value if self.bound in (Bound.exact, Bound.at_least) else Fraction(0)

    def high(self) -> Fraction | None:
        """The greatest value it allows (None: no upper bound)."""
        return self.value if self.bound in (Bound.exact, Bound.at_most) else None


# Junk people and converters leave between a number and its neighbours: spaces, line breaks
# (wrapped PDF lines), Markdown emphasis, zero-width characters (normalised to spaces).
JUNK = r"[\s*_`~]*"
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_UNITS = "十百千万"
# Units of things counted. Durations (天, 个月, 小时) are left out: they are never parts of a total.
_UNITS = ("人次|批次|篇次|条|篇|件|项|人|次|期|个|份|家|所|名|位|场|批|册|本|部|门|套|台|起|例|张|"
          "幅|首|封|元|户|间|座|节")
_LOWER = "超过|超出|逾|多于|高于|大于|不少于|不低于|至少|多达|超"
_UPPER = "将近|接近|不到|不足|少于|低于|近"
_ABOUT = "大约|约为|约合|约"
_FIGURE = re.compile(
    rf"(?P<pre>{_LOWER}|{_UPPER}|{_ABOUT})?{JUNK}"
    # 第3期 and 每1次 are ordinals and rates, not counts
    rf"(?<![第每逐])(?P<num>(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?![\d,])(?:\.\d+)?"
    rf"|(?<![\d.])\d+(?:\.\d+)?|[{_CN_DIGITS}{_CN_UNITS}]+)"
    rf"{JUNK}(?P<mult>万|亿)?(?P<mid>余|多)?{JUNK}"
    rf"(?P<unit>%|{_UNITS})?(?P<post>以上|以下|左右|之多|余)?"
)


def chinese_number(text: str) -> int | None:
    """``十三`` → 13, ``一百零五`` → 105, ``两千`` → 2000, ``三万五千`` → 35000; else None."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    units = {"十": 10, "百": 100, "千": 1000}
    total, section, number = 0, 0, None
    for char in text:
        if char in digits:
            number = digits[char]
        elif char in units:
            section += (1 if number is None else number) * units[char]
            number = None
        elif char == "万":
            total = (total + section + (number or 0)) * 10000
            section, number = 0, None
        else:
            return None
    value = total + section + (number or 0)
    return value if value or "零" in text or "〇" in text else None


def _bound(pre: str | None, mid: str | None, post: str | None) -> Bound:
    if pre and re.fullmatch(_ABOUT, pre) or post == "左右":
        return Bound.about
    if pre and re.fullmatch(_UPPER, pre) or post == "以下":
        return Bound.at_most
    if pre or mid or post in ("以上", "之多", "余"):
        return Bound.at_least
    return Bound.exact


def _not_a_count(text: str, match: re.Match[str]) -> bool:
    # 3个月 is a duration, 一次性 an adjective, 一是/一个 … an enumeration word
    after = text[match.end():match.end() + 1]
    return (match.group("unit") == "个" and after == "月") or after == "性"


def _value(raw: str) -> tuple[Fraction, int] | None:
    if raw[0].isdigit():
        plain = raw.replace(",", "")
        decimals = len(plain.partition(".")[2])
        return Fraction(plain), decimals
    number = chinese_number(raw)
    return None if number is None else (Fraction(number), 0)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every count or percentage in ``text[start:end]`` (normalised text), in order.

    A number counts only with a unit (条, 人次, % …): bare numbers are years, dates, item numbers
    or headings. Chinese numerals (十三次) are read when followed by a unit.
    """
    found = []
    for match in _FIGURE.finditer(text, start, len(text) if end is None else end):
        unit, raw = match.group("unit"), match.group("num")
        if not unit or (not raw[0].isdigit() and unit == "%") or _not_a_count(text, match):
            continue
        parsed = _value(raw)
        if parsed is None:
            continue
        value, decimals = parsed
        if match.group("mult"):
            value *= 10000 if match.group("mult") == "万" else 100000000
        bound = _bound(match.group("pre"), match.group("mid"), match.group("post"))
        begin = match.start("pre") if match.group("pre") else match.start("num")
        found.append(Figure(begin, match.end(), value, unit, decimals, bound, raw))
    return found


def units_match(a: Figure, b: Figure) -> bool:
    """Whether two counts are of the same kind of thing (条 with 条, 人次 with 人次)."""
    return a.unit == b.unit


def format_number(value: Fraction) -> str:
    """A count for messages: ``548``, ``2.5``."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def percent_text(value: Fraction, decimals: int) -> str:
    """``value`` (a percentage) written with ``decimals`` digits, rounding half up."""
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def half_unit(figure: Figure) -> Fraction:
    """Half a unit of the last digit written: 7.3% is anything from 7.25% to 7.35%."""
    return Fraction(1, 2 * 10 ** figure.decimals)


@dataclass(frozen=True)
class Span:
    """The values a figure (or a sum, or a ratio) can have: ``low`` to ``high`` (None: no limit)."""

    low: Fraction
    high: Fraction | None

    @classmethod
    def of(cls, figure: Figure) -> Span:
        """What a count allows: 548 exactly, 100余 at least 100, 近100 at most 100."""
        return cls(figure.low(), figure.high())

    @property
    def point(self) -> bool:
        """Whether it is one exact value."""
        return self.high == self.low

    def disjoint(self, other: Span) -> bool:
        """Whether no value is in both."""
        return ((self.high is not None and self.high < other.low)
                or (other.high is not None and other.high < self.low))

    def within(self, other: Span) -> bool:
        """Whether every value of this span is in ``other``."""
        if self.high is None:
            return other.high is None and other.low <= self.low
        return other.low <= self.low and (other.high is None or self.high <= other.high)

    def __add__(self, other: Span) -> Span:
        high = None if self.high is None or other.high is None else self.high + other.high
        return Span(self.low + other.low, high)

    def ratio(self, base: Span) -> Span | None:
        """``self / base`` as a percentage; None when the base may be zero."""
        if base.low <= 0:
            return None
        low = self.low * 100 / base.high if base.high is not None else Fraction(0)
        high = None if self.high is None else self.high * 100 / base.low
        return Span(low, high)


def stated_span(figure: Figure) -> Span | None:
    """The values a written percentage stands for, at the precision written (None: 约…)."""
    half = half_unit(figure)
    if figure.bound is Bound.about:
        return None
    if figure.bound is Bound.at_least:
        return Span(figure.value - half, None)
    if figure.bound is Bound.at_most:
        return Span(Fraction(0), figure.value + half)
    return Span(figure.value - half, figure.value + half)

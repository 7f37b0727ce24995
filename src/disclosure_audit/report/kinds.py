"""The statistics statements a report makes, and the words that mark them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from disclosure_audit.report.clauses import is_separator
from disclosure_audit.report.numbers import Figure

# "其中" opens a complete list of parts unless it ends in 等; the others may list only some parts.
ANCHOR = re.compile(r"其中包括|其中有|其中|主要包括|主要有|具体包括|包括|包含|含有|含")
COMPLETE_ANCHORS = ("其中", "其中有")
PARTIAL_TAIL = re.compile(r"^[\s*_]*等")
# A part named by one of these is a maximum or an average, not a share of the total.
SUPERLATIVE = re.compile(r"最高|最低|最多|最少|最大|最小|单篇|单条|单次|单日|单月|平均|人均|篇均")
TOTAL_WORD = re.compile(r"共计|合计|总计|累计|总共")
CHANGE_WORD = re.compile(r"增长|下降|提高|提升|减少|增加|降低|上升|同比|环比|较上|比上")
RATE_WORD = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2})率|(?P<satisfied>满意)度")
MAX_CLAUSE = 200  # a clause is looked for this far back (quotes are clipped shorter anyway)
MAX_GAP = 10  # characters between a total and its "其中" (e.g. "条信息，" or "，均已发布，")


@dataclass(frozen=True)
class Part:
    """One part of a breakdown."""

    start: int  # where its clause starts (for quoting)
    figure: Figure
    percent: Figure | None = None
    breakdown: Breakdown | None = None

    @property
    def end(self) -> int:
        """Where its quoted text ends (after the percentage when there is one)."""
        return self.percent.end if self.percent else self.figure.end


@dataclass(frozen=True)
class Breakdown:
    """A total and the parts listed for it."""

    start: int  # where the total's clause starts
    total: Figure
    parts: tuple[Part, ...]
    partial: bool  # may list only some parts (等, 其中包括, 主要有 …)
    ambiguous: bool = False  # a nested list whose extent cannot be told
    outer: tuple[Figure, ...] = ()  # the totals it is nested in, innermost first

    @property
    def subset(self) -> bool:
        """One part, or a maximum/average: only "no more than the total" can be checked."""
        return len(self.parts) == 1


@dataclass(frozen=True)
class Rate:
    """A percentage that is a rate (合格率, 就业率 …) outside any breakdown."""

    start: int
    figure: Figure
    stem: str  # 合格 for 合格率
    counts: tuple[tuple[int, Figure], ...]  # exact counts before it: (clause start, figure)


@dataclass(frozen=True)
class Percentage:
    """A percentage with nothing to check it against (a change, a share of an unnamed whole)."""

    start: int
    figure: Figure


@dataclass
class Sentence:
    """One sentence being read: its figures and the bracket depth of every character."""

    text: str
    start: int
    end: int
    depth: list[int]
    figures: list[Figure]
    used: set[int] = field(default_factory=set)  # starts of percentages already attached
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [f.start for f in self.figures]

    def before(self, position: int, count: int) -> list[Figure]:
        """The last ``count`` figures that start before ``position``."""
        index = bisect.bisect_left(self.starts, position)
        return self.figures[max(index - count, 0):index]

    def within(self, start: int, end: int) -> list[Figure]:
        """The figures that start in ``[start, end)`` (by bisection: lists can be long)."""
        return self.figures[bisect.bisect_left(self.starts, start):
                            bisect.bisect_left(self.starts, end)]


def clause_start(s: Sentence, figure: Figure) -> int:
    """Where the clause holding ``figure`` starts (after "其中" when it opens the clause); the
    figure may end the previous sentence ("…共548条。其中…")."""
    index, limit = figure.start, max(figure.start - MAX_CLAUSE, 0)
    while index > limit and not (s.text[index - 1] in "。!?\n"
                                 or is_separator(s.text, index - 1)):
        index -= 1
    lead = re.match(r"[\s*_]*(?:" + ANCHOR.pattern + r")?[\s*_]*", s.text[index:figure.start])
    return index + (lead.end() if lead else 0)



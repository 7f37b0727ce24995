"""Finding the statistics statements in a report's sentences.

Three kinds (rules.md, "Annual-report arithmetic seen in real reports"):

* a **breakdown**: a total and its parts, "共计548条，其中公文类信息40条，占比7.3%；…", each part
  maybe with its percentage and maybe broken down again ("（其中…）", or "，其中…" inside a part
  when the parts are separated by "；");
* a **rate**: "合格率94.3%", checked against the count it is a rate of when the sentence has one;
* any other **percentage**, which has nothing in the text to be checked against.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from fractions import Fraction

from disclosure_audit.report.clauses import (
    Clause,
    clauses,
    depths,
    enclosing_group,
    group_after,
    is_separator,
)
from disclosure_audit.report.numbers import Figure, find_figures

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
class _Sentence:
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


def find_statements(text: str, sentences: list[tuple[int, int]]
                    ) -> list[Breakdown | Rate | Percentage]:
    """The statements in ``text`` (normalised), sentence by sentence, in order."""
    found: list[Breakdown | Rate | Percentage] = []
    previous: Figure | None = None
    for start, end in sentences:
        figures = find_figures(text, start, end)
        sentence = _Sentence(text, start, end, depths(text, start, end), figures)
        breakdowns = _breakdowns(sentence, previous)
        found.extend(breakdowns)
        found.extend(_trailing(sentence, breakdowns))
        found.extend(_percentages(sentence))
        counts = [f for f in figures if not f.is_percent]
        previous = counts[-1] if counts and not text[counts[-1].end:end].strip("。!? \n") else None
    return found


def _breakdowns(s: _Sentence, previous: Figure | None) -> list[Breakdown]:
    found: list[Breakdown] = []
    position = s.start
    for anchor in ANCHOR.finditer(s.text, s.start, s.end):
        if anchor.start() < position:
            continue  # inside a breakdown already read (a nested one)
        located = _total_for(s, anchor.start(), previous if not found else None)
        if located is None:
            continue
        total, stop = located
        breakdown, position = _parse(s, total, anchor, stop, ())
        if breakdown.parts:
            found.append(breakdown)
    return found


TRAILING_TOTAL = re.compile(r"(?:共计|合计|总计|总共)[为达有]?")


def _trailing(s: _Sentence, before: list[Breakdown]) -> list[Breakdown]:
    """Parts first, the total last: "公文类40条、教学类60条，合计100条"."""
    taken = {f.start for b in before for f in _figures_of(b)}
    items = clauses(s.text, s.start, s.end, s.depth, s.start)
    found = []
    for index, clause in enumerate(items):
        word = TRAILING_TOTAL.search(s.text, clause.start, clause.end)
        total = next((f for f in s.within(word.end(), clause.end) if not f.is_percent),
                     None) if word else None
        if word is None or total is None or total.start in taken:
            continue
        first = index
        while first > 0 and _listable(s, items[first - 1], total):
            first -= 1
        parts: list[Part] = []
        for item in items[first:index]:
            step = _clause_part(s, item, total, parts, (total,))
            if isinstance(step, Part):
                parts.append(step)
            elif isinstance(step, Figure) and parts:
                parts[-1] = dataclasses.replace(parts[-1], percent=step)
        partial = bool(re.search(r"等[\s*_]*$", s.text[clause.start:word.start()])) or any(
            PARTIAL_TAIL.match(s.text[p.end:p.end + 3]) for p in parts[-1:])
        if len(parts) >= 2 and not any(p.figure.start in taken for p in parts):
            found.append(Breakdown(_clause_start(s, total), total, tuple(parts), partial))
    return found


def _listable(s: _Sentence, clause: Clause, total: Figure) -> bool:
    """Whether a clause before a trailing total can be one of its parts (or a percentage)."""
    figures = s.within(clause.start, clause.end)
    counts = [f for f in figures if not f.is_percent]
    if TOTAL_WORD.search(s.text, clause.start, clause.end) or ANCHOR.search(
            s.text, clause.start, clause.end):
        return False
    if not counts:
        return bool(figures)
    return len(counts) == 1 and counts[0].unit == total.unit


def _figures_of(b: Breakdown) -> list[Figure]:
    found = [b.total]
    for part in b.parts:
        found.append(part.figure)
        if part.breakdown:
            found.extend(_figures_of(part.breakdown))
    return found


def _total_for(s: _Sentence, anchor: int, previous: Figure | None
               ) -> tuple[Figure, int] | None:
    """The total an anchor breaks down, and where its list must end.

    "548条，其中…" (the count just before, in the same clause chain), "548条（其中…）" (the count
    before the bracket; the list ends with it), or "…548条。其中…" (the end of the last sentence).
    """
    depth = s.depth[anchor - s.start]
    stop, before = s.end, anchor
    if depth:
        opener = enclosing_group(s.text, anchor, s.start)
        if opener is None or s.text[opener + 1:anchor].strip(" \n*_"):
            return None
        group = group_after(s.text, opener, s.end)
        stop = group[1] if group else s.end
        before = opener
    counts = [f for f in s.before(before, 8) if not f.is_percent and f.end <= before
              and s.depth[f.start - s.start] == depth][-1:]
    if counts:
        gap = re.sub(r"[\s,;:、*_]", "", s.text[counts[-1].end:before])
        limit = 0 if depth else MAX_GAP
        return (counts[-1], stop) if len(gap) <= limit else None
    if previous is not None and not depth and not s.text[s.start:anchor].strip(" \n,:"):
        return previous, stop
    return None


def _parse(s: _Sentence, total: Figure, anchor: re.Match[str], end: int,
           outer: tuple[Figure, ...]) -> tuple[Breakdown, int]:
    """The parts listed after ``anchor`` up to ``end``; the breakdown and where its list ends."""
    items = clauses(s.text, anchor.end(), end, s.depth, s.start)
    semicolons = any(c.separator == ";" for c in items)
    parts: list[Part] = []
    partial, ambiguous = anchor.group() not in COMPLETE_ANCHORS, False
    position, index = anchor.end(), 0
    while index < len(items):
        clause = items[index]
        index += 1
        body = s.text[clause.start:clause.end]
        lead = len(body) - len(body.lstrip(" \n*_"))
        if not body.strip(" \n*_"):
            continue
        if PARTIAL_TAIL.match(body):
            partial, position = True, clause.end
            break
        nested = ANCHOR.match(s.text, clause.start + lead)
        if nested and parts:
            # "公文类40条，其中党委发文15条、行政发文25条；教学类…": with "；" between the parts
            # the nested list ends at the next "；"; without, nobody can tell where it ends.
            stop = _segment_end(items, index - 1) if semicolons else end
            inner, stop = _parse(s, parts[-1].figure, nested, stop, (total, *outer))
            if not semicolons:
                inner, stop = _settle(inner, stop)
                ambiguous = ambiguous or inner.ambiguous
            parts[-1] = dataclasses.replace(parts[-1], breakdown=inner)
            position, index = stop, _skip_to(items, stop)
            if inner.ambiguous:
                break
            continue
        step = _clause_part(s, clause, total, parts, (total, *outer))
        if step is None:
            break
        if isinstance(step, Part):
            parts.append(step)
            position = clause.end
            label = s.text[clause.start:step.figure.start]
            if SUPERLATIVE.search(label):
                break  # "其中最高单篇阅读量达10078人次": a maximum, not the first of the parts
            if PARTIAL_TAIL.match(s.text[step.end:clause.end].lstrip(")]】〕 ")):
                partial = True
                break
        elif step is not _SKIP:
            parts[-1] = dataclasses.replace(parts[-1], percent=step)
            position = clause.end
    breakdown = Breakdown(_clause_start(s, total), total, tuple(parts), partial, ambiguous,
                          outer)
    return breakdown, position


_SKIP = object()


def _clause_part(s: _Sentence, clause: Clause, total: Figure, parts: list[Part],
                 totals: tuple[Figure, ...]) -> Part | Figure | object | None:
    """What one clause adds: a :class:`Part`, a percentage (a :class:`Figure`) for the last
    part, ``_SKIP`` (a percentage about something else), or None: the list has ended."""
    base = s.depth[clause.start - s.start]
    figures = [f for f in s.within(clause.start, clause.end)
               if s.depth[f.start - s.start] == base]
    counts = [f for f in figures if not f.is_percent]
    if counts:
        figure = counts[-1]
        label = s.text[clause.start:figure.start]
        if figure.unit != total.unit or TOTAL_WORD.search(label):
            return None
        if SUPERLATIVE.search(label) and parts:
            return None
        percent = next((f for f in figures if f.is_percent and f.start > figure.start), None)
        percent = percent or _percent_in_group(s, figure.end, clause.end)
        if percent is not None:
            s.used.add(percent.start)
        nested = _nested_group(s, figure, clause.end, totals)
        return Part(clause.start, figure, percent, nested)
    percents = [f for f in figures if f.is_percent]
    if not percents:
        return None  # a clause without a figure ends the list
    label = s.text[clause.start:percents[0].start]
    if not parts or parts[-1].percent is not None or CHANGE_WORD.search(label):
        return _SKIP
    s.used.add(percents[0].start)
    return percents[0]


def _percent_in_group(s: _Sentence, after: int, limit: int) -> Figure | None:
    """A percentage in brackets right after a part: "40条（7.3%）"."""
    group = group_after(s.text, after, limit)
    if group is None:
        return None
    inner = s.within(group[0], group[1])
    return inner[0] if len(inner) == 1 and inner[0].is_percent else None


def _nested_group(s: _Sentence, figure: Figure, limit: int,
                  outer: tuple[Figure, ...]) -> Breakdown | None:
    """A breakdown in brackets right after a part: "40条（其中党委文件10条、行政文件30条）"."""
    group = group_after(s.text, figure.end, limit)
    if group is None:
        return None
    anchor = ANCHOR.match(s.text, group[0])
    if anchor is None:
        return None
    inner, _ = _parse(s, figure, anchor, group[1], outer)
    return inner if inner.parts else None


def _settle(inner: Breakdown, stop: int) -> tuple[Breakdown, int]:
    """A nested list without "；" to show where it ends: it ends where its parts first add up
    to its total exactly (then the outer list goes on); if they never do, nobody can tell."""
    running = Fraction(0)
    for count, part in enumerate(inner.parts, start=1):
        if not part.figure.exact:
            break
        running += part.figure.value
        if count >= 2 and inner.total.exact and running == inner.total.value:
            end = inner.parts[count].start if count < len(inner.parts) else stop
            return dataclasses.replace(inner, parts=inner.parts[:count]), end
    return dataclasses.replace(inner, ambiguous=True), stop


def _segment_end(items: list[Clause], index: int) -> int:
    return next((c.end for c in items[index:] if c.separator == ";"), items[-1].end)


def _skip_to(items: list[Clause], stop: int) -> int:
    return next((i for i, c in enumerate(items) if c.start >= stop), len(items))


def _clause_start(s: _Sentence, figure: Figure) -> int:
    """Where the clause holding ``figure`` starts (after "其中" when it opens the clause); the
    figure may end the previous sentence ("…共548条。其中…")."""
    index, limit = figure.start, max(figure.start - MAX_CLAUSE, 0)
    while index > limit and not (s.text[index - 1] in "。!?\n"
                                 or is_separator(s.text, index - 1)):
        index -= 1
    lead = re.match(r"[\s*_]*(?:" + ANCHOR.pattern + r")?[\s*_]*", s.text[index:figure.start])
    return index + (lead.end() if lead else 0)


def _percentages(s: _Sentence) -> list[Rate | Percentage]:
    found: list[Rate | Percentage] = []
    for figure in s.figures:
        if not figure.is_percent or figure.start in s.used:
            continue
        start = _clause_start(s, figure)
        rate = RATE_WORD.search(s.text, start, figure.start)
        if rate and not CHANGE_WORD.search(s.text, start, figure.start):
            counts = tuple((_clause_start(s, f), f) for f in s.before(figure.start, 20)
                           if not f.is_percent and f.exact and f.end <= figure.start)
            found.append(Rate(start, figure, rate.group("stem") or rate.group("satisfied"), counts))
        else:
            found.append(Percentage(start, figure))
    return found

"""Reading breakdowns: a total and its parts, with their percentages and nested lists.

"548条，其中…" (the count just before 其中), "548条（其中…）", "…548条。其中…" (the total ends the
previous sentence) and "公文类40条、教学类60条，合计100条" (the total last).
"""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction

from disclosure_audit.report.clauses import Clause, clauses, enclosing_group, group_after
from disclosure_audit.report.kinds import (
    ANCHOR,
    CHANGE_WORD,
    COMPLETE_ANCHORS,
    MAX_GAP,
    PARTIAL_TAIL,
    SUPERLATIVE,
    TOTAL_WORD,
    Breakdown,
    Part,
    Sentence,
    clause_start,
)
from disclosure_audit.report.numbers import Figure


def breakdowns(s: Sentence, previous: Figure | None) -> list[Breakdown]:
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


def trailing(s: Sentence, before: list[Breakdown]) -> list[Breakdown]:
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
            found.append(Breakdown(clause_start(s, total), total, tuple(parts), partial))
    return found


def _listable(s: Sentence, clause: Clause, total: Figure) -> bool:
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


def _total_for(s: Sentence, anchor: int, previous: Figure | None
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


def _parse(s: Sentence, total: Figure, anchor: re.Match[str], end: int,
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
    breakdown = Breakdown(clause_start(s, total), total, tuple(parts), partial, ambiguous,
                          outer)
    return breakdown, position


_SKIP = object()


def _clause_part(s: Sentence, clause: Clause, total: Figure, parts: list[Part],
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


def _percent_in_group(s: Sentence, after: int, limit: int) -> Figure | None:
    """A percentage in brackets right after a part: "40条（7.3%）"."""
    group = group_after(s.text, after, limit)
    if group is None:
        return None
    inner = s.within(group[0], group[1])
    return inner[0] if len(inner) == 1 and inner[0].is_percent else None


def _nested_group(s: Sentence, figure: Figure, limit: int,
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



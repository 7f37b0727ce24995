"""Finding the statistics statements in a report's sentences.

Three kinds (rules.md, "Annual-report arithmetic seen in real reports"):

* a **breakdown**: a total and its parts, "共计548条，其中公文类信息40条，占比7.3%；…", each part
  maybe with its percentage and maybe broken down again ("（其中…）", or "，其中…" inside a part
  when the parts are separated by "；");
* a **rate**: "合格率94.3%", checked against the count it is a rate of when the sentence has one;
* any other **percentage**, which has nothing in the text to be checked against.
"""

from __future__ import annotations

from disclosure_audit.report.breakdowns import breakdowns, trailing
from disclosure_audit.report.clauses import depths
from disclosure_audit.report.kinds import (
    CHANGE_WORD,
    RATE_WORD,
    Breakdown,
    Part,
    Percentage,
    Rate,
    Sentence,
    clause_start,
)
from disclosure_audit.report.numbers import Figure, find_figures

__all__ = ["Breakdown", "Part", "Percentage", "Rate", "find_statements"]


def find_statements(text: str, sentences: list[tuple[int, int]]
                    ) -> list[Breakdown | Rate | Percentage]:
    """The statements in ``text`` (normalised), sentence by sentence, in order."""
    found: list[Breakdown | Rate | Percentage] = []
    previous: Figure | None = None
    for start, end in sentences:
        figures = find_figures(text, start, end)
        sentence = Sentence(text, start, end, depths(text, start, end), figures)
        listed = breakdowns(sentence, previous)
        found.extend(listed)
        found.extend(trailing(sentence, listed))
        found.extend(_percentages(sentence))
        counts = [f for f in figures if not f.is_percent]
        previous = counts[-1] if counts and not text[counts[-1].end:end].strip("。!? \n") else None
    return found


def _percentages(s: Sentence) -> list[Rate | Percentage]:
    found: list[Rate | Percentage] = []
    for figure in s.figures:
        if not figure.is_percent or figure.start in s.used:
            continue
        start = clause_start(s, figure)
        rate = RATE_WORD.search(s.text, start, figure.start)
        if rate and not CHANGE_WORD.search(s.text, start, figure.start):
            counts = tuple((clause_start(s, f), f) for f in s.before(figure.start, 20)
                           if not f.is_percent and f.exact and f.end <= figure.start)
            found.append(Rate(start, figure, rate.group("stem") or rate.group("satisfied"), counts))
        else:
            found.append(Percentage(start, figure))
    return found

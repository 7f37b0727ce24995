"""Placeholders left in a report: a draft's 【待填写…】 (and the 【待补充】 people write) must not
be published.

``report annual`` marks every part only people can write with a visible 【待填写：…】; the office
fills them in before publishing. A report published with one is unfinished — the first thing an
evaluator sees — so each placeholder left is an error of its line, quoted, whatever else adds up.
"""

from __future__ import annotations

import bisect
import re

from disclosure_audit.report.document import PAGE_NUMBER, Document
from disclosure_audit.report.findings import MAX_QUOTE, Finding, Verdict
from disclosure_audit.report.numbers import normalise

PLACEHOLDER = re.compile(r"【\s*待(?:填写|补充|补写|完善|定)[^】]{0,200}】")
"""【待填写：…】 as the draft writes it, and the usual hand-written 【待补充】, 【待定】."""


def check_placeholders(doc: Document) -> list[Finding]:
    """One error per placeholder left in the report, in reading order.

    A PDF wraps a long placeholder over several lines (and may print a page number between
    them): it is read with the line breaks left out, and reported at the line it starts on.
    """
    text, origin = _unwrapped(doc)
    findings = []
    for match in PLACEHOLDER.finditer(text):
        offset = origin[match.start()]
        line = doc.lines[bisect.bisect_right(doc.starts, offset) - 1]
        findings.append(Finding(line.number, Verdict.error, _head(match.group()),
                                "placeholder", {}, offset))
    return findings


def _unwrapped(doc: Document) -> tuple[str, list[int]]:
    """The report's lines joined without line breaks or page numbers, and for each character
    its offset in ``doc.original``."""
    chars: list[str] = []
    origin: list[int] = []
    for start, line in zip(doc.starts, doc.lines, strict=True):
        if PAGE_NUMBER.match(normalise(line.text)):
            continue
        chars.extend(line.text)
        origin.extend(range(start, start + len(line.text)))
    return "".join(chars), origin


def _head(text: str) -> str:
    """A long placeholder quoted by its beginning, which says what is to be written."""
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1] + "…"

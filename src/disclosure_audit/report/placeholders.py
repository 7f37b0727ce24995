"""Placeholders left in a report: a draft's 【待填写…】 (and the 【待补充】 people write) must not
be published.

``report annual`` marks every part only people can write with a visible 【待填写：…】; the office
fills them in before publishing. A report published with one is unfinished — the first thing an
evaluator sees — so each placeholder left is an error of its line, quoted, whatever else adds up.
"""

from __future__ import annotations

import re

from disclosure_audit.report.document import Document
from disclosure_audit.report.findings import MAX_QUOTE, Finding, Verdict

PLACEHOLDER = re.compile(r"【\s*待(?:填写|补充|补写|完善|定)[^】]{0,200}】")
"""【待填写：…】 as the draft writes it, and the usual hand-written 【待补充】, 【待定】."""


def check_placeholders(doc: Document) -> list[Finding]:
    """One error per placeholder left in the report, in reading order."""
    findings = []
    for index, line in enumerate(doc.lines):
        for match in PLACEHOLDER.finditer(line.text):
            findings.append(Finding(line.number, Verdict.error, _head(match.group()),
                                    "placeholder", {}, doc.starts[index] + match.start()))
    return findings


def _head(text: str) -> str:
    """A long placeholder quoted by its beginning, which says what is to be written."""
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1] + "…"

"""The parts an annual report must have (教育部办公厅 2018 notice; rules.md "The annual report's
format"), found by their headings.

The six parts of the seed report are required: a report without one is an error. The MOE format
also asks for 其他需要报告的事项 and the appendix table 清单事项公开情况表, but the seed — a real
report that was accepted — has neither, and the table is usually published as a separate
attachment beside the report: their absence from this file cannot be verified, it is not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from disclosure_audit.report.document import HEADING_MARKER, Document
from disclosure_audit.report.findings import Finding, Verdict, clip
from disclosure_audit.report.numbers import normalise


@dataclass(frozen=True)
class RequiredPart:
    """A part of the report and the words that name it in a heading."""

    key: str
    pattern: re.Pattern[str]
    required: bool = True  # missing: an error, else "cannot verify"
    anywhere: bool = False  # may be named in any line (the appendix), not only a heading


PARTS = (
    RequiredPart("overview", re.compile(r"概述|概况|总体情况|基本情况")),
    RequiredPart("active", re.compile(r"主动公开")),
    RequiredPart("requests", re.compile(r"依申请公开|不予公开")),
    RequiredPart("appraisal", re.compile(r"评议")),
    RequiredPart("complaints", re.compile(r"举报|复议|诉讼")),
    RequiredPart("lessons", re.compile(r"经验|问题|改进|不足")),
    RequiredPart("other", re.compile(r"其他需要报告|其他事项|其他需要说明"), required=False),
    RequiredPart("appendix",
                 re.compile(r"清单事项公开情况|公开事项清单.{0,6}情况表|清单.{0,8}一览表"),
                 required=False, anywhere=True),
)
MAX_HEADING = 40  # characters: a longer line is body text, whatever it starts with
TOP_LEVEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|第[一二三四五六七八九十\d]+(?:部分|章))")


def _headings(doc: Document) -> list[tuple[int, str]]:
    """``(index into doc.lines, text)`` of the lines that look like a part's heading: first the
    top-level ones (一、, 第一部分, a document heading), then the sections ((一) …)."""
    top, sections = [], []
    for index, line in enumerate(doc.lines):
        text = normalise(line.text).strip()
        if not text or len(text) > MAX_HEADING:
            continue
        if line.heading or TOP_LEVEL.match(text):
            top.append((index, text))
        elif HEADING_MARKER.match(text):
            sections.append((index, text))
    return top + sections


def check_parts(doc: Document) -> list[Finding]:
    """One finding per part: where its heading is, or that it is missing."""
    headings = _headings(doc)
    findings = []
    used: set[int] = set()
    for part in PARTS:
        hit = next((h for h in headings if h[0] not in used and part.pattern.search(h[1])), None)
        if hit is None and part.anywhere:
            hit = next(((i, line.text) for i, line in enumerate(doc.lines)
                        if part.pattern.search(normalise(line.text))), None)
        name = f"report.part.{part.key}"
        if hit is not None:
            used.add(hit[0])
            line = doc.lines[hit[0]]
            findings.append(Finding(line.number, Verdict.ok, clip(line.text.strip()),
                                    "part-present", {"part_key": name},
                                    doc.starts[hit[0]]))
        else:
            verdict = Verdict.error if part.required else Verdict.cannot_verify
            code = "part-missing" if part.required else f"part-missing-{part.key}"
            findings.append(Finding(None, verdict, "", code, {"part_key": name}))
    return findings

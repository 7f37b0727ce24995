"""The report as one text: lines joined into paragraphs and sentences, offsets mapped to lines.

Reports arrive wrapped in every way: one paragraph per line (the seed), lines wrapped by a PDF
or an editor, a list of parts one per line after "其中：". A line break ends a paragraph only
where a reader would see one: after a sentence's end, a blank line, a heading or a table cell.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclosure_audit.report.extract import Line
from disclosure_audit.report.numbers import normalise

# 一、 （一） (一) 第一部分 第二章 — the markers of the report's parts and sections.
HEADING_MARKER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十]+\s*\)"
    r"|第[一二三四五六七八九十\d]+(?:部分|章|节))"
)
LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[.、)]|\(\s*\d{1,2}\s*\)|[①-⑳])")
_SENTENCE_END = "。!?"
_CONTINUES = ",;:、"


@dataclass(frozen=True)
class Document:
    """The joined text (original and normalised), with each line's offset and number."""

    original: str
    text: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]
    breaks: frozenset[int]
    """Offsets of the newlines that end a paragraph."""

    @classmethod
    def from_lines(cls, lines: list[Line]) -> Document:
        """Join the lines with newlines and decide which newlines end a paragraph."""
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line.text) + 1
        original = "\n".join(line.text for line in lines)
        text = normalise(original)
        breaks = frozenset(starts[i + 1] - 1 for i in range(len(lines) - 1)
                           if _ends_paragraph(lines[i], lines[i + 1]))
        return cls(original, text, tuple(starts), tuple(lines), breaks)

    def line_at(self, offset: int) -> int:
        """The line number (as the reader finds it) of the character at ``offset``."""
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.lines[index].number

    def quote(self, start: int, end: int) -> str:
        """The original text between two offsets, on one line, trimmed."""
        opened = sum(self.text.count(c, start, end) for c in "([【〔")
        closed = sum(self.text.count(c, start, end) for c in ")]】〕")
        if opened > closed and end < len(self.text) and self.text[end] in ")]】〕":
            end += 1  # "40条（7.3%）": keep the bracket the percentage sits in
        text = re.sub(r"\s*\n\s*", "", self.original[start:end])
        return text.strip(" \t\u3000,，;；:：、")

    def sentences(self) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every sentence: split at 。！？ and at paragraph ends."""
        start = 0
        for index, char in enumerate(self.text):
            if char in _SENTENCE_END or (char == "\n" and index in self.breaks):
                if self.text[start:index + 1].strip():
                    yield start, index + 1
                start = index + 1
        if self.text[start:].strip():
            yield start, len(self.text)


def _ends_paragraph(line: Line, following: Line) -> bool:
    this, nxt = normalise(line.text).strip(), normalise(following.text).strip()
    if line.hard or not this or not nxt or line.heading or following.heading:
        return True
    if this[-1] in _SENTENCE_END or HEADING_MARKER.match(nxt):
        return True
    if this[-1] in _CONTINUES:  # "其中：" / "公文类40条；" — the list goes on below
        return False
    # No punctuation at the end: a wrapped line goes on, a heading or a list item does not.
    return bool(HEADING_MARKER.match(this) or LIST_MARKER.match(nxt))

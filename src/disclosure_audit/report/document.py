"""The report as one text: lines joined into paragraphs and sentences, offsets mapped to lines.

Reports arrive wrapped in every way: one paragraph per line (the seed), lines wrapped by a PDF
or an editor, a list of parts one per line after "其中：". A line break ends a paragraph only
where a reader would see one: after a sentence's end, a blank line, a heading or a table cell.
A PDF also wraps justified Chinese lines inside words ("共\n计26条", "占比\n3.8%") and puts its
page numbers ("— 3 —") between the lines of a sentence: a reader reads through both.
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
# 1. 2、 3) (4) ① — but not "3.8%", a wrapped line that starts with a decimal.
LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*(?:[、)]|\.(?!\d))|\(\s*\d{1,2}\s*\)|[①-⑳])")
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?)\s*$")
"""A line that is only a page number ("— 3 —", "第3页"): page furniture, not text."""
_SENTENCE_END = "。!?"
_CONTINUES = ",;:、"


@dataclass(frozen=True)
class Document:
    """The joined text (original and normalised), with each line's offset and number.

    ``text`` is what statements are read in: the normalised original, except that a line break
    inside a paragraph next to a Chinese character is left out, as a reader reads it — a PDF
    wraps justified lines anywhere, even inside a word ("共\n计26条", "占\n比27.3%").
    ``starts`` and ``breaks`` are offsets in ``original``; every method takes offsets in
    ``text`` and maps them back (``joins`` holds where, in ``text``, a break was left out).
    """

    original: str
    text: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]
    breaks: frozenset[int]
    """Offsets of the newlines that end a paragraph (in ``text``)."""
    joins: tuple[int, ...] = ()
    """Offsets in ``text`` before which a wrapped line's newline was left out."""

    @classmethod
    def from_lines(cls, lines: list[Line]) -> Document:
        """Join the lines with newlines and decide which newlines end a paragraph."""
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line.text) + 1
        original = "\n".join(line.text for line in lines)
        normal = normalise(original)
        pages = {i for i, line in enumerate(lines) if PAGE_NUMBER.match(normalise(line.text))}
        real = [i for i in range(len(lines)) if i not in pages]
        following = dict(zip(real, real[1:], strict=False))
        kept: list[str] = []
        joins: list[int] = []
        breaks: list[int] = []
        for index, line in enumerate(lines):
            start, end = starts[index], starts[index] + len(line.text)
            if index in pages and len(lines) > 1:  # left out with its newline
                joins.extend([len(kept)] * (len(line.text) + (index < len(lines) - 1)))
                continue
            kept.extend(normal[start:end])
            if index == len(lines) - 1:
                break
            nxt = following.get(index)
            if nxt is None or _ends_paragraph(line, lines[nxt]):
                breaks.append(len(kept))
            elif _wraps_word(normal[start:end], normalise(lines[nxt].text)):
                joins.append(len(kept))
                continue
            kept.append("\n")
        return cls(original, "".join(kept), tuple(starts), tuple(lines), frozenset(breaks),
                   tuple(joins))

    def origin(self, offset: int) -> int:
        """The offset in ``original`` of the character at ``offset`` in ``text``."""
        return offset + bisect.bisect_right(self.joins, offset)

    def line_at(self, offset: int) -> int:
        """The line number (as the reader finds it) of the character at ``offset``."""
        index = max(bisect.bisect_right(self.starts, self.origin(offset)) - 1, 0)
        return self.lines[index].number

    def quote(self, start: int, end: int) -> str:
        """The original text between two offsets, on one line, trimmed."""
        opened = sum(self.text.count(c, start, end) for c in "([【〔")
        closed = sum(self.text.count(c, start, end) for c in ")]】〕")
        if opened > closed and end < len(self.text) and self.text[end] in ")]】〕":
            end += 1  # "40条（7.3%）": keep the bracket the percentage sits in
        first = self.origin(start)
        last = self.origin(end - 1) + 1 if end > start else first
        pieces = self.original[first:last].split("\n")  # without the page numbers in between
        kept = [piece for piece in pieces if not PAGE_NUMBER.match(normalise(piece))]
        text = re.sub(r"\s*\n\s*", "", "\n".join(kept))
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


def _wraps_word(line: str, following: str) -> bool:
    """A line of a paragraph wrapped inside a phrase: it ends with no punctuation, and a
    Chinese character stands on either side ("共\n计", "占比\n3.8%"). A reader reads on
    without a space. (After punctuation the newline is kept: it separates anyway.)"""
    ends, begins = line.rstrip()[-1:], following.lstrip()[:1]
    if not ends or not begins or ends in _CONTINUES + _SENTENCE_END:
        return False
    return any(c >= "\u2e80" for c in (ends, begins))


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

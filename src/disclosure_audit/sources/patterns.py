"""Keyword patterns: words in order with gaps between them, and alternatives for a word.

The syntax is two characters, so nobody has to escape anything:

* ``…`` (or ``...``, or ``……``) is a gap: any characters, none included. ``新增…专业`` matches
  新增专业, 新增本科专业 and 新增3个本科专业, but not 专业新增.
* ``/`` separates alternatives for one word: ``奖学金/助学金…办法/细则`` matches 奖学金评定办法 and
  助学金管理实施细则.

Titles and patterns are compared after NFKC normalisation (full-width digits, letters and
brackets become ASCII: ２０２３ = 2023, （境） = (境)), lower-casing and removing spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

GAP = re.compile(r"(?:…|\.\.\.)+")
ALTERNATIVE = "/"


def normalize(text: str) -> str:
    """The form titles and patterns are compared in (NFKC, lower case, no white space)."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


@dataclass(frozen=True)
class Match:
    """Where a pattern matched: one ``(start, end)`` span per word, in order."""

    pattern: Pattern
    spans: tuple[tuple[int, int], ...]

    @property
    def chars(self) -> int:
        """Characters of the title the pattern's words cover (gaps do not count)."""
        return sum(end - start for start, end in self.spans)

    def text(self, title: str) -> str:
        """The matched words of ``title`` (a normalised title), joined by ``…`` for gaps."""
        return "…".join(title[start:end] for start, end in self.spans)


@dataclass(frozen=True, eq=False)
class Pattern:
    """A compiled pattern: for each word in order, its normalised alternatives.

    Compared by identity: :func:`compile_pattern` returns the same object for the same text.
    """

    text: str
    parts: tuple[tuple[str, ...], ...]

    @property
    def literals(self) -> frozenset[str]:
        """Every alternative of every word (used to index patterns by what a title contains)."""
        return frozenset(alt for part in self.parts for alt in part)

    def match(self, title: str, present: set[str] | None = None) -> Match | None:
        """The match in ``title`` (normalised), or None. ``present``, when given, are the words
        known to occur in the title (others are not searched for).

        Each word takes the occurrence that ends first after the previous word: that finds a
        match whenever one exists, and leaves the most room for the words after it.
        """
        position = 0
        spans: list[tuple[int, int]] = []
        for alternatives in self.parts:
            best: tuple[int, int] | None = None
            for alt in alternatives:
                if present is not None and alt not in present:
                    continue
                start = title.find(alt, position)
                if start >= 0 and (best is None or start + len(alt) < best[1]
                                   or (start + len(alt) == best[1] and start < best[0])):
                    best = (start, start + len(alt))
            if best is None:
                return None
            spans.append(best)
            position = best[1]
        return Match(self, tuple(spans))


class PatternError(ValueError):
    """A pattern that cannot match anything (empty, or a gap or ``/`` with no word)."""


@lru_cache(maxsize=4096)
def compile_pattern(text: str) -> Pattern:
    """Compile ``text``; raises :class:`PatternError` when a word or an alternative is empty.

    Cached: the shipped list's patterns are compiled once per process, not once per school.
    """
    pieces = GAP.split(text.strip())
    # A leading or trailing gap adds nothing: "…会" matches wherever "会" does.
    while pieces and not pieces[0].strip():
        pieces.pop(0)
    while pieces and not pieces[-1].strip():
        pieces.pop()
    parts: list[tuple[str, ...]] = []
    for piece in pieces:
        alternatives = [normalize(a) for a in piece.split(ALTERNATIVE)]
        if not piece.strip() or any(not a for a in alternatives):
            raise PatternError(text)
        # Longest first, so that at one end position the longer word is the one shown.
        parts.append(tuple(sorted(dict.fromkeys(alternatives), key=len, reverse=True)))
    if not parts:
        raise PatternError(text)
    return Pattern(text, tuple(parts))


@lru_cache(maxsize=4096)
def literal_pattern(text: str) -> Pattern:
    """A pattern matching ``text`` as written (an item's title or an element's name): its
    ``/`` and ``…`` are plain characters here."""
    return Pattern(text, ((normalize(text),),))

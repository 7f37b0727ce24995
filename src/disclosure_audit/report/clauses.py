"""Brackets and clauses inside a sentence (on normalised text: "，" is "," and "（" is "(")."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "([【〔{"
CLOSE = ")]】〕}"
SEPARATORS = ",;:、"


def is_separator(text: str, index: int) -> bool:
    """Whether ``text[index]`` separates clauses: not the comma inside "1,234" (or "1，234")."""
    char = text[index]
    if char not in SEPARATORS:
        return False
    if char == "," and index and text[index - 1].isdigit():
        return not re.match(r"\d{3}(?!\d)", text[index + 1:index + 5])
    return True


@dataclass(frozen=True)
class Clause:
    """A stretch between separators at one bracket depth; ``separator`` is the one ending it."""

    start: int
    end: int
    separator: str


def depths(text: str, start: int, end: int) -> list[int]:
    """The bracket depth of every character of ``text[start:end]`` (brackets count as outside).

    Unbalanced closing brackets are ignored, so a stray ")" cannot make the depth negative.
    """
    result, depth = [], 0
    for char in text[start:end]:
        if char in CLOSE and depth:
            depth -= 1
        result.append(depth)
        if char in OPEN:
            depth += 1
    return result


def clauses(text: str, start: int, end: int, depth: list[int], offset: int) -> list[Clause]:
    """``text[start:end]`` cut at separators that sit at the depth of ``start``.

    ``depth`` holds the depths of the sentence that begins at ``offset``.
    """
    base = depth[start - offset] if start - offset < len(depth) else 0
    found, begin = [], start
    for index in range(start, end):
        if is_separator(text, index) and depth[index - offset] == base:
            found.append(Clause(begin, index, text[index]))
            begin = index + 1
    if begin < end:
        found.append(Clause(begin, end, ""))
    return found


def group_after(text: str, position: int, limit: int) -> tuple[int, int] | None:
    """The inside of a bracket that opens at ``position`` (spaces allowed before it)."""
    index = position
    while index < limit and text[index] in " \n*_":
        index += 1
    if index >= limit or text[index] not in OPEN:
        return None
    level = 0
    for cursor in range(index, limit):
        if text[cursor] in OPEN:
            level += 1
        elif text[cursor] in CLOSE:
            level -= 1
            if level == 0:
                return index + 1, cursor
    return None


def enclosing_group(text: str, position: int, start: int) -> int | None:
    """Where the innermost bracket around ``position`` opens (searching back to ``start``)."""
    level = 0
    for cursor in range(position - 1, start - 1, -1):
        if text[cursor] in CLOSE:
            level += 1
        elif text[cursor] in OPEN:
            if level == 0:
                return cursor
            level -= 1
    return None

"""Wrapping help text by its width on the terminal, Chinese included.

The command-line library counts characters, so a line of Chinese help it thinks fits 78
columns takes 156 and an 80-column terminal breaks it anywhere. Here a Chinese character
counts two columns and a line may break between two of them (as Chinese text does, with no
spaces), but never before a closing mark (，。、）…) nor after an opening one (（“《), the
line-breaking rules of Chinese typesetting (GB/T 15834, 标点符号用法 4.x); Latin words break
at spaces only.
"""

from __future__ import annotations

import unicodedata

CLOSING = set("，。、；：？！）》」』】〕”’…—·％,.;:?!)]}%")
OPENING = set("（《「『【〔“‘([{")


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal (East Asian wide and full-width count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _tokens(text: str) -> list[str]:
    """Units no line break may split: a Latin word, a Chinese character with the closing marks
    after it and the opening marks before it, or a run of spaces."""
    tokens: list[str] = []
    for ch in text:
        last = tokens[-1] if tokens else ""
        if ch.isspace():
            if last.isspace():
                tokens[-1] += ch
            else:
                tokens.append(ch)
        elif last and not last.isspace() and (
                ch in CLOSING or last[-1] in OPENING
                or (not _wide(ch) and not _wide(last[-1]))):
            tokens[-1] += ch  # glued: a closing mark, after an opening one, or inside a word
        else:
            tokens.append(ch)
    return tokens


def wrap(text: str, columns: int) -> list[str]:
    """``text`` as lines of at most ``columns`` terminal columns (a word longer than that is
    cut); its own line breaks are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_line(paragraph, max(columns, 10)))
    return lines


def _wrap_line(text: str, columns: int) -> list[str]:
    lines: list[str] = []
    line, used, space = "", 0, False
    for token in _tokens(text):
        if token.isspace():
            space = bool(line)
            continue
        gap = " " if space and line else ""
        size = width(token)
        if line and used + len(gap) + size > columns:
            lines.append(line)
            line, used, gap = "", 0, ""
        while size > columns:  # a URL or path longer than the line: cut it
            head = _fit(token, columns - used)
            lines.append(line + head)
            line, used, token = "", 0, token[len(head):]
            size = width(token)
        line, used, space = line + gap + token, used + len(gap) + size, False
    lines.append(line)
    return lines


def _fit(token: str, columns: int) -> str:
    taken, used = "", 0
    for ch in token:
        if used + width(ch) > columns and taken:
            break
        taken, used = taken + ch, used + width(ch)
    return taken

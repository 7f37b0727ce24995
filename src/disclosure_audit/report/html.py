"""The visible text of an HTML page (lxml.html), as lines that keep their source line numbers."""

from __future__ import annotations

import re

from disclosure_audit.diagnostics import Problem
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import decode
from disclosure_audit.report.extract import Line

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CELLS = frozenset({"td", "th"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _decode(raw: bytes, display: str) -> str:
    """UTF-8 (with or without BOM), else the page's declared charset, else GB18030."""
    declared = _CHARSET.search(raw[:4096])
    encodings = ["utf-8-sig"]
    if declared:
        name = declared.group(1).decode("ascii").lower()
        # GB2312 and GBK pages routinely contain characters only GB18030 has: read the superset.
        encodings.append("gb18030" if name in ("gb2312", "gbk", "gb18030") else name)
    encodings.append("gb18030")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return decode(raw, display, (), "bad-encoding")  # raises, located at the first bad byte


class _Collector:
    """Walks the tree; text between block boundaries becomes lines."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.line = 1
        self.start = 1
        self.heading = False

    def text(self, value: str | None) -> None:
        if not value:
            return
        pieces = value.split("\n")
        for i, piece in enumerate(pieces):
            if i:  # a line break in the source: the line so far is done (joined again later)
                self.flush()
                self.line += 1
            if piece.strip() and not "".join(self.parts).strip():
                self.start = self.line
            self.parts.append(piece)

    def flush(self, hard: bool = False) -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.parts)).strip()
        if text:
            self.lines.append(Line(self.start, text, hard=hard, heading=self.heading))
        elif hard and self.lines and not self.lines[-1].hard:
            last = self.lines[-1]
            self.lines[-1] = Line(last.number, last.text, True, last.heading)
        self.parts = []

    def walk(self, element: object) -> None:
        tag = element.tag  # type: ignore[attr-defined]
        if not isinstance(tag, str) or tag.lower() in SKIPPED:  # comments, scripts …
            self.text(element.tail)  # type: ignore[attr-defined]
            return
        tag = tag.lower()
        self.line = max(self.line, element.sourceline or self.line)  # type: ignore[attr-defined]
        block = tag in BLOCKS or tag == "br"
        if block:
            self.flush()
        outer_heading = self.heading
        self.heading = self.heading or tag in HEADINGS
        self.text(element.text)  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            self.walk(child)
        if block:
            self.flush(hard=tag in CELLS)
        self.heading = outer_heading
        self.text(element.tail)  # type: ignore[attr-defined]


def html_lines(raw: bytes, display: str) -> list[Line]:
    """The page's visible text; scripts, styles and the ``<head>`` are left out."""
    import lxml.html

    text = _decode(raw, display)
    if not text.strip():
        raise InputError(Problem(display, None, None, "report-empty", {},
                                 hint_key="hint.report-empty"))
    # lxml refuses a str that carries an XML encoding declaration; the text is decoded already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    root = lxml.html.document_fromstring(text)
    collector = _Collector()
    collector.walk(root)
    collector.flush()
    return collector.lines

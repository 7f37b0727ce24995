"""The draft as one HTML page, through a Jinja2 template (autoescaped: text from the repo is
never markup); URLs become links, placeholders are marked."""

from __future__ import annotations

import re
from functools import cache

from disclosure_audit.report.annual.blocks import PLACEHOLDER, Draft, Heading, Paragraph, Table

URL = re.compile(r"https?://[^\s；;，,。）)】<>\"']+")
PIECES = re.compile(f"(?P<gap>{PLACEHOLDER.pattern})|(?P<url>{URL.pattern})")


def render_html(draft: Draft) -> str:
    """The HTML page (the same content as the Word and Markdown forms)."""
    return _template().render(draft=draft, body=[_view(b) for b in draft.body],
                              appendix=[_view(b) for b in draft.appendix])


@cache
def _template():  # noqa: ANN202 - a jinja2 Template
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("disclosure_audit.report.annual", "templates"),
                      autoescape=select_autoescape(default=True), keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("annual.html.j2")


def _view(block: Heading | Paragraph | Table) -> dict[str, object]:
    if isinstance(block, Heading):
        return {"kind": "heading", "level": block.level + 1, "pieces": pieces(block.text)}
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "style": block.style, "pieces": pieces(block.text)}
    return {"kind": "table", "header": block.header,
            "rows": [[[pieces(line) for line in cell.split("\n")] for cell in row]
                     for row in block.rows]}


def pieces(text: str) -> list[tuple[str, str]]:
    """``text`` as (kind, text) pieces: ``text``, ``gap`` (a placeholder) or ``url``."""
    out, position = [], 0
    for match in PIECES.finditer(text):
        if match.start() > position:
            out.append(("text", text[position:match.start()]))
        out.append(("gap" if match.group("gap") else "url", match.group(0)))
        position = match.end()
    if position < len(text):
        out.append(("text", text[position:]))
    return out

"""The draft as blocks every format renders the same way: headings, paragraphs, tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"【待填写[^】]*】")
"""What the office still has to write: shown as is, highlighted where the format allows."""


@dataclass(frozen=True)
class Heading:
    """A heading: level 1 is a part (一、…), level 2 a section ((一)…)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Body text; ``style`` is ``body``, ``item`` (a list line), ``subtitle`` (centred under the
    title) or ``signature`` (right-aligned, at the end)."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``widths`` are relative column widths."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Draft:
    """The whole report: title, body, and the appendix (its own section: a wide table)."""

    title: str
    body: tuple[Block, ...]
    appendix_label: str
    appendix_title: str
    appendix: tuple[Block, ...]

    def placeholders(self) -> list[str]:
        """Every 【待填写】 left in the draft, in order."""
        texts = [b.text for b in (*self.body, *self.appendix) if isinstance(b, Paragraph)]
        return [m.group(0) for text in texts for m in PLACEHOLDER.finditer(text)]

"""The ``links`` report: every public publication's link and what probing it found."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from rich.text import Text

from disclosure_audit.formats.console import capture, shown
from disclosure_audit.formats.layout import Column, fitted
from disclosure_audit.i18n import t
from disclosure_audit.i18n.system import system_text
from disclosure_audit.model import LinkResult, Publication


@dataclass(frozen=True)
class LinkRow:
    """A publication and its link's result."""

    publication: Publication
    result: LinkResult


def links_json(rows: list[LinkRow]) -> str:
    """The rows as JSON."""
    data = [{"item": r.publication.item, "title": r.publication.title,
             "department": r.publication.department, "source": str(r.publication.source),
             "declared_format": r.publication.format, **dataclasses.asdict(r.result),
             "ok": r.result.ok} for r in rows]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


SAYS_NOTHING_MORE = frozenset({"All connection attempts failed"})
"""Library reasons that only repeat the result's own words ("无法连接 连接失败"): left out."""


def links_table(rows: list[LinkRow], lang: str, width: int = 160, color: bool = False) -> str:
    """The rows for people, failures first, then the counts."""
    console, buffer = capture(width, color)
    cells = []
    for r in sorted(rows, key=lambda r: r.result.ok):
        label = t(f"link.kind.{r.result.kind}", lang)
        if r.result.detail and r.result.detail not in SAYS_NOTHING_MORE:
            # httpx's and the OS's English reasons, in the reader's language
            label += f" {system_text(r.result.detail, lang)}"
        cells.append([shown(label, "green" if r.result.ok else "bold red"), shown(r.result.url),
                      shown(r.publication.item or ""), shown(r.publication.title),
                      shown(r.publication.department),
                      shown(r.result.checked_at[:16].replace("T", " "))])
    columns = [Column(t("col.result", lang), wraps=True, min_width=8, max_width=24),
               Column(t("col.url", lang), wraps=True, min_width=16),
               Column(t("col.id", lang)),
               Column(t("col.title", lang), wraps=True, min_width=10),
               Column(t("col.department", lang), wraps=True, min_width=6, max_width=12),
               Column(t("col.checked", lang), wraps=True, min_width=10, max_width=16)]
    every = list(range(6))
    console.print(fitted([(columns, every), ([c for i, c in enumerate(columns) if i != 5],
                                             every[:5]),
                          ([columns[i] for i in (0, 1, 2, 3)], [0, 1, 2, 3])], cells, width))
    failed = sum(1 for r in rows if not r.result.ok)
    console.print(Text(t("links.summary", lang, total=len(rows), ok=len(rows) - failed,
                         failed=failed)))
    return buffer.getvalue()

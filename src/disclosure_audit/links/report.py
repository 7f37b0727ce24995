"""The ``links`` report: every public publication's link and what probing it found."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from rich.table import Table

from disclosure_audit.formats.console import capture, shown
from disclosure_audit.i18n import t
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


def links_table(rows: list[LinkRow], lang: str, width: int = 160, color: bool = False) -> str:
    """The rows for people, failures first, then the counts."""
    console, buffer = capture(width, color)
    table = Table(show_lines=False)
    for key in ("col.result", "col.url", "col.id", "col.title", "col.department",
                "col.checked"):
        table.add_column(t(key, lang), overflow="fold")
    for r in sorted(rows, key=lambda r: r.result.ok):
        label = t(f"link.kind.{r.result.kind}", lang)
        if r.result.detail:
            label += f" {r.result.detail}"
        table.add_row(shown(label, "green" if r.result.ok else "bold red"),
                      shown(r.result.url), shown(r.publication.item or ""),
                      shown(r.publication.title), shown(r.publication.department),
                      shown(r.result.checked_at))
    console.print(table)
    failed = sum(1 for r in rows if not r.result.ok)
    console.print(t("links.summary", lang, total=len(rows), ok=len(rows) - failed, failed=failed))
    return buffer.getvalue()

"""The self-check sheet's columns: one place for their order, headers, widths and kinds.

Headers are among the aliases the CSV/XLSX declaration reader knows (``sources/table.py``), so
the import finds each column by its header wherever a clerk moved it, and a filled sheet reads
the same as a CMS export would.
"""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.i18n import t
from disclosure_audit.sources.table import HEADERS


@dataclass(frozen=True)
class Column:
    """One column: the declaration field it holds, its width and kind of cell; its header is
    ``sc.col.<field>`` in the catalogue (the English header is the field's name).

    ``kind`` is ``text``, ``date``, ``number``, ``list`` (a drop-down), ``ref`` (shown for
    reference, never read back) or ``key`` (the row key).
    """

    field: str
    width: float  # Excel character widths: narrow, text wraps, so A4 landscape stays legible
    kind: str = "text"


KEY = "key"
ITEM_TITLE = "item_title"
COLUMNS: tuple[Column, ...] = (
    Column("item", 6),
    Column(ITEM_TITLE, 14, "ref"),
    Column("title", 22),
    Column("channel", 10, "list"),
    Column("url", 18),
    Column("made", 10.5, "date"),
    Column("published", 10.5, "date"),
    Column("elements", 14),
    Column("format", 8, "list"),
    Column("clicks", 5, "number"),
    Column("linked_from_column", 5, "list"),
    Column("period", 8),
    Column("kind", 9, "list"),
    Column("reason", 9, "list"),
    Column("ground", 10, "list"),
    Column("basis", 12),
    Column("expected", 10.5, "date"),
    Column("note", 14),
    Column(KEY, 11, "key"),
)
"""Column order of the sheet as exported; on import columns are found by header."""

PUBLICATION_FIELDS = ("item", "title", "channel", "url", "made", "published", "elements",
                      "format", "clicks", "linked_from_column", "period", "kind", "note")
"""Fields a publication row writes to YAML, in the order new entries are written."""
WITHHELD_FIELDS = ("item", "reason", "elements", "ground", "basis", "expected", "note")
"""Fields a withheld row (a reason instead of a title) writes to YAML, in order."""
DATE_FIELDS = frozenset(c.field for c in COLUMNS if c.kind == "date")
TEXT_FIELDS = frozenset({"title", "url", "note", "basis", "period"})
"""Written to YAML exactly as typed (what people wrote survives the round trip)."""

_EXTRA = {"事项名称": ITEM_TITLE, "行标识": KEY, "row key": KEY, "item title": ITEM_TITLE}


def header(column: Column, lang: str) -> str:
    """The column's header in ``lang``."""
    return t(f"sc.col.{column.field}", lang)


def field_of(header: object) -> str | None:
    """The field a header names: our headers, the declaration reader's aliases, or English."""
    if header is None:
        return None
    text = str(header).strip().lower()
    if text in _EXTRA:
        return _EXTRA[text]
    for name, aliases in HEADERS.items():
        if text in (a.lower() for a in aliases):
            return name
    return None

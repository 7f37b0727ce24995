"""The hidden 选项 sheet: the drop-down lists and which department the workbook belongs to."""

from __future__ import annotations

from typing import Any

from disclosure_audit.i18n import t
from disclosure_audit.model import EXEMPT_GROUNDS, FORMATS, WITHHELD_REASONS, Checklist, Item

OPTIONS_SHEET = "选项"
"""The hidden sheet's name (the same in both languages: the import looks for it)."""
DEPARTMENT_LABEL = "department"
"""The label next to the department's name on the hidden sheet (never translated)."""
MARKER = ("disclosure-audit", "selfcheck 1")
"""Marks a workbook as a self-check workbook of this layout."""


def list_values(checklist: Checklist, items: tuple[Item, ...],
                lang: str) -> dict[str, list[str]]:
    """Each drop-down's values by name: channels by name, formats, reasons and grounds in words,
    yes/no, the kinds of information, and ``item:<id>`` the elements of each of the
    department's items."""
    channels = [(c.name_en or c.name) if lang == "en" else c.name
                for c in checklist.channels.values()]
    lists = {
        "channel": channels,
        "format": [t(f"format.{f}", lang) for f in FORMATS],
        "reason": [t(f"reason.{r}", lang) for r in WITHHELD_REASONS],
        "ground": [t(f"ground.{g}", lang) for g in EXEMPT_GROUNDS],
        "linked_from_column": [t("sc.yes", lang), t("sc.no", lang)],
        "kind": list(checklist.report_kinds),  # the annual report counts rows by kind
    }
    for item in items:
        lists[f"item:{item.id}"] = list(item.elements_for(checklist.kind))
        allowed = reasons_for(item)
        if allowed != WITHHELD_REASONS:
            lists[f"reason:{item.id}"] = [t(f"reason.{r}", lang) for r in allowed]
    return lists


def reasons_for(item: Item) -> tuple[str, ...]:
    """The reasons ``item`` may be withheld for, as ``validate`` judges a whole item: not
    不适用 on an item every school publishes (``always_applies``: item 6), not 依法不予公开 on
    one the law makes public (``exemptible: false``: 6, 19–21), not 本期未发生 where nothing is
    event-driven."""
    refused = set()
    if item.always_applies:
        refused.add("not_applicable")
    if not item.exemptible:
        refused.add("exempt")
    if not (item.event_driven or item.event_elements):
        refused.add("not_occurred")
    return tuple(r for r in WITHHELD_REASONS if r not in refused)


def meta_rows(department: str) -> list[tuple[str, str]]:
    """Label/value pairs written on the hidden sheet."""
    return [MARKER, (DEPARTMENT_LABEL, department)]


def department_of(rows: list[tuple[int, list[Any]]]) -> str | None:
    """The department named on the hidden sheet's rows, if any."""
    for _, cells in rows:
        for i, cell in enumerate(cells[:-1]):
            if cell == DEPARTMENT_LABEL and cells[i + 1] not in (None, ""):
                return str(cells[i + 1]).strip()
    return None

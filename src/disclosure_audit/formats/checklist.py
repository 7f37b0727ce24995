"""Showing a checklist: a table by category, one item in full, or JSON for machines."""

from __future__ import annotations

import json
from typing import Any

from disclosure_audit.formats.console import capture, shown
from disclosure_audit.formats.layout import Column, Row, fitted
from disclosure_audit.i18n import t
from disclosure_audit.model import Checklist, Item


def select_items(checklist: Checklist, kind: str | None) -> list[Item]:
    """The checklist's items, only those applying to ``kind`` when given."""
    return [i for i in checklist.items if kind is None or kind in i.applies_to]


def item_dict(item: Item) -> dict[str, Any]:
    """One item as plain data."""
    return {
        "id": item.id, "category": item.category, "title": item.title, "title_en": item.title_en,
        "elements": list(item.elements), "cadence": item.cadence, "due": item.due,
        "publish_within": {"days": item.publish_within.days,
                           "calendar": item.publish_within.calendar,
                           "basis": item.publish_within.basis},
        "publish_within_workdays": (None if item.publish_within.calendar
                                    else item.publish_within.days),
        "event_driven": item.event_driven, "event_elements": sorted(item.event_elements),
        "element_applies_to": {e: list(k) for e, k in item.element_kinds.items()},
        "exemptible": item.exemptible,
        "applies_to": list(item.applies_to), "audience": item.audience,
        "keywords": list(item.keywords),
        "element_keywords": {e: list(k) for e, k in item.element_keywords.items()},
        "exclude_keywords": list(item.exclude_keywords),
        "owner": item.owner, "owner_hint": item.owner_hint,
        "remediation": item.remediation, "note": item.note,
        "not_applicable": item.not_applicable,
        "source": str(item.source) if item.source else None,
    }


def checklist_json(checklist: Checklist, items: list[Item]) -> str:
    """``checklist list --format json``."""
    data = {
        "id": checklist.id, "title": checklist.title, "path": checklist.path,
        "institution": {"name": checklist.institution_name, "kind": checklist.kind},
        "categories": [
            {"id": c.id, "title": c.title, "title_en": c.title_en,
             "items": sum(1 for i in items if i.category == c.id)}
            for c in checklist.categories
        ],
        "channels": {cid: {"name": c.name, "name_en": c.name_en, "group": c.group,
                           "public": c.public, "column": c.column}
                     for cid, c in checklist.channels.items()},
        "items": [item_dict(i) for i in items],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def checklist_table(checklist: Checklist, items: list[Item], lang: str, width: int,
                    color: bool) -> str:
    """``checklist list`` as a rich table grouped by category."""
    console, buffer = capture(width, color)
    rows: list[Row] = []
    for category in checklist.categories:
        mine = [i for i in items if i.category == category.id]
        if not mine:
            continue
        title = category.title_en if lang == "en" and category.title_en else category.title
        rows += [None, ["", shown(title, "bold"), "", "", ""]]
        for item in mine:
            cadence = t(f"cadence.{item.cadence}", lang) + (f" ≤{item.due}" if item.due else "")
            owner = shown(item.owner) if item.owner else shown(item.owner_hint or "", "dim")
            title_text = item.title_en if lang == "en" and item.title_en else item.title
            rows.append([shown(item.id), shown(title_text), shown("、".join(item.elements)),
                         cadence, owner])
    columns = [Column(t("col.id", lang), justify="right"),
               Column(t("col.title", lang), wraps=True, min_width=16),
               Column(t("col.elements", lang), wraps=True, min_width=12),
               Column(t("col.cadence", lang), wraps=True, min_width=4),
               Column(t("col.owner", lang), wraps=True, min_width=6, max_width=12)]
    console.print(fitted([(columns, list(range(5)))], rows, width,
                         t("checklist.summary", lang, title=checklist.title, count=len(items),
                           categories=len({i.category for i in items}))))
    return buffer.getvalue()


def item_text(checklist: Checklist, item: Item, lang: str) -> str:
    """``checklist show ID``: every field of one item, one per line."""
    category = checklist.category(item.category)
    rows = [
        (t("col.id", lang), item.id),
        (t("col.title", lang), item.title),
        ("title_en", item.title_en),
        (t("col.category", lang), category.title if category else item.category),
        (t("col.elements", lang), "、".join(item.elements)),
        (t("col.cadence", lang), t(f"cadence.{item.cadence}", lang) +
         (f" (due {item.due})" if item.due else "")),
        ("publish_within", f"{item.publish_within.days} "
         f"{'days' if item.publish_within.calendar else 'working days'}"
         + (f" ({item.publish_within.basis})" if item.publish_within.basis else "")),
        ("event_driven", "、".join(e for e in item.elements if item.is_event(e))),
        ("exemptible", "" if item.exemptible else "false"),
        (t("col.applies", lang), ", ".join(t(f"kind.{k}", lang) for k in item.applies_to)),
        ("audience", t(f"audience.{item.audience}", lang)),
        (t("col.owner", lang), item.owner or f"({item.owner_hint or ''})"),
        ("keywords", "、".join(item.keywords)),
        ("exclude_keywords", "、".join(item.exclude_keywords)),
        *((f"element_keywords[{e}]", "、".join(k)) for e, k in item.element_keywords.items()),
        (t("col.measure", lang), (item.remediation_en if lang == "en" else None)
         or item.remediation or ""),
        ("note", item.note or ""),
        ("not_applicable", item.not_applicable or ""),
        ("source", str(item.source) if item.source else ""),
    ]
    return "".join(f"{name}: {value}\n" for name, value in rows if value)

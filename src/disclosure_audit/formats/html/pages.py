"""What each HTML page shows, built from the very data its JSON carries.

Every figure on a page is read from the dictionary that is also embedded in the page as JSON
(the audit's ``--format json`` result, ``ledger export --format json``, the batch ranking),
so what people see and what programs read cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from disclosure_audit.formats.html.charts import bars, lines, quartiles
from disclosure_audit.formats.json import to_dict
from disclosure_audit.formats.ledger.export import to_json
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import kind_text
from disclosure_audit.ledger.rows import status_label
from disclosure_audit.ledger.tracked import TrackedLedger
from disclosure_audit.ledger.trend import trend
from disclosure_audit.model import DIMENSIONS, STATUSES, AuditResult

SERIES = ("open", "overdue", "done")


def audit_context(result: AuditResult, lang: str,
                  tracked: TrackedLedger | None = None) -> dict[str, Any]:
    """The audit page: summary, dimensions, heat map, statuses, items, ledger, trend."""
    data = to_dict(result, lang)
    ledger = ledger_data(tracked, result.as_of, lang) if tracked and tracked.entries else None
    summary = data["summary"]
    blob = {"kind": "audit", "result": data, "ledger": ledger}
    return {
        "data": blob, "title": t("html.audit.title", lang, institution=data["institution"]["name"]
                                 or data["checklist"]["title"]),
        "result": data, "summary": summary,
        "dimension_bars": bars([(t(f"dimension.{d}", lang), summary["by_dimension"][d])
                                for d in DIMENSIONS]),
        "statuses": [(s, t(f"status.{s}", lang), summary["counts"][s]) for s in STATUSES],
        "departments": sorted({i["department"] for i in data["items"]}),
        "items": [_item_row(i) for i in data["items"]],
        "audit_ledger": [_audit_entry(e, lang) for e in data["ledger"]],
        "ledger": _ledger_section(ledger, lang) if ledger else None,
        "open_entries": sum(1 for e in data["ledger"] if e["status"] != "waived"),
    }


def _item_row(item: dict[str, Any]) -> dict[str, Any]:
    dims = item["dimensions"]
    failed = [d for d in DIMENSIONS if d in dims and dims[d]["passed"] is False]
    return {**item, "failed": " ".join(failed), "dims": [dims.get(d) for d in DIMENSIONS]}


def _audit_entry(entry: dict[str, Any], lang: str) -> dict[str, Any]:
    return {**entry, "view_status": entry["status"], "overdue": False,
            "status_text": status_label(entry["status"], lang)}


def ledger_data(ledger: TrackedLedger, as_of: dt.date, lang: str) -> dict[str, Any]:
    """The tracked ledger as ``ledger export --format json`` gives it, plus its trend."""
    data = json.loads(to_json(ledger, as_of, lang))
    data["trend"] = trend(ledger)
    return data


def _ledger_section(data: dict[str, Any], lang: str) -> dict[str, Any]:
    entries = [{**e, "kind_text": kind_text(e["kind"], lang),
                "status_text": status_label(e["view_status"], lang)} for e in data["entries"]]
    chart, top = lines(data["trend"], SERIES)
    return {"totals": data["totals"], "entries": entries, "trend": data["trend"],
            "lines": chart, "top": top, "series": SERIES,
            "statuses": [(s, status_label(s, lang), data["totals"][s]) for s in data["totals"]]}


def ledger_context(ledger: TrackedLedger, as_of: dt.date, lang: str) -> dict[str, Any]:
    """``ledger export --format html``: totals, by department, entries, trend."""
    data = ledger_data(ledger, as_of, lang)
    return {"data": {"kind": "ledger", "ledger": data},
            "title": t("html.ledger.title", lang, institution=data["institution"] or ""),
            "as_of": as_of.isoformat(), "ledger": _ledger_section(data, lang),
            "by_department": {d: kinds["total"] for d, kinds in data["by_department"].items()}}


def province_context(ranking: dict[str, Any], lang: str) -> dict[str, Any]:
    """The province page from the batch ranking: ranks, quartiles, items most often missing."""
    schools = [s for s in ranking["schools"] if s["error"] is None]
    spread = {d: quartiles([s["by_dimension"][d] for s in schools
                            if s["by_dimension"].get(d) is not None]) for d in DIMENSIONS}
    overall = quartiles([s["score"] for s in schools if s["score"] is not None])
    missing: Counter[tuple[str, str]] = Counter(
        (item, title) for s in schools for item, title in s.get("missing_items", []))
    often = [{"item": i, "title": title, "schools": n}
             for (i, title), n in sorted(missing.items(), key=lambda kv: (-kv[1], _id(kv[0][0])))]
    data = {"kind": "province", **ranking, "quartiles": {"score": overall, **spread},
            "most_missing": often[:20]}
    return {"data": data, "title": t("html.province.title", lang, count=len(schools),
                                      as_of=ranking["as_of"]),
            "schools": schools, "skipped": [s for s in ranking["schools"] if s["error"]],
            "spread": [(t(f"dimension.{d}", lang), spread[d]) for d in DIMENSIONS],
            "overall": overall, "most_missing": often[:20], "as_of": ranking["as_of"]}


def _id(item: str) -> tuple[int, str]:
    return (int(item), "") if item.isdigit() else (10_000, item)

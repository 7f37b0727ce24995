"""The JSON result: the machine contract (``schema_version`` 2; see the README for the changes
from 1; within a version fields are added, never renamed)."""

from __future__ import annotations

import json
from typing import Any

from disclosure_audit.formats import classification, sitedata
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import (
    category_title,
    finding_text,
    findings_text,
    ground_text,
    item_title,
    kind_text,
    measure_text,
    reason_text,
)
from disclosure_audit.model import (
    AuditResult,
    Finding,
    ItemResult,
    LedgerEntry,
    ReportWindow,
    Withheld,
    WithheldElement,
)

SCHEMA_VERSION = 2


class JsonFormat:
    """``--format json``."""

    name = "json"
    suffix = ".json"
    encoding = "utf-8"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """The result as indented JSON (UTF-8, Chinese kept readable)."""
        return json.dumps(to_dict(result, options.lang), ensure_ascii=False, indent=2) + "\n"


def to_dict(result: AuditResult, lang: str) -> dict[str, Any]:
    """The JSON contract as plain data."""
    checklist = result.checklist
    return {
        "schema_version": SCHEMA_VERSION,
        "institution": {"name": checklist.institution_name, "kind": checklist.kind},
        "checklist": {"id": checklist.id, "title": checklist.title, "path": checklist.path,
                      "chain": list(checklist.chain)},
        "as_of": result.as_of.isoformat(),
        "period": {"start": result.period[0].isoformat(), "end": result.period[1].isoformat()},
        "department": result.department,
        "summary": {
            "score": result.summary.score,
            "by_dimension": result.summary.by_dimension,
            "by_department": result.summary.by_department,
            "counts": result.summary.counts,
        },
        "items": [_item(result, r, lang) for r in result.items],
        "ledger": [_entry(e, lang) for e in result.ledger],
        "classification": classification.records(result, lang),
        "unclassified": [
            {"title": u.title, "source": str(u.source), "candidates": list(u.candidates),
             "status": u.status}
            for u in result.declarations.unmatched
        ],
        "site": sitedata.site_checks(result),
        "baseline": ({"path": result.baseline.path,
                      "suppressed": list(result.baseline.suppressed)}
                     if result.baseline else None),
        "warnings": [p.as_dict(lang) for p in result.warnings],
        "notes": [_finding(f, lang) for f in result.notes],
    }


def _item(result: AuditResult, r: ItemResult, lang: str) -> dict[str, Any]:
    return {
        "id": r.item.id,
        "title": item_title(r, lang),
        "category": r.item.category,
        "category_title": category_title(result, r.item.category, lang),
        "department": r.department,
        "status": r.status,
        "score": None if r.score is None else round(r.score, 1),
        "dimensions": {
            d: {"score": None if s.score is None else round(s.score, 3), "passed": s.passed,
                "findings": [_finding(f, lang) for f in s.findings]}
            for d, s in r.scores.items()
        },
        "findings": [_finding(f, lang) for f in r.findings],
        "reason": _reason(r.withheld, lang),
        "elements": list(r.elements),
        "withheld": [_withheld(w, lang) for w in r.withheld_elements],
        "report": _report(r.report),
        "site": sitedata.item_site(r, lang),
        "publications": len(r.publications),
        "source": str(r.item.source) if r.item.source else None,
    }


def _entry(e: LedgerEntry, lang: str) -> dict[str, Any]:
    return {
        "key": e.key,
        "item": e.item or None,  # None: a site check's entry
        "title": e.title,
        "department": e.department,
        "kind": e.kind,
        "kind_text": kind_text(e.kind, lang),
        "dimension": e.dimension,
        "problem": findings_text(e.problem, lang),
        "findings": [_finding(f, lang) for f in e.problem],
        "reason": reason_text(e.reason, lang) or None,
        "measure": measure_text(e, lang),
        "deadline": e.deadline.isoformat(),
        "status": e.status,
        "evidence": [str(s) for s in e.evidence],
        "evidence_keys": list(e.evidence_keys),
    }


def _finding(f: Finding, lang: str) -> dict[str, Any]:
    return {"code": f.code, "message": finding_text(f, lang),
            "source": str(f.source) if f.source else None}


def _reason(w: Withheld | None, lang: str) -> dict[str, Any] | None:
    if w is None:
        return None
    return {"reason": w.reason, "text": reason_text(w, lang), "note": w.note, "ground": w.ground,
            "basis": w.basis, "elements": list(w.elements) if w.elements else None,
            "expected": w.expected.isoformat() if w.expected else None, "source": str(w.source)}


def _withheld(w: WithheldElement, lang: str) -> dict[str, Any]:
    """One element not disclosed: the 不予公开 list of the annual report is built from these."""
    d = w.declaration
    return {"element": w.element, "reason": w.reason, "reason_text": t(f"reason.{w.reason}", lang),
            "ground": d.ground, "ground_text": ground_text(d, lang) or None, "basis": d.basis,
            "note": d.note, "expected": d.expected.isoformat() if d.expected else None,
            "deadline": w.deadline.isoformat() if w.deadline else None,
            "department": d.department, "source": str(d.source)}


def _report(report: ReportWindow | None) -> dict[str, Any] | None:
    """For an item with a due date: the report judged and the next one."""
    if report is None:
        return None
    return {"period": report.label, "due": report.due.isoformat(),
            "next_period": report.next_label, "next_due": report.next_due.isoformat()}

"""SARIF 2.1.0: one result per ledger entry, at the declaration line it is about."""

from __future__ import annotations

import json
from typing import Any

from disclosure_audit import __version__
from disclosure_audit.formats.base import RenderOptions
from disclosure_audit.formats.locate import entry_spot
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import entry_subject, findings_text, kind_text, measure_text
from disclosure_audit.model import ENTRY_KINDS, SITE_KINDS, AuditResult, LedgerEntry

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


class SarifFormat:
    """``--format sarif``: for GitHub code scanning and other SARIF viewers."""

    name = "sarif"
    suffix = ".sarif"
    encoding = "utf-8"

    def render(self, result: AuditResult, options: RenderOptions) -> str:
        """The SARIF log. Rule ids are the kinds of entry (the four dimensions, ``missing``,
        ``internal_only``, ``unknown_date``, and the site checks' verdicts); paths are relative
        to the repo (a site check is located at its column in the crawl file)."""
        lang = options.lang
        rules = [{
            "id": kind,
            "name": kind_text(kind, "en"),
            "shortDescription": {"text": kind_text(kind, lang)},
            "fullDescription": {"text": _rule_text(kind, lang)},
            "help": {"text": _rule_text(kind, lang)},
            "defaultConfiguration": {"level": "error"},
        } for kind in ENTRY_KINDS]
        results = [_result(result, entry, lang) for entry in result.ledger]
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "disclosure-audit", "version": __version__,
                                    "semanticVersion": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }],
        }
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _result(result: AuditResult, entry: LedgerEntry, lang: str) -> dict[str, Any]:
    spot = entry_spot(result, entry)
    message = f"{entry_subject(entry, lang)}: {findings_text(entry.problem, lang)}"
    out: dict[str, Any] = {
        "ruleId": entry.kind,
        "ruleIndex": ENTRY_KINDS.index(entry.kind),
        "level": "error",
        "kind": "fail",
        "message": {"text": message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": spot.repo_uri(result.root), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": spot.line, **({"startColumn": spot.column}
                                                  if spot.column else {})},
        }}],
        "partialFingerprints": {"disclosureAuditKey/v1": entry.key},
        "properties": {"key": entry.key, "item": entry.item or None,
                       "department": entry.department, "deadline": entry.deadline.isoformat(),
                       "measure": measure_text(entry, lang),
                       **({"evidence": list(entry.evidence_keys)} if entry.evidence_keys else {})},
    }
    if result.baseline is not None:
        out["baselineState"] = "new"
    if entry.status == "waived" and entry.waiver:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": entry.waiver.justification}]
    return out


def _rule_text(kind: str, lang: str) -> str:
    """What a rule (a kind of entry) checks: an item kind's standard measure, a site check's
    rule."""
    return t(f"site.rule.{kind}" if kind in SITE_KINDS else f"measure.{kind}", lang)

"""``evidence show``: one record as text for people, or as JSON."""

from __future__ import annotations

import json

from disclosure_audit.evidence.store import Evidence
from disclosure_audit.i18n import t

FIELDS = ("url", "fetched_at", "outcome", "status", "final_url", "content_type", "sha256",
          "bytes", "location", "detail", "user_agent")


def evidence_text(evidence: Evidence, lang: str) -> str:
    """Label: value lines, the stored body and whether record and body are intact."""
    record = evidence.record
    values = record.fields()
    lines = [t("evidence.title", lang, key=record.key)]
    if not evidence.intact:
        lines.append(t("evidence.tampered", lang))
    for name in FIELDS:
        value = values.get(name)
        if value is None or value == "":
            continue
        text = outcome_text(str(value), lang) if name == "outcome" else str(value)
        if name == "bytes" and record.truncated:
            text += " " + t("evidence.truncated", lang)
        lines.append(f"  {t(f'evidence.{name}', lang)}: {text}")
    lines.append(f"  {t('evidence.body', lang)}: {_body(evidence, lang)}")
    return "\n".join(lines) + "\n"


def outcome_text(detail: str, lang: str) -> str:
    """Words for a fetch outcome or a column's detail (``timeout: 15 s``, ``robots``,
    ``HTTP 500``): known outcome codes are translated, anything else is shown as it is."""
    code, sep, rest = detail.partition(": ")
    for key in (f"crawl.outcome.{code}", f"link.kind.{code}"):
        if t(key, lang) != key:
            return t(key, lang) + (("：" if lang == "zh" else ": ") + rest if sep else "")
    return detail


def evidence_json(evidence: Evidence) -> str:
    """The record with its key, and the checks: ``intact``, ``body``, ``body_intact``."""
    data = evidence.record.as_dict()
    data["key"] = evidence.path.stem
    data |= {"intact": evidence.intact,
             "body": evidence.body_path.as_posix() if evidence.body_path else None,
             "body_intact": evidence.body_intact}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _body(evidence: Evidence, lang: str) -> str:
    if evidence.body_path is None:
        return t("evidence.body_none", lang)
    key = "evidence.body_ok" if evidence.body_intact else "evidence.body_changed"
    return t(key, lang, path=evidence.body_path.as_posix())

"""Words for model values in the chosen language, shared by every format."""

from __future__ import annotations

from typing import Any

from disclosure_audit.i18n import t
from disclosure_audit.model import (
    EXEMPT_GROUNDS,
    AuditResult,
    Finding,
    ItemResult,
    LedgerEntry,
    Score,
    Withheld,
)


def join(values: list[Any], lang: str) -> str:
    """Join a list the way each language does."""
    return ("、" if lang == "zh" else ", ").join(str(v) for v in values)


def finding_text(finding: Finding, lang: str) -> str:
    """A finding in words. English uses a parameter's ``<name>_en`` variant where there is one."""
    params: dict[str, Any] = {}
    for name, value in finding.params.items():
        if name.endswith("_en"):
            continue
        if lang == "en" and f"{name}_en" in finding.params:
            value = finding.params[f"{name}_en"]
        if name in ("kind", "format") and value:
            prefix = "link.kind" if finding.code == "link-failed" and name == "kind" else name
            value = t(f"{prefix}.{value}", lang)
        elif name == "ground" and value in EXEMPT_GROUNDS:
            value = t(f"ground.{value}", lang)
        params[name] = join(value, lang) if isinstance(value, list) else value
    return t(f"finding.{finding.code}", lang, **params)


def findings_text(findings: tuple[Finding, ...] | list[Finding], lang: str) -> str:
    """Several findings as one sentence."""
    return ("；" if lang == "zh" else "; ").join(finding_text(f, lang) for f in findings)


def ground_text(withheld: Withheld, lang: str) -> str:
    """An exemption's ground and basis in words ("" when it has none)."""
    if not withheld.ground:
        return ""
    label = t(f"ground.{withheld.ground}", lang)
    return f"{label} {withheld.basis}" if withheld.basis else label


def reason_text(withheld: Withheld | None, lang: str) -> str:
    """The declared reason for not disclosing, in words ("" when none)."""
    if withheld is None:
        return ""
    label = t(f"reason.{withheld.reason}", lang)
    expected = withheld.expected.isoformat() if withheld.expected else None
    details = " ".join(p for p in (ground_text(withheld, lang), withheld.note, expected) if p)
    if not details:
        return label
    return f"{label}{'：' if lang == 'zh' else ': '}{details}"


def withheld_rows(result: AuditResult, lang: str) -> list[list[str]]:
    """Every element not disclosed, with why: item, element, reason, ground, note, source.

    This is the list the annual report's 不予公开 section needs.
    """
    rows = []
    for r in result.items:
        for w in r.withheld_elements:
            d = w.declaration
            due = t("withheld.expected", lang, expected=d.expected.isoformat(),
                    deadline=w.deadline.isoformat() if w.deadline else "—") if d.expected else ""
            detail = "；".join(p for p in (d.note, due) if p) if lang == "zh" else "; ".join(
                p for p in (d.note, due) if p)
            rows.append([r.item.id, w.element, t(f"reason.{w.reason}", lang),
                         ground_text(d, lang), detail, str(d.source)])
    return rows


def kind_text(kind: str, lang: str) -> str:
    """What a ledger entry is about, in words (a dimension, or 未公开, 仅校内公开 …)."""
    return t(f"entry.kind.{kind}", lang)


def dimension_cell(score: Score | None, lang: str) -> str:
    """A dimension in a table cell: mark and score, ``?`` 待核实 when unknown, – when excluded."""
    if score is None:
        return "–"
    if score.score is None:
        return f"? {t('score.unknown', lang)}"
    return f"{mark(score)} {round(100 * score.score)}"


def score_text(value: float | None, lang: str) -> str:
    """A 0–100 score with one decimal, or a dash when not scored."""
    return t("report.not_scored", lang) if value is None else f"{value:.1f}"


def mark(score: Score | None) -> str:
    """✓ pass, ◐ partly, ✗ fail, ? unknown (待核实), – not scored."""
    if score is None:
        return "–"
    if score.passed is None:
        return "?"
    if score.passed:
        return "✓"
    return "◐" if (score.score or 0) > 0 else "✗"


def item_title(result: ItemResult, lang: str) -> str:
    """The item's title in the language (Chinese when no English title is set)."""
    return (result.item.title_en or result.item.title) if lang == "en" else result.item.title


def category_title(result: AuditResult, category_id: str, lang: str) -> str:
    """A category's title."""
    category = result.checklist.category(category_id)
    if category is None:
        return category_id
    return (category.title_en or category.title) if lang == "en" else category.title


def entry_subject(entry: LedgerEntry, lang: str) -> str:
    """What an entry is about, for one-line messages: ``[7] 招生章程…``, or for a site check's
    entry (no item) ``[网站] 信息公开 › 学校动态``."""
    return f"[{entry.item or t('site.label', lang)}] {entry.title}"


def measure_text(entry: LedgerEntry, lang: str) -> str:
    """The entry's measure in the language."""
    return entry.measure_en if lang == "en" else entry.measure


def institution_text(result: AuditResult) -> str:
    """The institution's name, or the checklist's title when none is set."""
    return result.checklist.institution_name or result.checklist.title


def baseline_text(result: AuditResult, lang: str) -> str:
    """One line on what ``--baseline`` suppressed ("" without a baseline)."""
    if result.baseline is None:
        return ""
    return t("report.baseline", lang, path=result.baseline.path,
             suppressed=len(result.baseline.suppressed), new=len(result.ledger))

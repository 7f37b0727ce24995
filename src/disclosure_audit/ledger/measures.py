"""Measures that fit the finding: one measure per finding code (``measure.<code>`` in the
catalogue), filled in with what the findings name, or the school's own text for that item and
code (``measures:`` / ``measures_en:`` in checklist.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from string import Formatter
from typing import Any

from disclosure_audit.i18n import MESSAGES, t
from disclosure_audit.i18n.text import join
from disclosure_audit.model import Finding, ItemResult

CONTENT_CODES = frozenset({"not-disclosed-no-reason", "not-disclosed-event", "nothing-published"})
"""Nothing disclosed: the item's own ``remediation`` says best what to publish."""
MEASURED_CODES = (
    "not-disclosed-no-reason", "not-disclosed-event", "nothing-published", "not-yet-made",
    "elements-not-yet-made", "expected-passed", "missing-elements", "elements-unknown",
    "report-missing", "report-late", "internal-only", "no-public-publication", "link-failed",
    "link-missing", "late", "no-publication-in-period", "no-made-date", "not-in-column",
    "too-many-clicks", "unreadable-format", "site-not-found", "site-page-failed",
    "site-found-not-declared",
)
"""Finding codes that reach the ledger; each has a ``measure.<code>`` (and may be overridden)."""
SITE_CODES = ("site-homepage-not-opened", "site-column-not-found", "site-not-opened",
              "site-pages-not-opened", "site-too-deep", "site-empty", "site-stale",
              "site-stale-undated")
"""The site checks' finding codes (entries of no item); each has a ``measure.<code>``."""
NOTES = frozenset({"site-found", "site-in-column", "site-clicks", "site-clicks-measured"})
"""Codes that record what a crawl showed, explaining a verdict: they call for no measure."""


def measure_for(result: ItemResult, findings: Sequence[Finding], lang: str) -> str:
    """The measure for an entry with ``findings``, in ``lang`` (one sentence per code)."""
    stop = "。" if lang == "zh" else "."
    parts = [_one(result, code, group, lang).strip().rstrip(stop)
             for code, group in _by_code(findings).items() if code not in NOTES]
    text = ("；" if lang == "zh" else "; ").join(dict.fromkeys(p for p in parts if p))
    return text + stop if text else ""


def _one(result: ItemResult, code: str, group: list[Finding], lang: str) -> str:
    item = result.item
    own = (item.measures_en if lang == "en" else item.measures).get(code) or item.measures.get(code)
    if own:
        return own
    key = "measure.not-disclosed-no-reason" if code in CONTENT_CODES else f"measure.{code}"
    wanted = placeholders(key) | ({"events"} if code == "missing-elements" else frozenset())
    params = _merged(group, lang, wanted) | _context(result, lang)
    if code in CONTENT_CODES:
        remediation = (item.remediation_en if lang == "en" else None) or item.remediation
        if result.elements and set(result.elements) != set(item.elements):
            # The item's remediation speaks of all its elements; some do not apply here or
            # were declared away (27's 本科生占比 at a vocational college): name what is due.
            remediation = t("measure.not-disclosed-elements", lang,
                            elements=join(list(result.elements), lang))
        text = remediation or t("measure.not-disclosed-no-reason", lang, **params)
        if code == "not-disclosed-event":  # 本期未发生 is a lawful answer for these
            text += t("measure.or-not-occurred", lang)
        return text
    text = t(f"measure.{code}", lang, **params)
    if code == "missing-elements" and params.get("events"):
        text += t("measure.missing-elements.events", lang, events=params["events"])
    return text


def site_measure(finding: Finding, lang: str) -> str:
    """The measure for a site check's entry (``measure.<code>``, filled in from the finding)."""
    return t(f"measure.{finding.code}", lang, **_merged([finding], lang))


def _by_code(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.code, []).append(finding)
    return grouped


_GATHERED = {"element": "elements", "title": "titles"}


@cache
def placeholders(key: str) -> frozenset[str]:
    """The parameters the catalogue's text for ``key`` names, in either language."""
    entry = MESSAGES.get(key) or {}
    return frozenset(re.split(r"[.\[]", name, maxsplit=1)[0]
                     for text in entry.values() if isinstance(text, str)
                     for _, name, _, _ in Formatter().parse(text) if name)


def _merged(group: list[Finding], lang: str,
            wanted: frozenset[str] | None = None) -> dict[str, Any]:
    """The group's parameters: lists concatenated, single values joined (distinct, in order);
    ``element`` values gathered under ``elements``, publication titles under ``titles``.
    With ``wanted``, only those (a measure names two or three of a finding's dozen)."""
    values: dict[str, list[Any]] = {}
    english = lang == "en"
    for finding in group:
        params = finding.params
        for name, value in params.items():
            if name.endswith("_en"):
                if not english:
                    continue
                base = name[:-3]
            elif english and f"{name}_en" in params:
                continue
            else:
                base = name
            target = _GATHERED.get(base, base)
            if wanted is not None and target not in wanted:
                continue
            items = value if isinstance(value, list) else [value]
            values.setdefault(target, []).extend(items)
    return {name: join(list(dict.fromkeys(v for v in items if v != "")), lang)
            for name, items in values.items()}


def _context(result: ItemResult, lang: str) -> dict[str, Any]:
    """What every measure may name: the item, its limit, and the next report due."""
    item = result.item
    limit = item.publish_within
    context: dict[str, Any] = {
        "item_title": (item.title_en or item.title) if lang == "en" else item.title,
        "limit_days": limit.days,
        "limit_unit": t("unit.days" if limit.calendar else "unit.workdays", lang),
    }
    if result.report is not None:
        context |= {"period": result.report.label, "due": result.report.due.isoformat(),
                    "next_period": result.report.next_label,
                    "next_due": result.report.next_due.isoformat()}
    return context

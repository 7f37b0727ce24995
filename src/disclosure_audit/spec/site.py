"""Website-column settings: how long a column may go without a new entry, and who answers for it.

The limits are the government website indicators' (国办 2015 普查, 2019 指标; see
/work/shared/reference/rules.md): news-like columns (动态, 要闻) 2 weeks, notice and policy
columns (通知公告, 政策文件) 6 months, every other column 1 year. A school's ``site.columns``
rules in ``checklist.yaml`` are tried first, in order; the first rule whose ``match`` is found in
the column's name decides. ``match`` is written like the checklist's keywords (``动态/要闻``: either
word; ``招生…公示``: both, in order; :mod:`disclosure_audit.sources.patterns`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from disclosure_audit.diagnostics import Problem
from disclosure_audit.inputs.yamlio import YamlDocument
from disclosure_audit.model import LIMIT_UNITS, ColumnRule, Item, Limit, SiteSettings, SourceRef
from disclosure_audit.sources.patterns import PatternError, compile_pattern, normalize

BUILTIN_RULES = (
    ColumnRule("动态/要闻/新闻/快讯/头条/资讯", Limit(2, "weeks")),
    ColumnRule("通知/公告/政策", Limit(6, "months")),
)
DEFAULT_LIMIT = Limit(1, "years")


def column_limit(site: SiteSettings, name: str) -> Limit:
    """How long the column called ``name`` may go without a new entry."""
    for rule in (*site.columns, *BUILTIN_RULES):
        if rule.update_within is not None and _matches(rule.match, name):
            return rule.update_within
    return DEFAULT_LIMIT


def column_department(site: SiteSettings, name: str, office: str) -> str:
    """The department a ``site.columns`` rule gives the column, else the office."""
    for rule in site.columns:
        if rule.department and _matches(rule.match, name):
            return rule.department
    return office


def expires(newest: dt.date, limit: Limit) -> dt.date:
    """The last day a column whose newest entry is ``newest`` still counts as updated."""
    if limit.unit in ("days", "weeks"):
        return newest + dt.timedelta(**{limit.unit: limit.amount})
    months = limit.amount * (12 if limit.unit == "years" else 1)
    month0 = newest.month - 1 + months
    year, month = newest.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(newest.day, calendar.monthrange(year, month)[1]))


def office_of(settings: dict[str, Any], items: dict[str, Item],
              departments: tuple[str, ...]) -> str | None:
    """``office``, else the owner of item 6 (the annual report), else the first department."""
    annual_report = items.get("6")
    return (settings.get("office") or (annual_report.owner if annual_report else None)
            or (departments[0] if departments else None))


def site_settings(raw: dict[str, Any] | None, doc: YamlDocument | None,
                  departments: tuple[str, ...], problems: list[Problem]) -> SiteSettings:
    """The ``site`` settings, checked: patterns must be valid, departments known."""
    if not raw or doc is None:
        return SiteSettings()
    rules = []
    for index, entry in enumerate(raw.get("columns") or ()):
        pointer = ("site", "columns", index)
        try:
            compile_pattern(entry["match"])
        except PatternError:
            problems.append(doc.problem((*pointer, "match"), "bad-pattern",
                                        params={"pattern": entry["match"]},
                                        hint_key="hint.bad-pattern"))
            continue
        department = entry.get("department")
        if department and departments and department not in departments:
            problems.append(doc.problem((*pointer, "department"), "unknown-department",
                                        params={"department": department},
                                        hint_key="hint.unknown-department"))
        within = entry.get("update_within")
        limit = None
        if within:
            unit = next(u for u in LIMIT_UNITS if u in within)
            limit = Limit(int(within[unit]), unit)
        line, column = doc.where(pointer)
        rules.append(ColumnRule(entry["match"], limit, department,
                                SourceRef(doc.path, line, column)))
    return SiteSettings(tuple(rules))


def _matches(pattern: str, name: str) -> bool:
    try:
        return compile_pattern(pattern).match(normalize(name)) is not None
    except PatternError:  # reported when the checklist was loaded
        return False

"""The ``crawl`` and ``site`` sections of a crawl file: what the website showed, as a model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.diagnostics import Problem
from disclosure_audit.inputs.yamlio import Pointer, YamlDocument
from disclosure_audit.model import LIMIT_UNITS, Checklist, ColumnCheck, Limit, SiteReport, SourceRef


def read_site(doc: YamlDocument, department: str, checklist: Checklist,
              problems: list[Problem]) -> SiteReport | None:
    """The site report of a schema-valid crawl file; None when its crawl date is unusable."""
    crawl: dict[str, Any] = doc.data["crawl"]
    site: dict[str, Any] = doc.data.get("site") or {}
    date = _date(doc, ("crawl", "date"), crawl.get("date"), problems)
    if date is None:
        return None
    column = site.get("column") or {}
    read = (_column(doc, i, checklist, problems) for i in range(len(site.get("columns") or ())))
    columns = tuple(c for c in read if c is not None)
    line, col = doc.where(("crawl",))
    homepage = site.get("homepage") or {}
    return SiteReport(
        url=crawl["url"], date=date, department=department,
        source=SourceRef(doc.path, line, col),
        complete=bool(crawl.get("complete", True)), stopped=crawl.get("stopped"),
        homepage_evidence=homepage.get("evidence"),
        column_name=column.get("name"), column_url=column.get("url"),
        column_clicks=column.get("clicks"), verdicts=tuple(site.get("verdicts") or ()),
        columns=columns, homepage_opened=homepage.get("opened"),
        homepage_detail=homepage.get("detail"), column_found=bool(column.get("found")),
        column_evidence=column.get("evidence"),
    )


def _column(doc: YamlDocument, index: int, checklist: Checklist,
            problems: list[Problem]) -> ColumnCheck | None:
    pointer: Pointer = ("site", "columns", index)
    raw: dict[str, Any] = doc.data["site"]["columns"][index]
    department = raw["department"]
    if checklist.departments and department not in checklist.departments:
        problems.append(doc.problem((*pointer, "department"), "unknown-department",
                                    params={"department": department},
                                    hint_key="hint.unknown-department"))
        return None
    newest = None
    if raw.get("newest") is not None:
        newest = _date(doc, (*pointer, "newest"), raw["newest"], problems)
    within = raw.get("update_within")
    unit = next((u for u in LIMIT_UNITS if within and u in within), None)
    line, col = doc.where(pointer)
    return ColumnCheck(
        name=raw["name"], path=tuple(raw.get("path") or (raw["name"],)), url=raw["url"],
        department=department, source=SourceRef(doc.path, line, col),
        clicks=raw.get("clicks"), opened=raw.get("opened"), status=raw.get("status"),
        entries=raw.get("entries", 0), undated=raw.get("undated", 0), newest=newest,
        subcolumns=raw.get("subcolumns", 0),
        update_within=Limit(within[unit], unit) if within and unit else None,
        verdicts=tuple(raw.get("verdicts") or ()), detail=raw.get("detail"),
        failed_pages=tuple(page["url"] for page in raw.get("failed_pages") or ()),
        evidence=tuple(raw.get("evidence") or ()),
    )


def _date(doc: YamlDocument, pointer: Pointer, value: Any,
          problems: list[Problem]) -> dt.date | None:
    try:
        return parse_date(value)
    except DateError as exc:
        problems.append(doc.problem(pointer, f"date-{exc.reason}",
                                    params={"value": str(value), "field": str(pointer[-1])},
                                    hint_key="hint.date"))
        return None

"""The "declared versus found" section: how the website compares with the declarations.

Kept apart from the table format (which another change reworks) so both can change on their
own: the table calls :func:`section` in one line; the Markdown calls :func:`markdown`. Shown only
when the repo has a crawl file. It says when and what was crawled and how the site checks went
(their problems are ledger entries), then per item how many declared publications were found,
not found, not declared and not checked, then those lists and the verdicts the crawl changed.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group
from rich.table import Table
from rich.text import Text

from disclosure_audit.formats import sitedata
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import finding_text, item_title
from disclosure_audit.model import AuditResult, ItemResult, Publication


def section(result: AuditResult, lang: str) -> Group:
    """The section for the terminal (an empty group without a crawl file)."""
    if result.site is None:
        return Group()
    parts: list[Text | Table] = [Text(line, style="bold" if i == 0 else "")
                                 for i, line in enumerate(_heading(result, lang))]
    compared = [r for r in result.items if r.site]
    if not compared:
        parts.append(Text(t("site.section.same", lang), style="green"))
        return Group(*parts)
    parts.append(_counts(compared, lang))
    for title, lines in _lists(compared, lang):
        parts.append(Text(title, style="bold"))
        parts += [Text("  " + line) for line in lines]
    return Group(*parts)


def markdown(result: AuditResult, lang: str, cell: Callable[[object], str],
             row: Callable[[list[object]], str]) -> list[str]:
    """The section as Markdown lines (``cell``/``row`` escape table cells), with the rows to
    declare as YAML to paste; [] without a crawl file."""
    if result.site is None:
        return []
    heading = _heading(result, lang)
    lines = ["", f"## {heading[0]}", "", *heading[1:], ""]
    compared = [r for r in result.items if r.site]
    if not compared:
        return lines + [t("site.section.same", lang)]
    lines += [row([t("col.id", lang), t("col.title", lang), *_columns(lang)]),
              row(["---:", "---", "---:", "---:", "---:", "---:"])]
    lines += [row([r.item.id, item_title(r, lang), *_numbers(r)]) for r in compared]
    for title, items in _lists(compared, lang):
        lines += ["", f"**{cell(title)}**", ""] + [f"- {cell(line)}" for line in items]
    to_declare = sitedata.rows_to_declare(result)
    if to_declare:
        lines += ["", f"### {t('site.snippet.title', lang)}"]
        for department, found in to_declare.items():
            lines += ["", t("site.snippet.department", lang, department=department), "",
                      "```yaml", "publications:", sitedata.snippet(found, lang), "```"]
    return lines


def _heading(result: AuditResult, lang: str) -> list[str]:
    assert result.site is not None
    out = []
    for check in result.site.checks:
        if check.column is None:
            out.append(t("site.section.title", lang, date=check.report.date.isoformat(),
                         url=check.report.url))
    columns = [c for c in result.site.checks if c.column is not None]
    out.append(t("site.section.checks", lang, as_of=result.as_of.isoformat(),
                 count=len(columns), checked=sum(c.checked for c in columns),
                 failing=sum(bool(c.verdicts) for c in columns)))
    return out


def _columns(lang: str) -> list[str]:
    return [t(f"site.col.{c}", lang) for c in ("found", "not_found", "undeclared", "not_checked")]


def _numbers(r: ItemResult) -> list[str]:
    site = r.site
    assert site is not None
    return [str(len(x)) for x in (site.found, site.declared_not_found, site.found_not_declared,
                                  site.not_checked)]


def _counts(compared: list[ItemResult], lang: str) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    table.add_column(t("col.id", lang), justify="right", no_wrap=True)
    table.add_column(t("col.title", lang), max_width=24, no_wrap=True, overflow="ellipsis")
    for name in _columns(lang):
        table.add_column(name, justify="right", no_wrap=True)
    for r in compared:
        table.add_row(r.item.id, Text(item_title(r, lang)), *_numbers(r))
    return table


def _lists(compared: list[ItemResult], lang: str) -> list[tuple[str, list[str]]]:
    """The publications behind the counts, and the changed verdicts, as titled lists."""
    not_found = [f"{r.item.id} {m.declared.department} {m.declared.source}: "
                 f"{sitedata.miss_text(m, lang)}"
                 for r in compared for m in (r.site.declared_not_found if r.site else ())]
    undeclared = [f"{r.item.id} {_row_line(row, sitedata.declarer(r, row))}"
                  for r in compared for row in (r.site.found_not_declared if r.site else ())]
    unchecked = [f"{r.item.id} 《{m.declared.title}》 {m.declared.source}: "
                 f"{sitedata.miss_text(m, lang)}"
                 for r in compared for m in (r.site.not_checked if r.site else ())]
    changed = [f"{r.item.id} {t(f'dimension.{d}', lang)}: {finding_text(f, lang)}"
               for r in compared for d, f in sitedata.changes(r)]
    lists = [("site.list.not_found", not_found), ("site.list.undeclared", undeclared),
             ("site.list.not_checked", unchecked), ("site.list.changes", changed)]
    return [(t(key, lang), lines) for key, lines in lists if lines]


def _row_line(row: Publication, department: str) -> str:
    """A row to declare: title, date, the department to declare it, its URL."""
    published = row.published.isoformat() if row.published else "—"
    return f"《{row.title}》 {published} {department} {row.url or ''}".rstrip()

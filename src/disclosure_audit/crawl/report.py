"""What the ``crawl`` command prints: pages used, the column found, the columns with problems."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from disclosure_audit.crawl.checks import page_detail
from disclosure_audit.crawl.output import RunInfo
from disclosure_audit.crawl.scope import host
from disclosure_audit.crawl.walk import CrawlResult
from disclosure_audit.evidence.view import outcome_text
from disclosure_audit.formats.console import capture
from disclosure_audit.i18n import t
from disclosure_audit.model import ColumnCheck


@dataclass(frozen=True)
class CrawlReport:
    """A finished crawl: what it found and where the crawl file went."""

    result: CrawlResult
    checks: tuple[ColumnCheck, ...]
    verdicts: tuple[str, ...]  # site-level
    rows: int
    classified: int
    output: str  # the crawl file, as a display path
    run: RunInfo

    @property
    def failed(self) -> bool:
        """True when a site check failed (the command then exits 1)."""
        return bool(self.verdicts) or any(c.verdicts for c in self.checks)


def summary_text(report: CrawlReport, lang: str, width: int, color: bool) -> str:
    """The summary, and a table of the columns with problems."""
    from rich.table import Table
    from rich.text import Text

    console, buffer = capture(width, color)
    for line in _lines(report, lang):
        console.print(Text(line))
    failing = [c for c in report.checks if c.verdicts]
    if failing:
        table = Table(title=t("crawl.table.title", lang), title_justify="left")
        for key in ("column", "clicks", "entries", "newest", "problems", "department"):
            table.add_column(t(f"crawl.col.{key}", lang), overflow="fold")
        for check in failing:
            table.add_row(*(Text(str(v)) for v in (" › ".join(check.path), check.clicks,
                                                   check.entries, _newest(check, lang),
                                                   _problems(check, lang), check.department)))
        console.print(table)
    return buffer.getvalue()


def _newest(check: ColumnCheck, lang: str) -> str:
    if check.newest:
        return check.newest.isoformat()
    return t("crawl.undated", lang) if check.entries else "—"


def _problems(check: ColumnCheck, lang: str) -> str:
    """``无法打开（HTTP 500）``, ``does not open (2 list pages)``, ``too deep, not updated``."""
    words = [t(f"crawl.verdict.{v}", lang) for v in check.verdicts]
    if check.detail:
        words[-1] += _aside(outcome_text(check.detail, lang), lang)
    elif "not_opened" in check.verdicts and check.failed_pages:
        index = check.verdicts.index("not_opened")
        words[index] += _aside(t("crawl.failed_pages", lang, count=len(check.failed_pages)),
                               lang)
    return ("、" if lang == "zh" else ", ").join(words)


def _aside(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _lines(report: CrawlReport, lang: str) -> list[str]:
    result, run = report.result, report.run
    lines = [t("crawl.summary.pages", lang, url=result.start, pages=run.fetched + run.reused,
               fetched=run.fetched, reused=run.reused)]
    home = result.homepage
    if home is not None and home.record.outcome in ("robots", "other_host"):
        lines.append(t("crawl.summary.homepage_skipped", lang,
                       detail=outcome_text(home.record.outcome, lang)))
    elif "homepage_not_opened" in report.verdicts and home is not None:
        lines.append(t("crawl.summary.homepage", lang,
                       detail=outcome_text(page_detail(home.record), lang)))
    elif "column_not_found" in report.verdicts:
        lines.append(t("crawl.summary.no_column", lang))
    if result.columns:
        root = result.columns[0]
        lines.append(t("crawl.summary.column", lang, name=root.name or root.url,
                       clicks=root.clicks, url=root.url))
        if root.not_checked == "other_host":
            lines.append(t("crawl.summary.offsite_column", lang, host=host(root.url)))
    lines += _column_lines(report, lang)
    if result.stopped:
        lines.append(t(f"crawl.summary.stopped.{result.stopped}", lang))
    skipped = Counter(p.record.outcome for p in result.not_followed)
    if skipped:
        lines.append(t("crawl.summary.not_followed", lang, robots=skipped["robots"],
                       other_host=skipped["other_host"]))
    lines.append(t("crawl.summary.rows", lang, rows=report.rows, classified=report.classified,
                   other=report.rows - report.classified, output=report.output))
    return lines


def _column_lines(report: CrawlReport, lang: str) -> list[str]:
    if not report.checks:
        return []
    counts = Counter(v for c in report.checks for v in c.verdicts)
    failing = sum(1 for c in report.checks if c.verdicts)
    # A column not read (robots.txt, another host, a crawl cut short) has no verdict: say how
    # many were checked, or "no problems found" would cover columns nobody looked at.
    checked = sum(1 for c in report.checks if c.opened is not None)
    if not failing:
        return [t("crawl.summary.columns_ok", lang, count=len(report.checks), checked=checked)]
    words = "、".join(f"{t(f'crawl.verdict.{v}', lang)} {n}" for v, n in counts.items())
    return [t("crawl.summary.columns", lang, count=len(report.checks), checked=checked,
              failing=failing, verdicts=words if lang == "zh" else words.replace("、", ", "))]

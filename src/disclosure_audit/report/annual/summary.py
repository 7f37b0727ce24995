"""What ``report annual`` tells the user: what it wrote, what is left to fill in, what to fix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_audit.diagnostics import Problem
from disclosure_audit.i18n import t


@dataclass(frozen=True)
class DraftSummary:
    """The draft written: where, for which year, and what the office still has to do."""

    path: str
    institution: str
    year: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    placeholders: tuple[str, ...]
    rows: int
    unlabelled: int
    problems: int
    problems_from_ledger: bool
    warnings: tuple[Problem, ...] = ()
    crawled: int = 0  # rows counted from the crawl file, declared by nobody
    crawl_undated: int = 0  # crawled rows declared by nobody without a date (not counted)


def summary_text(made: DraftSummary, lang: str) -> str:
    """A few lines: the file, the period and as-of date, the figures' sources, the gaps."""
    lines = [t("annual.written", lang, path=made.path, institution=made.institution,
               year=made.year, start=made.start.isoformat(), end=made.end.isoformat(),
               as_of=made.as_of.isoformat()),
             t("annual.rows-crawled", lang, rows=made.rows, declared=made.rows - made.crawled,
               crawled=made.crawled) if made.crawled else t("annual.rows", lang, rows=made.rows),
             t("annual.problems-ledger" if made.problems_from_ledger else "annual.problems-audit",
               lang, count=made.problems)]
    if made.unlabelled:
        lines.append(t("annual.unlabelled", lang, count=made.unlabelled))
    if made.crawled:
        lines.append(t("annual.crawled-kinds", lang, crawled=made.crawled))
    if made.crawl_undated:
        lines.append(t("annual.crawl-undated", lang, count=made.crawl_undated))
    if made.placeholders:
        lines.append(t("annual.placeholders", lang, count=len(made.placeholders)))
        lines += [f"  {text}" for text in made.placeholders]
    else:
        lines.append(t("annual.no-placeholders", lang))
    lines.append(t("annual.next", lang, path=made.path))
    return "\n".join(lines) + "\n"

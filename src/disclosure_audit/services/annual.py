"""``report annual``: draft the year's annual report from the repo, in .docx, .md or .html."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from disclosure_audit.dates import FIRST_YEAR, LAST_YEAR, academic_year_before
from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import write_atomic
from disclosure_audit.report.annual.render import SUFFIXES, render
from disclosure_audit.report.annual.summary import DraftSummary
from disclosure_audit.services.repo import Repo, find_repo, protected_inputs

YEAR = re.compile(r"^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*(?:学年)?\s*$")
@dataclass(frozen=True)
class AnnualRequest:
    """What the user asked for. ``year`` ``2021-2022`` (None: the last academic year ended);
    ``as_of`` None: today, but no later than 30 October, the day before the report is due."""

    repo: Path
    output: Path
    year: str | None = None
    as_of: dt.date | None = None


def draft_annual_report(request: AnnualRequest) -> DraftSummary:
    """Audit the year, gather its facts, write the draft atomically; input problems raise
    :class:`InputError` (exit 2) before anything is written."""
    suffix = _suffix(request.output)
    repo = find_repo(request.repo)
    _not_an_input(repo, request.output)
    start, end = period_of(request.year, request.as_of)
    # Default: today, but no later than 30 October: from the 31st the report being drafted is
    # itself due (item 6), and the draft would call itself missing.
    as_of = request.as_of or min(dt.date.today(), dt.date(end.year, 10, 30))
    if as_of <= end:
        raise InputError(Problem("--as-of", None, None, "annual-year-not-ended",
                                 {"as_of": as_of.isoformat(), "end": end.isoformat()},
                                 hint_key="hint.annual-year-not-ended"))
    from disclosure_audit.ledger.store import LEDGER_FILE, load_ledger
    from disclosure_audit.report.annual.content import build_draft
    from disclosure_audit.report.annual.gather import gather
    from disclosure_audit.report.annual.texts import load_texts
    from disclosure_audit.services import audit
    from disclosure_audit.services.repo import load_repo

    checklist, declarations, warnings = load_repo(repo)
    label = f"{start.year}-{end.year}"
    texts, problems = load_texts(repo.root, label)
    if has_errors(problems):
        raise InputError([p for p in problems if p.severity == "error"])
    checklist = dataclasses.replace(checklist, review_period=(start, end))
    result = audit.score(checklist, declarations, as_of, warnings=tuple(warnings))
    ledger_file = repo.root / LEDGER_FILE
    tracked = load_ledger(ledger_file) if ledger_file.is_file() else None
    facts = gather(result, tracked)
    draft = build_draft(facts, texts)
    write_atomic(request.output, render(draft, suffix, as_of, facts.institution))
    return DraftSummary(display_path(request.output), facts.institution, label, start, end, as_of,
                       tuple(draft.placeholders()), facts.rows.total, facts.rows.unlabelled,
                       len(facts.problems), tracked is not None,
                       tuple(warnings) + tuple(problems), facts.rows.crawled,
                       facts.rows.crawl_undated)


def period_of(year: str | None, as_of: dt.date | None) -> tuple[dt.date, dt.date]:
    """The statistics period: 1 September – 31 August of ``year`` (``2021-2022``), else of the
    last academic year that ended before ``as_of`` (today)."""
    if year is None:
        return academic_year_before(as_of or dt.date.today())
    match = YEAR.match(year)
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise InputError(Problem("--year", None, None, "annual-bad-year", {"value": year},
                                 hint_key="hint.annual-bad-year"))
    first = int(match.group(1))
    if not FIRST_YEAR <= first < LAST_YEAR:  # the calendar's range: year 1 or 9999 is a typo
        raise InputError(Problem("--year", None, None, "annual-year-range",
                                 {"value": year, "first": FIRST_YEAR, "last": LAST_YEAR},
                                 hint_key="hint.annual-bad-year"))
    return dt.date(first, 9, 1), dt.date(first + 1, 8, 31)


def _suffix(output: Path) -> str:
    suffix = output.suffix.lower()
    if output == Path("-") or output.is_dir():  # a document needs a file (and a suffix)
        code = "annual-output-stdout" if output == Path("-") else "annual-output-folder"
        raise InputError(Problem(display_path(output), None, None, code,
                                 hint_key="hint.annual-bad-suffix"))
    if suffix not in SUFFIXES:
        raise InputError(Problem(display_path(output), None, None, "annual-bad-suffix",
                                 {"suffix": output.suffix or "—", "allowed": " ".join(SUFFIXES)},
                                 hint_key="hint.annual-bad-suffix"))
    return suffix


def _not_an_input(repo: Repo, output: Path) -> None:
    """The draft never replaces a file the repo is made of (its checklist, ledger, texts,
    register, or anything in declarations/)."""
    target = output.resolve()
    inputs, declarations = protected_inputs(repo.root)
    if target in inputs or declarations in target.parents:
        raise InputError(Problem(display_path(output), None, None, "annual-output-is-input",
                                 hint_key="hint.annual-output-is-input"))

"""The ledger commands' work: update from an audit, import a sheet — always locked, atomic."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from disclosure_audit.ledger.importer import ImportReport, import_sheet
from disclosure_audit.ledger.lock import locked
from disclosure_audit.ledger.merge import Changes, merge
from disclosure_audit.ledger.store import LEDGER_FILE, load_ledger, save_ledger
from disclosure_audit.ledger.tracked import TrackedLedger
from disclosure_audit.services.repo import find_repo, refuse_overwrite


def ledger_path(repo: Path) -> Path:
    """Where the repo's ledger lives."""
    return find_repo(repo).root / LEDGER_FILE


def update_ledger(repo: Path, as_of: dt.date, lang: str) -> tuple[TrackedLedger, Changes]:
    """Audit the repo and merge the result into its ledger (created when missing)."""
    from disclosure_audit.services import audit

    path = ledger_path(repo)
    with locked(path):
        previous = load_ledger(path)
        result = audit.run(audit.AuditRequest(repo, as_of))
        ledger, changes = merge(previous, result, lang, root=path.parent)
        ledger.reminders = list(previous.reminders)  # merge rebuilds the ledger from its entries
        save_ledger(path, ledger)
    return ledger, changes


def import_into_ledger(repo: Path, sheet: Path, as_of: dt.date) -> tuple[TrackedLedger,
                                                                          ImportReport]:
    """Apply a filled-in sheet to the repo's ledger; rows that cannot be applied are skipped."""
    path = ledger_path(repo)
    with locked(path):
        previous = load_ledger(path)
        ledger, report = import_sheet(previous, sheet, as_of)
        ledger.reminders = list(previous.reminders)  # the import rebuilds it from its entries
        ledger.period = previous.period
        if report.applied:
            save_ledger(path, ledger)
    return ledger, report


def read_ledger(repo: Path) -> TrackedLedger:
    """The repo's ledger, for viewing (named after the school even before the first update)."""
    ledger = load_ledger(ledger_path(repo))
    if ledger.institution is None:
        from disclosure_audit.spec import load_checklist

        checklist, _ = load_checklist(ledger_path(repo).parent / "checklist.yaml",
                                      repo_root=ledger_path(repo).parent)
        ledger.institution = checklist.institution_name if checklist else None
    return ledger


def check_department(name: str, departments: list[str] | tuple[str, ...],
                     in_ledger: set[str]) -> None:
    """``--department`` must name one of the checklist's departments or one the ledger has:
    a typo is an error, not an empty list that reads as "nothing to do"."""
    from disclosure_audit.diagnostics import Problem
    from disclosure_audit.errors import InputError

    known = [*departments, *sorted(in_ledger - set(departments))]
    if name not in known:
        raise InputError(Problem("--department", None, None, "unknown-department-filter",
                                 {"department": name, "known": "、".join(known) or "—"}))


def department_filter(repo: Path, ledger: TrackedLedger, name: str | None) -> None:
    """:func:`check_department` against the repo's checklist and ``ledger`` (None: no filter)."""
    if name is None:
        return
    from disclosure_audit.spec import load_checklist

    root = ledger_path(repo).parent
    checklist, _ = load_checklist(root / "checklist.yaml", repo_root=root)
    departments = checklist.departments if checklist else []
    check_department(name, departments, {e.department for e in ledger.entries if e.department})


def export_ledger(repo: Path, fmt: str | None, output: Path, as_of: dt.date, lang: str) -> bool:
    """Export the repo's ledger in ``fmt`` (None: by ``output``'s extension) to ``output``
    (``-``: standard output).

    Returns True when a file was written. Refuses to replace the repo's inputs and to pour a
    binary workbook onto a terminal.
    """
    from disclosure_audit.diagnostics import Problem
    from disclosure_audit.display import terminal_safe
    from disclosure_audit.errors import InputError
    from disclosure_audit.formats.ledger.export import BINARY, EXPORTS, format_for
    from disclosure_audit.formats.output import emit, is_stdout

    fmt = format_for(output, fmt)
    to_stdout = is_stdout(output)
    if to_stdout and fmt in BINARY and sys.stdout.isatty():
        raise InputError(Problem("-o", None, None, "binary-to-terminal",
                                 hint_key="hint.binary-to-terminal"))
    refuse_overwrite(find_repo(repo).root, [output])
    data = EXPORTS[fmt](read_ledger(repo), as_of, lang)
    if to_stdout and fmt not in BINARY and sys.stdout.isatty():  # someone reads it right here:
        data = terminal_safe(data.decode("utf-8-sig"))  # shown, not obeyed (ESC, …)
    emit(data, output)
    return not to_stdout

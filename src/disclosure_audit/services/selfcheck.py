"""``selfcheck export`` and ``selfcheck import``: a workbook per department out, declarations in.

Each workbook is imported as a whole or not at all: when any cell of it is bad, nothing of it
is written (the office sends it back with the list of cells to fix); other workbooks of the
same run are imported on their own.
"""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import write_atomic
from disclosure_audit.inputs.yamlio import read_text
from disclosure_audit.model import Checklist
from disclosure_audit.selfcheck.declared import department_declarations, file_stem
from disclosure_audit.selfcheck.merge import plan_import
from disclosure_audit.selfcheck.report import Outcome
from disclosure_audit.selfcheck.sheet import read_workbook
from disclosure_audit.selfcheck.workbook import workbook_bytes
from disclosure_audit.selfcheck.yamledit import apply_plan
from disclosure_audit.services.repo import Repo, find_repo
from disclosure_audit.spec import load_checklist


def export_workbooks(repo_path: Path, out_dir: Path, departments: list[str] | None = None,
                     lang: str = "zh") -> list[Path]:
    """Write 自查表-<部门>.xlsx for every department (or those named); return the files."""
    repo = find_repo(repo_path)
    checklist = _checklist(repo)
    _check_out_dir(repo, out_dir)
    chosen = departments or _departments(checklist)
    unknown = [d for d in chosen if d not in _departments(checklist)]
    if unknown:
        raise InputError([Problem("--department", None, None, "unknown-department-filter",
                                  {"department": d, "known": "、".join(_departments(checklist))})
                          for d in unknown])
    written = []
    for department in chosen:
        files = department_declarations(repo.declarations_dir, checklist, department)
        path = out_dir / f"{_prefix(lang)}-{file_stem(department)}.xlsx"
        write_atomic(path, workbook_bytes(checklist, files, lang))
        written.append(path)
    return written


def import_workbooks(workbooks: list[Path], repo_path: Path) -> list[Outcome]:
    """Merge each workbook into its department's YAML file (all of it, or nothing of it)."""
    repo = find_repo(repo_path)
    checklist = _checklist(repo)
    return [_import_one(path, repo, checklist) for path in workbooks]


def _import_one(path: Path, repo: Repo, checklist: Checklist) -> Outcome:
    display = display_path(path)
    try:
        sheet = read_workbook(path)
        if checklist.departments and sheet.department not in checklist.departments:
            raise InputError(Problem(display, None, None, "unknown-department",
                                     {"department": sheet.department},
                                     hint_key="hint.unknown-department"))
        files = department_declarations(repo.declarations_dir, checklist, sheet.department)
        plan = plan_import(sheet, files, checklist)
        target = display_path(files.target)
        if has_errors(plan.problems):
            return Outcome(display, plan, target, False, tuple(plan.problems))
        if not plan.updates and not plan.additions:
            return Outcome(display, plan, target, False)
        before = read_text(files.target, target) if files.target.exists() else None
        after = apply_plan(before, plan, target)
        write_atomic(files.target, after)
        return Outcome(display, plan, target, True)
    except InputError as exc:
        return Outcome(display, None, None, False, tuple(exc.problems))


def _checklist(repo: Repo) -> Checklist:
    checklist, problems = load_checklist(repo.checklist_path, repo_root=repo.root)
    if checklist is None or has_errors(problems):
        raise InputError([p for p in problems if p.severity == "error"])
    return checklist


def _departments(checklist: Checklist) -> list[str]:
    """The checklist's departments, then owners it does not list."""
    owners = [i.owner for i in checklist.items if i.owner]
    return list(dict.fromkeys([*checklist.departments, *owners]))


def _check_out_dir(repo: Repo, out_dir: Path) -> None:
    """Workbooks written into declarations/ would be read as declarations: refuse. The output
    is a folder of several workbooks: never standard output (``-``) nor an existing file."""
    if out_dir == Path("-") or (out_dir.exists() and not out_dir.is_dir()):
        code = "sc-out-stdout" if out_dir == Path("-") else "sc-out-not-folder"
        raise InputError(Problem(display_path(out_dir), None, None, code,
                                 hint_key="hint.sc-out-in-declarations"))
    try:
        out_dir.resolve().relative_to(repo.declarations_dir.resolve())
    except ValueError:
        return
    raise InputError(Problem(display_path(out_dir), None, None, "sc-out-in-declarations",
                             hint_key="hint.sc-out-in-declarations"))


def _prefix(lang: str) -> str:
    return "selfcheck" if lang == "en" else "自查表"

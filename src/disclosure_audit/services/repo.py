"""A school's checklist repo: ``checklist.yaml`` plus ``declarations/``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.model import Checklist, Declarations
from disclosure_audit.sources import declaration_files, read_declarations
from disclosure_audit.sources.register import duplicate_ids, read_register
from disclosure_audit.spec import load_checklist

CHECKLIST_FILE = "checklist.yaml"
DECLARATIONS_DIR = "declarations"


@dataclass(frozen=True)
class Repo:
    """Where a school's files are."""

    root: Path

    @property
    def checklist_path(self) -> Path:
        """The school's checklist file."""
        return self.root / CHECKLIST_FILE

    @property
    def declarations_dir(self) -> Path:
        """The folder of per-department declarations."""
        return self.root / DECLARATIONS_DIR


def find_repo(path: Path) -> Repo:
    """The repo at ``path``; an :class:`InputError` when there is no checklist there."""
    if not path.exists():
        raise InputError(Problem(display_path(path), None, None, "path-not-found",
                                 hint_key="hint.path-not-found"))
    if path.is_file() and path.name == CHECKLIST_FILE:
        path = path.parent
    if not (path / CHECKLIST_FILE).is_file():
        raise InputError(Problem(display_path(path), None, None, "no-checklist",
                                 hint_key="hint.no-checklist"))
    outside = _links_out(path)
    if outside:
        raise InputError(outside)
    return Repo(path)


def _links_out(root: Path) -> list[Problem]:
    """The repo's own files that are links to somewhere outside it: never read (issue 12,
    containment), as a declaration that links out is not (a ``ledger.yaml`` pointing at
    ``/etc/passwd`` would otherwise be read, and shown in the errors)."""
    base = root.resolve()
    names, _ = protected_inputs(Path("."))
    problems = []
    for name in sorted(n.name for n in names):
        path = root / name
        try:
            target = path.resolve() if path.is_symlink() else None
        except (OSError, RuntimeError):  # a loop: reported when the file is read
            continue
        if target is not None and base not in target.parents:
            shown = f"{display_path(root)}/{name}"  # the link, not where it leads
            problems.append(Problem(shown, None, None, "outside-repo",
                                    {"target": target.as_posix()}, hint_key="hint.outside-repo"))
    return problems


def check_repo(repo: Repo) -> tuple[Checklist | None, Declarations | None, list[Problem]]:
    """Load everything in the repo, collecting every problem instead of stopping at the first."""
    checklist, problems = load_checklist(repo.checklist_path, repo_root=repo.root)
    if checklist is None:
        return None, None, problems
    declarations, found = Declarations(), []
    folder = repo.declarations_dir
    if folder.exists() or folder.is_symlink():  # no declarations yet: an empty school
        files, skipped = declaration_files(folder, repo.root)
        declarations, found = read_declarations(files, checklist)
        found = skipped + found
    found += read_register(repo.root, checklist, declarations)
    found += duplicate_ids(declarations.applications)
    return checklist, declarations, problems + found


def check_ledger(repo: Repo) -> list[Problem]:
    """Problems in the repo's ``ledger.yaml`` (none when there is no ledger yet)."""
    from disclosure_audit.ledger.store import LEDGER_FILE, load_ledger

    try:
        load_ledger(repo.root / LEDGER_FILE)
    except InputError as exc:
        return exc.problems
    return []


def load_repo(repo: Repo) -> tuple[Checklist, Declarations, list[Problem]]:
    """Like :func:`check_repo`, but any error stops the run (:class:`InputError`, exit 2)."""
    checklist, declarations, problems = check_repo(repo)
    if checklist is None or declarations is None or has_errors(problems):
        raise InputError(sorted([p for p in problems if p.severity == "error"],
                                key=lambda p: (p.path, p.line or 0, p.column or 0)))
    return checklist, declarations, problems


def protected_inputs(root: Path) -> tuple[set[Path], Path]:
    """The repo's own input files (checklist, ledger, the annual report's texts, the register
    of applications) and its declarations folder, resolved."""
    from disclosure_audit.ledger.store import LEDGER_FILE
    from disclosure_audit.report.annual.texts import TEXTS_FILE
    from disclosure_audit.sources.register import REGISTER_FILE

    base = root.resolve()
    names = (CHECKLIST_FILE, LEDGER_FILE, TEXTS_FILE, REGISTER_FILE)
    return {base / name for name in names}, base / DECLARATIONS_DIR


def refuse_overwrite(repo_path: Path, outputs: list[Path],
                     may_write: Callable[[Path], bool] | None = None) -> None:
    """An :class:`InputError` when an output would replace one of the repo's inputs, or land
    among its declarations (where the next run would read it as one) unless ``may_write``
    allows that declarations path (the crawl writes its own file there)."""
    if not (repo_path / CHECKLIST_FILE).is_file() and repo_path.name == CHECKLIST_FILE:
        repo_path = repo_path.parent
    files, declarations = protected_inputs(repo_path)
    refused = []
    for output in outputs:
        if output == Path("-"):
            continue
        target = output.resolve()
        among = declarations == target or declarations in target.parents
        if target in files or (among and not (may_write and may_write(target))):
            refused.append(Problem(display_path(output), None, None, "overwrite-input",
                                   {"target": display_path(output)},
                                   hint_key="hint.overwrite-input"))
    if refused:
        raise InputError(refused)

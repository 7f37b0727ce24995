"""The ``validate`` service: check files or whole repos and list every problem found."""

from __future__ import annotations

import re
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path, sort_key
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import is_regular_file
from disclosure_audit.model import Declarations
from disclosure_audit.report.annual.texts import TEXTS_FILE, check_texts
from disclosure_audit.services.repo import CHECKLIST_FILE, check_ledger, check_repo, find_repo
from disclosure_audit.sources import READERS, read_declarations
from disclosure_audit.sources.register import REGISTER_FILE, duplicate_ids, read_register
from disclosure_audit.spec import load_checklist


def validate_paths(paths: list[Path]) -> list[Problem]:
    """Problems in every path (a repo folder, a checklist or a declaration file), sorted.

    A path that does not exist is a usage error (:class:`InputError`), not a problem found.
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise InputError([Problem(display_path(p), None, None, "path-not-found",
                                  hint_key="hint.path-not-found") for p in missing])
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            repo = find_repo(path)
            problems.extend(check_repo(repo)[2])
            problems.extend(check_ledger(repo))
            problems.extend(check_texts(repo.root))
        elif _is_checklist(path):
            problems.extend(load_checklist(path, repo_root=path.parent)[1])
        elif path.name == TEXTS_FILE:
            problems.extend(check_texts(path.parent))
        elif path.name == REGISTER_FILE:
            problems.extend(_validate_register(path))
        else:
            problems.extend(_validate_declaration(path))
    unique = {(p.path, p.line, p.column, p.code, p.message("en")): p for p in problems}
    return sorted(unique.values(), key=sort_key)


CHECKLIST_KEYS = re.compile(r"^(extends|institution|categories)\s*:", re.MULTILINE)


def _is_checklist(path: Path) -> bool:
    """A checklist by its name, its folder, or a top-level key only checklists have.

    The keys are looked for in the text, not by parsing: the file is parsed once, afterwards,
    by the loader that fits it (which then reports any problem in it).
    """
    if path.name == CHECKLIST_FILE or path.parent.name == "checklists":
        return True
    if path.suffix.lower() not in (".yaml", ".yml"):
        return False
    if not is_regular_file(path):  # a FIFO or /dev/zero is reported by the reader, unread
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return False
    return bool(CHECKLIST_KEYS.search(head))


def _validate_declaration(path: Path) -> list[Problem]:
    """A declaration file, checked against the nearest repo's checklist (else the MOE list)."""
    if path.suffix.lower() not in READERS:
        return [Problem(display_path(path), None, None, "file-unsupported",
                        {"suffix": path.suffix})]
    checklist, problems = _nearest_checklist(path)
    if checklist is None:
        return problems
    return problems + read_declarations([path], checklist)[1]


def _validate_register(path: Path) -> list[Problem]:
    """The office's applications register, against the checklist of its repo."""
    checklist, problems = _nearest_checklist(path)
    if checklist is None:
        return problems
    found = Declarations()
    problems += read_register(path.parent, checklist, found)
    return problems + duplicate_ids(found.applications)


def _nearest_checklist(path: Path):  # noqa: ANN202 - (Checklist | None, problems)
    for folder in path.resolve().parents:
        if (folder / CHECKLIST_FILE).is_file():
            return load_checklist(folder / CHECKLIST_FILE, repo_root=folder)
    return load_checklist("moe-2014")

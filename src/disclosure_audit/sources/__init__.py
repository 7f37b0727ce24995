"""Read every department's declarations (YAML, CSV, XLSX) into the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from disclosure_audit.diagnostics import WARNING, Problem, display_path
from disclosure_audit.model import Checklist, Declarations
from disclosure_audit.sources.table import read_csv_declarations, read_xlsx_declarations
from disclosure_audit.sources.yaml_source import read_yaml_declarations

Reader = Callable[[Path, Checklist, Declarations], list[Problem]]
READERS: dict[str, Reader] = {
    ".yaml": read_yaml_declarations,
    ".yml": read_yaml_declarations,
    ".csv": read_csv_declarations,
    ".xlsx": read_xlsx_declarations,
}


def declaration_files(folder: Path, root: Path | None = None) -> tuple[list[Path], list[Problem]]:
    """The declaration files in ``folder`` (sorted), and problems with what cannot be read.

    ``folder`` must be a readable folder; a file there that links outside ``root`` (default:
    the folder's parent, the repo) is refused unread, and sub-folders are reported as skipped.
    """
    display = display_path(folder)
    if not folder.is_dir():
        return [], [Problem(display, None, None, "declarations-not-folder",
                            hint_key="hint.declarations-not-folder")]
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:  # e.g. a folder without read permission
        return [], [Problem(display, None, None, "unreadable-folder",
                            {"reason": exc.strerror or str(exc)},
                            hint_key="hint.unreadable-folder")]
    inside = _resolved(root or folder.parent)
    files: list[Path] = []
    problems: list[Problem] = []
    for path in entries:
        problem = _skip_reason(path, inside)
        if problem is not None:
            problems.append(problem)
        elif path.suffix.lower() in READERS and not path.name.startswith((".", "~$")):
            files.append(path)
    return files, problems


def _skip_reason(path: Path, inside: Path | None) -> Problem | None:
    """Why a folder entry is not read (None: read it, or skip it silently)."""
    if path.name.startswith((".", "~$")):  # hidden files, Office lock files
        return None
    if path.is_dir():
        return Problem(display_path(path), None, None, "folder-ignored", {}, WARNING)
    if path.suffix.lower() not in READERS:
        if path.suffix.lower() in (".md", ".txt"):
            return None
        return Problem(display_path(path), None, None, "file-ignored", {"suffix": path.suffix},
                       WARNING)
    target = _resolved(path)
    if inside is not None and target is not None and inside not in target.parents:
        return Problem(display_path(path), None, None, "outside-repo",
                       {"target": target.as_posix()}, hint_key="hint.outside-repo")
    return None


def _resolved(path: Path) -> Path | None:
    """The real path, or None when it cannot be resolved (a symlink loop is reported on read)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def read_declarations(files: list[Path],
                      checklist: Checklist) -> tuple[Declarations, list[Problem]]:
    """Read ``files`` into one :class:`Declarations`; problems of every file are returned."""
    out = Declarations()
    problems: list[Problem] = []
    for path in files:
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            problems.append(Problem(display_path(path), None, None, "file-unsupported",
                                    {"suffix": path.suffix}))
            continue
        problems.extend(reader(path, checklist, out))
    return out, problems

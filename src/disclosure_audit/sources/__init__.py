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


def declaration_files(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The declaration files in ``folder`` (sorted), and warnings for files that are skipped."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "~$")) or path.is_dir():
            continue
        if path.suffix.lower() in READERS:
            files.append(path)
        elif path.suffix.lower() not in (".md", ".txt"):
            problems.append(Problem(display_path(path), None, None, "file-ignored",
                                    {"suffix": path.suffix}, WARNING))
    return files, problems


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

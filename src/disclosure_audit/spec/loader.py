"""Load a checklist file, follow its ``extends`` chain and apply every layer's overrides."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path, PureWindowsPath
from typing import Any

from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.schema import validate_document
from disclosure_audit.inputs.yamlio import YamlDocument, load_yaml
from disclosure_audit.model import Checklist
from disclosure_audit.spec.build import build_checklist
from disclosure_audit.spec.notify import secret_problems


def shipped_dir() -> Path:
    """Where the shipped checklists are: inside the installed package, else the source tree."""
    packaged = Path(__file__).resolve().parents[1] / "checklists"  # (not importlib.resources:
    # ~5 ms a start, and the package is always installed as files)
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "checklists"


def shipped_checklists() -> dict[str, Path]:
    """Shipped checklist ids and their files."""
    folder = shipped_dir()
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


def load_checklist(
    ref: str | Path, *, repo_root: Path | None = None
) -> tuple[Checklist | None, list[Problem]]:
    """Load a checklist by shipped id or path; return it (or None) and every problem found.

    ``repo_root`` bounds relative ``extends`` paths: a chain may not leave the school's repo.
    """
    problems: list[Problem] = []
    path = _shipped_or_path(str(ref))
    if path is None or not path.is_file():
        problems.append(Problem(str(ref), None, None, "checklist-not-found",
                                {"ref": str(ref), "known": ", ".join(shipped_checklists())},
                                hint_key="hint.checklist-not-found"))
        return None, problems
    root = (repo_root or path.parent).resolve()
    layers = _resolve_chain(path, root, problems)
    if layers is None or has_errors(problems):
        return None, problems
    checklist = build_checklist(layers, problems)
    return (None if has_errors(problems) else checklist), problems


def _shipped_or_path(ref: str) -> Path | None:
    if "/" not in ref and "\\" not in ref and not ref.endswith((".yaml", ".yml")):
        return shipped_checklists().get(ref)
    return Path(ref)


def _resolve_chain(path: Path, root: Path, problems: list[Problem]) -> list[YamlDocument] | None:
    """The documents of the chain, base first; None when any link is broken."""
    chain: list[YamlDocument] = []
    seen: list[Path] = []
    current: Path | None = path
    while current is not None:
        resolved = current.resolve()
        if resolved in seen:
            problems.append(_extends_problem(chain[-1], "extends-cycle",
                                             {"chain": " → ".join(display_path(p) for p in
                                                                  [*seen, resolved])}))
            return None
        seen.append(resolved)
        try:
            doc, schema_problems = _load_layer(current)
        except InputError as exc:
            problems.extend(exc.problems)
            return None
        problems.extend(schema_problems)
        if has_errors(schema_problems):
            return None
        chain.append(doc)
        current = _next_link(doc, resolved, root, problems)
        if current is False:  # a broken link, already reported
            return None
    chain.reverse()
    return chain


def _load_layer(path: Path) -> tuple[YamlDocument, list[Problem]]:
    """One checklist file, parsed and schema-checked. Shipped checklists are read once per
    process (a province batch would otherwise parse the MOE list once per school)."""
    if path.resolve().parent == shipped_dir().resolve():
        stat = path.stat()
        return _load_shipped(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    return _parse_layer(path)


@lru_cache(maxsize=16)
def _load_shipped(path: str, _mtime: int, _size: int) -> tuple[YamlDocument, list[Problem]]:
    return _parse_layer(Path(path))


def _parse_layer(path: Path) -> tuple[YamlDocument, list[Problem]]:
    doc = load_yaml(path, _display(path))
    if not isinstance(doc.data, dict):
        return doc, [Problem(doc.path, 1, 1, "checklist-not-mapping")]
    return doc, validate_document(doc, "checklist") + secret_problems(doc)


def _next_link(doc: YamlDocument, here: Path, root: Path, problems: list[Problem]) -> Any:
    ref = doc.data.get("extends")
    if ref is None:
        return None
    if _is_absolute(ref):  # like "../": a checklist may only build on the repo or shipped lists
        problems.append(_extends_problem(doc, "extends-absolute", {"ref": ref}))
        return False
    target = _shipped_or_path(ref)
    if target is None:
        problems.append(_extends_problem(doc, "extends-unknown",
                                         {"ref": ref, "known": ", ".join(shipped_checklists())}))
        return False
    if target == Path(ref):
        target = here.parent / ref
        try:
            real = target.resolve()
        except (OSError, RuntimeError):  # a symlink loop: not a file, reported below
            real = target
        inside_shipped = shipped_dir().resolve() in real.parents
        if not inside_shipped and root not in real.parents:
            problems.append(_extends_problem(doc, "extends-outside", {"ref": ref}))
            return False
    if not target.is_file():
        problems.append(_extends_problem(doc, "extends-unknown",
                                         {"ref": ref, "known": ", ".join(shipped_checklists())}))
        return False
    return target


def _is_absolute(ref: str) -> bool:
    """Absolute on any system: ``/etc/x.yaml``, ``C:\\x.yaml``, ``\\\\server\\x.yaml``."""
    return Path(ref).is_absolute() or bool(PureWindowsPath(ref).drive) or ref.startswith("\\")


def _display(path: Path) -> str:
    """Shipped checklists show as ``checklists/<id>.yaml`` wherever the package is installed."""
    if path.resolve().parent == shipped_dir().resolve():
        return f"checklists/{path.name}"
    return display_path(path)


def _extends_problem(doc: YamlDocument, code: str, params: dict[str, Any]) -> Problem:
    return doc.problem(("extends",), code, params=params, hint_key=f"hint.{code}")

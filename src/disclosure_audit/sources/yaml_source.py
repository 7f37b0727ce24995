"""Declarations written in YAML, one file per department."""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.schema import validate_document
from disclosure_audit.inputs.yamlio import YamlDocument, load_yaml
from disclosure_audit.model import Checklist, Declarations, Publication, UnmatchedRow
from disclosure_audit.sources.convert import Entry, to_publication
from disclosure_audit.sources.register import read_applications
from disclosure_audit.sources.withheld import to_withheld


def read_yaml_declarations(path: Path, checklist: Checklist, out: Declarations) -> list[Problem]:
    """Add the file's publications and withheld items to ``out``; return its problems."""
    try:
        doc = load_yaml(path, display_path(path))
    except InputError as exc:
        return exc.problems
    if not isinstance(doc.data, dict):
        return [Problem(doc.path, 1, 1, "declarations-not-mapping",
                        hint_key="hint.declarations-not-mapping")]
    problems = validate_document(doc, "declarations")
    broken = {tuple(_entry_pointer(p, doc)) for p in problems}
    department = doc.data.get("department")
    if not isinstance(department, str) or not department.strip():
        return problems
    department = department.strip()
    if checklist.departments and department not in checklist.departments:
        problems.append(doc.problem(("department",), "unknown-department",
                                    params={"department": department},
                                    hint_key="hint.unknown-department"))
    for kind in ("publications", "withheld"):
        entries = doc.data.get(kind)
        if not isinstance(entries, list):
            continue
        for index, fields in enumerate(entries):
            if (kind, index) in broken or not isinstance(fields, dict):
                continue
            entry = Entry(fields, doc.path, department, _locator(doc, (kind, index)))
            result = (to_publication if kind == "publications" else to_withheld)(entry, checklist)
            problems.extend(entry.problems)
            if isinstance(result, Publication):
                out.publications.append(result)
            elif isinstance(result, UnmatchedRow):
                out.unmatched.append(result)
            elif result is not None:
                out.withheld.append(result)
    problems.extend(read_applications(doc, department, checklist, out,
                                      {b[1] for b in broken if b[:1] == ("applications",)}))
    return problems


def _locator(doc: YamlDocument, base: tuple[str, int]):
    def locate(name: str) -> tuple[int | None, int | None]:
        return doc.where((*base, name) if name else base)

    return locate


def _entry_pointer(problem: Problem, doc: YamlDocument) -> tuple[object, ...]:
    """Which (kind, index) entry a schema problem is about, from its JSON path."""
    at = str(problem.params.get("at", ""))
    for kind in ("publications", "withheld", "applications"):
        prefix = f"$.{kind}["
        if at.startswith(prefix):
            index = at[len(prefix):].split("]", 1)[0]
            if index.isdigit():
                return (kind, int(index))
    return ()

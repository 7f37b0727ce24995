"""Declarations written in YAML, one file per department."""

from __future__ import annotations

from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.schema import validate_document
from disclosure_audit.inputs.yamlio import YamlDocument, load_yaml
from disclosure_audit.model import Checklist, Declarations
from disclosure_audit.sources.convert import Entry
from disclosure_audit.sources.filing import add_entry
from disclosure_audit.sources.register import read_applications
from disclosure_audit.sources.site import read_site


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
            owner = _row_department(doc, (kind, index), fields, department, checklist, problems)
            entry = Entry(fields, doc.path, owner, _locator(doc, (kind, index)))
            add_entry(entry, checklist, out, withheld=kind == "withheld")
            problems.extend(entry.problems)
    if "crawl" in doc.data and not any(str(p.params.get("at", "")).startswith(("$.crawl", "$.site"))
                                       for p in problems):
        report = read_site(doc, department, checklist, problems)
        if report is not None:
            out.sites.append(report)
    problems.extend(read_applications(doc, department, checklist, out,
                                      {b[1] for b in broken if b[:1] == ("applications",)}))
    return problems


def _row_department(doc: YamlDocument, pointer: tuple[str, int], fields: dict[str, object],
                    department: str, checklist: Checklist, problems: list[Problem]) -> str:
    """A row's own ``department`` (crawl files attribute rows to item owners), else the file's."""
    own = fields.get("department")
    if not isinstance(own, str) or not own.strip():
        return department
    own = own.strip()
    if checklist.departments and own not in checklist.departments:
        problems.append(doc.problem((*pointer, "department"), "unknown-department",
                                    params={"department": own},
                                    hint_key="hint.unknown-department"))
    return own


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

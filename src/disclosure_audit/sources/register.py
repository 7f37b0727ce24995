"""Where applications are written: ``applications:`` in a department's declarations, or the
office's register ``applications.yaml`` at the repo's root (one list for the whole school,
each application with its ``department``, by default the disclosure office)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.schema import validate_document
from disclosure_audit.inputs.yamlio import YamlDocument, load_yaml
from disclosure_audit.model import UNASSIGNED, Application, Checklist, Declarations
from disclosure_audit.sources.applications import to_application
from disclosure_audit.sources.convert import Entry

REGISTER_FILE = "applications.yaml"
EXTENSION_FIELDS = ("approved", "reason", "days")


def read_applications(doc: YamlDocument, department: str, checklist: Checklist,
                      out: Declarations, skip: Collection[int] = ()) -> list[Problem]:
    """Add the document's ``applications`` to ``out`` (entries in ``skip`` failed the schema)."""
    problems: list[Problem] = []
    entries = doc.data.get("applications") if isinstance(doc.data, dict) else None
    for index, fields in enumerate(entries if isinstance(entries, list) else ()):
        if index in skip or not isinstance(fields, dict):
            continue
        entry = Entry(_flat(fields), doc.path, department, _locator(doc, index))
        application = to_application(entry, checklist)
        problems.extend(entry.problems)
        if application is not None:
            out.applications.append(application)
    return problems


def read_register(root: Path, checklist: Checklist, out: Declarations) -> list[Problem]:
    """The office's ``applications.yaml`` (nothing when the repo has none)."""
    path = root / REGISTER_FILE
    if not path.is_file():
        return []
    try:
        doc = load_yaml(path, display_path(path))
    except InputError as exc:
        return exc.problems
    if not isinstance(doc.data, dict):
        if doc.data is None:
            return []
        return [Problem(doc.path, 1, 1, "register-not-mapping",
                        hint_key="hint.register-not-mapping")]
    problems = validate_document(doc, "applications")
    broken = {index for index in map(_entry_index, problems) if index is not None}
    if has_errors(problems) and not broken:  # the file's shape is wrong, not one entry
        return problems
    return problems + read_applications(doc, checklist.office or UNASSIGNED, checklist, out,
                                        broken)


def _entry_index(problem: Problem) -> int | None:
    """Which application a schema problem is about (``$.applications[3]…``), if one."""
    at = str(problem.params.get("at", ""))
    head, _, rest = at.partition("$.applications[")
    index = rest.split("]", 1)[0]
    return int(index) if not head and index.isdigit() else None


def duplicate_ids(applications: list[Application]) -> list[Problem]:
    """An application id may be used once in the whole repo (it keys its ledger entry)."""
    first: dict[str, Application] = {}
    problems = []
    for application in applications:
        seen = first.setdefault(application.id, application)
        if seen is not application:
            ref = application.source
            problems.append(Problem(ref.path, ref.line, ref.column, "application-duplicate-id",
                                    {"id": application.id, "first": str(seen.source)}))
    return problems


def _flat(fields: dict[str, Any]) -> dict[str, Any]:
    """``extension: {approved, reason, days}`` as ``extension_approved`` … (the table form)."""
    flat = {k: v for k, v in fields.items() if k != "extension"}
    extension = fields.get("extension")
    if isinstance(extension, dict):
        flat.update({f"extension_{k}": extension.get(k) for k in EXTENSION_FIELDS})
    return flat


def _locator(doc: YamlDocument, index: int):  # noqa: ANN202 - a small closure
    def locate(name: str) -> tuple[int | None, int | None]:
        if name.startswith("extension_"):
            return doc.where(("applications", index, "extension", name.removeprefix("extension_")))
        return doc.where(("applications", index, name) if name else ("applications", index))

    return locate

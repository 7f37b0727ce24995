"""What a filled-in workbook changes in a department's declarations: the plan, and every bad cell.

Each row is checked by the same code that reads declarations (``sources/convert.py`` and
``sources/withheld.py``: the channel, date, format, reason and ground rules and their aliases),
located at its sheet row and column. Then, by row key (see :mod:`.declared`):

- a row whose key names a declared entry updates the fields whose *meaning* changed (a channel
  written by id in YAML and shown by name in the sheet is unchanged);
- a row without a key is a new entry — unless an entry with the same content is already
  declared (the same workbook imported twice adds nothing twice);
- a key that names nothing is a row whose entry was edited in the repo after the export (or a
  key typed over): refused, so a stale sheet never overwrites a newer edit;
- declared entries the sheet no longer lists are kept: a workbook never deletes anything.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.i18n.catalog import MESSAGES
from disclosure_audit.model import Checklist, Publication, Withheld
from disclosure_audit.selfcheck.columns import PUBLICATION_FIELDS, WITHHELD_FIELDS
from disclosure_audit.selfcheck.declared import Declared, DepartmentFiles
from disclosure_audit.selfcheck.sheet import FilledSheet, SheetRow
from disclosure_audit.sources.convert import Entry, blank, text, to_publication
from disclosure_audit.sources.withheld import to_withheld

Model = Publication | Withheld | None


@dataclass
class Change:
    """An update of one declared entry: fields to set (YAML values) and fields to remove."""

    entry: Declared
    set: dict[str, Any]
    delete: list[str]


@dataclass
class Plan:
    """What importing one workbook does to the department's YAML file."""

    department: str
    updates: list[Change] = field(default_factory=list)
    additions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    present: int = 0  # rows without a key whose content is already declared
    kept: int = 0  # declared entries the sheet does not list (kept as they are)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def plan_import(sheet: FilledSheet, files: DepartmentFiles, checklist: Checklist) -> Plan:
    """Check every row and work out the changes; ``problems`` holds every bad cell."""
    plan = Plan(files.department)
    by_key = {e.key: e for e in files.entries}
    known = {e.key: semantic(e.kind, _model(e, checklist, files.department), e.fields)
             for e in files.entries}
    added: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    listed: set[str] = set()  # entries a row without their key shows (already imported)
    for row in sheet.rows:
        if row.key and row.key in seen:
            plan.problems.append(_problem(sheet, row, "key", "sc-duplicate-key", key=row.key,
                                          first=seen[row.key]))
            continue
        if row.key:
            seen[row.key] = row.number
        if row.blank():
            continue
        read = _read_row(sheet, row, checklist, files.department, plan)
        if read is None:
            continue
        kind, mine = read
        entry = by_key.get(row.key) if row.key else None
        same = [key for key, meaning in known.items() if meaning == mine]
        if row.key and entry is None and not same:
            plan.problems.append(_problem(sheet, row, "key", "sc-stale-key", key=row.key))
        elif entry is not None:
            _update(plan, sheet, row, entry, kind, known[entry.key], mine)
        elif same or mine in added:
            plan.present += 1
            listed.update(same)
        else:
            added.append(mine)
            plan.additions.append((kind, _yaml_fields(kind, mine, row)))
    plan.kept = sum(1 for e in files.entries
                    if e.editable and e.key not in seen and e.key not in listed)
    return plan


def _read_row(sheet: FilledSheet, row: SheetRow, checklist: Checklist, department: str,
              plan: Plan) -> tuple[str, dict[str, Any]] | None:
    """The row checked as a declaration: its kind and its meaning; None when a cell is bad."""
    fields = {k: v for k, v in row.fields.items() if k in PUBLICATION_FIELDS + WITHHELD_FIELDS}
    withheld = not blank(fields.get("reason")) and blank(fields.get("title"))
    if not blank(fields.get("reason")) and not blank(fields.get("title")):
        plan.problems.append(_problem(sheet, row, "reason", "sc-title-and-reason"))
        return None
    entry = Entry(fields, sheet.display, department,
                  lambda name: (row.number, row.columns.get(name)))
    model = read_entry("withheld" if withheld else "publications", entry, checklist)
    for problem in entry.problems:
        (plan.warnings if problem.severity == "warning" else plan.problems).append(
            with_hint(problem))
    if entry.problems and any(p.severity == "error" for p in entry.problems):
        return None
    if not isinstance(model, Publication | Withheld):  # no item, and the title says none
        plan.problems.append(_problem(sheet, row, "item", "sc-item-needed"))
        return None
    kind = "withheld" if withheld else "publications"
    return kind, semantic(kind, model, fields)


def _update(plan: Plan, sheet: FilledSheet, row: SheetRow, entry: Declared, kind: str,
            old: dict[str, Any], new: dict[str, Any]) -> None:
    if entry.kind != kind:
        plan.problems.append(_problem(sheet, row, "title", "sc-kind-changed"))
        return
    changed = [name for name in new if name in row.columns and new[name] != old.get(name)]
    if not changed:
        plan.unchanged += 1
        return
    if not entry.editable:
        plan.problems.append(_problem(sheet, row, changed[0], "sc-read-only",
                                      path=display_path(entry.path)))
        return
    values = _yaml_fields(kind, new, row)
    plan.updates.append(Change(entry, {n: values[n] for n in changed if n in values},
                               [n for n in changed if n not in values and n in entry.fields]))


def semantic(kind: str, model: Model, fields: dict[str, Any]) -> dict[str, Any]:
    """What an entry means, field by field, for comparing a row with a declared entry.

    Text people wrote is compared as written; channels, dates, formats, reasons and grounds by
    what they stand for. An entry that does not read as a declaration is compared as written.
    """
    names = PUBLICATION_FIELDS if kind == "publications" else WITHHELD_FIELDS
    raw = {n: _raw(fields.get(n)) for n in names}
    if model is None:
        return raw
    meaning = {n: getattr(model, n, raw[n]) for n in names}
    meaning["item"] = model.item if raw["item"] is not None else None
    if isinstance(model, Publication):
        meaning["title"] = raw["title"]
        meaning["note"] = raw["note"]
    return meaning


def _raw(value: Any) -> Any:
    if blank(value):
        return None
    return tuple(value) if isinstance(value, list) else value


def _yaml_fields(kind: str, meaning: dict[str, Any], row: SheetRow) -> dict[str, Any]:
    """The YAML fields for a row, in the order new entries are written; blank ones left out.
    Text (title, note, basis, period, url) is written exactly as typed."""
    out: dict[str, Any] = {}
    for name in PUBLICATION_FIELDS if kind == "publications" else WITHHELD_FIELDS:
        value = meaning.get(name)
        if name in ("title", "note", "basis") and not blank(row.fields.get(name)):
            value = str(row.fields[name])
        elif name == "period" and value is not None:
            value = text(row.fields.get("period"))
        if value is None or value is False or value == ():
            continue
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def _model(entry: Declared, checklist: Checklist, department: str) -> Model:
    """A declared entry read as the audit reads it (None when it does not read)."""
    probe = Entry(dict(entry.fields), display_path(entry.path), department,
                  lambda name: (None, None))
    return read_entry(entry.kind, probe, checklist)


def read_entry(kind: str, entry: Entry, checklist: Checklist) -> Model:
    """A publication or withheld entry read by the declaration reader (None when unusable or,
    for a row without an item id, not assigned to an item)."""
    if kind == "withheld":
        return to_withheld(entry, checklist)
    publication, _ = to_publication(entry, checklist)
    return publication


def _problem(sheet: FilledSheet, row: SheetRow, name: str, code: str, **params: Any) -> Problem:
    return Problem(sheet.display, row.number, row.columns.get(name), code, params,
                   hint_key=f"hint.{code}")


def with_hint(problem: Problem) -> Problem:
    """The problem with the self-check hint for its code: a clerk needs to be told what to type
    into the cell, not which YAML field to write."""
    key = f"hint.sc.{problem.code}"
    if key in MESSAGES:
        return dataclasses.replace(problem, hint_key=key)
    return problem

"""What a department has declared so far, each entry with the row key the workbook carries.

The key is ``P<item>-<hash>`` (a publication) or ``W<item>-<hash>`` (a withheld entry), the
hash taken over the entry exactly as it stands in the file when the workbook is exported. It
travels in the row's own 行标识 cell, so sorting rows, inserting rows or moving columns never
detaches it from its row; and since it is derived from the content, an entry edited in git
after the export no longer matches, so a stale workbook row can never overwrite that edit.
Identical entries get ``-2``, ``-3`` … in file order.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import display_path
from disclosure_audit.inputs.yamlio import load_yaml
from disclosure_audit.model import Checklist, Publication, Withheld
from disclosure_audit.sources import declaration_files, read_declarations

KINDS = ("publications", "withheld")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_stem(department: str) -> str:
    """The department's name as one file name: no folder separators, no characters Windows
    refuses, so 自查表-<部门>.xlsx and declarations/<部门>.yaml stay in their folders whatever
    a department is called ("a/b", "../x")."""
    return _UNSAFE.sub("_", department)


@dataclass(frozen=True)
class Declared:
    """One declared entry. ``index`` is its position in the YAML list (None for a row of a
    CSV/XLSX export, which the workbook shows but cannot change)."""

    kind: str
    fields: dict[str, Any]
    path: Path
    index: int | None
    key: str = ""

    @property
    def editable(self) -> bool:
        """True when the entry lives in a YAML file the import may edit."""
        return self.index is not None


@dataclass
class DepartmentFiles:
    """A department's declarations: the YAML file imports write to, and every entry."""

    department: str
    target: Path
    entries: list[Declared]


def department_declarations(folder: Path, checklist: Checklist,
                            department: str) -> DepartmentFiles:
    """Every entry ``department`` has declared in ``folder`` (YAML as written, CSV/XLSX rows as
    read), keyed. The import target is the department's YAML file, else ``<部门>.yaml``."""
    target = folder / f"{file_stem(department)}.yaml"
    entries: list[Declared] = []
    files, _ = declaration_files(folder) if folder.is_dir() else ([], [])
    for path in files:
        if path.suffix.lower() in (".yaml", ".yml"):
            found = _yaml_entries(path, department)
            if found is not None and target.name != path.name and not target.exists():
                target = path  # the department's file under another name
            entries.extend(found or [])
        else:
            entries.extend(_table_entries(path, checklist, department))
    return DepartmentFiles(department, target, _keyed(entries))


def _yaml_entries(path: Path, department: str) -> list[Declared] | None:
    """The entries of a YAML file of ``department`` (None when the file is someone else's or
    does not parse: the import refuses to edit a file it cannot read)."""
    try:
        data = load_yaml(path, display_path(path)).data
    except Exception:  # noqa: BLE001 - a broken file is reported by validate, not here
        return None
    if not isinstance(data, dict) or str(data.get("department", "")).strip() != department:
        return None
    return [Declared(kind, dict(fields), path, index)
            for kind in KINDS for index, fields in enumerate(data.get(kind) or [])
            if isinstance(fields, dict)]


def _table_entries(path: Path, checklist: Checklist, department: str) -> list[Declared]:
    """Rows of a CSV/XLSX export for ``department``, as YAML-like fields (read-only)."""
    out, _ = read_declarations([path], checklist)
    found: list[Declared] = []
    for p in out.publications:
        if p.department == department:
            found.append(Declared("publications", publication_fields(p), path, None))
    for w in out.withheld:
        if w.department == department:
            found.append(Declared("withheld", withheld_fields(w), path, None))
    return found


def publication_fields(p: Publication) -> dict[str, Any]:
    """A publication as the fields a YAML declaration would hold (blank ones left out)."""
    fields = {
        "item": p.item, "title": p.title, "channel": p.channel, "url": p.url,
        "made": p.made.isoformat() if p.made else None,
        "published": p.published.isoformat() if p.published else None,
        "elements": list(p.elements) if p.elements else None, "format": p.format,
        "clicks": p.clicks, "period": f"{p.period}-{p.period + 1}" if p.period else None,
        "linked_from_column": True if p.linked_from_column else None, "kind": p.kind,
    }
    return {k: v for k, v in fields.items() if v is not None}


def withheld_fields(w: Withheld) -> dict[str, Any]:
    """A withheld declaration as YAML fields (blank ones left out)."""
    fields = {"item": w.item, "reason": w.reason,
              "elements": list(w.elements) if w.elements else None, "ground": w.ground,
              "basis": w.basis, "expected": w.expected.isoformat() if w.expected else None,
              "note": w.note}
    return {k: v for k, v in fields.items() if v is not None}


def _keyed(entries: list[Declared]) -> list[Declared]:
    seen: dict[str, int] = {}
    keyed = []
    for entry in entries:
        base = row_key(entry.kind, entry.fields)
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base}-{seen[base]}"
        keyed.append(Declared(entry.kind, entry.fields, entry.path, entry.index, key))
    return keyed


def row_key(kind: str, fields: dict[str, Any]) -> str:
    """``P7-1a2b3c4d``: kind, item and a hash of the entry as written."""
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    item = str(fields.get("item", "")).strip()[:12]
    return f"{'P' if kind == 'publications' else 'W'}{item}-{digest}"

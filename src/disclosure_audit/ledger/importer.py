"""Reading back the sheet departments filled in: owner, measure, status, closed date, note.

Rows are merged by key. A row with an unknown key, or that changes a column only the audit may
write (the problem text, the item, the deadline …), is reported with its row number and skipped
as a whole: a row is applied completely or not at all.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.i18n import t
from disclosure_audit.i18n.text import kind_text
from disclosure_audit.inputs.cells import csv_decode, xlsx_decode
from disclosure_audit.inputs.files import read_bytes
from disclosure_audit.inputs.xlsxio import read_first_sheet
from disclosure_audit.ledger.rows import EDITABLE, header_lookup, status_from_label
from disclosure_audit.ledger.tracked import ACTIVE, TrackedEntry, TrackedLedger
from disclosure_audit.sources.table import decode_table

READ_ONLY = ("item", "title", "department", "dimension", "problem", "reason", "deadline")
Decoder = Callable[[str], str]


@dataclass
class ImportReport:
    """Keys whose entry really changed, rows that changed nothing, and rows skipped with why."""

    applied: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: int = 0


def import_sheet(ledger: TrackedLedger, path: Path,
                 as_of: dt.date) -> tuple[TrackedLedger, ImportReport]:
    """The ledger with the sheet's edits applied (``ledger`` itself is not changed)."""
    display, rows, decode = _read(path)
    header = _header(rows)
    if header is None:
        raise InputError(Problem(display, 1, 1, "import-no-header"))
    header_index, columns = header
    copies = [dataclasses.replace(e, history=list(e.history)) for e in ledger.entries]
    result = dataclasses.replace(ledger, entries=copies)  # reminders and version kept
    by_key = result.by_key()
    report = ImportReport()
    for number, cells in rows[header_index + 1:]:
        values = {name: _cell(cells, i, decode) for i, name in columns.items()}
        if not any(v.strip() for v in values.values()):
            continue
        values["key"] = values.get("key", "").strip()
        before = _editable_state(by_key.get(values["key"]))
        problem = _apply_row(by_key, values, columns, as_of, display, number)
        if problem is not None:
            report.problems.append(problem)
        elif _editable_state(by_key[values["key"]]) != before:
            report.applied.append(values["key"])
        else:
            report.unchanged += 1
    return result, report


def _editable_state(entry: TrackedEntry | None) -> tuple[object, ...]:
    """What a row may change: comparing it before and after tells whether a row changed it."""
    if entry is None:
        return ()
    return (entry.owner, entry.measure, entry.note, entry.status, entry.closed)


def _read(path: Path) -> tuple[str, list[tuple[int, list[Any]]], Decoder]:
    """The sheet's rows, and how to get the text people wrote back from a cell."""
    display = display_path(path)
    if path.suffix.lower() == ".csv":
        text = decode_table(path, display)
        reader = csv.reader(io.StringIO(text, newline=""))
        rows: list[tuple[int, list[Any], int]] = []
        try:
            for cells in reader:  # numbered by the line a row starts on (cells hold newlines)
                rows.append((rows[-1][2] + 1 if rows else 1, cells, reader.line_num))
            return display, [(start, cells) for start, cells, _ in rows], csv_decode
        except csv.Error as exc:
            raise InputError(Problem(display, reader.line_num, None, "csv-syntax",
                                     {"detail": str(exc)})) from None
    title, rows = read_first_sheet(read_bytes(path, display), display)
    return f"{display}[{title}]", rows, xlsx_decode


def _header(rows: list[tuple[int, list[Any]]]) -> tuple[int, dict[int, str]] | None:
    lookup = header_lookup()
    for index, (_, cells) in enumerate(rows[:10]):
        columns = {i: lookup[str(c).strip()] for i, c in enumerate(cells)
                   if c is not None and str(c).strip() in lookup}
        if "key" in columns.values():
            return index, columns
    return None


def _cell(cells: list[Any], index: int, decode: Decoder) -> str:
    """A cell as the text people wrote: nothing stripped, the export's encoding undone."""
    value = cells[index] if index < len(cells) else None
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into the sheet: 7, not 7.0
    return decode(value) if isinstance(value, str) else str(value)


def _apply_row(by_key: dict[str, TrackedEntry], values: dict[str, str], columns: dict[int, str],
               as_of: dt.date, display: str, number: int) -> Problem | None:
    column_of = {name: i + 1 for i, name in columns.items()}

    def problem(code: str, name: str, **params: Any) -> Problem:
        return Problem(display, number, column_of.get(name), code, params,
                       hint_key="hint.import-readonly" if code == "import-readonly" else None)

    key = values.get("key", "")
    if not key:
        return problem("import-no-key", "key")
    entry = by_key.get(key)
    if entry is None:
        return problem("import-unknown-key", "key", key=key)
    for name in READ_ONLY:
        if name in values and not _same(name, values[name], entry):
            return problem("import-readonly", name, column=t(f"xcol.{name}"),
                           expected=_current(name, entry), found=values[name])
    status = entry.status
    if values.get("status"):
        wanted = status_from_label(values["status"])
        if wanted is None or (wanted == "waived") != (entry.status == "waived"):
            return problem("import-bad-status", "status", value=values["status"])
        if wanted in ("in_progress", "done"):
            status = wanted
    closed = entry.closed
    if values.get("closed"):
        try:
            closed = parse_date(values["closed"])
        except DateError as exc:
            return problem(f"date-{exc.reason}", "closed", field=t("xcol.closed"),
                           value=values["closed"])
    if status == "done" and entry.status != "done" and closed is None:
        return problem("import-done-needs-date", "closed")
    for name in EDITABLE - {"status", "closed"}:
        if name in values:
            setattr(entry, name, values[name])
    if status != entry.status and (entry.status in ACTIVE or status == "done"):
        entry.move(status, as_of, "import")
        entry.closed = closed if status == "done" else None
    elif entry.status == "done" and closed is not None:
        entry.closed = closed
    return None


def _current(name: str, entry: TrackedEntry) -> str:
    if name == "deadline":
        return entry.deadline.isoformat()
    return str(getattr(entry, name))


def _same(name: str, found: str, entry: TrackedEntry) -> bool:
    if name == "dimension":  # the sheet shows the kind (a dimension, 未公开, 仅校内公开 …)
        return found in (entry.kind, entry.dimension, kind_text(entry.kind, "zh"),
                         kind_text(entry.kind, "en"),
                         *(t(f"dimension.{entry.dimension}", lang) for lang in ("zh", "en")
                           if entry.dimension))
    if name == "deadline":
        try:
            return parse_date(found) == entry.deadline
        except DateError:
            return False
    return found == _current(name, entry)

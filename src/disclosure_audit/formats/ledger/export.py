"""Exporting the tracked ledger: one small function per format, looked up by name."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

from disclosure_audit.formats.markdown import row as md_row
from disclosure_audit.i18n import t
from disclosure_audit.inputs.cells import csv_encode
from disclosure_audit.ledger.rows import COLUMNS, headers, rows
from disclosure_audit.ledger.store import entry_dict
from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger
from disclosure_audit.ledger.views import summary, totals

Exporter = Callable[[TrackedLedger, dt.date, str], bytes]


def to_csv(ledger: TrackedLedger, as_of: dt.date, lang: str) -> bytes:
    """CSV with the office's columns, UTF-8 with BOM for Excel; formula-like cells defused
    reversibly (see :mod:`disclosure_audit.inputs.cells`), so an import gets every value back."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers(lang))
    for values in rows(ledger, as_of, lang):
        writer.writerow([csv_encode(values[c]) for c in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def to_markdown(ledger: TrackedLedger, as_of: dt.date, lang: str) -> bytes:
    """A Markdown table plus totals."""
    lines = ["# " + t("ledger.title", lang, institution=ledger.institution or "",
                      as_of=as_of.isoformat()), ""]
    counts = totals(ledger, as_of)
    lines += [t("ledger.totals", lang, all=len(ledger.entries), **counts), ""]
    lines += [md_row(headers(lang)), md_row(["---"] * len(COLUMNS))]
    lines += [md_row([values[c] for c in COLUMNS]) for values in rows(ledger, as_of, lang)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def to_json(ledger: TrackedLedger, as_of: dt.date, lang: str) -> bytes:
    """The whole ledger with each entry's view status and the summary."""
    data = {
        "institution": ledger.institution,
        "updated": ledger.updated.isoformat() if ledger.updated else None,
        "as_of": as_of.isoformat(),
        "totals": totals(ledger, as_of),
        "by_department": summary(ledger, as_of),
        "entries": [entry_view(e, as_of) for e in ledger.entries],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def entry_view(entry: TrackedEntry, as_of: dt.date) -> dict[str, object]:
    """An entry as stored, plus how it stands on ``as_of`` (``view_status``, ``overdue``)."""
    return {**entry_dict(entry), "view_status": entry.view_status(as_of),
            "overdue": entry.overdue(as_of)}


def to_xlsx(ledger: TrackedLedger, as_of: dt.date, lang: str) -> bytes:
    """The Excel workbook the office sends around (see :mod:`.xlsx`)."""
    from disclosure_audit.formats.ledger.xlsx import workbook_bytes

    return workbook_bytes(ledger, as_of, lang)


def to_html(ledger: TrackedLedger, as_of: dt.date, lang: str) -> bytes:
    """One self-contained page: totals, by department, entries (overdue marked), trend."""
    from disclosure_audit.formats.html import ledger_page

    return ledger_page(ledger, as_of, lang).encode("utf-8")


BINARY = frozenset({"xlsx"})
"""Exports that are not text (never written to a terminal)."""

EXPORTS: dict[str, Exporter] = {
    "xlsx": to_xlsx, "csv": to_csv, "markdown": to_markdown, "json": to_json, "html": to_html,
}

SUFFIXES: dict[str, str] = {
    ".xlsx": "xlsx", ".csv": "csv", ".md": "markdown", ".markdown": "markdown",
    ".json": "json", ".html": "html", ".htm": "html",
}
"""The export a file name asks for: ``-o 整改台账.csv`` means CSV, as a person would expect."""


def format_for(output: Path, fmt: str | None) -> str:
    """The export format: ``fmt`` when given, else the one ``output``'s extension names (XLSX
    for standard output or no extension). A known extension that contradicts ``fmt``, or an
    unknown one without ``fmt``, is an :class:`InputError`: a CSV file named ``.xlsx`` (or an
    XLSX named ``.csv``) opens as garbage in Excel and cannot be imported back."""
    from disclosure_audit.diagnostics import Problem, display_path
    from disclosure_audit.errors import InputError

    suffix = "" if output == Path("-") else output.suffix.lower()
    named = SUFFIXES.get(suffix)
    if fmt is None and (named or not suffix):
        return named or "xlsx"
    if fmt is not None and (named is None or named == fmt):
        return fmt
    code = "export-suffix-mismatch" if fmt else "export-suffix-unknown"
    raise InputError(Problem(display_path(output), None, None, code,
                             {"suffix": suffix, "format": fmt or "", "known": " ".join(SUFFIXES)},
                             hint_key="hint.export-suffix-mismatch"))

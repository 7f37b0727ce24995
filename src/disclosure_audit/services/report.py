"""``report check``: read a published annual report and check it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.report.check import check_lines
from disclosure_audit.report.extract import extract
from disclosure_audit.report.findings import Finding


def check_report(path: Path, published: dt.date | None = None) -> list[Finding]:
    """The findings about the report at ``path``; unreadable input is an :class:`InputError`."""
    display = display_path(path)
    if not path.exists():
        raise InputError(Problem(display, None, None, "path-not-found", {},
                                 hint_key="hint.path-not-found"))
    if path.is_dir():
        raise InputError(Problem(display, None, None, "report-is-folder", {},
                                 hint_key="hint.report-type"))
    return check_lines(extract(path, display), published)

"""GitHub Actions workflow commands: an ``::error`` annotation per ledger entry."""

from __future__ import annotations

from disclosure_audit.display import printable
from disclosure_audit.formats.locate import entry_spot
from disclosure_audit.i18n.text import entry_subject, findings_text, kind_text
from disclosure_audit.model import AuditResult


def _data(text: str) -> str:
    """A command's message: control characters shown, line breaks and ``%`` escaped as the
    runner decodes them (so one value can never end the command and start another)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(result: AuditResult, lang: str) -> str:
    """``::error file=…,line=…,col=…,title=…::message`` lines (``::notice`` when waived).

    Every line carries ``file`` and ``line`` (see :func:`entry_spot`); paths are as shown
    elsewhere (relative to the working directory, the repo root in CI).
    """
    lines = []
    for entry in result.ledger:
        spot = entry_spot(result, entry)
        level = "notice" if entry.status == "waived" else "error"
        where = [f"file={_property(spot.path)}", f"line={spot.line}"]
        if spot.column:
            where.append(f"col={spot.column}")
        title = f"{entry.key} {kind_text(entry.kind, lang)}"
        where.append(f"title={_property(title)}")
        message = f"{entry_subject(entry, lang)}: {findings_text(entry.problem, lang)}"
        lines.append(f"::{level} {','.join(where)}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")

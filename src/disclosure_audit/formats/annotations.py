"""GitHub Actions workflow commands: an ``::error`` annotation per ledger entry."""

from __future__ import annotations

from disclosure_audit.i18n.text import entry_subject, findings_text, kind_text
from disclosure_audit.model import AuditResult


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(result: AuditResult, lang: str) -> str:
    """``::error file=…,line=…,col=…,title=…::message`` lines (``::notice`` when waived).

    Paths are as shown elsewhere (relative to the working directory, the repo root in CI).
    """
    lines = []
    for entry in result.ledger:
        ref = entry.evidence[0] if entry.evidence else None
        level = "notice" if entry.status == "waived" else "error"
        where = []
        if ref is not None:
            where.append(f"file={_property(ref.path.partition('[')[0])}")
            if ref.line:
                where.append(f"line={ref.line}")
            if ref.column:
                where.append(f"col={ref.column}")
        else:
            where.append(f"file={_property(result.checklist.path)}")
        title = f"{entry.key} {kind_text(entry.kind, lang)}"
        where.append(f"title={_property(title)}")
        message = f"{entry_subject(entry, lang)}: {findings_text(entry.problem, lang)}"
        lines.append(f"::{level} {','.join(where)}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")

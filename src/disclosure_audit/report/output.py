"""The findings for people (one line each) and for machines (JSON)."""

from __future__ import annotations

import json

from rich.text import Text

from disclosure_audit.formats.console import capture
from disclosure_audit.i18n import t
from disclosure_audit.report.findings import Finding, Verdict

STYLES = {Verdict.ok: "green", Verdict.error: "bold red", Verdict.cannot_verify: "yellow"}


def findings_json(findings: list[Finding], lang: str) -> str:
    """``{"findings": [{"line", "verdict", "text", "message"}, …]}``."""
    data = {"findings": [f.as_dict(lang) for f in findings]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def findings_text(findings: list[Finding], path: str, lang: str, color: bool = False) -> str:
    """``path:line: verdict “text” message`` per finding, then the counts.

    Lines are never wrapped by us (the terminal wraps them), so each finding stays one line
    for grep and for CI logs.
    """
    console, buffer = capture(200, color)
    for finding in findings:
        where = f"{path}:{finding.line}" if finding.line is not None else path
        line = Text(f"{where}: ")
        line.append(t(f"report.verdict.{finding.verdict.value}", lang),
                    style=STYLES[finding.verdict])
        if finding.text:
            line.append(" " + t("report.quote", lang, text=finding.text))
        line.append(" " + finding.message(lang))
        console.print(line, soft_wrap=True)
    counts = {v: sum(1 for f in findings if f.verdict is v) for v in Verdict}
    console.print(Text(t("report.summary", lang, total=len(findings), ok=counts[Verdict.ok],
                         error=counts[Verdict.error],
                         cannot_verify=counts[Verdict.cannot_verify])), soft_wrap=True)
    return buffer.getvalue()

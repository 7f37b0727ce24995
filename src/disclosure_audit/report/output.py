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
    lines = [_line(finding, path, lang) for finding in findings]
    counts = {v: sum(1 for f in findings if f.verdict is v) for v in Verdict}
    summary = t("report.summary", lang, total=len(findings), ok=counts[Verdict.ok],
                error=counts[Verdict.error], cannot_verify=counts[Verdict.cannot_verify])
    if not color:
        return "".join(f"{where}{word}{rest}\n" for where, word, _, rest in lines) + \
            summary + "\n"
    console, buffer = capture(200, color)
    for where, word, verdict, rest in lines:
        line = Text(where)
        line.append(word, style=STYLES[verdict])
        line.append(rest)
        console.print(line, soft_wrap=True)
    console.print(Text(summary), soft_wrap=True)
    return buffer.getvalue()


def _line(finding: Finding, path: str, lang: str) -> tuple[str, str, Verdict, str]:
    where = f"{path}:{finding.line}: " if finding.line is not None else f"{path}: "
    quote = " " + t("report.quote", lang, text=finding.text) if finding.text else ""
    return (where, t(f"report.verdict.{finding.verdict.value}", lang), finding.verdict,
            f"{quote} {finding.message(lang)}")

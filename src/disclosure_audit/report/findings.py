"""What checking a report produces: findings with a verdict, a line and the quoted text."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from disclosure_audit.i18n import t

MAX_QUOTE = 60
"""Quoted text longer than this keeps its end (where the figures are), after an ellipsis."""


class Verdict(StrEnum):
    """A finding's verdict, as an evaluator would give it."""

    ok = "ok"
    error = "error"
    cannot_verify = "cannot_verify"


@dataclass(frozen=True)
class Finding:
    """One checked statement (or a part of the report that is there or missing).

    The message is ``report.msg.<code>`` in the catalogue, filled in with ``params``.
    """

    line: int | None
    verdict: Verdict
    text: str
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    position: int = 0
    """Offset in the report's text, to keep findings of one line in reading order."""

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the current language).

        A parameter named ``<name>_key`` is a catalogue key: its translation fills ``{<name>}``.
        """
        params = {name.removesuffix("_key"): t(value, lang) if name.endswith("_key") else value
                  for name, value in self.params.items()}
        return t(f"report.msg.{self.code}", lang, **params)

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The JSON form: exactly ``line``, ``verdict``, ``text``, ``message``."""
        return {"line": self.line, "verdict": self.verdict.value, "text": self.text,
                "message": self.message(lang)}


def clip(text: str) -> str:
    """``text`` cut to :data:`MAX_QUOTE` characters, keeping its end."""
    return text if len(text) <= MAX_QUOTE else "…" + text[-(MAX_QUOTE - 1):]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """In reading order; findings about the whole report (no line) last."""
    return sorted(findings, key=lambda f: (f.line is None, f.line or 0, f.position))


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error (the command then exits 1)."""
    return any(f.verdict is Verdict.error for f in findings)

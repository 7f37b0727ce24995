"""Earlier results as JSON: ``audit --baseline`` (report only what is new) and ``diff``."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.jsonio import load_json
from disclosure_audit.model import AuditResult, BaselineInfo


def load_result(path: Path) -> dict[str, Any]:
    """A JSON result written by ``audit --format json``; a clear error when it is not one."""
    display = display_path(path)
    data = load_json(path, display)
    ledger = data.get("ledger") if isinstance(data, dict) else None
    if not isinstance(ledger, list) or not all(
            isinstance(e, dict) and isinstance(e.get("key"), str) for e in ledger):
        raise InputError(Problem(display, None, None, "not-a-result",
                                 hint_key="hint.not-a-result"))
    return data


def apply_baseline(result: AuditResult, path: Path) -> AuditResult:
    """Keep only ledger entries whose key is not in the baseline; record what was suppressed.

    Matching is by key only (``<item>/<dimension>``), never by a looser property such as the
    problem text, which changes wording from run to run.
    """
    known = {entry["key"] for entry in load_result(path)["ledger"]}
    suppressed = tuple(e.key for e in result.ledger if e.key in known)
    fresh = tuple(e for e in result.ledger if e.key not in known)
    return dataclasses.replace(result, ledger=fresh,
                               baseline=BaselineInfo(display_path(path), suppressed))

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


def ledger_by_key(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A result's ledger entries by key — with a result of ``schema_version`` 1 (one entry per
    failed dimension) re-keyed the way the current version keys the same problems:

    - every entry of an item then ``missing`` or ``not_yet_made`` → ``<item>/missing``;
    - every entry of an item with no public publication (convenience finding
      ``no-public-publication``) → ``<item>/internal_only``;
    - a timeliness entry about a missing ``made`` date → ``<item>/unknown_date`` (and also
      ``<item>/timeliness`` when it had other findings).

    So upgrading the tool never reports a known problem as new.
    """
    ledger = [e for e in data["ledger"] if isinstance(e, dict) and isinstance(e.get("key"), str)]
    version = data.get("schema_version")
    if isinstance(version, int) and version >= 2:
        return {e["key"]: e for e in ledger}
    items = {i["id"]: i for i in listed(data.get("items"))
             if isinstance(i, dict) and isinstance(i.get("id"), str)}
    out: dict[str, dict[str, Any]] = {}
    for entry in ledger:
        for key in _current_keys(entry, items):
            out.setdefault(key, {**entry, "key": key})
    return out


def _current_keys(entry: dict[str, Any], items: dict[Any, dict[str, Any]]) -> list[str]:
    item_id, _, dimension = entry["key"].rpartition("/")
    item = items.get(item_id) or {}
    convenience = listed(obj(obj(item.get("dimensions")).get("convenience")).get("findings"))
    if item.get("status") in ("missing", "not_yet_made"):
        return [f"{item_id}/missing"]
    if any(f.get("code") == "no-public-publication" for f in convenience if isinstance(f, dict)):
        return [f"{item_id}/internal_only"]
    codes = {f.get("code") for f in listed(entry.get("findings")) if isinstance(f, dict)}
    if dimension == "timeliness" and "no-made-date" in codes:
        return [f"{item_id}/unknown_date"] + ([entry["key"]] if codes - {"no-made-date"} else [])
    return [entry["key"]]


def obj(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: a hand-edited or foreign result
    gives a clean comparison of what it holds, never an internal error."""
    return value if isinstance(value, dict) else {}


def listed(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else an empty one (see :func:`obj`)."""
    return value if isinstance(value, list) else []


def apply_baseline(result: AuditResult, path: Path) -> AuditResult:
    """Keep only ledger entries whose key is not in the baseline; record what was suppressed.

    Matching is by key only (``<item>/<kind>``; a first-version baseline's keys are mapped,
    see :func:`ledger_by_key`), never by a looser property such as the problem text, which
    changes wording from run to run.
    """
    known = set(ledger_by_key(load_result(path)))
    suppressed = tuple(e.key for e in result.ledger if e.key in known)
    fresh = tuple(e for e in result.ledger if e.key not in known)
    return dataclasses.replace(result, ledger=fresh,
                               baseline=BaselineInfo(display_path(path), suppressed))

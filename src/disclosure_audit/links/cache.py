"""A cache of link results in the repo (``.disclosure-audit/cache/links.json``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import write_atomic
from disclosure_audit.inputs.jsonio import load_json
from disclosure_audit.model import LinkResult

CACHE_FILE = Path(".disclosure-audit") / "cache" / "links.json"


def load_cache(root: Path, max_age: dt.timedelta, now: dt.datetime) -> dict[str, LinkResult]:
    """Results younger than ``max_age``; a missing or damaged cache is simply empty."""
    raw = _read(root / CACHE_FILE)
    fresh: dict[str, LinkResult] = {}
    fields = {f.name for f in dataclasses.fields(LinkResult)}
    for url, value in raw.items() if isinstance(raw, dict) else ():
        try:
            result = LinkResult(**{k: v for k, v in value.items() if k in fields})
            checked = dt.datetime.fromisoformat(result.checked_at)
        except (TypeError, ValueError, AttributeError):
            continue
        if checked.tzinfo is None:  # written by hand or by another tool: we always write UTC
            checked = checked.replace(tzinfo=dt.UTC)
        if now - checked <= max_age:
            fresh[url] = result
    return fresh


def save_cache(root: Path, results: dict[str, LinkResult]) -> None:
    """Merge ``results`` into the cache file (atomically)."""
    path = root / CACHE_FILE
    existing = _read(path)
    existing.update({url: dataclasses.asdict(r) for url, r in results.items()})
    write_atomic(path, json.dumps(existing, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _read(path: Path) -> dict[str, Any]:
    """The cache's content; a missing, damaged, nested-to-death or non-file cache is empty
    (it is a convenience: the links are simply probed again)."""
    if not path.exists():
        return {}
    try:
        raw = load_json(path, str(path))
    except InputError:
        return {}
    return raw if isinstance(raw, dict) else {}


def parse_age(text: str) -> dt.timedelta:
    """``1d``, ``12h``, ``30m``, ``90s`` or a number of seconds; ValueError otherwise, also for
    a negative age or one no date can hold (``1e400d``)."""
    text = text.strip().lower()
    units = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
    number, unit = (text[:-1], units[text[-1]]) if text and text[-1] in units else (text, "seconds")
    try:
        age = dt.timedelta(**{unit: float(number)})
    except OverflowError:
        raise ValueError(text) from None
    if age < dt.timedelta(0):
        raise ValueError(text)
    return age

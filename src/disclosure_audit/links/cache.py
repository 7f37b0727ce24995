"""A cache of link results in the repo (``.disclosure-audit/cache/links.json``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from disclosure_audit.inputs.files import write_atomic
from disclosure_audit.model import LinkResult

CACHE_FILE = Path(".disclosure-audit") / "cache" / "links.json"


def load_cache(root: Path, max_age: dt.timedelta, now: dt.datetime) -> dict[str, LinkResult]:
    """Results younger than ``max_age``; a missing or damaged cache is simply empty."""
    path = root / CACHE_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    fresh: dict[str, LinkResult] = {}
    fields = {f.name for f in dataclasses.fields(LinkResult)}
    for url, value in raw.items() if isinstance(raw, dict) else ():
        try:
            result = LinkResult(**{k: v for k, v in value.items() if k in fields})
            checked = dt.datetime.fromisoformat(result.checked_at)
        except (TypeError, ValueError, AttributeError):
            continue
        if now - checked <= max_age:
            fresh[url] = result
    return fresh


def save_cache(root: Path, results: dict[str, LinkResult]) -> None:
    """Merge ``results`` into the cache file (atomically)."""
    path = root / CACHE_FILE
    try:
        existing = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(existing, dict):
            existing = {}
    except (OSError, ValueError):
        existing = {}
    existing.update({url: dataclasses.asdict(r) for url, r in results.items()})
    write_atomic(path, json.dumps(existing, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def parse_age(text: str) -> dt.timedelta:
    """``1d``, ``12h``, ``30m``, ``90s`` or a number of seconds; ValueError otherwise."""
    text = text.strip().lower()
    units = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
    if text and text[-1] in units:
        return dt.timedelta(**{units[text[-1]]: float(text[:-1])})
    return dt.timedelta(seconds=float(text))

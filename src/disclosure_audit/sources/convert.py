"""Turn one declared entry (a YAML mapping or a table row) into model objects, checking meaning."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.diagnostics import WARNING, Problem
from disclosure_audit.model import (
    FORMATS,
    WITHHELD_REASONS,
    Checklist,
    Publication,
    SourceRef,
    UnmatchedRow,
    Withheld,
)
from disclosure_audit.sources.classify import classify

SEPARATORS = re.compile(r"[、,，;；|\n]+")
Locate = Callable[[str], tuple[int | None, int | None]]


@dataclass
class Entry:
    """One raw entry: its fields, where it is, and how to find a field's position."""

    fields: dict[str, Any]
    path: str
    department: str
    locate: Locate
    problems: list[Problem] = field(default_factory=list)

    def problem(self, name: str, code: str, severity: str = "error", hint: str | None = None,
                **params: Any) -> None:
        line, column = self.locate(name)
        self.problems.append(Problem(self.path, line, column, code, params, severity,
                                     hint or None))

    def source(self) -> SourceRef:
        line, column = self.locate("")
        return SourceRef(self.path, line, column)


def to_publication(entry: Entry, checklist: Checklist) -> Publication | UnmatchedRow | None:
    """A :class:`Publication`, an :class:`UnmatchedRow`, or None when the entry is unusable."""
    f = entry.fields
    before = len(entry.problems)
    for name in ("title", "channel", "published"):
        if _blank(f.get(name)):
            entry.problem(name, "schema-required", field=name, at=name, hint="hint.schema-required")
    if len(entry.problems) > before:
        return None
    title = str(f["title"]).strip()
    item_id, classified_by = _item_ref(entry, checklist)
    channel = _channel(entry, checklist)
    made = _date(entry, "made")
    published = _date(entry, "published")
    if made and published and published < made:
        entry.problem("published", "published-before-made", made=made.isoformat(),
                      published=published.isoformat())
    url = _url(entry)
    fmt = _format(entry)
    clicks = _clicks(entry)
    elements = _elements(entry, checklist, item_id)
    if channel and checklist.channels[channel].public and url is None:
        entry.problem("channel", "missing-url", severity=WARNING, title=title)
    if len(entry.problems) > before and any(p.severity == "error" for p in entry.problems[before:]):
        return None
    if item_id is None:
        result = classify(title, checklist.items)
        if result.item is None:
            return UnmatchedRow(title, entry.source(), result.candidates)
        item_id, classified_by = result.item, result.keywords
    return Publication(
        item=item_id, title=title, channel=channel or "", department=entry.department,
        source=entry.source(), url=url, made=made, published=published, elements=elements,
        format=fmt, clicks=clicks, classified_by=classified_by,
    )


def to_withheld(entry: Entry, checklist: Checklist) -> Withheld | None:
    """A :class:`Withheld` declaration, or None when the entry is unusable."""
    f = entry.fields
    before = len(entry.problems)
    item_id, _ = _item_ref(entry, checklist)
    if item_id is None and not entry.problems[before:]:
        entry.problem("item", "schema-required", field="item", at="item",
                      hint="hint.schema-required")
    reason = _reason(f.get("reason"))
    if reason is None:
        entry.problem("reason", "bad-reason", value=str(f.get("reason")),
                      allowed=", ".join(WITHHELD_REASONS))
    ground = None if _blank(f.get("ground")) else str(f["ground"]).strip()
    if reason == "exempt" and ground is None:
        entry.problem("reason", "exempt-needs-ground", hint="hint.exempt-needs-ground")
    expected = _date(entry, "expected")
    if reason == "not_yet_made" and expected is None and not entry.problems[before:]:
        entry.problem("reason", "expected-missing", severity=WARNING)
    if any(p.severity == "error" for p in entry.problems[before:]) or item_id is None:
        return None
    return Withheld(item=item_id, reason=reason or "", department=entry.department,
                    source=entry.source(), note=_text(f.get("note")), ground=ground,
                    expected=expected)


REASON_ALIASES = {
    "不适用": "not_applicable", "依法不予公开": "exempt", "不予公开": "exempt", "豁免": "exempt",
    "尚未形成": "not_yet_made", "未形成": "not_yet_made",
}


def _reason(value: Any) -> str | None:
    text = _text(value)
    if text in WITHHELD_REASONS:
        return text
    return REASON_ALIASES.get(text or "")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str | None:
    return None if _blank(value) else str(value).strip()


def _item_ref(entry: Entry, checklist: Checklist) -> tuple[str | None, tuple[str, ...]]:
    raw = entry.fields.get("item")
    if _blank(raw):
        return None, ()
    if isinstance(raw, float) and raw.is_integer():  # Excel stores 7 as 7.0
        raw = int(raw)
    item_id = str(raw).strip()
    if checklist.item(item_id) is None:
        entry.problem("item", "unknown-item-ref", item=item_id, hint="hint.unknown-item-ref")
        return None, ()
    return item_id, ()


def _channel(entry: Entry, checklist: Checklist) -> str | None:
    raw = _text(entry.fields.get("channel")) or ""
    if raw in checklist.channels:
        return raw
    for cid, channel in checklist.channels.items():
        if raw in (channel.name, channel.name_en) or raw in channel.name.split("/"):
            return cid
    entry.problem("channel", "unknown-channel", channel=raw,
                  known=", ".join(checklist.channels), hint="hint.unknown-channel")
    return None


def _date(entry: Entry, name: str) -> dt.date | None:
    raw = entry.fields.get(name)
    if _blank(raw):
        return None
    try:
        return parse_date(raw.strip() if isinstance(raw, str) else raw)
    except DateError as exc:
        entry.problem(name, f"date-{exc.reason}", value=str(raw), field=name, hint="hint.date")
        return None


def _url(entry: Entry) -> str | None:
    raw = _text(entry.fields.get("url"))
    if raw is None:
        return None
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError for a port outside 0–65535 or not a number
    except ValueError:  # e.g. "http://[::1" (an unclosed IPv6 bracket) or port 99999
        entry.problem("url", "bad-url", value=raw)
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in raw:
        entry.problem("url", "bad-url", value=raw)
        return None
    return raw


def _format(entry: Entry) -> str | None:
    raw = _text(entry.fields.get("format"))
    if raw is None:
        return None
    value = raw.lower()
    if value not in FORMATS:
        entry.problem("format", "bad-format", value=raw, allowed=", ".join(FORMATS))
        return None
    return value


def _clicks(entry: Entry) -> int | None:
    raw = entry.fields.get("clicks")
    if _blank(raw):
        return None
    try:  # CSV cells are text: "3", "3.0"; never "2.5", "inf", "1e400" or "nan"
        number = float(raw) if not isinstance(raw, bool) else -1.0
    except (TypeError, ValueError):
        number = -1.0
    if not (math.isfinite(number) and number >= 0 and number.is_integer()):
        entry.problem("clicks", "bad-clicks", value=str(raw))
        return None
    return int(number)


def _elements(entry: Entry, checklist: Checklist, item_id: str | None) -> tuple[str, ...] | None:
    raw = entry.fields.get("elements")
    if _blank(raw) or raw == []:
        return None
    values = raw if isinstance(raw, list) else split_list(str(raw))
    elements = tuple(str(v).strip() for v in values if str(v).strip())
    item = checklist.item(item_id) if item_id else None
    if item is not None:
        unknown = [e for e in elements if e not in item.elements]
        if unknown:
            entry.problem("elements", "unknown-element", item=item.id,
                          elements="、".join(unknown), known="、".join(item.elements),
                          hint="hint.unknown-element")
    return elements or None


def split_list(text: str) -> list[str]:
    """Split a cell such as ``招生章程、招生计划`` on Chinese or Western separators."""
    return [part for part in SEPARATORS.split(text) if part.strip()]

"""Turn one declared entry (a YAML mapping or a table row) into model objects, checking meaning."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from disclosure_audit.dates import DateError, parse_date
from disclosure_audit.diagnostics import WARNING, Problem
from disclosure_audit.i18n import t
from disclosure_audit.model import (
    FORMATS,
    Checklist,
    ClassifiedRow,
    Item,
    Publication,
    SourceRef,
    frozen,
)
from disclosure_audit.sources.classify import classify
from disclosure_audit.sources.elements import title_elements

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
        return frozen(SourceRef, {"path": self.path, "line": line, "column": column})


def to_publication(entry: Entry, checklist: Checklist
                   ) -> tuple[Publication | None, ClassifiedRow | None]:
    """The :class:`Publication` (None when the entry is unusable or was not assigned to an
    item) and, for a row without an item id, what classification made of it."""
    f = entry.fields
    before = len(entry.problems)
    crawled = text(f.get("source")) == "crawl"  # found on the website: may be undated
    for name in ("title", "channel") if crawled else ("title", "channel", "published"):
        if blank(f.get(name)):
            entry.problem(name, "schema-required", field=name, at=name, hint="hint.schema-required")
    if len(entry.problems) > before:
        return None, None
    title = str(f["title"]).strip()
    item_id, classified_by = item_ref(entry, checklist)
    channel = _channel(entry, checklist)
    made = date_field(entry, "made")
    published = date_field(entry, "published")
    if made and published and published < made:
        entry.problem("published", "published-before-made", made=made.isoformat(),
                      published=published.isoformat())
    url = _url(entry)
    fmt = _format(entry)
    clicks = _clicks(entry)
    period = _period(entry)
    kind = _kind(entry, checklist)
    linked = _flag(entry, "linked_from_column")
    elements = elements_of(entry, checklist, item_id)
    if (channel and checklist.channels[channel].public and url is None
            and blank(entry.fields.get("url"))):  # a url written but invalid is bad-url alone
        entry.problem("channel", "missing-url", severity=WARNING, title=title)
    if len(entry.problems) > before and any(p.severity == "error" for p in entry.problems[before:]):
        return None, None
    classified = None
    if item_id is None:
        # A row that is not a list item (news, other posts) still counts by channel and kind.
        where = {"channel": channel or "", "published": published,
                 "department": entry.department, "kind": kind, "url": url,
                 "origin": "crawl" if crawled else "declared"}
        outcome = classify(title, checklist)
        if outcome.item is None:
            classified = ClassifiedRow(title, entry.source(), outcome, None, **where)
            if not crawled:
                return None, classified
            elements = ()  # a crawled row is kept: a declared URL may still match it
        else:
            item_id, classified_by = outcome.item, outcome.best.matched if outcome.best else ()
            elements = _classified_elements(entry, checklist.item(item_id), title, elements,
                                            warn=not crawled)
            classified = ClassifiedRow(title, entry.source(), outcome, elements, **where)
    elif crawled and elements is None:
        # The crawl writes no ``elements`` when the title names none: for a row found on the
        # website that means "not known", never "all" (the classifier's rule, elements.py).
        item = checklist.item(item_id)
        elements = title_elements(title, item) if item is not None else None
    return frozen(Publication, {
        "item": item_id, "title": title, "channel": channel or "", "department": entry.department,
        "source": entry.source(), "url": url, "made": made, "published": published,
        "elements": elements, "format": fmt, "clicks": clicks, "classified_by": classified_by,
        "period": period, "linked_from_column": linked,
        "origin": "crawl" if crawled else "declared",
        "column": text(f.get("column")), "evidence": text(f.get("evidence")), "kind": kind,
    }), classified



def _classified_elements(entry: Entry, item: Item | None, title: str,
                         given: tuple[str, ...] | None, *, warn: bool = True) -> tuple[str, ...]:
    """What a classified row covers: the elements written in the row (those of the item the
    title was assigned to), else the ones its title names; none is a request to fill them in
    (a warning, except for rows a crawl wrote: nobody fills those in)."""
    if item is None:
        return ()
    if given is not None:
        unknown = [e for e in given if e not in item.elements]
        if unknown:
            entry.problem("elements", "classified-unknown-element", severity=WARNING,
                          item=item.id, elements="、".join(unknown),
                          known="、".join(item.elements), hint="hint.classified-unknown-element")
        return tuple(e for e in given if e in item.elements)
    covered = title_elements(title, item)
    if not covered and warn:
        entry.problem("title", "classified-no-elements", severity=WARNING, item=item.id,
                      title=title, known="、".join(item.elements),
                      hint="hint.classified-no-elements")
    return covered


def blank(value: Any) -> bool:
    """True for a missing or empty value (a blank cell)."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    """The value as stripped text, None when blank."""
    return None if blank(value) else str(value).strip()


def item_ref(entry: Entry, checklist: Checklist) -> tuple[str | None, tuple[str, ...]]:
    """The entry's item id when it names a checklist item (a located problem otherwise)."""
    raw = entry.fields.get("item")
    if blank(raw):
        return None, ()
    if isinstance(raw, float) and raw.is_integer():  # Excel stores 7 as 7.0
        raw = int(raw)
    item_id = str(raw).strip()
    if checklist.item(item_id) is None:
        entry.problem("item", "unknown-item-ref", item=item_id, hint="hint.unknown-item-ref")
        return None, ()
    return item_id, ()


def _channel(entry: Entry, checklist: Checklist) -> str | None:
    raw = text(entry.fields.get("channel")) or ""
    if raw in checklist.channels:
        return raw
    for cid, channel in checklist.channels.items():
        if raw in (channel.name, channel.name_en, *channel.aliases) or \
                raw in channel.name.split("/"):
            return cid
    entry.problem("channel", "unknown-channel", channel=raw,
                  known=", ".join(checklist.channels), hint="hint.unknown-channel")
    return None


def date_field(entry: Entry, name: str) -> dt.date | None:
    """A date field, parsed (a located problem when it is not a date)."""
    raw = entry.fields.get(name)
    known = _DATES.get(raw) if raw.__class__ is str else None
    if known is not None:
        return known
    if blank(raw):
        return None
    try:
        date = parse_date(raw.strip() if isinstance(raw, str) else raw)
    except DateError as exc:
        entry.problem(name, f"date-{exc.reason}", value=str(raw), field=name, hint="hint.date")
        return None
    if raw.__class__ is str and len(_DATES) < _DATES_MAX:
        _DATES[raw] = date
    return date


_DATES: dict[str, dt.date] = {}
"""Dates already read, by their text: a province writes the same few hundred days ~200,000
times. Only dates that parsed are kept (a bad one is reported where it is written)."""
_DATES_MAX = 20_000


_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]*[A-Za-z0-9-][A-Za-z0-9.-]*(?:[/?#][!-~]*)?",
                        re.ASCII)
"""A URL the checks below always accept (scheme, a host name, no port, printable ASCII and
no space): most are written so, and urlsplit costs most of reading a publication."""


def _url(entry: Entry) -> str | None:
    raw = text(entry.fields.get("url"))
    if raw is None:
        return None
    if _PLAIN_URL.fullmatch(raw) or url_is_valid(raw):
        return raw
    entry.problem("url", "bad-url", value=raw)
    return None


def url_is_valid(raw: str) -> bool:
    """An http(s) URL with a host, a port (if any) in 0–65535 and no space."""
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError for a port outside 0–65535 or not a number
    except ValueError:  # e.g. "http://[::1" (an unclosed IPv6 bracket) or port 99999
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in raw


def _format(entry: Entry) -> str | None:
    raw = text(entry.fields.get("format"))
    if raw is None:
        return None
    value = parse_format(raw)
    if value is None:
        entry.problem("format", "bad-format", value=raw, allowed=", ".join(FORMATS))
    return value


def parse_format(value: str) -> str | None:
    """A format id from its id or its name in either language (``扫描版 PDF`` → ``scanned_pdf``,
    as the self-check workbook's drop-down shows it); None when it is not one."""
    return _format_names().get(value.strip().lower())


@cache
def _format_names() -> dict[str, str]:
    """Every way to write a format (id, Chinese and English names, lower case) → its id; the
    first format to claim a name keeps it, as the loop over FORMATS did."""
    names: dict[str, str] = {}
    for fmt in FORMATS:
        for name in (fmt, t(f"format.{fmt}", "zh").lower(), t(f"format.{fmt}", "en").lower()):
            names.setdefault(name, fmt)
    return names


def _clicks(entry: Entry) -> int | None:
    raw = entry.fields.get("clicks")
    if blank(raw):
        return None
    try:  # CSV cells are text: "3", "3.0"; never "2.5", "inf", "1e400" or "nan"
        number = float(raw) if not isinstance(raw, bool) else -1.0
    except (TypeError, ValueError):
        number = -1.0
    if not (math.isfinite(number) and number >= 0 and number.is_integer()):
        entry.problem("clicks", "bad-clicks", value=str(raw))
        return None
    return int(number)


_PERIOD = re.compile(r"^\s*(\d{4})\s*(?:[-–—/至]|学年)?\s*(\d{4})?\s*(?:学年)?\s*$")
_YES = {"true", "yes", "y", "1", "是", "有", "√", "✓"}
_NO = {"false", "no", "n", "0", "否", "无", "×"}


def _period(entry: Entry) -> int | None:
    """``period: 2021-2022`` (also 2021–2022, 2021/2022, 2021-2022学年): the academic year
    a publication reports on, as its start year."""
    raw = entry.fields.get("period")
    if blank(raw):
        return None
    match = _PERIOD.match(str(raw))
    start = int(match.group(1)) if match else None
    end = int(match.group(2)) if match and match.group(2) else None
    if start is None or end != start + 1:
        entry.problem("period", "bad-period", value=str(raw), hint="hint.bad-period")
        return None
    return start


def _kind(entry: Entry, checklist: Checklist) -> str | None:
    """``kind: 公文类``: one of the checklist's report kinds (``公文`` is read as ``公文类``)."""
    raw = text(entry.fields.get("kind"))
    if raw is None:
        return None
    for candidate in (raw, raw + "类"):
        if candidate in checklist.report_kinds:
            return candidate
    entry.problem("kind", "unknown-kind", value=raw, known="、".join(checklist.report_kinds),
                  hint="hint.unknown-kind")
    return None


def _flag(entry: Entry, name: str) -> bool:
    """A yes/no field (YAML booleans, or 是/否 in a sheet)."""
    raw = entry.fields.get(name)
    if blank(raw) or raw is False:
        return False
    if raw is True:
        return True
    value = str(raw).strip().lower()
    if value in _YES or value in _NO:
        return value in _YES
    entry.problem(name, "bad-flag", value=str(raw), field=name)
    return False


def elements_of(entry: Entry, checklist: Checklist,
                item_id: str | None) -> tuple[str, ...] | None:
    """The ``elements`` an entry names, each checked against the item's elements."""
    raw = entry.fields.get("elements")
    if blank(raw) or raw == []:
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


def split_list(cell: str) -> list[str]:
    """Split a cell such as ``招生章程、招生计划`` on Chinese or Western separators."""
    return [part for part in SEPARATORS.split(cell) if part.strip()]

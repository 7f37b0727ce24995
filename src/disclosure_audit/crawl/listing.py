"""A column's list on one page: its entries (title, link, date), whatever the CMS's markup.

Every link sits in a *row* — the ``<li>``, ``<tr>`` or ``<dd>`` around it, else the largest
element holding only that link — and rows sit in a *container* (their parent). The list is the
container with the most dated rows; a row's date is written next to the link (``<span>``, a
table cell, ``[2022-03-10]``) or, failing that, in the link's path (``/2022/0310/…``). Rows
without a date in that container are the list's undated entries. A page with no dated row at
all may still have an undated list: rows linking to articles or files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from disclosure_audit.crawl.dates import date_in_text, date_in_url
from disclosure_audit.crawl.html import Anchor, clean
from disclosure_audit.crawl.navigation import is_generic, is_nav_word
from disclosure_audit.crawl.urls import is_article, is_file

ROW_TAGS = frozenset({"li", "tr", "dd", "dt"})
CONTAINER_TAGS = frozenset({"ul", "ol", "table", "tbody", "thead", "dl", "body", "html"})
ELLIPSES = ("...", "…", "..", "。。。")
MAX_ROW_LINKS = 3


@dataclass(frozen=True)
class Entry:
    """One entry of a column's list."""

    title: str
    url: str
    date: dt.date | None  # None: the list shows no date for it


@dataclass(frozen=True)
class _Row:
    element: Any
    anchor: Anchor
    date: dt.date | None


def list_entries(links: list[Anchor], skip: set[str],
                 furniture: Iterable[frozenset[str]] = ()) -> list[Entry]:
    """The entries of the page's list. ``skip``: URLs that are not entries (the site's own
    navigation, pagination, known columns); ``furniture``: URL sets of blocks repeated from the
    parent page (a sidebar of the latest news is no column's list)."""
    repeated = {block for block in furniture if len(block) > 1}
    containers: dict[Any, list[_Row]] = {}
    for row in _rows(links, skip):
        containers.setdefault(row.element.getparent(), []).append(row)
    lists = [rows for rows in containers.values()
             if frozenset(r.anchor.url for r in rows) not in repeated]
    dated = max(lists, key=lambda rows: sum(r.date is not None for r in rows), default=[])
    if any(r.date is not None for r in dated):
        return [_entry(r) for r in dated]
    undated = [[r for r in rows if is_article(r.anchor.url) or is_file(r.anchor.url)]
               for rows in lists]
    best = max(undated, key=len, default=[])
    return [_entry(r) for r in best] if len(best) >= 2 else []


def blocks(links: list[Anchor]) -> set[frozenset[str]]:
    """The URL sets of the page's link blocks (to spot them repeated on a child page)."""
    containers: dict[Any, set[str]] = {}
    for row in _rows(links, set()):
        containers.setdefault(row.element.getparent(), set()).add(row.anchor.url)
    return {frozenset(urls) for urls in containers.values()}


def _rows(links: list[Anchor], skip: set[str]) -> list[_Row]:
    """One row per row element: its main link (the longest text) and its date."""
    counts = _link_counts(links)
    by_row: dict[Any, list[Anchor]] = {}
    for anchor in links:
        if anchor.url in skip or not _entry_text(anchor.text):
            continue
        by_row.setdefault(_row_of(anchor.element, counts), []).append(anchor)
    rows = []
    for element, anchors in by_row.items():
        main = max(anchors, key=lambda a: len(a.text))
        rest = clean(element.text_content()).replace(clean(main.element.text_content()), " ", 1)
        rows.append(_Row(element, main, date_in_text(rest) or date_in_url(main.url)))
    return rows


def _row_of(element: Any, counts: dict[Any, int]) -> Any:
    node = element
    for _ in range(4):
        parent = node.getparent()
        # A row holds a title and perhaps a download or category link; more is a layout block.
        if parent is None or parent.tag in CONTAINER_TAGS or counts[parent] > MAX_ROW_LINKS:
            break
        node = parent
        if node.tag in ROW_TAGS:
            return node
    node = element  # no <li>/<tr> close by: the largest element holding only this link
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent.tag in CONTAINER_TAGS or counts[parent] > 1:
            break
        node = parent
    return node


def _link_counts(links: list[Anchor]) -> dict[Any, int]:
    """How many of the page's links each element holds (one pass up from every link, so a
    page of 100,000 links is not counted 100,000 times over)."""
    counts: dict[Any, int] = {}
    for anchor in links:
        for ancestor in anchor.element.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    return counts


def _entry_text(text: str) -> bool:
    """Page numbers, 下一页, 更多 and the like are not entries."""
    return bool(text) and not text.isdigit() and not is_nav_word(text) and not is_generic(text)


def _entry(row: _Row) -> Entry:
    return Entry(_title(row.anchor), row.anchor.url, row.date)


def _title(anchor: Anchor) -> str:
    """The link's text, or its title attribute when the text is a shortened form of it."""
    text, title = anchor.text, anchor.title
    shortened = text.rstrip("".join(ELLIPSES)).strip()
    if title and len(title) > len(shortened) and (text.endswith(ELLIPSES)
                                                  or title.startswith(shortened)):
        return title
    return text or title

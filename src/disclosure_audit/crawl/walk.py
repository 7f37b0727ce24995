"""The walk: homepage → disclosure column → its column tree, breadth first, clicks counted.

Breadth first, one level of clicks at a time: every page of a level is fetched (politely, by
the fetcher) before the next level starts, so the clicks recorded are the fewest from the
homepage and the result does not depend on which answer came first.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from posixpath import dirname
from urllib.parse import urlsplit

from disclosure_audit.crawl.fetch import Fetcher, Page
from disclosure_audit.crawl.html import Anchor, anchors, own_text, page_title, parse
from disclosure_audit.crawl.listing import Entry, blocks, list_entries
from disclosure_audit.crawl.navigation import (
    disclosure_link,
    is_generic,
    pagination_links,
    subcolumn_links,
)
from disclosure_audit.crawl.settings import CrawlSettings
from disclosure_audit.crawl.urls import is_article, is_file

NOT_FOLLOWED = ("robots", "other_host")


@dataclass(frozen=True)
class Found:
    """An entry of a column's list, with its clicks from the homepage and its list page."""

    entry: Entry
    clicks: int
    evidence: str


@dataclass
class Column:
    """A column of the disclosure tree and what its list pages showed."""

    name: str
    url: str
    path: tuple[str, ...]
    clicks: int
    depth: int  # levels below the disclosure column (which is 0)
    parent: int | None = None
    named: bool = True  # False while only 更多 names it (the page title will)
    first: Page | None = None  # its first list page, once fetched
    pages: list[Page] = field(default_factory=list)  # list pages that opened
    failed: list[Page] = field(default_factory=list)  # later list pages that did not open
    entries: list[Found] = field(default_factory=list)
    subcolumns: int = 0
    own_text: int = 0  # characters of text not on the parent page or the homepage
    not_checked: str | None = None  # robots, other_host, max_pages, time_limit
    alias_of: int | None = None  # another URL of a column already found (dropped at the end)
    queued: set[str] = field(default_factory=set)  # its list pages, fetched or to fetch
    text: set[str] = field(default_factory=set, repr=False)
    blocks: set[frozenset[str]] = field(default_factory=set, repr=False)


@dataclass
class CrawlResult:
    """Everything a crawl found."""

    start: str
    homepage: Page | None = None
    column: Anchor | None = None  # the disclosure column's link
    column_clicks: int | None = None
    columns: list[Column] = field(default_factory=list)
    not_followed: list[Page] = field(default_factory=list)
    content_types: dict[str, str] = field(default_factory=dict)  # of the URLs fetched
    stopped: str | None = None


@dataclass(frozen=True)
class _Task:
    url: str
    column: int
    clicks: int
    first: bool  # the column's first page (else one of its other list pages)


class Walker:
    """One crawl's walk."""

    def __init__(self, fetcher: Fetcher, settings: CrawlSettings, max_clicks: int) -> None:
        self.fetcher, self.settings, self.max_clicks = fetcher, settings, max_clicks
        self.result: CrawlResult | None = None
        self.chrome: set[str] = set()  # the homepage's links: the site's own navigation
        self.home_text: set[str] = set()
        self.home_blocks: set[frozenset[str]] = set()
        self.known: dict[str, int] = {}  # column URL → index
        self.root_dir: tuple[str, str] | None = None
        self.first_pages: dict[str, int] = {}  # final URL, body hash → column (aliases)

    async def run(self, start: str) -> CrawlResult:
        """Crawl from the homepage ``start``."""
        result = self.result = CrawlResult(start)
        home = result.homepage = await self._get(start)
        if home is None or not home.ok or not home.is_html:
            return result
        doc = parse(home.text())
        links = anchors(doc, home.final_url) if doc is not None else []
        self.chrome = {a.url for a in links} | {start, home.final_url}
        if doc is not None:
            self.home_text, self.home_blocks = own_text(doc), blocks(links)
        found = await self._find_column(home, links)
        if found is not None:
            result.column, result.column_clicks = found
            self.chrome -= _menu_of(found[0], links)
            await self._walk(*found)
        return result

    async def _get(self, url: str) -> Page | None:
        """The page, noting what was not followed, the Content-Type, and a stop."""
        page = await self.fetcher.get(url)
        if page is None:
            self.result.stopped = self.fetcher.stop_reason() or "max_pages"
        elif page.record.outcome in NOT_FOLLOWED:
            self.result.not_followed.append(page)
        if page is not None and page.record.content_type:
            self.result.content_types[url] = page.record.content_type
        return page

    async def _find_column(self, home: Page, links: list[Anchor]) -> tuple[Anchor, int] | None:
        """The disclosure link on the homepage, else on the pages it links to, level by
        level, up to ``max_clicks`` and ``search_pages`` pages."""
        level, clicks, budget = [links], 1, self.settings.search_pages
        seen = {self.result.start, home.final_url}
        while True:
            for page_links in level:
                link = disclosure_link(page_links)
                if link is not None:
                    return link, clicks
            if clicks >= self.max_clicks or budget <= 0:
                return None
            todo = [a.url for page_links in level for a in page_links
                    if self._searchable(a.url, seen)]
            todo = list(dict.fromkeys(todo))[:budget]
            seen.update(todo)
            budget -= len(todo)
            pages = await asyncio.gather(*(self._get(url) for url in todo))
            if self.result.stopped:
                return None
            level = [anchors(d, p.final_url) for p in pages
                     if p is not None and p.ok and p.is_html and (d := parse(p.text())) is not None]
            clicks += 1

    def _searchable(self, url: str, seen: set[str]) -> bool:
        return (url not in seen and self.fetcher.scope.allows(url) and not is_file(url)
                and not is_article(url))

    async def _walk(self, link: Anchor, clicks: int) -> None:
        name = "" if is_generic(link.text) else link.text
        root = Column(name or link.url, link.url, (name or link.url,), clicks, 0)
        self._add_column(root)
        if not self.fetcher.scope.allows(link.url):  # on another host: --allow-host it
            root.not_checked = "other_host"
            return
        root.name, root.path, root.named = name, (name,), bool(name)
        parts = urlsplit(link.url)
        if dirname(parts.path) not in ("", "/"):
            self.root_dir = (parts.netloc, dirname(parts.path) + "/")
        tasks = [_Task(link.url, 0, clicks, True)]
        while tasks:
            pages = await asyncio.gather(*(self._get(t.url) for t in tasks))
            next_level: list[_Task] = []
            for task, page in zip(tasks, pages, strict=True):
                next_level.extend(self._visit(task, page))
            tasks = next_level
        self.result.columns = [c for c in self.result.columns if c.alias_of is None]

    def _alias(self, column: Column, index: int, page: Page) -> bool:
        """True when ``page`` is the first page of a column already found under another URL
        (``/xxgk/`` and ``/xxgk/index.htm``): the later one is dropped."""
        keys = [page.final_url] + ([page.record.sha256] if page.record.sha256 else [])
        other = next((self.first_pages[k] for k in keys if k in self.first_pages), None)
        if other is not None and other != index:
            column.alias_of = other
            if column.parent is not None:
                self.result.columns[column.parent].subcolumns -= 1
            return True
        self.first_pages.update(dict.fromkeys(keys, index))
        return False

    def _add_column(self, column: Column) -> int:
        self.result.columns.append(column)
        index = len(self.result.columns) - 1
        self.known[column.url] = index
        column.queued.add(column.url)
        return index

    def _visit(self, task: _Task, page: Page | None) -> list[_Task]:
        column = self.result.columns[task.column]
        if page is None or page.record.outcome in NOT_FOLLOWED or not page.ok:
            self._not_opened(column, task, page)
            return []
        if task.first and self._alias(column, task.column, page):
            return []
        doc = parse(page.text()) if page.is_html else None
        links = anchors(doc, page.final_url) if doc is not None else []
        page = replace(page, body=b"")  # read; the evidence store keeps it
        if task.first:
            column.first = page
            if doc is not None and not column.named:
                self._name(column, page_title(doc) or column.url)
        column.pages.append(page)
        pagination = pagination_links(links, page.final_url, column.url)
        skip = ({a.url for a in pagination} | set(self.known)
                | {page.url, page.final_url, self.result.start})
        parent_blocks = (self.result.columns[column.parent].blocks if column.parent is not None
                         else self.home_blocks)
        entries = list_entries(links, skip, parent_blocks)
        seen = {f.entry.url for f in column.entries}
        for entry in entries:
            if entry.url not in seen:
                seen.add(entry.url)
                column.entries.append(Found(entry, task.clicks + 1, page.key))
        tasks = self._pages(column, task, pagination)
        if task.first and doc is not None:
            tasks += self._subcolumns(column, task, doc, links, skip | seen)
        return tasks

    def _not_opened(self, column: Column, task: _Task, page: Page | None) -> None:
        if page is None:
            if task.first:
                column.not_checked = self.fetcher.stop_reason() or "max_pages"
        elif page.record.outcome in NOT_FOLLOWED:
            if task.first:
                column.first, column.not_checked = page, page.record.outcome
        elif task.first:
            column.first = page
        else:
            column.failed.append(page)

    def _name(self, column: Column, name: str) -> None:
        column.name, column.named = name, True
        parent = self.result.columns[column.parent].path if column.parent is not None else ()
        column.path = (*parent, name)

    def _pages(self, column: Column, task: _Task, pagination: list[Anchor]) -> list[_Task]:
        tasks = []
        for anchor in pagination:
            if anchor.url in column.queued or len(column.queued) >= self.settings.max_list_pages:
                continue
            column.queued.add(anchor.url)
            tasks.append(_Task(anchor.url, task.column, task.clicks + 1, False))
        return tasks

    def _subcolumns(self, column: Column, task: _Task, doc: object, links: list[Anchor],
                    taken: set[str]) -> list[_Task]:
        parent = self.result.columns[column.parent] if column.parent is not None else None
        column.text, column.blocks = own_text(doc), blocks(links)
        column.own_text = sum(len(t) for t in column.text - self.home_text
                              - (parent.text if parent else set()))
        if column.depth >= self.settings.max_depth:
            return []
        tasks = []
        for anchor in subcolumn_links(links, taken, self._in_tree):
            name = "" if is_generic(anchor.text) else anchor.text
            child = Column(name, anchor.url, (*column.path, name), task.clicks + 1,
                           column.depth + 1, parent=task.column, named=bool(name))
            tasks.append(_Task(anchor.url, self._add_column(child), task.clicks + 1, True))
            column.subcolumns += 1
        return tasks

    def _in_tree(self, url: str) -> bool:
        """A link that may lead to a sub-column: on the crawl's hosts, and not the site's own
        navigation unless it is below the disclosure column's folder."""
        if url in self.known or not self.fetcher.scope.allows(url):
            return False
        if url not in self.chrome:
            return True
        parts = urlsplit(url)
        return self.root_dir is not None and (parts.netloc, parts.path[:len(self.root_dir[1])]) \
            == self.root_dir


def _menu_of(link: Anchor, links: list[Anchor]) -> set[str]:
    """The links in the homepage menu item of the disclosure link (a drop-down menu of its
    columns): they belong to the column, not to the site's own navigation."""
    item = next((a for a in link.element.iterancestors() if a.tag == "li"), None)
    if item is None:
        return set()
    owned = set(item.iter("a"))
    return {a.url for a in links if a.element in owned and a.url != link.url}

"""Declared versus found: matching the declarations with the rows a crawl found on the website.

Pure: computed once per audit from :class:`Declarations` into a :class:`SiteComparison` the
scorers read (through the scoring context). A declared publication is **found** when a crawled
row is the same page (:func:`url_key`), or — for the same item — has the same title
(:func:`title_key`), or is the only entry of that item on the date it was published, its title
containing the declared one or contained in it (and it is the only such declaration). A
declared URL that is a column's own page is found when the column opened. Matching by URL and
title is many-to-one (two departments may declare one page); by date it is one-to-one, or
nothing. What the crawl could not have seen is never "not found": see
:mod:`disclosure_audit.scoring.site.coverage`.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from disclosure_audit.model import (
    Checklist,
    ColumnCheck,
    Declarations,
    ItemSite,
    Publication,
    SiteMatch,
    SiteMiss,
    SiteReport,
)
from disclosure_audit.scoring.site.coverage import NOT_FOUND, Columns, coverage
from disclosure_audit.scoring.site.urls import title_key, url_key


@dataclass(frozen=True)
class SiteComparison:
    """Every item's declared-versus-found, and lookups by declared publication."""

    items: dict[str, ItemSite]
    matched: dict[Publication, SiteMatch] = field(default_factory=dict)
    missed: dict[Publication, SiteMiss] = field(default_factory=dict)  # not found (a verdict)
    reports: tuple[SiteReport, ...] = ()

    def item(self, item_id: str) -> ItemSite:
        """The item's comparison (empty when nothing of it was declared or found)."""
        return self.items.get(item_id) or ItemSite()


def compare(declarations: Declarations, checklist: Checklist) -> SiteComparison | None:
    """The comparison, or None when the repo has no crawl file."""
    reports = tuple(declarations.sites)
    if not reports:
        return None
    columns = Columns.of(reports)
    crawled = [c for c in declarations.crawled if c.url or c.item]
    matched = _match(declarations.publications, crawled, columns, checklist)
    used = {id(m.found) for m in matched.values()}
    missed: dict[Publication, SiteMiss] = {}
    unchecked: dict[Publication, SiteMiss] = {}
    for declared in declarations.publications:
        if declared in matched or not _claims_column(declared, checklist):
            continue
        miss = coverage(declared, reports, columns)
        (missed if miss.reason in NOT_FOUND else unchecked)[declared] = miss
    items: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for match in matched.values():
        items[match.declared.item or ""]["found"].append(match)
    for miss in missed.values():
        items[miss.declared.item or ""]["declared_not_found"].append(miss)
    for miss in unchecked.values():
        items[miss.declared.item or ""]["not_checked"].append(miss)
    for row in crawled:
        if row.item and id(row) not in used:
            items[row.item]["found_not_declared"].append(row)
    return SiteComparison(
        items={item: ItemSite(**{k: tuple(v) for k, v in parts.items()})
               for item, parts in items.items() if item},
        matched=matched, missed=missed, reports=reports)


def _claims_column(publication: Publication, checklist: Checklist) -> bool:
    """Declared in the disclosure column (its channel is the column) or linked from it: the
    crawl, which reads the column's lists, should find it there."""
    channel = checklist.channels.get(publication.channel)
    return publication.linked_from_column or bool(channel and channel.column)


def _match(declared: Iterable[Publication], crawled: list[Publication], columns: Columns,
           checklist: Checklist) -> dict[Publication, SiteMatch]:
    by_url: dict[str, Publication] = {}
    by_title: dict[tuple[str, str], Publication] = {}
    for row in crawled:
        if row.url:
            by_url.setdefault(url_key(row.url), row)
        if row.item:
            by_title.setdefault((row.item, title_key(row.title)), row)
    matched: dict[Publication, SiteMatch] = {}
    rest: list[Publication] = []
    for publication in declared:
        found = _by_url(publication, by_url, columns, checklist)
        if found is None and publication.item:
            row = by_title.get((publication.item, title_key(publication.title)))
            found = SiteMatch(publication, row, "title") if row is not None else None
        if found is None:
            rest.append(publication)
        else:
            matched[publication] = found
    used = {id(m.found) for m in matched.values()}
    matched.update(_by_date(rest, [c for c in crawled if id(c) not in used]))
    return matched


def _by_url(publication: Publication, by_url: dict[str, Publication], columns: Columns,
            checklist: Checklist) -> SiteMatch | None:
    if not publication.url:
        return None
    key = url_key(publication.url)
    row = by_url.get(key)
    if row is not None:
        return SiteMatch(publication, row, "url")
    column = columns.by_url.get(key)
    if column is not None and column[0].opened:
        return SiteMatch(publication, _column_row(publication, *column, checklist), "column")
    return None


def _by_date(declared: list[Publication],
             crawled: list[Publication]) -> dict[Publication, SiteMatch]:
    """Same item, same date, and only one of each on that date: a match without ambiguity."""
    rows: dict[tuple[str, object], list[Publication]] = defaultdict(list)
    for row in crawled:
        if row.item and row.published:
            rows[(row.item, row.published)].append(row)
    declarations: dict[tuple[str, object], list[Publication]] = defaultdict(list)
    for publication in declared:
        if publication.item and publication.published:
            declarations[(publication.item, publication.published)].append(publication)
    out: dict[Publication, SiteMatch] = {}
    for key, mine in declarations.items():
        found = rows.get(key, [])
        if len(mine) == 1 and len(found) == 1 and _compatible(mine[0], found[0]):
            out[mine[0]] = SiteMatch(mine[0], found[0], "date")
    return out


def _compatible(declared: Publication, row: Publication) -> bool:
    """The same document on the same day: one title contains the other once years and numbers
    are set aside (2022年部门预算 and 2022年部门预算公开; not 招生计划 and 招生章程, which a school
    may publish on one day), and when both name elements, they share one."""
    a, b = _words(declared.title), _words(row.title)
    if len(min(a, b, key=len)) < 2 or (a not in b and b not in a):
        return False
    if not declared.elements or not row.elements:
        return True
    return bool(set(declared.elements) & set(row.elements))


def _words(title: str) -> str:
    return "".join(c for c in title_key(title) if not c.isdigit())


def _column_row(publication: Publication, column: ColumnCheck, report: SiteReport,
                checklist: Checklist) -> Publication:
    """A column's own page as a found row (a declaration may point at the column itself)."""
    channel = next((c.id for c in checklist.channels.values() if c.column), "disclosure_column")
    return dataclasses.replace(
        publication, title=column.name, channel=channel, url=column.url,
        source=column.source or report.source or publication.source, made=None,
        published=column.newest, clicks=column.clicks, linked_from_column=False,
        origin="crawl", column=column.name,
        evidence=column.evidence[0] if column.evidence else None)

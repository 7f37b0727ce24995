"""Which publications the annual report's statistics count: every publication of the period,
each once.

The report says how much the school published, by channel and by kind ("通过官方网站公开信息共计
548条，其中公文类信息40条…"). Two sources know about publications: the declarations (what the
departments say, with the channel, kind and department a person chose) and the crawl file (what
the disclosure column shows, read by ``crawl``). The rule applied:

- every **declared** row published in the period counts — list items and rows that are not
  (news, notices), assigned to an item by the classifier or not. One declared on an internal
  channel (OA, a group chat) that the crawl found in the column counts under the column: the
  public can see it there (the scores treat it so too), and the report must not call it
  "校内渠道（仅面向师生员工）";
- a row the **crawl** found in the column counts too, unless it is a publication already
  declared: the same page (:func:`~disclosure_audit.scoring.site.urls.url_key`: scheme, host
  case, default ports, a trailing slash, the fragment do not matter) as any declared row, or
  matched to a declaration of the same item in declared versus found (by title or date,
  :mod:`~disclosure_audit.scoring.site.compare`). The declaration wins: its channel, kind and
  department are what the report counts. Crawled rows are counted once however many crawl
  files list them;
- a crawled row without a date cannot be placed in the period: it is not counted, and
  ``report annual`` says how many there were.

Why the union and not the declarations alone: the report's figures are statements the public
can check against the column — an evaluator who finds 120 dated entries in the column for the
year will not sign "信息公开专栏12条". Why each publication once: a page a department declared
and the crawl also found is one publication, not two. Crawled rows carry no kind (the crawl
cannot know it): they count as 未标注类别 until a department declares them with their kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_audit.model import Checklist, Declarations
from disclosure_audit.scoring.site.compare import compare
from disclosure_audit.scoring.site.urls import url_key


@dataclass(frozen=True)
class Row:
    """One publication as the statistics count it."""

    channel: str
    kind: str | None
    published: dt.date
    crawled: bool = False  # found by the crawl and declared by nobody


@dataclass(frozen=True)
class Tally:
    """The publications of the period, and the crawled rows that could not be placed in it."""

    rows: tuple[Row, ...]
    undated: int = 0  # crawled rows, declared by nobody, without a date

    @property
    def crawled(self) -> int:
        """Rows counted from the crawl (declared by nobody)."""
        return sum(row.crawled for row in self.rows)


def tally(checklist: Checklist, declarations: Declarations, start: dt.date,
          end: dt.date) -> Tally:
    """Every publication published between ``start`` and ``end``, each once (see the module)."""
    comparison = compare(declarations, checklist)
    matches = comparison.matched if comparison else {}
    by_url = {url_key(c.url): c for c in declarations.crawled if c.url}
    declared = [(p.channel, p.kind, p.published, p.url, matches.get(p))
                for p in declarations.publications]
    declared += [(r.channel, r.kind, r.published, r.url, None) for r in declarations.classified
                 if r.origin != "crawl" and r.outcome.status != "assigned"]
    rows = []
    for channel, kind, day, url, match in declared:
        if day is None or not start <= day <= end:
            continue
        found = match.found if match else by_url.get(url_key(url)) if url else None
        if found is not None and not _public(checklist, channel):
            channel = found.channel  # declared on OA, seen in the column: public
        rows.append(Row(channel, kind, day))
    seen = {url_key(url) for _, _, _, url, _ in declared if url}
    matched = {id(m.found) for m in matches.values()}
    undated = 0
    for found in declarations.crawled:
        key = url_key(found.url) if found.url else None
        if id(found) in matched or key in seen:
            continue
        if key is not None:
            seen.add(key)
        if found.published is None:
            undated += 1
        elif start <= found.published <= end:
            rows.append(Row(found.channel, found.kind, found.published, crawled=True))
    return Tally(tuple(rows), undated)


def _public(checklist: Checklist, channel: str) -> bool:
    known = checklist.channels.get(channel)
    return known is not None and known.public

"""Running a crawl: the HTTP client, the fetcher and the walk, inside the crawl's limits."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from disclosure_audit.crawl.cache import Journal
from disclosure_audit.crawl.fetch import Fetcher
from disclosure_audit.crawl.output import RunInfo
from disclosure_audit.crawl.scope import Scope
from disclosure_audit.crawl.settings import USER_AGENT, CrawlSettings
from disclosure_audit.crawl.walk import CrawlResult, Walker


def crawl(start: str, root: Path, settings: CrawlSettings, *, max_clicks: int,
          resume: bool = False,
          on_fetch: Callable[[str], None] | None = None) -> tuple[CrawlResult, RunInfo]:
    """Crawl the site whose homepage is ``start``; evidence and the journal go under ``root``.

    ``resume`` reuses the pages the last crawl from ``start`` stored (failures are asked
    again); ``on_fetch`` is told of every page fetched from the network.
    """
    return asyncio.run(_crawl(start, root, settings, max_clicks, resume, on_fetch))


async def _crawl(start: str, root: Path, settings: CrawlSettings, max_clicks: int, resume: bool,
                 on_fetch: Callable[[str], None] | None) -> tuple[CrawlResult, RunInfo]:
    import httpx

    started = _now()
    journal = Journal(root, start, resume)
    limits = httpx.Limits(max_connections=max(8, settings.per_host * 4),
                          max_keepalive_connections=max(8, settings.per_host * 4))
    try:
        async with httpx.AsyncClient(follow_redirects=False, timeout=settings.timeout,
                                     limits=limits, headers={"User-Agent": USER_AGENT},
                                     trust_env=False) as client:
            fetcher = Fetcher(client, settings, Scope(start, settings.allow_hosts), root,
                              journal, on_fetch)
            result = await Walker(fetcher, settings, max_clicks).run(start)
    finally:
        journal.close()
    return result, RunInfo(started, _now(), fetcher.fetched, fetcher.reused)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

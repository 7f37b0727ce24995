"""Which links to probe, the cache around the prober, and the progress bar."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_audit.errors import InputError
from disclosure_audit.links.cache import load_cache, save_cache
from disclosure_audit.links.probe import ProbeSettings, check_urls
from disclosure_audit.model import Checklist, Declarations, LinkResult, Publication


@dataclass(frozen=True)
class LinkOptions:
    """``--check-links`` and its settings."""

    settings: ProbeSettings = field(default_factory=ProbeSettings)
    max_age: dt.timedelta = dt.timedelta(days=1)
    refresh: bool = False
    progress: bool = True


def public_publications(checklist: Checklist, declarations: Declarations) -> list[Publication]:
    """Publications on public channels: the ones whose links the public must be able to open."""
    return [p for p in declarations.publications
            if p.channel in checklist.channels and checklist.channels[p.channel].public]


def check_links(root: Path, checklist: Checklist, declarations: Declarations,
                options: LinkOptions) -> dict[str, LinkResult]:
    """Results for every public publication's URL, from the cache when fresh enough."""
    targets = {p.url: p.format for p in public_publications(checklist, declarations) if p.url}
    now = dt.datetime.now(dt.UTC)
    cached = {} if options.refresh else load_cache(root, options.max_age, now)
    todo = {url: fmt for url, fmt in targets.items() if url not in cached}
    fresh: dict[str, LinkResult] = {}
    if todo:
        with _progress(len(todo), options.progress) as advance:
            fresh = check_urls(todo, options.settings, advance)
        with suppress(InputError):  # a read-only repo: the cache is a convenience only
            save_cache(root, fresh)
    return {url: fresh.get(url) or cached[url] for url in targets}


def _progress(total: int, wanted: bool):  # noqa: ANN202 - a context manager
    from disclosure_audit.formats.progress import progress_bar
    from disclosure_audit.i18n import t

    return progress_bar(t("links.progress"), total, wanted and total >= 5)

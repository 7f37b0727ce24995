"""How politely and how far a crawl goes."""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.links.probe import PRODUCT, PROJECT_URL, ProbeSettings

ROBOTS_TOKEN = "disclosure-audit"  # the product token robots.txt groups are matched against
USER_AGENT = f"{PRODUCT} (website self-check of information disclosure; +{PROJECT_URL})"
_PROBE = ProbeSettings()


@dataclass(frozen=True)
class CrawlSettings:
    """Bounds of one crawl. The per-request deadline and the redirect limit are the link
    prober's: 15 s is the government website checks' threshold (国办秘函〔2019〕19号)."""

    max_pages: int = 2000  # pages fetched from the network in one run (robots.txt not counted)
    time_limit: float = 1800.0  # seconds of wall-clock time for the whole run
    per_host: int = 2  # requests in flight at once to one host
    delay: float = 1.0  # seconds each of those waits after a response before its next request
    timeout: float = _PROBE.timeout  # seconds for one page, redirects and body included
    max_redirects: int = _PROBE.max_redirects
    max_body: int = 2 * 1024 * 1024  # bytes read of one page; the rest is not read
    retries: int = _PROBE.retries  # on a failed connection (not on a timeout or an answer)
    max_list_pages: int = 100  # pages read of one column's list
    max_depth: int = 6  # column levels below the disclosure column
    search_pages: int = 60  # pages looked at to find the disclosure column off the homepage
    allow_hosts: tuple[str, ...] = ()  # hosts besides the school's own (``*.example.org`` too)

    @property
    def floor_rate(self) -> float:
        """The most pages per second one host can get: the politeness limit (with instant
        answers, each of ``per_host`` slots fetches one page per ``delay``)."""
        return self.per_host / self.delay if self.delay > 0 else float("inf")

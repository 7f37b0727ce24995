"""Fetching pages politely: robots.txt first, a few requests at a time per host with a delay,
a deadline per page, a cap on every body, redirects followed only on the school's hosts, and
every page stored as evidence."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from disclosure_audit.crawl.cache import Journal
from disclosure_audit.crawl.robots import Robots
from disclosure_audit.crawl.scope import Scope, normalise
from disclosure_audit.crawl.settings import USER_AGENT, CrawlSettings
from disclosure_audit.evidence import store
from disclosure_audit.evidence.record import EvidenceRecord
from disclosure_audit.links.detect import HTML_TYPES, is_login, is_soft_404, media_type
from disclosure_audit.links.probe import decode_body


@dataclass(frozen=True)
class Page:
    """What one URL gave: its evidence record and key, and the body as read."""

    url: str
    record: EvidenceRecord
    key: str
    body: bytes = b""
    cached: bool = False  # reused from the crawl being resumed

    @property
    def ok(self) -> bool:
        """True when the page opened (a real page, not an error, a login or a soft 404)."""
        return self.record.outcome == "ok"

    @property
    def final_url(self) -> str:
        """Where the page really is (after redirects on the school's hosts)."""
        return self.record.final_url or self.url

    @property
    def is_html(self) -> bool:
        """True for web pages (the only pages whose links are read)."""
        return media_type(self.record.content_type) in (*HTML_TYPES, "")

    def text(self) -> str:
        """The body decoded with its charset (else UTF-8, else GB18030)."""
        return decode_body(self.body, charset(self.record.content_type))


def charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header."""
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset":
            return value.strip("\"' ") or None
    return None


class Slot:
    """A held slot; ``used = False`` when it was given back without a request (no rest)."""

    used = True


class HostGate:
    """At most ``slots`` requests at once to one host; each slot rests ``delay`` seconds after a
    response before it takes the next request."""

    def __init__(self, slots: int, delay: float) -> None:
        self.delay = delay
        self._ready: asyncio.Queue[float] = asyncio.Queue()
        for _ in range(slots):
            self._ready.put_nowait(0.0)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[Slot]:
        """Wait for a rested slot, hold it for one request, then let it rest."""
        loop = asyncio.get_running_loop()
        ready_at = await self._ready.get()
        held = Slot()
        try:
            if ready_at > loop.time():
                await asyncio.sleep(ready_at - loop.time())
            yield held
        finally:
            self._ready.put_nowait(loop.time() + self.delay if held.used else ready_at)


class Fetcher:
    """Fetches for one crawl, within its settings; counts what it fetched."""

    def __init__(self, client: Any, settings: CrawlSettings, scope: Scope, root: Path,
                 journal: Journal, on_fetch: Callable[[str], None] | None = None) -> None:
        self.client, self.settings, self.scope = client, settings, scope
        self.root, self.journal, self.on_fetch = root, journal, on_fetch
        self.deadline = asyncio.get_running_loop().time() + settings.time_limit
        self.fetched = 0  # pages fetched from the network in this run
        self.reused = 0  # pages reused from the crawl being resumed
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, tuple[Robots, EvidenceRecord, str]] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    def stop_reason(self) -> str | None:
        """``max_pages`` or ``time_limit`` once a bound is reached, else None."""
        if self.fetched >= self.settings.max_pages:
            return "max_pages"
        if asyncio.get_running_loop().time() >= self.deadline:
            return "time_limit"
        return None

    async def get(self, url: str) -> Page | None:
        """The page at ``url``; None when the crawl's page budget or time is used up."""
        if not self.scope.allows(url):  # the walk never asks: a guard, not a verdict
            raise AssertionError(f"not on the crawl's hosts: {url}")
        reused = self.journal.reuse(url)
        if reused is not None:
            self.reused += 1
            return Page(url, reused[0], reused[1], reused[2], cached=True)
        robots, robots_record, robots_key = await self._robots_for(url)
        if not robots.allows(url):
            return Page(url, _not_fetched(url, robots_record), robots_key)
        if self.stop_reason() is not None:
            return None
        self.fetched += 1  # taken from the budget now: pages waiting for a slot count too
        fetched = await self._fetch(url, bounded=True)
        if fetched is None:  # the time ran out while it waited for a slot
            self.fetched -= 1
            return None
        return self._keep(url, *fetched)

    def _gate(self, url: str) -> HostGate:
        netloc = urlsplit(url).netloc
        if netloc not in self._gates:
            self._gates[netloc] = HostGate(self.settings.per_host, self.settings.delay)
        return self._gates[netloc]

    async def _robots_for(self, url: str) -> tuple[Robots, EvidenceRecord, str]:
        """The rules of ``url``'s origin (fetched once), the fetch of its robots.txt and the
        evidence key of that fetch."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):
            if origin not in self._robots:
                robots_url = origin + "/robots.txt"
                record, body = await self._fetch(robots_url, robots=True) or _never()
                key = self._keep(robots_url, record, body, count=False).key
                status = record.status if record.outcome != "other_host" else 404
                if record.outcome in ("timeout", "connection", "too_many_redirects"):
                    status = None
                rules = Robots(status, decode_body(body, charset(record.content_type)))
                self._gate(url).delay = max(self.settings.delay, rules.crawl_delay() or 0.0)
                self._robots[origin] = (rules, record, key)
        return self._robots[origin]

    async def _fetch(self, url: str, robots: bool = False,
                     bounded: bool = False) -> tuple[EvidenceRecord, bytes] | None:
        """Fetch ``url``, following redirects on the school's hosts; every request (each hop)
        waits for a rested slot of its host and has its own deadline. ``bounded``: None when
        the crawl's time is up by the time a slot is free."""
        current = url
        for hop in range(self.settings.max_redirects + 1):
            async with self._gate(current).slot() as slot:
                if bounded and hop == 0 and self.stop_reason() == "time_limit":
                    slot.used = False
                    return None
                record, body, location = await self._request(url, current)
            if location is None:
                return record, body
            target = normalise(urljoin(current, location))
            if target is None or not self.scope.allows(target):
                return replace(record, outcome="other_host", location=location), b""
            if not robots and not (await self._robots_for(target))[0].allows(target):
                return _failure(url, "robots", None, location=target), b""
            current = target
        return _failure(url, "too_many_redirects", str(self.settings.max_redirects)), b""

    async def _request(self, url: str,
                       current: str) -> tuple[EvidenceRecord, bytes, str | None]:
        """One GET of ``current`` (for ``url``) within the deadline, retried once when the
        connection fails; the record, the body read, and a redirect's Location."""
        import httpx

        for attempt in range(self.settings.retries + 1):
            try:
                async with asyncio.timeout(self.settings.timeout):
                    async with self.client.stream("GET", current) as response:
                        if response.is_redirect:
                            return (_answer(url, current, response, b"", False), b"",
                                    response.headers.get("location", ""))
                        body, truncated = await self._read(response)
                        return _answer(url, current, response, body, truncated), body, None
            except (TimeoutError, httpx.TimeoutException):
                return _failure(url, "timeout", f"{self.settings.timeout:g} s"), b"", None
            except httpx.ConnectError as exc:
                if attempt >= self.settings.retries:
                    return _failure(url, "connection", str(exc) or "refused"), b"", None
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                return _failure(url, "connection", type(exc).__name__), b"", None
        raise AssertionError("unreachable")  # pragma: no cover - the loop always returns

    async def _read(self, response: Any) -> tuple[bytes, bool]:
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body.extend(chunk)
            if len(body) > self.settings.max_body:  # read no further than the cap
                return bytes(body[: self.settings.max_body]), True
        return bytes(body), False

    def _keep(self, url: str, record: EvidenceRecord, body: bytes, count: bool = True) -> Page:
        key = store.save(self.root, record, body)
        self.journal.add(url, key)
        if count and self.on_fetch is not None:
            self.on_fetch(url)
        return Page(url, record, key, body)


def _answer(url: str, final: str, response: Any, body: bytes, truncated: bool,
            outcome: str | None = None, location: str | None = None) -> EvidenceRecord:
    content_type = response.headers.get("content-type")
    detail = None
    if outcome is None:
        outcome, detail = _outcome(url, final, response.status_code, content_type, body)
    return EvidenceRecord(
        url=url, fetched_at=_now(), outcome=outcome, status=response.status_code,
        final_url=final, content_type=content_type, sha256=hashlib.sha256(body).hexdigest(),
        bytes=len(body), truncated=truncated, location=location, detail=detail,
        user_agent=USER_AGENT)


def _outcome(url: str, final: str, status: int, content_type: str | None,
             body: bytes) -> tuple[str, str | None]:
    """``ok``, or why the public does not get the page (the link prober's tests, narrowed: a
    login wall only when a redirect led to one, since many pages carry a login box)."""
    if status >= 400:
        return "http_error", f"HTTP {status}"
    if final != url and is_login(final, ""):
        return "login", final
    if media_type(content_type) in (*HTML_TYPES, "") and is_soft_404(
            decode_body(body[:20000], charset(content_type))):
        return "soft_404", None
    return "ok", None


def _never() -> tuple[EvidenceRecord, bytes]:
    raise AssertionError("an unbounded fetch always answers")  # pragma: no cover


def _not_fetched(url: str, robots: EvidenceRecord) -> EvidenceRecord:
    """Why ``url`` was not asked for: robots.txt forbids it, or — RFC 9309 — robots.txt could
    not be reached at all (then the host does not answer: the page does not open either)."""
    if robots.outcome in ("timeout", "connection"):
        return _failure(url, robots.outcome, f"robots.txt: {robots.detail or robots.outcome}")
    return EvidenceRecord(url, _now(), "robots", user_agent=USER_AGENT)


def _failure(url: str, outcome: str, detail: str | None,
             location: str | None = None) -> EvidenceRecord:
    return EvidenceRecord(url=url, fetched_at=_now(), outcome=outcome, detail=detail,
                          location=location, user_agent=USER_AGENT)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

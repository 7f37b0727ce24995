"""Concurrent link probing with httpx: limits, timeouts, one retry, HEAD then GET."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from disclosure_audit import __version__
from disclosure_audit.links.detect import HTML_TYPES, classify, media_type
from disclosure_audit.model import LinkResult

PRODUCT = f"disclosure-audit/{__version__}"  # the tool and its version, first in every User-Agent
PROJECT_URL = "https://pypi.org/project/disclosure-audit/"
USER_AGENT = f"{PRODUCT} (link check; +{PROJECT_URL})"
HEAD_REFUSED = {400, 403, 405, 501}  # servers that refuse HEAD answer one of these


@dataclass(frozen=True)
class ProbeSettings:
    """How to probe. 15 s is the government website checks' threshold (国办秘函〔2019〕19号)
    for one request; ``deadline`` bounds the whole probe of a link (HEAD, GET, the retry and
    redirects), so a server that trickles one byte a second cannot hold the run forever."""

    timeout: float = 15.0
    deadline: float = 30.0
    global_limit: int = 32
    per_host_limit: int = 6
    max_redirects: int = 5
    max_body: int = 256 * 1024
    retries: int = 1


def check_urls(targets: dict[str, str | None], settings: ProbeSettings,
               progress: Callable[[], None] | None = None) -> dict[str, LinkResult]:
    """Probe every URL in ``targets`` (URL → declared format); one result per URL."""
    if not targets:
        return {}
    return asyncio.run(_check_all(targets, settings, progress))


async def _check_all(targets: dict[str, str | None], settings: ProbeSettings,
                     progress: Callable[[], None] | None) -> dict[str, LinkResult]:
    import httpx

    limits = httpx.Limits(max_connections=settings.global_limit,
                          max_keepalive_connections=settings.global_limit)
    everyone = asyncio.Semaphore(settings.global_limit)
    hosts: dict[str, asyncio.Semaphore] = {}
    async with httpx.AsyncClient(follow_redirects=True, max_redirects=settings.max_redirects,
                                 timeout=httpx.Timeout(settings.timeout), limits=limits,
                                 headers={"User-Agent": USER_AGENT}, trust_env=False,
                                 verify=True) as client:

        async def one(url: str, declared: str | None) -> tuple[str, LinkResult]:
            parts = _split(url)
            host = parts.netloc.lower() if parts else ""
            gate = hosts.setdefault(host, asyncio.Semaphore(settings.per_host_limit))
            async with everyone, gate:  # the deadline starts when the probe does, not in the queue
                try:
                    result = await asyncio.wait_for(_probe(client, url, declared, settings),
                                                    settings.deadline)
                except TimeoutError:
                    result = LinkResult(url, "too_slow", _now(), detail=f"{settings.deadline:g} s")
            if progress is not None:
                progress()
            return url, result

        pairs = await asyncio.gather(*(one(u, f) for u, f in targets.items()))
    return dict(pairs)


def _split(url: str) -> SplitResult | None:
    """The URL's parts; None when urllib cannot split it ("http://[::1/x" raises)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


async def _probe(client, url: str, declared: str | None,  # noqa: ANN001 - an httpx client
                 settings: ProbeSettings) -> LinkResult:
    import httpx

    parts = _split(url)
    if parts is None:
        return LinkResult(url, "bad_url", _now(), detail="InvalidURL")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return LinkResult(url, "bad_url", _now(), detail=parts.scheme or "?")
    for attempt in range(settings.retries + 1):
        try:
            return await _fetch(client, url, declared, settings)
        except httpx.TooManyRedirects:
            return LinkResult(url, "too_many_redirects", _now(),
                              detail=str(settings.max_redirects))
        except httpx.TimeoutException:
            return LinkResult(url, "timeout", _now(), detail=f"{settings.timeout:g} s")
        except httpx.ConnectError as exc:
            if _is_dns_failure(exc):
                return LinkResult(url, "dns", _now(), detail=parts.hostname)
            if attempt >= settings.retries:
                return LinkResult(url, "connection", _now(), detail=_connect_reason(exc))
        except (httpx.InvalidURL, ValueError):  # ValueError: e.g. an IDNA-invalid host
            return LinkResult(url, "bad_url", _now(), detail="InvalidURL")
        except (httpx.TransportError, httpx.DecodingError) as exc:
            if attempt >= settings.retries:
                return LinkResult(url, "connection", _now(), detail=type(exc).__name__)
    return LinkResult(url, "connection", _now())  # pragma: no cover - loop always returns


async def _fetch(client, url: str, declared: str | None,  # noqa: ANN001 - an httpx client
                 settings: ProbeSettings) -> LinkResult:
    response = await client.head(url)
    needs_body = media_type(response.headers.get("content-type")) in HTML_TYPES
    if response.status_code in HEAD_REFUSED or (response.status_code < 400 and needs_body):
        return await _get(client, url, declared, settings)
    status = response.status_code
    kind, detail = classify(declared, status, str(response.url),
                            response.headers.get("content-type"), "")
    return LinkResult(url, kind, _now(), status, str(response.url),
                      media_type(response.headers.get("content-type")) or None, detail)


async def _get(client, url: str, declared: str | None,  # noqa: ANN001 - an httpx client
               settings: ProbeSettings) -> LinkResult:
    async with client.stream("GET", url) as response:
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body.extend(chunk)
            if len(body) >= settings.max_body:  # enough to judge the page; never the whole file
                break
        content_type = response.headers.get("content-type")
        text = decode_body(bytes(body[: settings.max_body]), response.charset_encoding)
        kind, detail = classify(declared, response.status_code, str(response.url),
                                content_type, text)
        return LinkResult(url, kind, _now(), response.status_code, str(response.url),
                          media_type(content_type) or None, detail)


def decode_body(body: bytes, charset: str | None) -> str:
    """The body as text: the declared charset, else UTF-8, else GB18030 (a superset of the GBK
    and GB2312 many Chinese CMSs still serve), else UTF-8 with replacement characters."""
    for encoding in (charset, "utf-8", "gb18030"):
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the errors beneath it, outermost first (httpx wraps httpcore's error, which
    wraps anyio's, which wraps the socket's); a chain is short, and a cycle is never followed."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    return chain


def _is_dns_failure(exc: BaseException) -> bool:
    """True when the host name could not be resolved: a ``socket.gaierror`` anywhere in the
    exception's chain, or failing that the resolver's words (glibc's "Name or service not
    known", macOS's "nodename nor servname provided")."""
    if any(isinstance(seen, socket.gaierror) for seen in _chain(exc)):
        return True
    text = str(exc).lower()
    return any(words in text for words in ("name or service not known", "getaddrinfo",
                                            "nodename nor servname"))


def _connect_reason(exc: BaseException) -> str:
    """Why a connection failed, as specifically as the chain says: the socket's own error
    (``[Errno 111] Connection refused``, which the table shows in the reader's language)
    rather than anyio's "All connection attempts failed" that wraps it."""
    for seen in reversed(_chain(exc)):
        if isinstance(seen, OSError) and seen.errno:
            return f"[Errno {seen.errno}] {os.strerror(seen.errno)}"
    return str(exc) or type(exc).__name__

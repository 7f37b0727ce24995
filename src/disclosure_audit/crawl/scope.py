"""Which URLs a crawl may fetch: http(s) on the school's own hosts and the hosts allowed."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit


def normalise(url: str) -> str | None:
    """``url`` without its fragment, scheme and host in lower case; None unless http(s)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if any(c.isspace() for c in parts.netloc):  # "exa mple.com": never a host
        return None
    try:
        netloc = parts.netloc.lower() if parts.port is None or parts.port >= 0 else None
    except ValueError:
        return None
    if netloc is None or "@" in netloc:  # user:password@host is never a school's public page
        return None
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def host(url: str) -> str:
    """The host name of ``url`` (no port), lower case."""
    return (urlsplit(url).hostname or "").lower()


def site_domain(hostname: str) -> str:
    """The school's domain from its homepage's host: ``www.hnu.edu.cn`` → ``hnu.edu.cn``.

    Its disclosure column is often on a sibling host (``xxgk.hnu.edu.cn``), so every host under
    this domain counts as the school's own. An IP address, or a host whose remainder would be a
    public suffix (``edu.cn``), stands for itself only.
    """
    if _is_ip(hostname):
        return hostname
    domain = hostname.removeprefix("www.")
    return hostname if domain in PUBLIC_SUFFIXES or "." not in domain else domain


PUBLIC_SUFFIXES = frozenset({"edu.cn", "com.cn", "net.cn", "org.cn", "gov.cn", "ac.cn", "cn",
                             "com", "org", "net", "edu"})


class Scope:
    """The hosts a crawl started at ``start`` may fetch from."""

    def __init__(self, start: str, allow_hosts: tuple[str, ...] = ()) -> None:
        self.home = host(start)
        self.domain = site_domain(self.home)
        self.exact = {h.lower() for h in allow_hosts if not h.startswith("*.")}
        self.suffixes = tuple(h[1:].lower() for h in allow_hosts if h.startswith("*."))

    def allows(self, url: str) -> bool:
        """True for http(s) URLs on the school's hosts or an allowed host."""
        if normalise(url) is None:
            return False
        name = host(url)
        if name in (self.home, self.domain) or name in self.exact:
            return True
        if any(name.endswith(suffix) for suffix in self.suffixes):
            return True
        return self.domain != self.home and name.endswith("." + self.domain)


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True

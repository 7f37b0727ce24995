"""Comparing URLs and titles as an evaluator would: the same page is the same page, however
the link was written.

A declared URL is copied from a browser, a CMS export or a notice; the crawl writes the link as
the column's HTML gives it. Two links are the same page when they differ only in what a browser
ignores or treats as equal:

- the scheme: ``http`` and ``https`` of one host serve the same page (schools move to https and
  declarations keep the old link), and a default port (80 for http, 443 for https);
- the case of the scheme and host (RFC 3986 §6.2.2.1); the fragment (``#top``), which is never
  sent to the server;
- percent-encoding: ``/信息公开/`` and ``/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/`` (§6.2.2.2);
- a trailing slash (``/xxgk/`` and ``/xxgk``: CMSs answer both with the column) and the order
  of query parameters (``?id=3&page=1`` and ``?page=1&id=3``).

Path case and default documents (``/xxgk/`` versus ``/xxgk/index.html``) are kept: servers
differ on both, and a false match would hide a missing page.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from disclosure_audit.sources.patterns import normalize

_SAFE = "/!$&'()*+,;=:@-._~"
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TITLE_MARKS = re.compile(r"[《》〈〉<>“”‘’\"'「」『』【】\[\]()（）:：,，.。、;；!！?？\-—–_·]")


def url_key(url: str) -> str:
    """The URL as compared: host (lower case, default port dropped) and path?query, without
    scheme or fragment; e.g. ``www.x.edu.cn/xxgk/a b.htm?id=1&p=2``. A URL that cannot be
    parsed (a hand-edited crawl file) is compared as written."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: compare the address as written
        port = None
        host = parts.netloc.lower()
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    return host + path_key(url)


def path_key(url: str) -> str:
    """The URL's path and query, normalised (see the module): what stays when a site moves host
    or port."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    path = quote(unquote(parts.path), safe=_SAFE).rstrip("/") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{path}?{query}" if query else path


def column_id(url: str) -> str:
    """A column's stable id in ledger keys: 8 hex digits of the SHA-256 of its path and query.

    It stays the same between crawls while the column's URL keeps its path — also when the site
    changes host, port or scheme — so its ledger entries are found again."""
    return hashlib.sha256(path_key(url).encode("utf-8")).hexdigest()[:8]


def title_key(title: str) -> str:
    """A title as compared: NFKC, lower case, no spaces and no punctuation or brackets, so
    《2022年招生章程》 and 2022年 招生章程 are one title."""
    return _TITLE_MARKS.sub("", normalize(title))

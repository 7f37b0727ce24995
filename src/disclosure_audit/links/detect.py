"""Telling a real page from a login wall, a "page not found" that answers 200, or the wrong file.

Pure functions of what the server sent: easy to test, no network.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Unified identity authentication (统一身份认证), CAS and SSO gateways, by their usual URL parts.
LOGIN_URL = re.compile(
    r"(^|[/.\-_?=&])(login|logon|signin|sso|cas|authserver|idp|auth)([/.\-_?=&]|$)",
    re.IGNORECASE)
LOGIN_TEXT = re.compile(r"统一身份认证|统一认证|请登录|用户登录|<input[^>]+type=[\"']?password",
                        re.IGNORECASE)
# Soft 404: pages that answer 200 but say the page does not exist.
NOT_FOUND_TEXT = re.compile(
    r"页面不存在|您访问的页面|页面未找到|找不到(该|此|您要访问的)?页面|页面已删除|信息不存在|文章不存在|"
    r"404\s*(not\s*found|error|错误)|page\s+not\s+found|<title>[^<]*404[^<]*</title>",
    re.IGNORECASE)
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_login(final_url: str, body: str) -> bool:
    """True when the final page is a login gateway (by URL or by its content)."""
    parts = urlsplit(final_url)
    where = f"{parts.netloc.split(':')[0]}{parts.path}"
    return bool(LOGIN_URL.search(where)) or bool(LOGIN_TEXT.search(body))


def is_soft_404(body: str) -> bool:
    """True when a page says, in Chinese or English, that it does not exist."""
    return bool(NOT_FOUND_TEXT.search(body[:20000]))


def media_type(content_type: str | None) -> str:
    """``text/html; charset=utf-8`` → ``text/html``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def wrong_type(declared: str | None, content_type: str | None) -> bool:
    """True when a declared PDF comes back as an HTML page (a viewer, an error or a login page)."""
    return declared in ("pdf", "scanned_pdf") and media_type(content_type) in HTML_TYPES


def classify(declared: str | None, status: int, final_url: str, content_type: str | None,
             body: str) -> tuple[str, str | None]:
    """The kind of outcome and a short detail, from the final response."""
    if status >= 400:
        return "http_error", f"HTTP {status}"
    if is_login(final_url, body):
        return "login", final_url
    if media_type(content_type) in HTML_TYPES and is_soft_404(body):
        return "soft_404", None
    if wrong_type(declared, content_type):
        return "wrong_type", media_type(content_type)
    return "ok", None

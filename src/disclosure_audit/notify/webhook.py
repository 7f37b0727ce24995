"""Posting a message to a group robot's webhook and reading its answer.

Both robots answer ``{"errcode": 0, "errmsg": "ok"}`` when they took the message, and an error
code otherwise, often with HTTP 200: a send counts as delivered only on HTTP 200 *and*
``errcode`` 0. Redirects are not followed (a robot never redirects, and following one would
carry the key to another host); the answer is read up to 64 KiB and within the deadline.
"""

from __future__ import annotations

import ipaddress
import json
from typing import Any

import httpx

from disclosure_audit.notify.retry import Deadline, SendError

MAX_ANSWER = 64 * 1024
BUSY_CODES = frozenset({-1})
"""Error codes worth another attempt: 企业微信 ``-1`` is "系统繁忙" (try again shortly). Rate
limits (企业微信 45009, 钉钉 130101) last a minute or more, longer than the retries wait."""


def is_loopback(url: str) -> bool:
    """True when ``url`` points at this machine (where plain ``http`` is allowed, for testing)."""
    host = httpx.URL(url).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def post_json(url: str | httpx.URL, payload: dict[str, Any], deadline: Deadline) -> None:
    """POST ``payload`` as UTF-8 JSON; raise :class:`SendError` unless the robot accepted it."""
    seconds = deadline.remaining()
    content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8"}
    try:
        with httpx.Client(timeout=seconds, follow_redirects=False) as client, \
                client.stream("POST", url, content=content, headers=headers) as response:
            status, answer = response.status_code, _read(response, deadline)
    except httpx.TimeoutException:
        raise SendError("send.timeout", retry=True, seconds=round(seconds, 1)) from None
    except httpx.HTTPError as exc:
        raise SendError("send.connect", retry=True, detail=_detail(exc)) from None
    if status != 200:
        raise SendError("send.http-status", retry=status == 429 or status >= 500, status=status)
    _check_answer(answer)


def _read(response: httpx.Response, deadline: Deadline) -> bytes:
    body = b""
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > MAX_ANSWER:
            break
        if deadline.remaining() <= 0:
            raise httpx.ReadTimeout("deadline passed while reading the answer")
    return body[:MAX_ANSWER]


def _check_answer(answer: bytes) -> None:
    try:
        data = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("errcode"), int):
        raise SendError("send.bad-answer")
    code = data["errcode"]
    if code != 0:
        message = " ".join(str(data.get("errmsg", "")).split())[:200]
        raise SendError("send.errcode", retry=code in BUSY_CODES, code=code, detail=message)


def _detail(exc: Exception) -> str:
    """The error without the URL: it holds the robot's key or token."""
    return type(exc).__name__ + (f": {exc}" if str(exc) and "://" not in str(exc) else "")

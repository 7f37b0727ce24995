"""钉钉 (DingTalk) custom robots: ``POST <webhook>&timestamp=…&sign=…`` with a ``text`` message.

A robot secured by signing (加签) checks ``sign`` = Base64(HMAC-SHA256(key=secret,
message=f"{timestamp}\\n{secret}")), URL-encoded, where ``timestamp`` is the current time in
milliseconds and must be within an hour of DingTalk's clock (otherwise: errcode 310000, "sign
not match"). A robot secured by keywords needs one of them in the text: the title line
(“信息公开整改提醒”) can be that keyword.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

import httpx

from disclosure_audit.notify.plan import Message
from disclosure_audit.notify.retry import Deadline
from disclosure_audit.notify.secrets import Credentials
from disclosure_audit.notify.webhook import post_json


def sign(secret: str, timestamp_ms: int) -> str:
    """The signature DingTalk expects, before URL encoding (httpx encodes the query)."""
    to_sign = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode("utf-8"), to_sign, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def send(message: Message, credentials: Credentials, deadline: Deadline) -> None:
    """Post the reminder as a ``text`` message, signed when the robot has a secret."""
    assert message.webhook is not None
    url = httpx.URL(credentials.values[message.webhook.url_env])
    if message.webhook.secret_env:
        now = int(time.time() * 1000)
        secret = credentials.values[message.webhook.secret_env]
        url = url.copy_merge_params({"timestamp": str(now), "sign": sign(secret, now)})
    payload = {"msgtype": "text", "text": {"content": message.text.body}}
    post_json(url, payload, deadline)

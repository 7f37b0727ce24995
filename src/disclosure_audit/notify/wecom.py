"""企业微信 (WeCom) group robots: ``POST <webhook>`` with a ``text`` message.

The webhook address (``https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…``) is the only
credential: whoever has it can post to the group, so it comes from an environment variable.
"""

from __future__ import annotations

from disclosure_audit.notify.plan import Message
from disclosure_audit.notify.retry import Deadline
from disclosure_audit.notify.secrets import Credentials
from disclosure_audit.notify.webhook import post_json


def send(message: Message, credentials: Credentials, deadline: Deadline) -> None:
    """Post the reminder as a plain ``text`` message (at most 2048 bytes: see ``compose``)."""
    assert message.webhook is not None
    payload = {"msgtype": "text", "text": {"content": message.text.body}}
    post_json(credentials.values[message.webhook.url_env], payload, deadline)

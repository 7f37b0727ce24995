"""E-mail through the school's SMTP server, always upgraded with STARTTLS (RFC 3207).

The connection must be encrypted before anything is said about the reminder and before any
password: a server that does not offer STARTTLS, refuses it, or whose certificate does not verify
(the system's trusted certificates; ``SSL_CERT_FILE`` adds a campus CA) gets nothing.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from disclosure_audit.model import SmtpServer
from disclosure_audit.notify.plan import Message
from disclosure_audit.notify.retry import Deadline, SendError
from disclosure_audit.notify.secrets import Credentials


def build(message: Message, smtp: SmtpServer) -> EmailMessage:
    """The mail: UTF-8 subject and plain-text body, to every address of the department."""
    mail = EmailMessage()
    mail["Subject"] = message.text.subject
    mail["From"] = smtp.sender
    mail["To"] = ", ".join(message.addresses)
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=smtp.sender.rpartition("@")[2])
    mail.set_content(message.text.body, charset="utf-8")
    return mail


def send(message: Message, credentials: Credentials, deadline: Deadline) -> None:
    """Deliver ``message``; raise :class:`SendError` saying why when it cannot be delivered."""
    smtp, password = credentials.smtp, credentials.password()
    assert smtp is not None  # validate refuses e-mail recipients when there is no smtp server
    mail, budget = build(message, smtp), round(deadline.remaining(), 1)
    try:
        # local_hostname given: smtplib would otherwise look this machine's name up in DNS.
        with smtplib.SMTP(smtp.host, smtp.port, local_hostname=_local_name(),
                          timeout=deadline.remaining()) as conn:
            _secure(conn, deadline)
            if password is not None:
                _step(conn, deadline)
                conn.login(smtp.username or smtp.sender, password)
            _step(conn, deadline)
            refused = conn.send_message(mail, smtp.sender, list(message.addresses))
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError("send.smtp-login", code=exc.smtp_code, detail=_text(exc.smtp_error)) \
            from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendError("send.smtp-refused", addresses=", ".join(exc.recipients)) from None
    except smtplib.SMTPResponseException as exc:  # 4xx: try again later; 5xx: permanent
        raise SendError("send.smtp-answer", retry=400 <= exc.smtp_code < 500, code=exc.smtp_code,
                        detail=_text(exc.smtp_error)) from None
    except ssl.SSLError as exc:  # includes a certificate that does not verify: not retried
        detail = getattr(exc, "verify_message", None) or exc.reason or str(exc)
        raise SendError("send.tls", detail=detail) from None
    except TimeoutError:
        raise SendError("send.timeout", retry=True, seconds=budget) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError("send.connect", retry=True, detail=f"{type(exc).__name__}: {exc}") \
            from None
    if refused:
        raise SendError("send.smtp-refused", addresses=", ".join(sorted(refused)))


def _secure(conn: smtplib.SMTP, deadline: Deadline) -> None:
    """Upgrade to TLS or give up; afterwards the connection is checked really to be TLS."""
    _step(conn, deadline)
    conn.ehlo()
    if not conn.has_extn("starttls"):
        raise SendError("send.no-starttls")
    _step(conn, deadline)
    code, _ = conn.starttls(context=ssl.create_default_context())
    if code != 220 or not isinstance(conn.sock, ssl.SSLSocket):
        raise SendError("send.no-starttls")
    conn.ehlo()


def _step(conn: smtplib.SMTP, deadline: Deadline) -> None:
    """Give the next exchange only the time left, so the deadline holds for the whole send."""
    left = deadline.remaining()
    if left <= 0:
        raise SendError("send.deadline")
    if conn.sock is not None:
        conn.sock.settimeout(left)


def _local_name() -> str:
    return socket.gethostname() or "localhost"


def _text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())[:200]

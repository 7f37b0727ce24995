"""Real local servers for the reminder tests, on 127.0.0.1 only: 企业微信 and 钉钉 robots over
HTTP, and an SMTP server with STARTTLS (aiosmtpd) using a certificate made for the test.

The robots check what the real ones check — the JSON body shape, the key or access token, the
DingTalk signature — and answer in their format (``errcode`` ≠ 0 with HTTP 200 on errors).
Each robot can be given a script of failures to play before it behaves.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sitesrv import LocalHTTPServer

SMTP_LOGIN, SMTP_PASSWORD = "xxgk@test.edu.cn", "s3cret"
WECOM_LIMIT = 2048  # bytes of UTF-8 in a text message (企业微信 group robot documentation)


@dataclass
class Robot:
    """One robot: its kind, its key (WeCom) or token (DingTalk), its secret, and a script.

    ``script`` items are played one per request before normal behaviour: ``("status", 500)``,
    ``("errcode", 93000)``, ``("sleep", 1.0)`` (answer late), ``("html", 200)`` (not JSON).
    """

    kind: str
    token: str
    secret: str | None = None
    script: list[tuple[str, Any]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)
    requests: int = 0


class _Quiet(BaseHTTPRequestHandler):
    server: RobotServer

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(405, {"errcode": 405, "errmsg": "method not allowed"})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        robot = self.server.find(url.path, query)
        if robot is None:
            # what 企业微信 answers for a wrong key: HTTP 200 with an error code
            self._answer(200, {"errcode": 93000, "errmsg": "invalid webhook url"})
            return
        robot.requests += 1
        if robot.script:
            action, value = robot.script.pop(0)
            if action == "sleep":
                time.sleep(value)
            elif action == "status":
                self._answer(value, {"errcode": -1, "errmsg": "internal"})
                return
            elif action == "errcode":
                self._answer(200, {"errcode": value, "errmsg": f"scripted error {value}"})
                return
            elif action == "html":
                self._raw(value, b"<html>gateway</html>", "text/html")
                return
        code, message = self.server.check(robot, self.headers, query, raw)
        if code == 0:
            robot.received.append(json.loads(raw))
        self._answer(200, {"errcode": code, "errmsg": message})

    def _answer(self, status: int, data: dict[str, Any]) -> None:
        self._raw(status, json.dumps(data).encode(), "application/json")

    def _raw(self, status: int, body: bytes, kind: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass


class RobotServer(LocalHTTPServer):
    """企业微信 at ``/cgi-bin/webhook/send?key=…``, 钉钉 at ``/robot/send?access_token=…``."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Quiet)
        self.robots: list[Robot] = []

    def add(self, robot: Robot) -> str:
        """Register a robot; returns its webhook address (what the environment variable holds)."""
        self.robots.append(robot)
        base = f"http://127.0.0.1:{self.server_port}"
        if robot.kind == "wecom":
            return f"{base}/cgi-bin/webhook/send?key={robot.token}"
        return f"{base}/robot/send?access_token={robot.token}"

    def find(self, path: str, query: dict[str, str]) -> Robot | None:
        for robot in self.robots:
            if robot.kind == "wecom" and path == "/cgi-bin/webhook/send" \
                    and query.get("key") == robot.token:
                return robot
            if robot.kind == "dingtalk" and path == "/robot/send" \
                    and query.get("access_token") == robot.token:
                return robot
        return None

    def check(self, robot: Robot, headers: Any, query: dict[str, str],
              raw: bytes) -> tuple[int, str]:
        """The robot API's own checks; (0, "ok") when the message would be posted."""
        if "application/json" not in headers.get("Content-Type", ""):
            return 40008, "invalid message type"
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return 40035, "invalid json"
        text = body.get("text", {}).get("content") if isinstance(body, dict) else None
        if body.get("msgtype") != "text" or not isinstance(text, str) or not text:
            return 40008, "invalid message type"
        if robot.kind == "wecom" and len(text.encode("utf-8")) > WECOM_LIMIT:
            return 40058, "content exceed max length"
        if robot.kind == "dingtalk" and robot.secret is not None:
            return dingtalk_signature_check(robot.secret, query)
        return 0, "ok"

    def __enter__(self) -> RobotServer:
        threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.shutdown()
        self.server_close()


def dingtalk_signature_check(secret: str, query: dict[str, str]) -> tuple[int, str]:
    """钉钉's rule: the timestamp (ms) within an hour of now, and
    sign = Base64(HMAC-SHA256(key=secret, message=timestamp + "\\n" + secret))."""
    timestamp, sign = query.get("timestamp", ""), query.get("sign", "")
    if not timestamp.isdigit() or abs(time.time() * 1000 - int(timestamp)) > 3_600_000:
        return 310000, "invalid timestamp"
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(digest).decode(), sign):
        return 310000, "sign not match"
    return 0, "ok"


# ── certificates ──────────────────────────────────────────────────────────────────────────

def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA and a server certificate for 127.0.0.1 signed by it: (ca, cert, key) files."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "disclosure-audit test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1")),
                                                        x509.DNSName("localhost")]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


# ── SMTP ──────────────────────────────────────────────────────────────────────────────────

@dataclass
class Mailbox:
    """What the SMTP server received, and how: each message with its envelope and TLS state."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    logins: list[tuple[str, str, bool, str]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)  # scripted answers to DATA, played first

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.answers:
            return self.answers.pop(0)
        mail: EmailMessage = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                              "tls": session.ssl is not None, "mail": mail})
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                     data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        login, password = data.login.decode(), data.password.decode()
        self.logins.append((login, password, session.ssl is not None, mechanism))
        ok = (login, password) == (SMTP_LOGIN, SMTP_PASSWORD)
        return AuthResult(success=ok, handled=False)  # not handled: the server answers 535


class _LocalController(Controller):
    """aiosmtpd's controller on a free port of 127.0.0.1 (port 0 is read back once bound)."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def smtp_server(mailbox: Mailbox, cert: Path | None, key: Path | None) -> Controller:
    """An SMTP server offering STARTTLS (when given a certificate) and AUTH only after it."""
    tls = None
    if cert is not None and key is not None:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(cert, key)
    controller = _LocalController(mailbox, hostname="127.0.0.1", port=0,
                                  server_hostname="localhost", tls_context=tls,
                                  require_starttls=tls is not None,
                                  authenticator=mailbox.authenticate, auth_require_tls=True)
    controller.start()
    return controller

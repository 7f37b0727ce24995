"""A failed link's reason (the TLS library's or httpx's words) in the reader's language."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator

import pytest

from disclosure_audit.i18n.system import system_text
from test_links import CHECKLIST


@pytest.fixture
def closer() -> Iterator[int]:
    """A port on 127.0.0.1 that accepts a connection and closes it without a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()


def _repo(make_repo, urls: dict[str, str]):
    lines = ["department: 党政办公室", "publications:"]
    for item, url in urls.items():
        lines += [f'  - item: "{item}"', f"    title: 事项{item}", "    channel: disclosure_column",
                  f"    url: {url}", "    made: 2022-03-01", "    published: 2022-03-02",
                  "    format: html", "    clicks: 2"]
    return make_repo(checklist=CHECKLIST, files={"declarations/d.yaml": "\n".join(lines) + "\n"})


def test_protocol_and_tls_failures_are_told_in_chinese(run_cli, make_repo, closer) -> None:
    # item 2: the server hangs up (httpx's RemoteProtocolError); item 3: https to a port that
    # speaks no TLS (the ssl module's "[SSL: ...] ... (_ssl.c:NNNN)")
    repo = _repo(make_repo, {"2": f"http://127.0.0.1:{closer}/a",
                             "3": f"https://127.0.0.1:{closer}/b"})
    data = run_cli("links", repo, "--links-timeout", "2", "--format", "json")
    assert data.exit_code == 1
    kinds = {r["item"]: r["kind"] for r in json.loads(data.stdout)}
    assert kinds == {"2": "connection", "3": "connection"}
    zh = run_cli("links", repo, "--links-timeout", "2", "--refresh", env={"COLUMNS": "80"})
    assert zh.exit_code == 1
    table = "".join(line for line in zh.stdout.splitlines() if line.startswith("│"))
    assert not re.search(r"SSL|ProtocolError|_ssl|Error", table), zh.stdout
    assert "无法连接" in table
    en = run_cli("links", repo, "--links-timeout", "2", "--lang", "en", env={"COLUMNS": "200"})
    assert "RemoteProtocolError" in en.stdout or "Server disconnected" in en.stdout


def test_a_url_httpx_refuses_is_bad_url_in_words() -> None:
    from disclosure_audit.links.probe import ProbeSettings, check_urls

    [result] = check_urls({"http://[::1/x": "html"}, ProbeSettings(timeout=1)).values()
    assert (result.kind, system_text(result.detail, "zh")) == ("bad_url", "地址格式无效")


@pytest.mark.parametrize(("detail", "zh"), [
    ("RemoteProtocolError", "HTTP 协议"),
    ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate "
     "(_ssl.c:1006)", "证书"),
    ("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", "HTTPS"),
    ("ReadError", "连接中断"),
    ("ConnectError", "连接失败"),
    ("[Errno 111] Connection refused", "连接被拒绝"),
    ("InvalidURL", "地址格式无效"),
])
def test_library_reasons_of_a_probe(detail: str, zh: str) -> None:
    assert zh in system_text(detail, "zh")
    assert system_text(detail, "en") == detail  # English keeps the library's own words

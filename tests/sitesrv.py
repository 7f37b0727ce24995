"""A real HTTP server on 127.0.0.1 serving a test website from tests/data/sites/<name>.

No DNS: ``server_bind`` is overridden (``HTTPServer.server_bind`` calls ``socket.getfqdn``, a
reverse lookup). Static files are served as they are (``?query`` URLs from files named
``path@query``); a few paths behave badly on purpose (``BEHAVIOUR``). Every request is recorded
with its User-Agent and time, so tests can check what the crawler asked for.
"""

from __future__ import annotations

import socketserver
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SITES = Path(__file__).resolve().parent / "data" / "sites"
OTHER_HOST = "http://cms.elsewhere.example"  # never resolved: redirects there are not followed
BIG_PAGE = 2 * 1024 * 1024 + 512 * 1024  # more than the crawl's 2 MiB cap
SLOW_SECONDS = 1.0
HTML_UTF8 = "text/html; charset=utf-8"
TYPES = {".html": "text/html", ".htm": "text/html", ".php": "text/html", ".txt": "text/plain"}
BEHAVIOUR = {
    "/xxgk/": ("redirect", "/xxgk/index.html"),  # on the same host: followed
    "/xxgk/zxgk/list.htm": ("status", 500),  # a column that does not open
    "/xxgk/zsks/index_2.html": ("status", 500),  # a later list page that does not open
    "/xxgk/xyjs/list.htm": ("redirect", OTHER_HOST + "/xyjs/list.htm"),  # to another host
    "/xxgk/big/list.htm": ("big", None),
    "/xxgk/slow/list.htm": ("slow", None),
}


@dataclass(frozen=True)
class Hit:
    """One request the server answered."""

    path: str
    user_agent: str
    at: float


class LocalHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that makes no DNS lookup when it starts (for tests and the
    benchmarks: they serve on 127.0.0.1 only)."""

    daemon_threads = True

    def server_bind(self) -> None:  # no socket.getfqdn(): no DNS lookup
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


class _Server(LocalHTTPServer):

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the crawler hangs up on the slow page: not an error of the test


class SiteServer:
    """Serve ``tests/data/sites/<name>`` (or any folder) on 127.0.0.1, a free port, in a
    thread."""

    def __init__(self, name: str | Path = "univ", slow: float = SLOW_SECONDS) -> None:
        self.root = SITES / name if isinstance(name, str) else name
        self.slow = slow
        self.hits: list[Hit] = []
        self.in_flight = 0
        self.most_in_flight = 0  # the most requests the server was answering at once
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def paths(self) -> list[str]:
        """The paths asked for, in order."""
        with self._lock:
            return [h.path for h in self.hits]

    def _record(self, path: str, agent: str) -> None:
        with self._lock:
            self.hits.append(Hit(path, agent, time.monotonic()))
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def _done(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stall

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site._record(self.path, self.headers.get("User-Agent", ""))
                try:
                    self._answer()
                finally:
                    site._done()

            def _answer(self) -> None:
                parts = urlsplit(self.path)
                kind, value = BEHAVIOUR.get(parts.path, ("file", None))
                if kind == "redirect":
                    self._send(302, b"", "text/html", {"Location": str(value)})
                elif kind == "status":
                    self._send(int(value), "<h1>服务器错误</h1>".encode(), HTML_UTF8)
                elif kind == "big":
                    self._send(200, _big_page(), HTML_UTF8)
                elif kind == "slow":
                    time.sleep(site.slow)
                    self._send(200, b"<html><body>late</body></html>", "text/html")
                else:
                    self._file(parts.path, parts.query)

            def _file(self, path: str, query: str) -> None:
                target = (site.root / unquote(path).lstrip("/")).resolve()
                if target.is_dir():
                    target = target / "index.html"
                if query:
                    target = target.with_name(f"{target.name}@{query}")
                if site.root.resolve() not in target.parents or not target.is_file():
                    self._send(404, "<h1>404 页面不存在</h1>".encode(), HTML_UTF8)
                    return
                body = target.read_bytes()
                kind = TYPES.get(target.suffix.split("@")[0], "application/octet-stream")
                try:
                    body.decode("utf-8")
                    kind += "; charset=utf-8" if kind.startswith("text/") else ""
                except UnicodeDecodeError:
                    pass  # a GBK page: the charset is only in its <meta>
                self._send(200, body, kind)

            def _send(self, status: int, body: bytes, kind: str,
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                with suppress(OSError):  # the client hung up (a capped or timed-out read)
                    self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        return Handler


def _big_page() -> bytes:
    head = ("<html><head><meta charset='utf-8'><title>图片新闻</title></head><body>"
            "<ul class='news_list'>"
            "<li><a href='/2022/0901/c1011a6001/page.htm'>开学典礼图片</a>"
            "<span>2022-09-01</span></li>"
            "<li><a href='/2022/0825/c1011a6002/page.htm'>校园秋色</a>"
            "<span>2022-08-25</span></li>"
            "</ul><div class='gallery'>")
    filler = "<p>图片说明文字</p>" * (BIG_PAGE // 20)
    return (head + filler + "</div></body></html>").encode("utf-8")[:BIG_PAGE]

"""Link probing against a real local HTTP server, and its effect on scores and the ledger."""

from __future__ import annotations

import json
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from disclosure_audit.links import detect
from disclosure_audit.links.probe import ProbeSettings, check_urls

CHECKLIST = """\
extends: moe-2014
institution: {name: 测试学院, kind: undergraduate}
review_period: {start: 2021-09-01, end: 2022-08-31}
departments: [党政办公室]
items:
""" + "".join(f'  "{n}": {{owner: 党政办公室}}\n' for n in range(1, 51))

CASES = {  # item → (path, declared format)
    "2": ("/ok.html", "html"),
    "3": ("/gone.html", "html"),
    "4": ("/soft404.html", "html"),
    "5": ("/private.html", "html"),
    "15": ("/slow.html", "html"),
    "16": ("/report.pdf", "pdf"),
    "17": ("/fake.pdf", "pdf"),
    "18": ("/nohead.html", "html"),
}
GOOD_PAGE = "<html><head><title>学校章程</title></head><body>第一章 总则 …</body></html>"


def serve(httpserver: HTTPServer) -> None:
    html = "text/html; charset=utf-8"
    httpserver.expect_request("/ok.html").respond_with_data(GOOD_PAGE, content_type=html)
    httpserver.expect_request("/gone.html").respond_with_data("no", status=404,
                                                              content_type=html)
    httpserver.expect_request("/soft404.html").respond_with_data(
        "<html><title>提示</title><body>对不起，您访问的页面不存在或已被删除</body></html>",
        content_type=html)
    httpserver.expect_request("/private.html").respond_with_data(
        "", status=302, headers={"Location": "/authserver/login?service=/private.html"})
    httpserver.expect_request("/authserver/login").respond_with_data(
        "<html><body>统一身份认证<form><input type='password' name='pw'></form></body></html>",
        content_type=html)

    def slow(_request: Request) -> Response:
        time.sleep(1.5)
        return Response(GOOD_PAGE, content_type=html)

    httpserver.expect_request("/slow.html").respond_with_handler(slow)
    httpserver.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", content_type="application/pdf")
    httpserver.expect_request("/fake.pdf").respond_with_data(GOOD_PAGE, content_type=html)

    def no_head(request: Request) -> Response:
        if request.method == "HEAD":
            return Response(status=405)
        return Response(GOOD_PAGE, content_type=html)

    httpserver.expect_request("/nohead.html").respond_with_handler(no_head)


def declaration(httpserver: HTTPServer) -> str:
    lines = ["department: 党政办公室", "publications:"]
    for item, (path, fmt) in CASES.items():
        lines += [f'  - item: "{item}"', f"    title: 事项{item}的发布",
                  "    channel: disclosure_column", f"    url: {httpserver.url_for(path)}",
                  "    made: 2022-03-01", "    published: 2022-03-02", f"    format: {fmt}",
                  "    clicks: 2"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def httpserver():
    """A threaded server: the slow page must not hold up the others."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def repo(make_repo, httpserver: HTTPServer):
    serve(httpserver)
    return make_repo(checklist=CHECKLIST, files={"declarations/d.yaml": declaration(httpserver)})


def audit(run_cli, repo, *extra: str) -> dict:
    result = run_cli("audit", repo, "--as-of", "2022-09-15", "--format", "json",
                     "--links-timeout", "0.5", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_each_outcome_and_its_effect_on_scores_and_ledger(run_cli, repo) -> None:
    data = audit(run_cli, repo, "--check-links")
    items = {i["id"]: i for i in data["items"]}
    assert items["2"]["dimensions"]["availability"]["passed"]
    assert items["16"]["dimensions"]["availability"]["passed"]  # a real PDF declared as PDF
    assert items["18"]["dimensions"]["availability"]["passed"]  # HEAD refused, GET works
    expected = {"3": "HTTP 错误 HTTP 404", "4": "软 404", "5": "需要登录", "15": "超时",
                "17": "声明为 PDF，实际返回网页"}
    ledger = {e["key"]: e for e in data["ledger"]}
    for item, words in expected.items():
        availability = items[item]["dimensions"]["availability"]
        assert not availability["passed"] and availability["score"] == 0.0
        [finding] = availability["findings"]
        assert finding["code"] == "link-failed"
        assert words in finding["message"], finding["message"]
        assert "检测于 20" in finding["message"]  # the time of the check
        assert words in ledger[f"{item}/availability"]["problem"]
        assert ledger[f"{item}/convenience"]["findings"][0]["code"] == "link-failed"
    source = items["5"]["dimensions"]["availability"]["findings"][0]["source"]
    assert source.endswith("d.yaml:27:5")  # the 4th publication's line


def test_english_messages(run_cli, repo) -> None:
    data = audit(run_cli, repo, "--check-links", "--lang", "en")
    message = {e["key"]: e for e in data["ledger"]}["5/availability"]["problem"]
    assert "behind a login page" in message


def test_no_network_without_check_links(run_cli, repo, httpserver: HTTPServer) -> None:
    data = audit(run_cli, repo)
    assert httpserver.log == []
    assert {i["id"]: i for i in data["items"]}["3"]["status"] == "compliant"


def test_cache_refresh_and_max_age(run_cli, repo, httpserver: HTTPServer) -> None:
    audit(run_cli, repo, "--check-links")
    first = len(httpserver.log)
    assert first >= len(CASES)
    assert (repo / ".disclosure-audit/cache/links.json").is_file()
    audit(run_cli, repo, "--check-links")
    assert len(httpserver.log) == first  # served from the cache
    audit(run_cli, repo, "--check-links", "--refresh")
    assert len(httpserver.log) > first
    again = len(httpserver.log)
    audit(run_cli, repo, "--check-links", "--links-max-age", "0s")
    assert len(httpserver.log) > again
    bad = run_cli("audit", repo, "--check-links", "--links-max-age", "soon")
    assert bad.exit_code == 2


def test_links_command(run_cli, repo) -> None:
    result = run_cli("links", repo, "--links-timeout", "0.5", "--format", "json")
    assert result.exit_code == 1  # some links fail
    rows = {r["item"]: r for r in json.loads(result.stdout)}
    assert {item: r["kind"] for item, r in rows.items()} == {
        "2": "ok", "3": "http_error", "4": "soft_404", "5": "login", "15": "timeout",
        "16": "ok", "17": "wrong_type", "18": "ok"}
    assert rows["3"]["status"] == 404
    table = run_cli("links", repo, "--lang", "en")
    assert "5 failing" in table.stdout and "8 links checked" in table.stdout


def test_probe_edge_cases(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"})
    big = "a" * 400_000 + "页面不存在"
    httpserver.expect_request("/big.html").respond_with_data(big, content_type="text/html")
    targets = {httpserver.url_for("/loop"): "html", httpserver.url_for("/big.html"): "html",
               "http://no-such-host.invalid/x": "html", "ftp://example.edu.cn/a": "pdf",
               f"http://127.0.0.1:{_free_port()}/closed": "html"}
    results = check_urls(targets, ProbeSettings(timeout=2, max_body=100_000))
    kinds = {url.rsplit("/", 1)[-1]: r.kind for url, r in results.items()}
    assert kinds == {"loop": "too_many_redirects", "big.html": "ok", "x": "dns", "a": "bad_url",
                     "closed": "connection"}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(("url", "body", "login"), [
    ("https://ids.example.edu.cn/authserver/login?service=x", "", True),
    ("https://cas.example.edu.cn/cas/login", "", True),
    ("https://www.example.edu.cn/sso/auth", "", True),
    ("https://www.example.edu.cn/xxgk/a.htm", "<input type=password>", True),
    ("https://www.example.edu.cn/xxgk/a.htm", "统一身份认证平台", True),
    ("https://www.example.edu.cn/xxgk/blogin.htm", "正文", False),
    ("https://www.example.edu.cn/xxgk/catalog.htm", "正文", False),
])
def test_login_detection(url: str, body: str, login: bool) -> None:
    assert detect.is_login(url, body) is login


@pytest.mark.parametrize(("body", "soft"), [
    ("<title>404 Not Found</title>", True),
    ("抱歉，您访问的页面不存在！", True),
    ("Page not found", True),
    ("2022年度预算公开，共404万元", False),
    ("学校信息公开专栏", False),
])
def test_soft_404_detection(body: str, soft: bool) -> None:
    assert detect.is_soft_404(body) is soft


def test_a_refused_connection_names_the_socket_reason_not_the_wrapper() -> None:
    # anyio wraps the socket's ECONNREFUSED in "All connection attempts failed"; the ledger
    # and the table should say what really happened (连接被拒绝), in the reader's language
    import errno
    import os

    url = f"http://127.0.0.1:{_free_port()}/closed"
    result = check_urls({url: "html"}, ProbeSettings(timeout=2, retries=0))[url]
    assert result.kind == "connection"
    assert result.detail == f"[Errno {errno.ECONNREFUSED}] {os.strerror(errno.ECONNREFUSED)}"

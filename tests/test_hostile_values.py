"""Issue 12 items 2 and 3: absurd values — dates, numbers, URLs, nesting, option values, slow
servers, a full disk, a closed pipe — give a located exit-2 error or a clean result, never an
"internal error" (exit 3), and nothing runs for ever."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import BASE_CHECKLIST, EXAMPLE, GOOD_DECLARATION, ROOT
from disclosure_audit.links.cache import CACHE_FILE, load_cache, parse_age
from disclosure_audit.links.probe import ProbeSettings, check_urls

AS_OF = ("--as-of", "2022-09-15")
DEEP = "[" * 100_000 + "]" * 100_000
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DISCLOSURE_AUDIT_LANG": "en"}


def no_internal_error(result) -> str:  # noqa: ANN001 - a CliRunner result
    output = result.stdout + result.stderr
    assert result.exit_code != 3 and "内部错误" not in output and "Internal error" not in output
    assert "Traceback" not in output
    return output


# ── dates ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("made", "published"), [("0001-01-01", "0001-01-02"),
                                                 ("9999-12-30", "9999-12-31")])
def test_year_1_and_9999_in_declarations(run_cli, make_repo, made: str, published: str) -> None:
    text = GOOD_DECLARATION.replace("2022-03-01", made).replace("2022-03-10", published)
    repo = make_repo(files={"declarations/zs.yaml": text})
    checked = run_cli("validate", repo, "--lang", "en")
    assert checked.exit_code == 1  # validate flags them now, instead of passing them
    assert "zs.yaml:7:11: error [date-range]" in checked.stdout
    assert "zs.yaml:8:16: error [date-range]" in checked.stdout
    audited = run_cli("audit", repo, *AS_OF)
    assert audited.exit_code == 2 and "[date-range]" in no_internal_error(audited)


@pytest.mark.parametrize("as_of", ["9999-12-31", "0001-01-01", "1899-12-31"])
def test_as_of_outside_the_calendar(run_cli, make_repo, as_of: str) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    for command in (("audit", repo), ("ledger", "update", repo), ("ledger", "show", repo)):
        result = run_cli(*command, "--as-of", as_of)
        assert result.exit_code == 2
        assert "--as-of: 错误 [date-range]" in no_internal_error(result)


def test_dates_at_the_edges_of_the_range_work(run_cli, make_repo) -> None:
    text = GOOD_DECLARATION.replace("made: 2022-03-01", "made: 1900-01-02")
    repo = make_repo(files={"declarations/zs.yaml": text})
    assert run_cli("audit", repo, "--as-of", "2100-12-31").exit_code == 0


# ── numbers and URLs in a CSV ──────────────────────────────────────────────────
CSV_HEADER = "事项编号,标题,渠道,链接,形成日期,发布日期,点击层级\n"


@pytest.mark.parametrize("clicks", ["inf", "1e400", "-inf", "nan", "2.5"])
def test_clicks_that_are_not_a_count(run_cli, make_repo, clicks: str) -> None:
    row = f"7,招生章程,信息公开专栏,https://a.cn/x,2022-03-01,2022-03-10,{clicks}\n"
    repo = make_repo(files={"declarations/招生就业处.csv": CSV_HEADER + row})
    result = run_cli("audit", repo, *AS_OF, "--lang", "en")
    assert result.exit_code == 2
    assert "招生就业处.csv:2:7: error [bad-clicks]" in no_internal_error(result)


@pytest.mark.parametrize("url", ["http://[::1", "http://a.cn:99999/x", "https://a.cn:abc/",
                                 "http://:80/x"])
def test_broken_urls_are_flagged_by_validate(run_cli, make_repo, url: str) -> None:
    row = f"7,招生章程,信息公开专栏,{url},2022-03-01,2022-03-10,2\n"
    repo = make_repo(files={"declarations/招生就业处.csv": CSV_HEADER + row})
    checked = run_cli("validate", repo)
    assert checked.exit_code == 1 and "招生就业处.csv:2:4: 错误 [bad-url]" in checked.stdout
    # the url was written: it is invalid, not missing (no second, contradicting warning)
    assert "missing-url" not in checked.stdout
    assert run_cli("audit", repo, *AS_OF).exit_code == 2


def test_idna_invalid_host_is_a_clean_link_result() -> None:
    # xn--ls8h.la is 💩.la: a valid DNS name that IDNA 2008 refuses. It must be a result, not
    # a crash; it fails while the URL is parsed, before any lookup (no network is touched).
    results = check_urls({"http://xn--ls8h.la/": "html"}, ProbeSettings(timeout=1, retries=0))
    assert results["http://xn--ls8h.la/"].kind == "bad_url"


def test_idna_invalid_host_passes_validate(run_cli, make_repo) -> None:
    row = "7,招生章程,信息公开专栏,http://xn--ls8h.la/,2022-03-01,2022-03-10,2\n"
    repo = make_repo(files={"declarations/招生就业处.csv": CSV_HEADER + row})
    assert run_cli("validate", repo).exit_code == 0  # syntactically a fine URL


# ── JSON nested 100,000 deep ───────────────────────────────────────────────────
def test_deep_json_in_diff_and_baseline(run_cli, make_repo, tmp_path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text(DEEP, encoding="utf-8")
    good = tmp_path / "good.json"
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    assert run_cli("audit", repo, *AS_OF, "--format", f"json:{good}").exit_code == 0
    for command in (("diff", deep, good), ("diff", good, deep),
                    ("audit", repo, *AS_OF, "--baseline", deep)):
        result = run_cli(*command, "--lang", "en")
        assert result.exit_code == 2
        assert "deep.json: error [json-too-deep]" in no_internal_error(result)


@pytest.mark.parametrize("odd", [
    {"ledger": [{"key": "1/x"}], "summary": 7, "items": [{"id": 5, "dimensions": 3}]},
    {"ledger": [{"key": "1/x"}], "summary": {"score": "x", "by_department": 3,
                                             "by_dimension": {"completeness": float("inf")}}},
    {"schema_version": "2", "ledger": [{"key": "3/availability", "findings": 5}],
     "items": [{"id": ["3"]}, {"id": "3", "dimensions": {"convenience": 7}}]},
    {"ledger": [], "as_of": {"a": 1},
     "summary": {"by_department": {"教务处": 5, "科研处": {"score": True, "by_dimension": []}}}},
])
def test_results_with_odd_values_compare_cleanly(run_cli, make_repo, tmp_path, odd) -> None:
    # A hand-edited result (a summary that is a number, a score that is text) was an
    # internal error in diff ('int' object has no attribute 'get').
    odd_json, good = tmp_path / "odd.json", tmp_path / "good.json"
    odd_json.write_text(json.dumps(odd, ensure_ascii=False), encoding="utf-8")
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    assert run_cli("audit", repo, *AS_OF, "--format", f"json:{good}").exit_code == 0
    for command in (("diff", good, odd_json), ("diff", odd_json, good, "--format", "json"),
                    ("audit", repo, *AS_OF, "--baseline", odd_json)):
        assert run_cli(*command).exit_code in (0, 1)
        no_internal_error(run_cli(*command))
    shown = json.loads(run_cli("diff", odd_json, good, "--format", "json").stdout)
    assert shown["overall"]["old"] is None and shown["overall"]["new"] is not None


def test_deep_json_link_cache_is_ignored(make_repo) -> None:
    repo = make_repo()
    (repo / CACHE_FILE).parent.mkdir(parents=True)
    (repo / CACHE_FILE).write_text(DEEP, encoding="utf-8")
    import datetime as dt

    now = dt.datetime(2022, 9, 15, tzinfo=dt.UTC)
    assert load_cache(repo, dt.timedelta(days=1), now) == {}


def test_link_cache_time_without_zone_counts_as_utc(make_repo) -> None:
    import datetime as dt

    repo = make_repo()
    (repo / CACHE_FILE).parent.mkdir(parents=True)
    entry = {"url": "https://a.cn/x", "kind": "ok", "checked_at": "2022-09-15T10:00:00"}
    (repo / CACHE_FILE).write_text(json.dumps({"https://a.cn/x": entry}), encoding="utf-8")
    fresh = load_cache(repo, dt.timedelta(hours=1), dt.datetime(2022, 9, 15, 10, 30,
                                                                tzinfo=dt.UTC))
    stale = load_cache(repo, dt.timedelta(hours=1), dt.datetime(2022, 9, 15, 11, 30,
                                                                tzinfo=dt.UTC))
    assert list(fresh) == ["https://a.cn/x"] and stale == {}


# ── option values ──────────────────────────────────────────────────────────────
def test_due_within_a_huge_number_of_days(run_cli, make_repo) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    assert run_cli("ledger", "update", repo, *AS_OF).exit_code == 0
    every = run_cli("ledger", "show", repo, *AS_OF, "--format", "json")
    result = run_cli("ledger", "show", repo, *AS_OF, "--due-within", "99999999",
                     "--format", "json")
    no_internal_error(result)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == len(json.loads(every.stdout)) > 0


@pytest.mark.parametrize("age", ["1e400d", "inf", "nan", "-1d", "1e12d", "soon"])
def test_links_max_age_that_no_duration_can_hold(run_cli, make_repo, age: str) -> None:
    repo = make_repo()
    result = run_cli("links", repo, "--links-max-age", age, "--lang", "en")
    assert result.exit_code == 2
    assert "--links-max-age: error [bad-age]" in no_internal_error(result)
    with pytest.raises(ValueError):
        parse_age(age)


# ── a server that trickles: the per-link deadline ──────────────────────────────
class Trickle:
    """A server on 127.0.0.1 that sends its response one byte every 0.1 s (headers or body),
    for at most 20 s per connection; it stops by itself."""

    def __init__(self, body_only: bool) -> None:
        self.body_only = body_only
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
        with conn:
            conn.settimeout(1)
            try:
                conn.recv(4096)
                if self.body_only:
                    conn.sendall(head)
                    head = b"<html>" + b"x" * 1000
                end = time.monotonic() + 20
                for byte in head:
                    if self.stop.is_set() or time.monotonic() > end:
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(0.1)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.mark.parametrize("body_only", [False, True], ids=["headers", "body"])
def test_a_trickling_server_is_cut_off_by_the_deadline(body_only: bool) -> None:
    server = Trickle(body_only)
    try:
        url = f"http://127.0.0.1:{server.port}/page.html"
        started = time.monotonic()
        results = check_urls({url: "html"}, ProbeSettings(timeout=2, deadline=1.5))
        took = time.monotonic() - started
    finally:
        server.close()
    assert results[url].kind == "too_slow" and results[url].detail == "1.5 s"
    assert took < 5


def test_links_command_ends_with_a_trickling_server(run_cli, make_repo) -> None:
    server = Trickle(body_only=False)
    try:
        text = GOOD_DECLARATION.replace("https://www.example.edu.cn/zs/2022.htm",
                                        f"http://127.0.0.1:{server.port}/zs.htm")
        repo = make_repo(files={"declarations/zs.yaml": text})
        started = time.monotonic()
        result = run_cli("links", repo, "--links-timeout", "2", "--links-deadline", "1",
                         "--refresh", "--lang", "en")
        assert time.monotonic() - started < 10
    finally:
        server.close()
    assert result.exit_code == 1
    assert "too slow" in result.stdout


# ── standard output: a full disk, a closed pipe, ``-`` ─────────────────────────
def _cli(*args: object, **kw: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "disclosure_audit", *map(str, args)],
                            cwd=ROOT, env=ENV, **kw)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("audit", EXAMPLE, *AS_OF),
                                  ("audit", EXAMPLE, *AS_OF, "--format", "json"),
                                  ("validate", EXAMPLE), ("checklist", "list"), ("--version",)])
def test_stdout_on_a_full_disk(args: tuple) -> None:
    with open("/dev/full", "wb") as full:
        proc = _cli(*args, stdout=full, stderr=subprocess.PIPE)
        _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 2, text
    assert text.startswith("standard output: error [unwritable-stdout] cannot write to "
                           "standard output: No space left on device"), text
    assert "Traceback" not in text and "Exception ignored" not in text


@pytest.mark.parametrize("args", [("audit", EXAMPLE, *AS_OF), ("checklist", "list"),
                                  ("audit", EXAMPLE, *AS_OF, "--format", "json")])
def test_closed_pipe_is_a_quiet_exit(args: tuple) -> None:
    proc = _cli(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader goes away before the first write (``| head -0``)
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141  # 128 + SIGPIPE, as Unix tools report it
    assert err == ""


def test_dash_means_standard_output(run_cli, make_repo, tmp_path) -> None:
    repo = make_repo(files={"declarations/zs.yaml": GOOD_DECLARATION})
    out = run_cli("audit", repo, *AS_OF, "--format", "json", "-o", "-")
    assert json.loads(out.stdout)["as_of"] == "2022-09-15"
    fmt = run_cli("audit", repo, *AS_OF, "--format", "json:-")
    assert json.loads(fmt.stdout)["as_of"] == "2022-09-15"
    assert not (ROOT / "-").exists()
    assert run_cli("ledger", "update", repo, *AS_OF).exit_code == 0
    csv_out = run_cli("ledger", "export", repo, *AS_OF, "--format", "csv", "-o", "-")
    assert csv_out.exit_code == 0 and csv_out.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert "台账编号" in csv_out.stdout and csv_out.stderr == ""
    xlsx_out = run_cli("ledger", "export", repo, *AS_OF, "-o", "-")
    assert xlsx_out.stdout_bytes.startswith(b"PK\x03\x04")  # not a terminal here: allowed


def test_csv_on_stdout_has_the_same_bom_as_a_file(run_cli, make_repo, tmp_path) -> None:
    repo = make_repo(checklist=BASE_CHECKLIST, files={"declarations/zs.yaml": GOOD_DECLARATION})
    path = tmp_path / "r.csv"
    screen = run_cli("audit", repo, *AS_OF, "--format", "csv")
    run_cli("audit", repo, *AS_OF, "--format", f"csv:{path}")
    assert screen.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert screen.stdout_bytes == path.read_bytes()

"""Link checking: URLs on local servers that answer after a fixed latency, against the floor.

Run: python benchmarks/links_bench.py [--urls 2000] [--sequential-urls 200] [--delay 0.05]
                                      [--hosts 8] [--concurrency 32] [--per-host 6]

Every server listens on 127.0.0.1 (several ports stand for several hosts: the prober's per-host
limit counts ``host:port``), started by the test suite's server class, which binds without
``socket.getfqdn``: no DNS lookup, nothing but 127.0.0.1 touched. Each request is answered after
``--delay`` seconds. No checker can be faster than the floor N × latency ÷ concurrency, where
concurrency is the most requests it may have open at once (the global limit, or hosts × the
per-host limit if smaller); the ratio time ÷ floor (1.00 = no overhead at all) is printed for
the concurrent run and for one at a time (a sample, concurrency 1), both in the same run.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from disclosure_audit.links.probe import ProbeSettings, check_urls  # noqa: E402
from sitesrv import LocalHTTPServer  # noqa: E402 - binds on 127.0.0.1 without DNS

BODY = b"%PDF-1.4\n"


def make_handler(delay: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stall

        def _answer(self) -> None:
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()

        def do_HEAD(self) -> None:  # noqa: N802 - the http.server API
            self._answer()

        def do_GET(self) -> None:  # noqa: N802
            self._answer()
            self.wfile.write(BODY)

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


def start_servers(count: int, delay: float) -> list[tuple[LocalHTTPServer, str]]:
    """``count`` servers on 127.0.0.1, each on its own free port."""
    servers = []
    for _ in range(count):
        server = LocalHTTPServer(("127.0.0.1", 0), make_handler(delay))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append((server, f"http://127.0.0.1:{server.server_address[1]}"))
    return servers


def timed(urls: dict[str, str | None], settings: ProbeSettings) -> tuple[float, int]:
    start = time.perf_counter()
    results = check_urls(urls, settings)
    elapsed = time.perf_counter() - start
    return elapsed, sum(1 for r in results.values() if r.ok)


def report(label: str, count: int, seconds: float, ok: int, delay: float,
           open_at_once: int) -> None:
    floor = count * delay / open_at_once
    print(f"{label}: {count} URLs in {seconds:.2f} s ({ok} ok); floor {count} x "
          f"{delay * 1000:.0f} ms / {open_at_once} = {floor:.2f} s; time / floor = "
          f"{seconds / floor:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--sequential-urls", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--per-host", type=int, default=6)
    args = parser.parse_args()
    servers = start_servers(args.hosts, args.delay)
    bases = [base for _, base in servers]
    urls = {f"{bases[i % len(bases)]}/doc/{i}.pdf": "pdf" for i in range(args.urls)}
    sample = dict(list(urls.items())[: args.sequential_urls])
    seq_time, seq_ok = timed(sample, ProbeSettings(global_limit=1, per_host_limit=1))
    con_time, con_ok = timed(urls, ProbeSettings(global_limit=args.concurrency,
                                                 per_host_limit=args.per_host))
    for server, _ in servers:
        server.shutdown()
        server.server_close()
    open_at_once = min(args.concurrency, args.hosts * args.per_host)
    print(f"{args.hosts} servers on 127.0.0.1 (one port each), each answer after "
          f"{args.delay * 1000:.0f} ms; limits {args.concurrency} global, {args.per_host} per host")
    report("one at a time", len(sample), seq_time, seq_ok, args.delay, 1)
    report("concurrent   ", len(urls), con_time, con_ok, args.delay, open_at_once)
    print(f"speed-up per URL: {(seq_time / len(sample)) / (con_time / len(urls)):.1f}x "
          f"(at most {open_at_once})")


if __name__ == "__main__":
    main()

"""Link checking: 2,000 URLs on local servers that answer after 50 ms, concurrent vs one at a time.

Run: python benchmarks/links_bench.py [--urls 2000] [--sequential-urls 200] [--delay 0.05]

Both are measured in the same run on the same servers (this machine is noisy, so only the ratio
means anything). The one-at-a-time baseline uses a sample of the URLs and is compared per URL.
Servers listen on 127.0.0.1 … 127.0.0.8, so the global limit, not the per-host one, is what
binds; the expected speed-up is close to the global concurrency limit.
"""

from __future__ import annotations

import argparse
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from disclosure_audit.links.probe import ProbeSettings, check_urls

HOSTS = [f"127.0.0.{n}" for n in range(1, 9)]


def make_handler(delay: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self, body: bytes) -> None:
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()

        def do_HEAD(self) -> None:  # noqa: N802 - the http.server API
            self._answer(b"%PDF-1.4\n")

        def do_GET(self) -> None:  # noqa: N802
            self._answer(b"%PDF-1.4\n")
            self.wfile.write(b"%PDF-1.4\n")

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


def start_servers(delay: float) -> list[tuple[ThreadingHTTPServer, str]]:
    servers = []
    for host in HOSTS:
        server = ThreadingHTTPServer((host, 0), make_handler(delay))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append((server, f"http://{host}:{server.server_address[1]}"))
    return servers


def timed(urls: dict[str, str | None], settings: ProbeSettings) -> tuple[float, int]:
    start = time.perf_counter()
    results = check_urls(urls, settings)
    elapsed = time.perf_counter() - start
    return elapsed, sum(1 for r in results.values() if r.ok)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--sequential-urls", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--per-host", type=int, default=6)
    args = parser.parse_args()
    servers = start_servers(args.delay)
    bases = [base for _, base in servers]
    urls = {f"{bases[i % len(bases)]}/doc/{i}.pdf": "pdf" for i in range(args.urls)}
    sample = dict(list(urls.items())[: args.sequential_urls])
    seq_time, seq_ok = timed(sample, ProbeSettings(global_limit=1, per_host_limit=1))
    con_time, con_ok = timed(urls, ProbeSettings(global_limit=args.concurrency,
                                                 per_host_limit=args.per_host))
    for server, _ in servers:
        server.shutdown()
    seq_rate = seq_time / len(sample)
    con_rate = con_time / len(urls)
    print(f"one at a time: {len(sample)} URLs in {seq_time:.2f} s "
          f"({1000 * seq_rate:.1f} ms/URL, {seq_ok} ok)")
    print(f"concurrent   : {len(urls)} URLs in {con_time:.2f} s "
          f"({1000 * con_rate:.2f} ms/URL, {con_ok} ok; limit {args.concurrency} global, "
          f"{args.per_host} per host, {len(HOSTS)} hosts)")
    print(f"speed-up     : {seq_rate / con_rate:.1f}x (expected close to {args.concurrency})")


if __name__ == "__main__":
    main()

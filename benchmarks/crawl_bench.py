"""Crawling: pages per second against a local site vs. the politeness floor.

Run: python benchmarks/crawl_bench.py [--columns 20] [--pages 10] [--delay 0.05] [--per-host 2]

A generated site (a homepage, the disclosure column, COLUMNS columns of PAGES list pages of 20
entries each, pages linked by 下一页/尾页) is served from one address, 127.0.0.1 (no DNS), by the
test suite's server. The crawler may not fetch faster than PER_HOST requests per DELAY seconds
from one host (each of its PER_HOST slots rests DELAY after an answer): that rate is the floor
the crawl time cannot go under. The ratio crawl rate ÷ floor rate says how close the crawler
comes to it (1.0 = no overhead at all). The busiest second must never exceed the floor rate.
A second crawl with no delay measures the crawler's own speed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from disclosure_audit.crawl.run import crawl  # noqa: E402
from disclosure_audit.crawl.settings import CrawlSettings  # noqa: E402
from sitesrv import SiteServer  # noqa: E402 - the test suite's 127.0.0.1 server


def make_site(root: Path, columns: int, pages: int) -> None:
    """Write the site: index.html → /xxgk/index.html → /xxgk/cN/list[K].htm."""
    (root / "xxgk").mkdir(parents=True)
    (root / "index.html").write_text(
        '<html><head><meta charset="utf-8"><title>学院</title></head><body>'
        '<a href="/xxgk/index.html">信息公开</a></body></html>', encoding="utf-8")
    menu = "".join(f'<li><a href="/xxgk/c{c}/list.htm">栏目{c}</a></li>' for c in range(columns))
    (root / "xxgk" / "index.html").write_text(
        f'<html><head><meta charset="utf-8"><title>信息公开</title></head><body><ul>{menu}</ul>'
        "</body></html>", encoding="utf-8")
    for c in range(columns):
        folder = root / "xxgk" / f"c{c}"
        folder.mkdir()
        for k in range(1, pages + 1):
            rows = "".join(f'<li><a href="/2022/0{1 + k % 9}10/c{c}a{k * 100 + i}/page.htm">'
                           f"第{c}栏第{k}页第{i}条</a><span>2022-0{1 + k % 9}-10</span></li>"
                           for i in range(20))
            nav = ""
            if k < pages:
                nav = (f'<a href="list{k + 1}.htm">下一页</a> '
                       f'<a href="list{pages}.htm">尾页</a>')
            name = "list.htm" if k == 1 else f"list{k}.htm"
            (folder / name).write_text(
                f'<html><head><meta charset="utf-8"><title>栏目{c}</title></head><body>'
                f'<ul class="news_list">{rows}</ul><div class="page">{nav}</div></body></html>',
                encoding="utf-8")


def run(site: Path, settings: CrawlSettings) -> tuple[int, float, int]:
    """Pages fetched, seconds taken, and the most requests that started in any one second."""
    with SiteServer(site) as server, tempfile.TemporaryDirectory() as repo:
        start = time.perf_counter()
        _, info = crawl(server.url + "/index.html", Path(repo), settings, max_clicks=3)
        elapsed = time.perf_counter() - start
        starts = sorted(h.at for h in server.hits)
    busiest = max(sum(1 for t in starts if s <= t < s + 1.0) for s in starts)
    return info.fetched, elapsed, busiest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--columns", type=int, default=20)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--per-host", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        make_site(site, args.columns, args.pages)
        polite = CrawlSettings(delay=args.delay, per_host=args.per_host)
        pages, seconds, busiest = run(site, polite)
        free_pages, free_seconds, _ = run(site, CrawlSettings(delay=0.0,
                                                              per_host=args.per_host))
    rate, floor = pages / seconds, polite.floor_rate
    print(f"site: {pages} pages ({args.columns} columns × {args.pages} list pages, "
          "homepage, disclosure column), robots.txt not counted")
    print(f"politeness floor: {args.per_host} per host / {args.delay:g} s delay = "
          f"{floor:.1f} pages/s (the crawl cannot take less than {pages / floor:.2f} s)")
    print(f"polite crawl:     {seconds:.2f} s = {rate:.1f} pages/s; "
          f"ratio to the floor {rate / floor:.2f}; busiest second {busiest} requests")
    print(f"no delay:         {free_seconds:.2f} s = {free_pages / free_seconds:.1f} pages/s "
          "(the crawler's own speed: parsing, evidence, the local server)")


if __name__ == "__main__":
    main()

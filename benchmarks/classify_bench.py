"""Title classification speed: titles per second, one process, every labelled title many times.

Run: python benchmarks/classify_bench.py [--repeat 100] [--kind graduate]

Measures CPU time (process_time: the machine is shared), in the same run: compiling a school's
classifier (once per school in a batch); classifying the 612 labelled titles
(tests/data/classification/*.yaml) ``--repeat`` times with the shipped list; and a naive
baseline that tries every keyword of every item on every title (what classifying would cost
without the word index). Titles/second is the figure to compare with a province batch:
150 schools × ~600 CMS rows = 90 000 titles.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import yaml

from disclosure_audit.sources.classify import Classifier
from disclosure_audit.sources.patterns import normalize
from disclosure_audit.spec import load_checklist

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "classification"


def checklist_for(kind: str):  # noqa: ANN201 - a Checklist
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "checklist.yaml"
        path.write_text(f"extends: moe-2014\ninstitution: {{name: x, kind: {kind}}}\n",
                        encoding="utf-8")
        return load_checklist(path)[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--kind", default="graduate")
    args = parser.parse_args()
    titles = [row["title"] for name in ("titles.yaml", "holdout.yaml")
              for row in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    checklist = checklist_for(args.kind)

    start = time.process_time()
    builds = 200
    for _ in range(builds):
        Classifier(checklist)
    build_ms = (time.process_time() - start) / builds * 1000

    classifier = Classifier(checklist)
    work = titles * args.repeat
    start = time.process_time()
    for title in work:
        classifier.classify(title)
    elapsed = time.process_time() - start

    patterns = [p for rules in classifier.items for p in (*rules.specific, *rules.generic)]
    sample = titles * max(1, args.repeat // 10)
    start = time.process_time()
    for title in sample:
        text = normalize(title)
        for pattern in patterns:
            pattern.match(text)
    naive = (time.process_time() - start) / len(sample)

    print(f"titles: {len(titles)} distinct, {len(work)} classified ({args.kind} checklist)")
    print(f"compile one school's classifier: {build_ms:.2f} ms")
    each = elapsed / len(work)
    print(f"classify: {1 / each:,.0f} titles/s ({each * 1e6:.1f} µs each)")
    print(f"naive (every pattern on every title, matching only): {1 / naive:,.0f} titles/s "
          f"({naive * 1e6:.1f} µs each)")
    print(f"a province of 90 000 rows: {90_000 * elapsed / len(work):.2f} s on one core")


if __name__ == "__main__":
    main()

"""Issue 16, the batch target on a noisy machine: paired runs and their median ratio.

``province_bench.py`` keeps the best of N for each side; when the machine's speed drifts for
minutes at a time, the two bests can come from different regimes. Here the batch and the bare
C-loader parse run back to back, N times, one process each (one core each), and the median of
the per-pair CPU ratios is printed.

    python benchmarks/batch_paired.py --dir /tmp/speed-province --pairs 6
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import province_bench
from measure import byte_compiled, machine, run_group


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True, help="a province (make_province.py)")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--cli", default="disclosure-audit")
    args = parser.parse_args()
    print(machine())
    print(byte_compiled())
    schools = sorted(p for p in args.dir.iterdir() if p.is_dir())
    files = sorted(str(f) for s in schools for f in s.rglob("*.yaml"))
    scratch = Path(tempfile.mkdtemp())
    parse = province_bench.parse_commands(files, 1, scratch)
    batch = [[args.cli, "audit", "--batch", str(args.dir), "--as-of", "2022-11-15", "--format",
              "json", "--output", str(scratch / "ranking.json"), "--jobs", "1"]]
    ratios = []
    for n in range(args.pairs):
        ours, base = run_group(batch), run_group(parse)
        ratios.append(ours.cpu / base.cpu)
        print(f"pair {n + 1}: batch CPU {ours.cpu:.2f} s, parse CPU {base.cpu:.2f} s, "
              f"ratio {ratios[-1]:.2f}", flush=True)
    print(f"{len(schools)} schools, one core each: median ratio {statistics.median(ratios):.2f}x "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target <= 1x)")


if __name__ == "__main__":
    main()

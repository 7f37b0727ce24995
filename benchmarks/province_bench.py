"""Province scale: batch audit, validate, start-up and memory, each against a baseline
measured in the same run (the machines are noisy: only the ratios mean something).

Run:  pip install check-jsonschema   # the validate baseline
      python benchmarks/province_bench.py [--schools 150] [--dir /tmp/province]

1. `audit --batch` on N schools vs merely loading the same YAML files with PyYAML's C loader
   (target: at most 1.5x).
2. `validate` on N schools vs check-jsonschema validating the same YAML files against the same
   schemas (target: at least 2x faster).
3. `disclosure-audit --help` and `--version` vs `python -c "import typer"` (target: at most 1.5x).
4. Peak memory of the batch (target: under 500 MB).
Each command runs as a fresh process, as users run it; times are the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMAS = HERE.parent / "src" / "disclosure_audit" / "schemas"
BIN = Path(sys.executable).parent


def run(cmd: list[str], repeat: int, ok: tuple[int, ...] = (0,)) -> float:
    """Best wall-clock time of ``repeat`` runs of ``cmd``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if proc.returncode not in ok:
            raise SystemExit(f"{cmd[:3]} exited {proc.returncode}: {proc.stderr[-2000:]!r}")
        best = min(best, elapsed)
    return best


def peak_rss_mb(cmd: list[str]) -> float:
    """Peak resident memory of the largest process ``cmd`` starts (parent or worker)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=150)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="province-"))
    if not any(folder.glob("school-*")):
        subprocess.run([sys.executable, str(HERE / "make_province.py"), str(args.schools),
                        str(folder)], check=True)
    schools = sorted(p for p in folder.iterdir() if (p / "checklist.yaml").is_file())
    yaml_files = sorted(str(f) for s in schools for f in s.rglob("*.yaml"))
    cli = str(BIN / "disclosure-audit")
    print(f"{len(schools)} schools, {len(yaml_files)} YAML files, "
          f"{sum(os.path.getsize(f) for f in yaml_files) / 1e6:.1f} MB; "
          f"{os.cpu_count()} cores; Python {sys.version.split()[0]}")

    listing = Path(tempfile.mkdtemp()) / "files.txt"
    listing.write_text("\n".join(yaml_files), encoding="utf-8")
    parse = [sys.executable, "-c",
             "import sys, yaml\n"
             "for f in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n"
             "    yaml.load(open(f, encoding='utf-8'), Loader=yaml.CSafeLoader)",
             str(listing)]
    out = Path(tempfile.mkdtemp())
    batch = [cli, "audit", "--batch", str(folder), "--as-of", "2022-11-15", "--format", "json",
             "--output", str(out / "ranking.json")]
    t_parse = run(parse, args.repeat)
    t_batch = run(batch, args.repeat)
    print(f"1. audit --batch {t_batch:.2f} s vs bare C-loader parse {t_parse:.2f} s: "
          f"{t_batch / t_parse:.2f}x (target <= 1.5x)")

    validate = [cli, "validate", *map(str, schools)]
    t_validate = run(validate, args.repeat, ok=(0, 1))
    cj = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    if cj is None:
        print("2. check-jsonschema is not installed: pip install check-jsonschema")
    else:
        groups = {
            "checklist": [str(s / "checklist.yaml") for s in schools],
            "declarations": [f for f in yaml_files if "/declarations/" in f],
            "ledger": [str(s / "ledger.yaml") for s in schools if (s / "ledger.yaml").exists()],
        }
        total = 0.0
        for schema, files in groups.items():
            total += run([cj, "--schemafile", str(SCHEMAS / f"{schema}.schema.json"), *files],
                         args.repeat, ok=(0, 1))
        print(f"2. validate {t_validate:.2f} s vs check-jsonschema {total:.2f} s: "
              f"{total / t_validate:.2f}x faster (target >= 2x)")

    t_typer = run([sys.executable, "-c", "import typer"], args.repeat * 3)
    t_help = run([cli, "--help"], args.repeat * 3)
    t_version = run([cli, "--version"], args.repeat * 3)
    print(f"3. --help {t_help * 1000:.0f} ms, --version {t_version * 1000:.0f} ms vs "
          f"import typer {t_typer * 1000:.0f} ms: {t_help / t_typer:.2f}x / "
          f"{t_version / t_typer:.2f}x (target <= 1.5x)")

    print(f"4. peak memory of the batch: {peak_rss_mb(batch):.0f} MB (target < 500 MB)")


if __name__ == "__main__":
    main()

"""Large schools (issue 16): one department with N publications, in YAML and in CSV.

Run: python benchmarks/large_school_bench.py [--sizes 15000,30000,60000] [--dir /tmp/large]

For each size and each format it writes the school (make_large_school.py) and runs, as users
run them, ``validate``, ``audit``, ``ledger update`` and ``ledger export --format xlsx``: each
must finish (exit 0 or 1: findings are expected). Printed: CPU (user + system) and wall time,
the largest process's peak memory, and that memory per 1,000 publications above the memory of
``validate`` on an empty repo (the interpreter and the modules), so proportionality shows across
sizes. Last, a ledger of 20,000 entries (far more than any school's: a 60,000-publication school
gets one entry per item and dimension, under a hundred) is written and exported to XLSX.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import machine, run_group

BIN = Path(sys.executable).parent
HERE = Path(__file__).resolve().parent


def commands(repo: Path, scratch: Path) -> dict[str, list[str]]:
    cli = str(BIN / "disclosure-audit")
    return {
        "validate": [cli, "validate", str(repo)],
        "audit": [cli, "audit", str(repo), "--as-of", "2022-09-15", "--format",
                  f"json:{scratch / 'audit.json'}"],
        "ledger update": [cli, "ledger", "update", str(repo), "--as-of", "2022-09-15"],
        "ledger export xlsx": [cli, "ledger", "export", str(repo), "--format", "xlsx", "-o",
                               str(scratch / "ledger.xlsx")],
    }


def write(folder: Path, count: int, fmt: str) -> Path:
    """Write the school in a child process and return its declarations file.

    Not in this process: Linux carries a process's peak resident size over to the children it
    starts (ru_maxrss survives fork and exec), so a benchmark that had grown while writing
    60,000 publications would read its own size as every command's peak.
    """
    subprocess.run([sys.executable, str(HERE / "make_large_school.py"), str(folder),
                    "--publications", str(count), "--format", fmt], check=True,
                   stdout=subprocess.DEVNULL)
    return next((folder / "declarations").iterdir())


def baseline_mb(scratch: Path) -> float:
    """Peak memory of validating an empty school: what every command costs anyway."""
    empty = scratch / "empty"
    write(empty, 0, "yaml")
    return run_group([[str(BIN / "disclosure-audit"), "validate", str(empty)]]).max_rss_mb


BIG_LEDGER = """
import datetime as dt, sys
from pathlib import Path
from disclosure_audit.ledger.store import LEDGER_FILE, save_ledger
from disclosure_audit.ledger.tracked import TrackedEntry, TrackedLedger
sys.path.insert(0, {here!r})
from large_school_bench import fill
save_ledger(Path(sys.argv[1]) / LEDGER_FILE, fill(TrackedLedger, TrackedEntry, int(sys.argv[2])))
"""


def fill(ledger_type: type, entry_type: type, entries: int) -> object:
    """A tracked ledger of ``entries`` open entries (run in a child process: see write)."""
    ledger = ledger_type(institution="大型大学", updated=dt.date(2022, 9, 15))
    for n in range(entries):
        ledger.entries.append(entry_type(  # items past the 50: keys are <item>/<kind>
            key=f"{n + 1}/timeliness", item=str(n + 1), kind="timeliness", title=f"事项{n}",
            department="党政办公室", dimension="timeliness", problem=f"第{n}条逾期发布",
            measure="建立限时发布流程", opened=dt.date(2022, 9, 15),
            deadline=dt.date(2022, 10, 18), evidence=[f"declarations/x.yaml:{n + 3}:3"]))
    return ledger


def big_ledger(repo: Path, scratch: Path, entries: int) -> None:
    """Write a ledger of ``entries`` entries into ``repo`` and export it to XLSX."""
    subprocess.run([sys.executable, "-c", BIG_LEDGER.format(here=str(HERE)), str(repo),
                    str(entries)], check=True)
    out = scratch / "big-ledger.xlsx"
    sample = run_group([[str(BIN / "disclosure-audit"), "ledger", "export", str(repo),
                         "--format", "xlsx", "-o", str(out)]])
    size = (repo / "ledger.yaml").stat().st_size / 1e6
    print(f"ledger of {entries:,} entries ({size:.1f} MB)"
          f" exported to XLSX: CPU {sample.cpu:.1f} s, wall {sample.wall:.1f} s, largest "
          f"process {sample.max_rss_mb:.0f} MB, {out.stat().st_size / 1e6:.1f} MB written")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="15000,30000,60000")
    parser.add_argument("--formats", default="yaml,csv")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--ledger-entries", type=int, default=20_000)
    args = parser.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="large-"))
    scratch = Path(tempfile.mkdtemp(prefix="large-out-"))
    print(machine())
    base = baseline_mb(scratch)
    print(f"validate of an empty school: {base:.0f} MB (subtracted below)")
    for fmt in args.formats.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            repo = root / f"{fmt}-{size}"
            shutil.rmtree(repo, ignore_errors=True)
            path = write(repo, size, fmt)
            print(f"{fmt.upper()} {size:,} publications, {path.stat().st_size / 1e6:.1f} MB:")
            for name, command in commands(repo, scratch).items():
                sample = run_group([command], ok=(0, 1))
                per = (sample.max_rss_mb - base) / (size / 1000)
                print(f"   {name:18s} CPU {sample.cpu:6.1f} s  wall {sample.wall:6.1f} s  "
                      f"largest process {sample.max_rss_mb:5.0f} MB = {per:4.1f} MB per 1,000")
            ledger = (repo / "ledger.yaml").read_text(encoding="utf-8")
            print(f"   its ledger: {ledger.count(chr(10) + '- key:')} entries, "
                  f"{len(ledger.encode()) / 1e6:.1f} MB")
    write(root / "big-ledger", 0, "yaml")
    big_ledger(root / "big-ledger", scratch, args.ledger_entries)
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

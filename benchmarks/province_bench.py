"""Province scale, on equal cores: batch audit, validate, start-up and memory, each against a
baseline measured in the same run (the machine is shared: only the ratios mean something).

Run:  pip install -e '.[bench]'     # psutil (memory) and check-jsonschema (validate baseline)
      python benchmarks/province_bench.py [--schools 150] [--dir /tmp/province] [--repeat 3]

1. ``audit --batch`` vs merely loading the same YAML files with PyYAML's C loader, one core
   against one process (``--jobs 1``) and all cores against as many processes (``--jobs N``,
   the files split into N parts of equal size). CPU time (user + system, children included) and
   wall time. Target: the batch's CPU at most 1.0x the parse's, one core each.
2. ``validate`` vs check-jsonschema on the same files and schemas (both one process).
3. Start-up of real commands vs ``python -c "import typer"``: ``--help``, ``--version``,
   ``validate`` of one small file (target <= 2x) and ``audit`` of the bundled example
   (target <= 4x); also against typer's own floor (a one-argument typer command).
4. Memory of the batch: the sum over all processes (PSS) and the largest process.
Every command runs as a fresh process, as users run it; each figure is the best of --repeat
runs, the two sides of each comparison interleaved. The package is byte-compiled first and the
processes may use the ``.pyc`` files, as after ``pip install`` of a wheel (the header says so).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import byte_compiled, compare, machine, memory, ratio_line, split

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCHEMAS = ROOT / "src" / "disclosure_audit" / "inputs" / "schemas"
EXAMPLE = ROOT / "examples" / "zhuzhou-2022"
BIN = Path(sys.executable).parent
PARSE = ("import sys, yaml\n"
         "for f in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n"
         "    yaml.load(open(f, encoding='utf-8'), Loader=yaml.CSafeLoader)")


def parse_commands(files: list[str], processes: int, scratch: Path) -> list[list[str]]:
    """``processes`` commands that each parse one share of ``files`` with the C loader."""
    commands = []
    for n, group in enumerate(split(files, processes)):
        listing = scratch / f"files-{processes}-{n}.txt"
        listing.write_text("\n".join(group), encoding="utf-8")
        commands.append([sys.executable, "-c", PARSE, str(listing)])
    return commands


def batch_section(folder: Path, files: list[str], cli: str, repeat: int,
                  scratch: Path) -> None:
    cores = os.cpu_count() or 1
    for jobs in sorted({1, cores}):
        batch = [cli, "audit", "--batch", str(folder), "--as-of", "2022-11-15", "--format",
                 "json", "--output", str(scratch / f"ranking-{jobs}.json"), "--jobs", str(jobs)]
        best = compare({"batch": [batch], "parse": parse_commands(files, jobs, scratch)},
                       repeat)
        print(ratio_line(f"1. audit --batch --jobs {jobs} vs {jobs}-process C-loader parse",
                         best["batch"], best["parse"], 1.0 if jobs == 1 else None))


def validate_section(schools: list[Path], files: list[str], cli: str, repeat: int) -> None:
    checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    validate = [cli, "validate", *map(str, schools)]
    if checker is None:
        print("2. check-jsonschema is not installed: pip install -e '.[bench]'")
        return
    groups = {
        "checklist": [str(s / "checklist.yaml") for s in schools],
        "declarations": [f for f in files if "/declarations/" in f],
        "ledger": [str(s / "ledger.yaml") for s in schools if (s / "ledger.yaml").exists()],
    }
    # One process at a time on both sides: check-jsonschema's three runs happen one after the
    # other, so they are timed one by one and added up.
    ours = compare({"validate": [validate]}, repeat, ok=(0, 1))["validate"]
    cpu = wall = 0.0
    for schema, group in groups.items():
        run = [checker, "--schemafile", str(SCHEMAS / f"{schema}.schema.json"), *group]
        sample = compare({schema: [run]}, repeat, ok=(0, 1))[schema]
        cpu, wall = cpu + sample.cpu, wall + sample.wall
    print(f"2. validate on {len(schools)} schools: CPU {ours.cpu:.2f} s vs check-jsonschema "
          f"{cpu:.2f} s = {cpu / ours.cpu:.1f}x faster; wall {ours.wall:.2f} s vs {wall:.2f} s")


TYPER_FLOOR = """import pathlib, typer
app = typer.Typer()
@app.command()
def main(path: pathlib.Path) -> None:
    pass
app()
"""


def startup_section(cli: str, repeat: int, scratch: Path) -> None:
    """Real commands against ``import typer`` and against typer's own floor: the smallest
    typer command that takes one argument (typer >= 0.28 converts every argument with a
    pydantic TypeAdapter, so any command with an argument imports pydantic)."""
    one_file = EXAMPLE / "declarations" / "财务处.yaml"
    floor = scratch / "typer_floor.py"
    floor.write_text(TYPER_FLOOR, encoding="utf-8")
    sides = {
        "import typer": [[sys.executable, "-c", "import typer"]],
        "typer floor": [[sys.executable, str(floor), str(one_file)]],
        "--help": [[cli, "--help"]],
        "--version": [[cli, "--version"]],
        "validate one file": [[cli, "validate", str(one_file)]],
        "audit the example": [[cli, "audit", str(EXAMPLE), "--as-of", "2022-09-15",
                               "--format", f"json:{scratch / 'example.json'}"]],
    }
    best = compare(sides, repeat * 5, ok=(0, 1))
    base, least = best["import typer"], best["typer floor"]
    targets = {"validate one file": 2.0, "audit the example": 4.0}
    print(f"3. start-up vs python -c 'import typer' ({base.wall * 1000:.0f} ms wall, "
          f"{base.cpu * 1000:.0f} ms CPU); typer's floor, a one-argument typer command: "
          f"{least.wall * 1000:.0f} ms wall = {least.wall / base.wall:.2f}x:")
    for name, sample in best.items():
        if name in ("import typer", "typer floor"):
            continue
        aim = f" (target <= {targets[name]:g}x)" if name in targets else ""
        print(f"   {name}: {sample.wall * 1000:.0f} ms = {sample.wall / base.wall:.2f}x wall"
              f"{aim}, {sample.cpu * 1000:.0f} ms = {sample.cpu / base.cpu:.2f}x CPU; "
              f"{sample.wall / least.wall:.2f}x typer's floor")


def memory_section(folder: Path, files: list[str], cli: str, scratch: Path) -> None:
    cores = os.cpu_count() or 1
    for jobs in sorted({1, cores}):
        batch = [cli, "audit", "--batch", str(folder), "--as-of", "2022-11-15", "--format",
                 "json", "--output", str(scratch / "ranking-mem.json"), "--jobs", str(jobs)]
        ours = memory([batch])
        base = memory(parse_commands(files, jobs, scratch))
        print(f"4. memory, --jobs {jobs}: sum over {ours.processes} processes {ours.sum_mb:.0f} MB "
              f"PSS ({ours.sum_rss_mb:.0f} MB RSS), largest {ours.max_mb:.0f} MB; the "
              f"{jobs}-process parse: sum {base.sum_mb:.0f} MB PSS, largest {base.max_mb:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=150)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["batch", "validate", "startup", "memory"],
                        action="append", help="run only these sections (repeatable)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="province-"))
    if not any(folder.glob("school-*")):
        subprocess.run([sys.executable, str(HERE / "make_province.py"), str(args.schools),
                        str(folder)], check=True)
    schools = sorted(p for p in folder.iterdir() if (p / "checklist.yaml").is_file())
    files = sorted(str(f) for s in schools for f in s.rglob("*.yaml"))
    cli = str(BIN / "disclosure-audit")
    scratch = Path(tempfile.mkdtemp(prefix="bench-"))
    print(machine())
    print(byte_compiled())
    print(f"{len(schools)} schools, {len(files)} YAML files, "
          f"{sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB; best of {args.repeat} runs")
    only = set(args.only or ["batch", "validate", "startup", "memory"])
    if "batch" in only:
        batch_section(folder, files, cli, args.repeat, scratch)
    if "validate" in only:
        validate_section(schools, files, cli, args.repeat)
    if "startup" in only:
        startup_section(cli, args.repeat, scratch)
    if "memory" in only:
        memory_section(folder, files, cli, scratch)
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

"""make-large-school: one school whose one department declares N publications (issue 16).

Run: python benchmarks/make_large_school.py DIR [--publications 60000] [--format yaml|csv]

A large university's CMS export: every publication of the year in one file, one department
(the disclosure office) owning every item. Publications spread over the items and every
channel, most with a made date (some late), elements named on half of them: the province
benchmark's mix (make_province.publication). The YAML file of 60,000 publications is about
14 MB and holds about 1.1 million YAML nodes, no alias; the CSV is the same rows as a CMS
exports them (Chinese headers, UTF-8 with a BOM).
Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml
from make_province import publication, write_csv

from disclosure_audit.spec import load_checklist

DEPARTMENT = "党政办公室"


def publications(count: int, kind: str, rng: random.Random) -> list[dict]:
    """``count`` publications spread evenly over the items that apply to a school of ``kind``,
    with the province benchmark's mix of channels, formats, dates and elements."""
    moe, _ = load_checklist("moe-2014")
    items = [i for i in moe.items if kind in i.applies_to]
    return [publication(items[n % len(items)], n, "www.example.edu.cn", rng)
            for n in range(count)]


def write_school(folder: Path, count: int, fmt: str, seed: int = 1) -> Path:
    """Write the school's repo under ``folder``; return the declarations file."""
    rng = random.Random(seed)
    kind = "undergraduate"
    (folder / "declarations").mkdir(parents=True, exist_ok=True)
    moe, _ = load_checklist("moe-2014")
    checklist = {"extends": "moe-2014", "institution": {"name": "大型大学", "kind": kind},
                 "review_period": {"start": "2021-09-01", "end": "2022-08-31"},
                 "departments": [DEPARTMENT],
                 "items": {i.id: {"owner": DEPARTMENT} for i in moe.items}}
    (folder / "checklist.yaml").write_text(
        yaml.safe_dump(checklist, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rows = publications(count, kind, rng)
    if fmt == "csv":  # UTF-8 with a BOM, as a CMS exports it
        path = folder / "declarations" / f"{DEPARTMENT}.csv"
        write_csv(path, rows, [], encoding="utf-8-sig")
        return path
    path = folder / "declarations" / f"{DEPARTMENT}.yaml"
    data = {"department": DEPARTMENT, "publications": rows}
    path.write_text(yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                              allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--publications", type=int, default=60_000)
    parser.add_argument("--format", choices=["yaml", "csv"], default="yaml")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = write_school(args.directory, args.publications, args.format, args.seed)
    print(f"wrote {args.publications} publications to {path} "
          f"({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

"""Faster YAML parsers, measured before choosing one (issue 16): PyYAML's C loader against
rapidyaml (``pip install rapidyaml``) on the same declaration files, one process.

Run: python benchmarks/parsers_bench.py DIR [--files 300]     (DIR: a province, make_province.py)

Three figures, CPU time of this one process: the C loader building Python objects; rapidyaml
parsing into its own tree (C++); rapidyaml plus the least a loader must add, a Python walk that
reads every key and value once (no type resolution, no dicts built, no positions yet).
"""

from __future__ import annotations

import argparse
import resource
from collections.abc import Callable
from pathlib import Path

import yaml


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(work: Callable[[bytes], object], texts: list[bytes]) -> float:
    start = cpu()
    for text in texts:
        work(text)
    return cpu() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--files", type=int, default=300)
    args = parser.parse_args()
    files = sorted(args.directory.glob("*/declarations/*.yaml"))[: args.files]
    texts = [f.read_bytes() for f in files]
    c_loader = timed(lambda b: yaml.load(b, Loader=yaml.CSafeLoader), texts)
    print(f"{len(files)} files, {sum(map(len, texts)) / 1e6:.1f} MB; "
          f"PyYAML C loader: {c_loader:.2f} s CPU")
    try:
        import ryml
    except ImportError:
        print("rapidyaml is not installed: pip install rapidyaml")
        return

    def walk(text: bytes) -> None:
        tree = ryml.parse_in_arena(text)
        for node, _depth in ryml.walk(tree):
            if tree.has_key(node):
                tree.key(node)
            if tree.has_val(node):
                tree.val(node)

    parse = timed(ryml.parse_in_arena, texts)
    walked = timed(walk, texts)
    print(f"rapidyaml parse only: {parse:.2f} s = {c_loader / parse:.1f}x faster; "
          f"with a Python walk reading every key and value: {walked:.2f} s = "
          f"{c_loader / walked:.1f}x faster")


if __name__ == "__main__":
    main()

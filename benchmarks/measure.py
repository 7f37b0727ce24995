"""Equal-core measurement, shared by the benchmarks.

Every figure compares like with like: the same number of processes on both sides, CPU time
(user + system, every descendant process included) as well as wall time, and memory as the sum
over all processes as well as the largest one. The machine is shared with other work, so each
command is run several times, the two sides of a comparison interleaved, and the *best* (lowest)
time of each side is kept: noise only ever adds time.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

Command = Sequence[str]


@dataclass(frozen=True)
class Sample:
    """One run of a group of processes started together."""

    wall: float
    """Seconds from the start of the first to the end of the last."""
    cpu: float
    """User + system seconds of every process started, their children included."""
    max_rss_mb: float
    """The largest resident set of any one process (the kernel's own peak, ru_maxrss)."""


@dataclass(frozen=True)
class Memory:
    """Peak memory of a group of processes, sampled while they run."""

    sum_mb: float
    """Peak of the sum over all processes of their proportional set size (PSS: a page
    shared by k processes counts 1/k in each, so forked workers are not counted twice)."""
    sum_rss_mb: float
    """Peak of the sum of resident sets (shared pages counted in every process)."""
    max_mb: float
    """The largest resident set of any one process (ru_maxrss)."""
    processes: int
    """How many processes were alive at once, at most."""


def run_group(commands: Sequence[Command], ok: tuple[int, ...] = (0,),
              cwd: Path | None = None, env: dict[str, str] | None = None) -> Sample:
    """Start ``commands`` together, wait for all; their wall time, CPU time and largest RSS."""
    start = time.perf_counter()
    procs = [subprocess.Popen(list(c), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              cwd=cwd, env=env) for c in commands]
    cpu, peak = 0.0, 0
    for proc in procs:
        err = proc.stderr.read() if proc.stderr else b""
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ok:
            raise SystemExit(f"{list(proc.args)[:4]} exited {proc.returncode}: {err[-2000:]!r}")
        cpu += usage.ru_utime + usage.ru_stime  # includes the children it waited for
        peak = max(peak, usage.ru_maxrss)
    return Sample(time.perf_counter() - start, cpu, peak / 1024)


def best(samples: list[Sample]) -> Sample:
    """The lowest wall, CPU and memory over repeated runs (each taken on its own)."""
    return Sample(min(s.wall for s in samples), min(s.cpu for s in samples),
                  min(s.max_rss_mb for s in samples))


def compare(sides: dict[str, Sequence[Command]], repeat: int,
            ok: tuple[int, ...] = (0,)) -> dict[str, Sample]:
    """Run each side ``repeat`` times, the sides interleaved; the best of each."""
    runs: dict[str, list[Sample]] = {name: [] for name in sides}
    for _ in range(repeat):
        for name, commands in sides.items():
            runs[name].append(run_group(commands, ok))
    return {name: best(samples) for name, samples in runs.items()}


def memory(commands: Sequence[Command], interval: float = 0.02,
           ok: tuple[int, ...] = (0,)) -> Memory:
    """Run ``commands`` together once, sampling every process they start (psutil)."""
    import psutil

    procs = [psutil.Popen(list(c), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for c in commands]
    peak = {"pss": 0, "rss": 0, "n": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            pss = rss = n = 0
            for root in procs:
                try:
                    tree = [root, *root.children(recursive=True)]
                except psutil.Error:
                    continue
                for p in tree:
                    try:
                        info = p.memory_full_info()
                    except psutil.Error:
                        continue
                    pss += getattr(info, "pss", info.rss)
                    rss += info.rss
                    n += 1
            peak["pss"], peak["rss"] = max(peak["pss"], pss), max(peak["rss"], rss)
            peak["n"] = max(peak["n"], n)
            time.sleep(interval)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    largest = 0
    for proc in procs:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ok:
            raise SystemExit(f"{list(proc.args)[:4]} exited {proc.returncode}")
        largest = max(largest, usage.ru_maxrss)
    done.set()
    watcher.join()
    mb = 1024 * 1024
    return Memory(peak["pss"] / mb, peak["rss"] / mb, largest / 1024, peak["n"])


def split(files: list[str], parts: int) -> list[list[str]]:
    """``files`` in ``parts`` groups of about equal total size (for an N-process baseline)."""
    groups: list[list[str]] = [[] for _ in range(parts)]
    sizes = [0] * parts
    for path in sorted(files, key=os.path.getsize, reverse=True):
        smallest = sizes.index(min(sizes))
        groups[smallest].append(path)
        sizes[smallest] += os.path.getsize(path)
    return groups


def byte_compiled(package: str = "disclosure_audit") -> str:
    """Measure the package as a wheel install has it: byte-compiled, and subprocesses free to
    use the ``.pyc`` files (pip compiles every module of a wheel when it installs it; a shell
    with ``PYTHONDONTWRITEBYTECODE=1`` and a fresh editable checkout would instead compile the
    package from source on every start). Returns the line the benchmarks print about it."""
    import compileall
    import importlib.util
    import sys

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # inherited by every subprocess started
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed")
    folder = Path(spec.origin).parent
    if not compileall.compile_dir(str(folder), quiet=1):
        raise SystemExit(f"byte-compiling {folder} failed")
    return (f"{package} byte-compiled as a wheel install has it (compileall {folder}, "
            f"{sys.implementation.cache_tag}); subprocesses run without PYTHONDONTWRITEBYTECODE")


def machine() -> str:
    """CPU model, cores, Python and OS, for the results."""
    import platform

    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} ({platform.machine()})")


def ratio_line(label: str, ours: Sample, base: Sample, target: float | None = None) -> str:
    """``label: CPU a s vs b s = r×; wall …`` with the target when there is one."""
    aim = f" (target <= {target:g}x)" if target is not None else ""
    return (f"{label}: CPU {ours.cpu:.2f} s vs {base.cpu:.2f} s = {ours.cpu / base.cpu:.2f}x{aim}; "
            f"wall {ours.wall:.2f} s vs {base.wall:.2f} s = {ours.wall / base.wall:.2f}x; "
            f"largest process {ours.max_rss_mb:.0f} MB vs {base.max_rss_mb:.0f} MB")

"""Processor time of `cpc-triage triage --format jsonl` against the reader baseline's, in the
same run, for one or more source trees (A/B against another commit's worktree).

    .venv/bin/python -m benchmarks.triage_cpu [--count 200] [--rounds 3] [TREE ...]

Why: on the shared 2-core machine (load average 10-20 from other people's runs) the wall-clock
figures of `bench_triage` move by a factor of two between runs of the same code, for the
product and the baseline alike (README). Processor time moves much less. For each round this
measures the reader baseline's processor time in this process (`benchmarks.common`), then runs
the command over the same emails from each TREE (cwd and PYTHONPATH that tree; default: this
one) and sums the processor time of its whole process tree (the command, the fork server, the
parse workers), sampled until each process ends. It prints each round and the medians, and
the ratio a quiet 2-core machine would give if both cores were busy throughout:
baseline / (tree / 2) — an upper bound of what `bench_triage` measures there, not a
replacement for it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from benchmarks.common import MB, attachments, default_out, generated_batch, reader_baseline

CLI = str(Path(sys.executable).parent / "cpc-triage")


@dataclass(frozen=True, slots=True)
class TreeRun:
    wall: float
    cpu: float  # processor seconds of every process of the tree
    peak_rss: int  # bytes, the tree's sum


def run_tree(tree: Path, paths: list[Path]) -> TreeRun:
    """The command over `paths` from `tree`; its tree's processor time and peak RSS."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [CLI, "triage", "--format", "jsonl", *map(str, paths)],
        cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    root = psutil.Process(proc.pid)
    cpu: dict[int, float] = {}
    peak = 0
    while proc.poll() is None:
        rss = 0
        try:
            members = [root, *root.children(recursive=True)]
        except psutil.Error:
            members = []
        for member in members:
            try:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
                rss += member.memory_info().rss
            except psutil.Error:
                continue
        peak = max(peak, rss)
        time.sleep(0.05)
    if proc.returncode != 0:
        raise SystemExit(f"cpc-triage exited {proc.returncode} in {tree}")
    return TreeRun(time.perf_counter() - started, sum(cpu.values()), peak)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("trees", nargs="*", type=Path, default=[Path.cwd()])
    args = ap.parse_args()
    batch = generated_batch(default_out("bench").resolve(), count=args.count, mix="bench")
    found = attachments(batch)
    base: list[float] = []
    runs: dict[Path, list[TreeRun]] = {tree: [] for tree in args.trees}
    for round_ in range(args.rounds):
        started = time.process_time()
        reader_baseline(found)
        base.append(time.process_time() - started)
        for tree in args.trees:
            runs[tree].append(run_tree(tree.resolve(), batch))
        each = "; ".join(
            f"{tree}: {r[-1].cpu:.2f} s CPU, {r[-1].wall:.1f} s wall, {r[-1].peak_rss / MB:.0f} MB"
            for tree, r in runs.items()
        )
        print(f"round {round_ + 1} (load {os.getloadavg()[0]:.1f}): baseline {base[-1]:.2f} s "
              f"CPU; {each}", flush=True)  # fmt: skip
    n = args.count
    print(f"baseline: median {statistics.median(base):.2f} s CPU, "
          f"{1000 * statistics.median(base) / n:.1f} ms an email")  # fmt: skip
    for tree, r in runs.items():
        cpu = statistics.median(x.cpu for x in r)
        ratios = [b / (x.cpu / 2) for b, x in zip(base, r, strict=True)]
        print(
            f"{tree}: median {cpu:.2f} s CPU ({1000 * cpu / n:.1f} ms an email), wall "
            f"{statistics.median(x.wall for x in r):.1f} s; baseline / (tree / 2) median "
            f"{statistics.median(ratios):.2f}x ({' / '.join(f'{x:.2f}' for x in ratios)}); "
            f"peak tree RSS {max(x.peak_rss for x in r) / MB:.0f} MB"
        )


if __name__ == "__main__":
    main()

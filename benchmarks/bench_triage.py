"""Triage a batch of generated emails in one `cpc-triage triage --format jsonl` process.

    .venv/bin/python -m benchmarks.bench_triage [--count 1000] [--repeat 3]

Prints emails/s, start-up seconds (one body-only email, whole process) and the peak RSS of the
process tree (the command, its fork server and parse workers), beside the baseline measured in
the same run: pdfplumber's bare single-process `extract_text` rate over the same attachments.
Medians over --repeat runs, each run's figures too, and the load average before and after
(the machine is shared: a busy second core slows the two-core batch more than the baseline).

Targets (the issue, 2-core machine): emails/s ≥ 1.2 × the baseline, start-up < 3 s, peak RSS of
the process tree < 400 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import (
    MB,
    TreeRss,
    bare_extract_text,
    generated_batch,
    median,
    pdf_attachments,
)

CLI = str(Path(sys.executable).parent / "cpc-triage")


def timed_cli(paths: list[Path]) -> tuple[float, TreeRss, int]:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [CLI, "triage", "--format", "jsonl", *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    with TreeRss(proc.pid) as rss:
        out, _ = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"cpc-triage exited {proc.returncode}")
    return seconds, rss, len(out.splitlines())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/batch"))
    args = ap.parse_args()

    paths = generated_batch(args.out, count=args.count)
    small = min(paths, key=lambda p: p.stat().st_size)
    pdfs = pdf_attachments(paths)
    n = len(paths)
    load_before = os.getloadavg()[0]
    runs, starts, base, peaks, mains = [], [], [], [], []
    for run in range(args.repeat):
        seconds, _pages = bare_extract_text(pdfs)
        base.append(seconds)
        starts.append(timed_cli([small])[0])
        seconds, rss, lines = timed_cli(paths)
        assert lines == len(paths), f"{lines} results for {len(paths)} emails"
        runs.append(seconds)
        peaks.append(rss.peak_tree)
        mains.append(rss.peak_main)
        print(
            f"run {run + 1}: baseline {n / base[-1]:.1f} emails/s, ours {n / seconds:.1f} "
            f"emails/s ({n / seconds / (n / base[-1]):.2f}x), start-up {starts[-1]:.2f} s, "
            f"peak RSS {rss.peak_tree / MB:.0f} MB"
        )
    ours_rate = n / median(runs)
    base_rate = n / median(base)
    print(f"load average (1 min) before / after: {load_before:.2f} / {os.getloadavg()[0]:.2f}")
    print(f"emails: {n} ({len(pdfs)} PDF attachments)")
    print(f"baseline pdfplumber extract_text (1 process): {base_rate:.1f} emails/s")
    print(
        f"cpc-triage triage --format jsonl:             {ours_rate:.1f} emails/s "
        f"({median(runs):.1f} s)"
    )
    print(f"ratio ours/baseline:                          {ours_rate / base_rate:.2f}x")
    print(f"start-up (one small email, whole process):    {median(starts):.2f} s")
    print(
        f"peak RSS of the process tree:                 {max(peaks) / MB:.0f} MB "
        f"(the command alone {max(mains) / MB:.0f} MB)"
    )


if __name__ == "__main__":
    main()

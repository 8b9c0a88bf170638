"""Triage a batch of generated emails in one `cpc-triage triage --format jsonl` process, beside a
baseline that does the same reading job, measured in the same run.

    .venv/bin/python -m benchmarks.bench_triage [--count 1000] [--repeat 3] [--mix bench corpus]

One row per mix of generated mail (`cpc_demo`), each with its own baseline:

- `bench`: PDF and DOCX booking forms, every PDF page with a text layer (no scans).
- `corpus`: the labelled corpus's mix — text and HTML bodies, and 1 booking form in 13 a scanned
  PDF (one image a page, no text layer), which must be OCR'd to be read at all.

The baseline is what a plain reader of the same emails must do, in one process, with no layout,
no fields and no triage (`benchmarks.common.reader_baseline`): pdfplumber's `extract_text` on
every PDF page; a page with no text layer OCR'd exactly as the product does it (its renderer and
its Tesseract call: same engine, language, page segmentation, resolution, one thread); the text
of every DOCX. Its parts are printed apart, and the ratio is given against the text layer alone
too (pdfplumber `extract_text` on the PDFs only, the baseline the issue's 1.2x target was first
measured against): on the bench mix that ratio is the old figure; on the corpus mix it compares
reading scans with not reading them, and only says how much of the time is OCR.

Why two mixes and an OCR'ing baseline (README, bench_triage rows): the first measurement (1.35x)
ran on the bench mix; a later one (0.36x) ran on a cached folder that held the corpus mix, where
the product OCRs 14 scans in every 200 emails that a bare `extract_text` skips in no time. The
batch folder now records its mix and seed (`benchmarks.common.generated_batch`) and a folder of
another mix is refused.

Prints, for each mix: emails/s of both (medians), the ratios (the median of each run's own
ratio, as the load drifts between runs), start-up seconds (one body-only email, whole
process), the peak RSS of the process tree (the command, its fork server and parse workers) —
medians over --repeat runs, each run's figures too — and the load average before and after (the
machine is shared: a busy second core slows the two-core batch more than the baseline).

Targets (issue 11, 2-core machine): emails/s >= 1.2 x the baseline, start-up < 3 s, peak RSS of
the process tree < 400 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import (
    MB,
    Baseline,
    TreeRss,
    attachments,
    default_out,
    generated_batch,
    median,
    reader_baseline,
)

CLI = str(Path(sys.executable).parent / "cpc-triage")
MIXES = ("bench", "corpus")


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


@dataclass
class Row:
    """The runs of one mix."""

    mix: str
    emails: int
    ours: list[float]
    base: list[Baseline]
    starts: list[float]
    peaks: list[int]
    mains: list[int]


def measure(mix: str, paths: list[Path], repeat: int) -> Row:
    found = attachments(paths)
    small = min(paths, key=lambda p: p.stat().st_size)
    row = Row(mix, len(paths), [], [], [], [], [])
    for run in range(repeat):
        row.base.append(reader_baseline(found))
        row.starts.append(timed_cli([small])[0])
        seconds, rss, lines = timed_cli(paths)
        assert lines == len(paths), f"{lines} results for {len(paths)} emails"
        row.ours.append(seconds)
        row.peaks.append(rss.peak_tree)
        row.mains.append(rss.peak_main)
        base = row.base[-1]
        print(
            f"{mix} run {run + 1}: baseline {row.emails / base.seconds:.1f} emails/s (text "
            f"{base.text_seconds:.1f} s, OCR {base.ocr_seconds:.1f} s, DOCX "
            f"{base.docx_seconds:.1f} s), ours {row.emails / seconds:.1f} emails/s "
            f"({base.seconds / seconds:.2f}x; text layer alone "
            f"{base.text_seconds / seconds:.2f}x), "
            f"start-up {row.starts[-1]:.2f} s, peak RSS {rss.peak_tree / MB:.0f} MB",
            flush=True,
        )
    return row


def report(row: Row) -> None:
    n, ours = row.emails, median(row.ours)
    base = median([b.seconds for b in row.base])
    text = median([b.text_seconds for b in row.base])
    ocr = median([b.ocr_seconds for b in row.base])
    docx = median([b.docx_seconds for b in row.base])
    first = row.base[0]
    print(
        f"== mix {row.mix}: {n} emails, {first.pages} PDF pages ({first.ocr_pages} with no text "
        f"layer, OCR'd), {first.docx} DOCX"
    )
    print(
        f"baseline, a reader's job (1 process):      {n / base:.1f} emails/s ({base:.1f} s: "
        f"text layer {text:.1f}, OCR {ocr:.1f}, DOCX {docx:.1f})"
    )
    print(f"cpc-triage triage --format jsonl:         {n / ours:.1f} emails/s ({ours:.1f} s)")
    # each run's ratio is measured in that run (the load drifts between runs): their median
    ratio = median([b.seconds / o for b, o in zip(row.base, row.ours, strict=True)])
    alone = median([b.text_seconds / o for b, o in zip(row.base, row.ours, strict=True)])
    print(f"ratio ours/baseline (median of the runs'): {ratio:.2f}x")
    print(f"ratio ours/text layer alone (no OCR, no DOCX): {alone:.2f}x")
    print(f"start-up (one small email, whole process): {median(row.starts):.2f} s")
    print(
        f"peak RSS of the process tree:             {max(row.peaks) / MB:.0f} MB "
        f"(the command alone {max(row.mains) / MB:.0f} MB)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mix", nargs="+", choices=MIXES, default=list(MIXES))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="batch folder (one --mix only); default per mix")
    args = ap.parse_args()
    if args.out is not None and len(args.mix) != 1:
        raise SystemExit("--out names one batch: give one --mix with it")

    batches = {
        mix: generated_batch(
            args.out or default_out(mix, args.seed), count=args.count, seed=args.seed, mix=mix
        )
        for mix in args.mix
    }
    load_before = os.getloadavg()[0]
    rows = [measure(mix, paths, args.repeat) for mix, paths in batches.items()]
    print(f"load average (1 min) before / after: {load_before:.2f} / {os.getloadavg()[0]:.2f}")
    for row in rows:
        report(row)


if __name__ == "__main__":
    main()

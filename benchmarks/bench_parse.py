"""Parse a batch of generated emails with PDF and DOCX booking forms in one process.

    .venv/bin/python benchmarks/bench_parse.py [--count 1000] [--repeat 3]

Prints emails/s, ms per PDF page and peak RSS for `parsers.parse_emails` with the worker pool,
beside the baseline measured in the same run: pdfplumber's bare `extract_text` over the same
PDFs in one process. Medians over --repeat runs; the ratio is ours / baseline (≥ 1.0 is faster).
The batch is the generator's "bench" mix (no scanned PDFs: a bare `extract_text` skips a scan,
the parser OCRs it — `bench_triage` measures that like for like).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from benchmarks.common import (
    MB,
    TreeRss,
    bare_extract_text,
    default_out,
    generated_batch,
    median,
    pdf_attachments,
)
from parsers import Limits, ParsePool, parse_emails


def run_ours(raws: list[bytes]) -> float:
    started = time.perf_counter()
    with ParsePool(limits=Limits()) as pool:
        for _ in parse_emails(raws, pool=pool):
            pass
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=default_out("bench"))
    args = ap.parse_args()

    paths = generated_batch(args.out, count=args.count)
    raws = [p.read_bytes() for p in paths]
    pdfs = pdf_attachments(paths)
    ours, base, pages = [], [], 0
    with TreeRss(os.getpid()) as rss:
        for _ in range(args.repeat):
            seconds, pages = bare_extract_text(pdfs)
            base.append(seconds)
            ours.append(run_ours(raws))
    n = len(raws)
    print(f"emails: {n} ({len(pdfs)} PDFs, {pages} PDF pages), cores: {os.cpu_count()}")
    print(
        f"baseline pdfplumber extract_text: {median(base):.2f} s, "
        f"{1000 * median(base) / max(pages, 1):.1f} ms/page, {n / median(base):.1f} emails/s"
    )
    print(
        f"parse_emails (pool):              {median(ours):.2f} s, "
        f"{1000 * median(ours) / max(pages, 1):.1f} ms/PDF page (whole parse), "
        f"{n / median(ours):.1f} emails/s"
    )
    print(f"ratio ours/baseline (speed):      {median(base) / median(ours):.2f}x")
    print(f"peak RSS: main {rss.peak_main / MB:.0f} MB, with workers {rss.peak_tree / MB:.0f} MB")


if __name__ == "__main__":
    main()

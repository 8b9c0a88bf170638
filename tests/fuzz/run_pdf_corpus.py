"""Run every PDF of a directory through a `ParsePool` and count the outcomes (by hand).

    .venv/bin/python tests/fuzz/run_pdf_corpus.py /work/shared/corpora/qpdf-qtest --timeout 10

Prints the number of files with text, without text, each error kind, the slowest files and the
wall time. Used for the full qpdf corpus (625 files), which tests may not read at run time.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from parsers.attachment import Limits
from parsers.sandbox import ParsePool


def main() -> None:
    arguments = argparse.ArgumentParser()
    arguments.add_argument("directory", type=Path)
    arguments.add_argument("--timeout", type=float, default=10.0)
    arguments.add_argument("--workers", type=int, default=2)
    arguments.add_argument("--ocr", action="store_true")
    options = arguments.parse_args()
    files = sorted(p for p in options.directory.iterdir() if p.suffix.lower() == ".pdf")
    limits = Limits(timeout_s=options.timeout, ocr=options.ocr)
    started = time.monotonic()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    with ParsePool(workers=options.workers, limits=limits) as pool:
        futures = [
            (p, pool.submit(p.read_bytes(), filename=p.name, declared_type=None)) for p in files
        ]
        for path, future in futures:
            content = future.result()
            if content.error_kind is not None:
                key = f"error:{content.error_kind.value}"
                examples[key].append(f"{path.name}: {content.error}")
            else:
                key = "text" if any(page.lines for page in content.pages) else "no text"
            counts[key] += 1
    elapsed = time.monotonic() - started
    print(f"{len(files)} files in {elapsed:.1f} s with {options.workers} workers")
    for key, count in counts.most_common():
        print(f"  {key}: {count}")
    for key, lines in sorted(examples.items()):
        print(f"\n{key}")
        for line in lines[:15]:
            print(f"  {line}")


if __name__ == "__main__":
    main()

"""Shared pieces of the benchmarks: the generated batch, the baseline, process-tree RSS."""

from __future__ import annotations

import email
import email.policy
import io
import statistics
import threading
import time
from pathlib import Path

import pdfplumber
import psutil


def generated_batch(out: Path, *, count: int, seed: int = 1) -> list[Path]:
    """`count` generated emails with PDF and DOCX booking forms (cached in `out`)."""
    from cpc_demo import generate

    existing = sorted(out.glob("*.eml"))
    if len(existing) >= count:
        return existing[:count]
    out.mkdir(parents=True, exist_ok=True)
    generate(out, count=count, seed=seed, mix="bench")
    return sorted(out.glob("*.eml"))[:count]


def pdf_attachments(paths: list[Path]) -> list[bytes]:
    pdfs = []
    for path in paths:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if isinstance(data, bytes) and data.startswith(b"%PDF"):
                pdfs.append(data)
    return pdfs


def bare_extract_text(pdfs: list[bytes]) -> tuple[float, int]:
    """The baseline: pdfplumber's bare `extract_text` over every PDF, one process."""
    pages = 0
    started = time.perf_counter()
    for data in pdfs:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - started, pages


class TreeRss:
    """Samples the peak resident memory of a process and of its whole tree."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak_main = 0
        self.peak_tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                main = self.process.memory_info().rss
                children = sum(c.memory_info().rss for c in self.process.children(recursive=True))
            except psutil.Error:
                break
            self.peak_main = max(self.peak_main, main)
            self.peak_tree = max(self.peak_tree, main + children)
            self._stop.wait(self.interval)


def median(values: list[float]) -> float:
    return statistics.median(values)


MB = 1024 * 1024

"""Shared pieces of the benchmarks: the generated batch, the baseline, process-tree RSS."""

from __future__ import annotations

import email
import email.policy
import io
import json
import shutil
import statistics
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import psutil

#: What the generator is asked for is written beside the emails: a folder is used again only
#: for the same mix and seed. It once was not — the cache took any `*.eml` it found, and a
#: folder holding the "corpus" mix (1 form in 13 a scan) was measured as the "bench" batch
#: (no scans): bench_triage fell from 1.35x to 0.36x with no change of code (README).
MANIFEST = "batch.json"


def generated_batch(out: Path, *, count: int, seed: int = 1, mix: str = "bench") -> list[Path]:
    """`count` generated emails of `mix` ("bench": PDF and DOCX booking forms, no scans;
    "corpus": the labelled corpus's mix, text and HTML bodies and 1 form in 13 scanned), cached
    in `out` with a manifest; a folder written otherwise is refused, never used silently."""
    from cpc_demo import generate

    wanted = {"mix": mix, "seed": seed}
    existing = sorted(out.glob("*.eml"))
    manifest = out / MANIFEST
    if existing:
        held = json.loads(manifest.read_text()) if manifest.exists() else {}
        if {k: held.get(k) for k in wanted} != wanted:
            raise SystemExit(
                f"{out} holds emails that are not the generator's {mix!r} mix with seed {seed} "
                f"(its {MANIFEST}: {held or 'none'}): remove the folder or pass another --out"
            )
        if held.get("count", 0) >= count:
            return existing[:count]
    out.mkdir(parents=True, exist_ok=True)
    generate(out, count=count, seed=seed, mix=mix)  # a seed's first n emails never change
    manifest.write_text(json.dumps({**wanted, "count": count}))
    return sorted(out.glob("*.eml"))[:count]


def default_out(mix: str, seed: int = 1) -> Path:
    """Where a benchmark keeps its generated batch of `mix`."""
    return Path("benchmarks/out") / f"{mix}-seed{seed}"


@dataclass(frozen=True, slots=True)
class Attachments:
    """The attachments a reader must read, by kind (the benchmarks' generator writes only PDF
    and DOCX forms; bodies are text or HTML and not counted)."""

    pdfs: list[bytes]
    docx: list[bytes]


def attachments(paths: list[Path]) -> Attachments:
    pdfs, docx = [], []
    for path in paths:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            data = part.get_payload(decode=True) if not part.is_multipart() else None
            if not isinstance(data, bytes):
                continue
            if data.startswith(b"%PDF"):
                pdfs.append(data)
            elif data.startswith(b"PK") and b"word/document.xml" in data:
                docx.append(data)
    return Attachments(pdfs=pdfs, docx=docx)


def pdf_attachments(paths: list[Path]) -> list[bytes]:
    return attachments(paths).pdfs


def bare_extract_text(pdfs: list[bytes]) -> tuple[float, int]:
    """pdfplumber's bare `extract_text` over every PDF, one process (bench_parse's baseline):
    a page with no text layer gives nothing and costs nothing."""
    pages = 0
    started = time.perf_counter()
    for data in pdfs:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - started, pages


@dataclass(frozen=True, slots=True)
class Baseline:
    """One run of the reader baseline: seconds by part, and what it read."""

    text_seconds: float  # pdfplumber extract_text, every PDF page
    ocr_seconds: float  # render + Tesseract, pages with no text layer
    docx_seconds: float  # every w:t of word/document.xml
    pages: int
    ocr_pages: int
    docx: int
    text: str  # everything read, for the tests

    @property
    def seconds(self) -> float:
        return self.text_seconds + self.ocr_seconds + self.docx_seconds


def reader_baseline(found: Attachments, *, timeout_s: float = 60.0) -> Baseline:
    """The plain job a reader of these emails must do, in one process, with no layout, no
    fields and no triage: the text of every attachment — pdfplumber `extract_text` on each PDF
    page, and a page with no text layer but an image OCR'd as the product does it (the same
    renderer `parsers.pdf.page_image` and the same Tesseract call `parsers.ocr.tesseract_tsv`:
    engine, language, page segmentation, resolution, one thread); every `w:t` of a Word
    document's body, read from its zip with lxml (20-40x faster than python-docx, which would
    flatter the product: LIBRARIES.md)."""
    import pypdfium2
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

    from parsers.ocr import TESSERACT, tesseract_tsv
    from parsers.pdf import page_image

    program = shutil.which(TESSERACT)
    parts: list[str] = []
    pages = ocr_pages = 0
    text_s = ocr_s = 0.0
    for data in found.pdfs:
        started = time.perf_counter()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            blank = []
            for index, page in enumerate(pdf.pages):
                text = page.extract_text() or ""
                parts.append(text)
                pages += 1
                if not text.strip() and page.images:
                    blank.append(index)
        text_s += time.perf_counter() - started
        if not blank:
            continue
        if program is None:
            raise SystemExit("tesseract is not installed: the baseline cannot OCR a scan")
        started = time.perf_counter()
        document = pypdfium2.PdfDocument(data)
        try:
            for index in blank:
                image = page_image(document[index])
                parts.append(tesseract_tsv(image, program=program, timeout_s=timeout_s))
                ocr_pages += 1
        finally:
            document.close()
        ocr_s += time.perf_counter() - started
    started = time.perf_counter()
    for data in found.docx:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            root = etree.fromstring(package.read("word/document.xml"))
        parts += [t.text or "" for t in root.iter(_W_TEXT)]
    docx_s = time.perf_counter() - started
    return Baseline(
        text_seconds=text_s, ocr_seconds=ocr_s, docx_seconds=docx_s, pages=pages,
        ocr_pages=ocr_pages, docx=len(found.docx), text="\n".join(parts),
    )  # fmt: skip


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
_W_TEXT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"

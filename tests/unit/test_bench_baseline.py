"""The triage benchmark's inputs and baseline (`benchmarks.common`): a cached batch is used only
for the mix it was generated as, and the baseline reads what a reader must read — a scanned
page is OCR'd as the product OCRs it, a Word document's text is read — so the ratio compares
the same job (README, bench_triage: 1.35x became 0.36x on a folder of another mix)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from benchmarks import common
from cpc_demo import generate

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


def _scanned_pdf(words: str) -> bytes:
    """One A4 page that is only an image of `words` (200 dpi, as the generator's scans)."""
    image = Image.new("L", (1654, 2339), 255)
    font = ImageFont.truetype(str(DEJAVU), 48) if DEJAVU.exists() else ImageFont.load_default()
    ImageDraw.Draw(image).text((150, 200), words, fill=0, font=font)
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=200.0)
    return out.getvalue()


def _text_pdf(words: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.drawString(72, 720, words)
    canvas.save()
    return out.getvalue()


def _docx(words: str) -> bytes:
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", body)
    return out.getvalue()


def test_a_batch_folder_holding_another_mix_is_refused_not_measured(tmp_path: Path) -> None:
    generate(tmp_path, count=2, seed=1, mix="corpus")

    with pytest.raises(SystemExit, match="not the generator's 'bench' mix"):
        common.generated_batch(tmp_path, count=2, seed=1)


def test_a_batch_folder_is_used_again_for_its_own_mix_and_seed(tmp_path: Path) -> None:
    first = common.generated_batch(tmp_path, count=2, seed=1, mix="corpus")
    stamps = [p.stat().st_mtime_ns for p in first]

    again = common.generated_batch(tmp_path, count=2, seed=1, mix="corpus")

    assert again == first
    assert [p.stat().st_mtime_ns for p in again] == stamps  # not written again
    with pytest.raises(SystemExit):
        common.generated_batch(tmp_path, count=2, seed=2, mix="corpus")


@needs_tesseract
def test_the_baseline_ocrs_a_page_with_no_text_layer_as_the_product_does() -> None:
    scan = _scanned_pdf("Conference booking form")

    _, pages = common.bare_extract_text([scan])  # the old baseline: a page, nothing read
    found = common.Attachments(pdfs=[scan, _text_pdf("Typed form")], docx=[])
    baseline = common.reader_baseline(found)

    assert pages == 1
    assert (baseline.pages, baseline.ocr_pages) == (2, 1)
    assert "Conference" in baseline.text and "booking" in baseline.text
    assert "Typed form" in baseline.text
    assert baseline.ocr_seconds > 0


def test_the_baseline_reads_the_text_of_a_word_document() -> None:
    found = common.Attachments(pdfs=[], docx=[_docx("Initial child protection")])
    baseline = common.reader_baseline(found)

    assert baseline.docx == 1
    assert "Initial child protection" in baseline.text
    assert baseline.ocr_pages == 0

"""atheris target: `parsers.attachment.read_attachment` on mutated PDFs and Word files (S3).

Inline, in the fuzzing process: a finding is an exception escaping the boundary, an input over
libFuzzer's `-timeout` (a hang the sandbox would have to kill), one past `-rss_limit_mb` (a bomb
the sandbox would have to kill), or a native crash. With `FUZZ_STRICT=1` the readers are called
without the boundary and any exception of a kind that means a bug rather than a damaged file
(`TypeError`, `AttributeError`, `KeyError`, `IndexError`, …) is a finding too.

Run by hand, not in CI (seeds: the qpdf sample and generated forms, portfolios and
paperclips among them — a PDF's files are read by `parsers.pdf_files`):

    .venv/bin/python tests/fuzz/fuzz_pdf.py --seeds /tmp/fuzz-pdf-seeds
    .venv/bin/python tests/fuzz/fuzz_pdf.py /tmp/fuzz-pdf /tmp/fuzz-pdf-seeds tests/corpus/qpdf \\
        -max_total_time=180 -timeout=20 -rss_limit_mb=2048 -max_len=65536 \\
        -artifact_prefix=tests/fuzz/crashers/pdf-
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports():
    # the readers read_attachment imports lazily: imported here so they are instrumented
    import parsers.docx
    import parsers.pdf  # noqa: F401
    from parsers import attachment, sniff
    from parsers.attachment import Limits, read_attachment
    from parsers.errors import AttachmentError

LIMITS = Limits(timeout_s=10, ocr=False, max_pages=20)
STRICT = os.environ.get("FUZZ_STRICT") == "1"
#: Exception kinds that mean a bug somewhere, not merely a damaged file.
BUGS = (TypeError, AttributeError, KeyError, IndexError, ZeroDivisionError, NameError,
        UnboundLocalError, AssertionError)  # fmt: skip


def test_one_input(data: bytes) -> None:
    if not STRICT:
        content = read_attachment(data, filename="fuzz", declared_type=None, limits=LIMITS)
        assert (content.error is None) == (content.error_kind is None)
        return
    media_type = sniff.sniff_media_type(data)
    try:
        attachment._dispatch(data, media_type=media_type, name="fuzz", limits=LIMITS)
    except AttachmentError:
        return
    except BUGS:
        raise
    except Exception:  # damaged-file errors from the libraries are expected
        return


def write_seeds(directory: Path) -> None:
    """Small well-formed PDFs and Word files for the fuzzer to mutate."""
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    directory.mkdir(parents=True, exist_ok=True)
    for compress in (0, 1):
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, pagesize=A4, pageCompression=compress)
        page.drawString(72, 760, "Initial Child Protection Conference")
        page.drawString(72, 740, "\u2612 Police attendance required")
        form = page.acroForm
        form.checkbox(name="police", x=72, y=700, checked=True)
        form.textfield(name="venue", x=72, y=660, value="Civic Centre")
        page.save()
        (directory / f"form-{compress}.pdf").write_bytes(buffer.getvalue())
    from tests.builders import xfa_builder as xb

    template = xb.template_xml(
        xb.subform_xml("Child", [("Name", "Name", "text"), ("DOB", "DOB", "date")], repeats=True)
        + xb.field_xml("Attend", "Police attendance required", "check10")
    )
    datasets = xb.datasets_xml({"Child": [{"Name": "Leo", "DOB": "2019-01-02"}], "Attend": "1"})
    (directory / "xfa-dynamic.pdf").write_bytes(xb.dynamic_xfa_pdf(template, datasets))
    from tests.builders.embedded_builder import Embedded, annotated, portfolio

    inner = (directory / "form-1.pdf").read_bytes()
    cover = ["Secure document pack", "Open the paperclip"]
    (directory / "portfolio.pdf").write_bytes(
        portfolio(cover, [Embedded("form.pdf", inner), Embedded("note.txt", b"ICPC", size=None)])
    )
    (directory / "paperclip.pdf").write_bytes(annotated(cover, [Embedded("form.pdf", inner)]))
    document = docx.Document()
    document.add_paragraph("Review Child Protection Conference")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Police"
    table.cell(0, 1).text = "\u2612 Attend"
    buffer = io.BytesIO()
    document.save(buffer)
    (directory / "form.docx").write_bytes(buffer.getvalue())


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        write_seeds(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

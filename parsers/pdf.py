"""Read a PDF into `Page`s of lines, with every tick box rendered as `☒`/`☐`.

One pass per page: pdfplumber opens the document and pdfminer lays each page out once
(`pdf_paint.laid_out`: pdfplumber's `page.layout`, each fill told dark or light), giving the
characters, rectangles, lines, curves and images together; pypdf reads the AcroForm widgets
only when the document has a form; pypdfium2 renders a page only when it must be OCR'd.
Measured (`/tmp` bench, median of 25, interleaved, loaded 2-core box): a flattened 3-page
form 66 ms against pdfplumber `extract_text` 125 ms; a 3-page AcroForm 53 ms against 59 ms
(pypdf's widget pass is the difference). Only what a person could see is read (`pdf_hidden`:
not invisible, white on white, painted over, or off the crop box). The text rules are
`parsers.records`': lines in reading order, cells joined by a TAB, a box glyph before its
label. `pdf_turn` turns a page's text upright whatever `/Rotate` and the text matrices say,
`pdf_spacing` joins letter-spaced words, `pdf_layout` builds the lines in reading order from
positions alone (never the order things were drawn in), `pdf_marks` finds printed and drawn
boxes (`pdf_box_state` reads what is painted in a drawn one), `pdf_form` places widget
values and check boxes, `ocr` reads scanned pages.

Every library exception is translated here (STYLE.md habit 5) into an `AttachmentError`:
a password we do not have → ENCRYPTED; a broken file → PARSER_ERROR; no pages → EMPTY; over
`max_pages` → TOO_LARGE; a scanned page with no Tesseract → OCR_UNAVAILABLE.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pypdf
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import Page as PlumberPage
from pdfplumber.pdf import PDF

from parsers import ocr as ocr_module
from parsers.errors import AttachmentError
from parsers.page_text import untypeset
from parsers.pdf_annots import Annotations, mark_texts, page_annotations
from parsers.pdf_circled import circled_options
from parsers.pdf_columns import Rule
from parsers.pdf_files import carries_files
from parsers.pdf_form import open_form, widget_refs, widget_words
from parsers.pdf_hidden import View, in_view, page_view, seen_chars
from parsers.pdf_layout import (
    Char,
    Picture,
    Shape,
    Word,
    page_content,
    page_lines,
    words_from_chars,
)
from parsers.pdf_mark_over import marked_boxes
from parsers.pdf_marks import drawn_boxes, glyph_words, yes_no_words
from parsers.pdf_paint import laid_out
from parsers.pdf_scan import boxes_in, covering, with_scanned_boxes
from parsers.pdf_spacing import letters_joined
from parsers.pdf_turn import upright
from parsers.pdf_xfa import XfaForm, is_placeholder, xfa_form, xfa_page_lines
from parsers.records import ErrorKind, Page
from parsers.xfa_packets import xfa_packets

_MIN_RULE = 6.0  # a vertical rule shorter than this is not a cell edge
#: The most pages of one PDF whose pixels are read for tick boxes under an OCR text layer
#: (`parsers.pdf_scan`, ~0.3-0.6 s a page): a booking form is in the first pages, and a
#: 60-page scanned bundle must stay inside a worker's CPU limit. Later pages keep their text;
#: a box glyph there is unread (`⍰`).
SCAN_PAGES = 12


@dataclass(frozen=True, slots=True)
class PdfText:
    pages: tuple[Page, ...]
    ocr_used: bool
    encrypted: bool
    #: it lists embedded files, paperclips or associated files (`parsers.pdf_files`)
    carries_files: bool = False


def read_pdf(
    data: bytes,
    *,
    name: str,
    ocr: bool = True,
    max_pages: int = 60,
    tesseract: str = ocr_module.TESSERACT,
    ocr_timeout_s: float = 60.0,
) -> PdfText:
    """The PDF's pages as lines; raises `AttachmentError` with a sentence for a person."""
    try:
        with _opened(data) as pdf:
            encrypted = pdf.doc.encryption is not None
            count = len(pdf.pages)
            if count == 0:
                raise AttachmentError(ErrorKind.EMPTY, "the PDF has no pages")
            if count > max_pages:
                raise AttachmentError(
                    ErrorKind.TOO_LARGE,
                    f"the PDF has {count} pages, more than the limit of {max_pages}",
                )
            form = open_form(data) if "AcroForm" in pdf.doc.catalog else None
            xfa = _xfa(form)
            reader = _Reader(data=data, form=form, xfa=xfa, name=name, ocr=ocr,
                             tesseract=tesseract, timeout_s=ocr_timeout_s)  # fmt: skip
            try:
                pages = tuple(reader.page(page, index=i) for i, page in enumerate(pdf.pages))
            finally:
                reader.close()
            pages = _with_xfa_page(pages, xfa, name=name)
            pages_read = (page.page_obj for page in pdf.pages)
            carries = reader.paperclips or carries_files(pdf.doc.catalog, pages_read)
            return PdfText(
                pages=pages, ocr_used=reader.ocr_used, encrypted=encrypted, carries_files=carries
            )
    except AttachmentError:
        raise
    except Exception as exc:  # the boundary: every library error becomes data
        raise _translated(exc) from exc


def _xfa(form: pypdf.PdfReader | None) -> XfaForm | None:
    """The document's XFA form (`parsers.pdf_xfa`), or None; damage is an AttachmentError."""
    packets = xfa_packets(form) if form is not None else None
    return xfa_form(packets) if packets is not None else None


def _with_xfa_page(pages: tuple[Page, ...], xfa: XfaForm | None, *, name: str) -> tuple[Page, ...]:
    """A dynamic XFA form's pages are not the form (Adobe's "Please wait..." text, or a page
    the viewer redraws: `/NeedsRendering`): the datasets, read as a page, take their place.
    A static form's page is the form, its widgets showing the datasets' answers (`pdf_form`)."""
    if xfa is None or not xfa.has_data:
        return pages
    kept = () if xfa.dynamic else tuple(p for p in pages if not is_placeholder(p.lines))
    if len(kept) == len(pages):
        return pages
    first = Page(location=f"{name} p1", lines=xfa_page_lines(xfa), number=1)
    return (first, *(p for p in kept if p.number != 1))


@contextmanager
def _opened(data: bytes) -> Iterator[PDF]:
    pdf = pdfplumber.open(io.BytesIO(data))
    try:
        yield pdf
    finally:
        _close(pdf)


def _close(pdf: PDF) -> None:
    """Let the pages read go now, each with its layout (an object for every character).

    pdfplumber's own `PDF.close()` (0.11) forgets its list of pages first (`_pages` is one of
    its cached properties) and then asks for `pdf.pages`, which builds every page again only
    to close it; the pages that were read keep their layouts, and a page refers to itself
    (`root_page`), so they waited for the cyclic collector. Closing the pages read (and
    pypdf's reader: `_Reader.close`) and building none again took the collector's share of a
    parse worker's instructions over the benchmark's mail from 1.8 % to 1.0 % (callgrind,
    50 emails; issue 11).
    """
    for page in pdf.__dict__.get("_pages", ()):
        page.close()
    pdf.flush_cache()


def _translated(exc: BaseException) -> AttachmentError:
    if any(
        isinstance(e, PDFPasswordIncorrect | pypdf.errors.FileNotDecryptedError)
        for e in _chain(exc)
    ):
        return AttachmentError(
            ErrorKind.ENCRYPTED, "the PDF is password-protected and cannot be opened"
        )
    if any(isinstance(e, PDFEncryptionError | NotImplementedError) for e in _chain(exc)):
        return AttachmentError(
            ErrorKind.ENCRYPTED, "the PDF is encrypted in a way that cannot be opened"
        )
    if isinstance(exc, MemoryError):
        return AttachmentError(ErrorKind.MEMORY, "the PDF needs too much memory to read")
    return AttachmentError(ErrorKind.PARSER_ERROR, "the PDF is damaged and could not be read")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what it wraps (pdfplumber's `PdfminerException(e)`), and its causes."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [a for a in e.args if isinstance(a, BaseException)]
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]


@dataclass(slots=True)
class _Reader:
    """Reads pages of one open document; remembers whether OCR was needed."""

    data: bytes
    form: pypdf.PdfReader | None
    xfa: XfaForm | None
    name: str
    ocr: bool
    tesseract: str
    timeout_s: float
    ocr_used: bool = False
    paperclips: bool = False  # a page has a /FileAttachment (`parsers.pdf_annots`)
    _pdfium: Any = None
    _scans_read: int = 0

    def page(self, page: PlumberPage, *, index: int) -> Page:
        number = index + 1
        layout = laid_out(page)
        view = upright(
            *_seen(page_content(layout), page_view(page.page_obj)),
            width=float(layout.width),
            height=float(layout.height),
        )
        drawn, images = view.drawn, view.images
        words = glyph_words(letters_joined(words_from_chars(view.chars)), drawn)
        turn = (_rotation(page) + view.turn.degrees) % 360
        widgets: frozenset[int] = frozenset()
        if self.form is not None:
            words += widget_words(self.form, index=index, turn=turn, xfa=self.xfa, drawn=words)
            widgets = widget_refs(self.form, index=index)
        annots = _annotations(page, turn=turn, widgets=widgets)
        self.paperclips = self.paperclips or annots.paperclip
        dpi = covering(images, width=view.width, height=view.height)
        if not words and images:
            lines = self._ocr(index) + _annotation_lines(annots)
            dpi = dpi or ocr_module.OCR_DPI
        else:
            words += annots.words
            if dpi is not None:  # a "searchable" scan: its ticks are only in the pixels
                read = self._scans_read < SCAN_PAGES
                self._scans_read += 1 if read else 0
                scanned = view.placed(self._scanned_boxes(index, dpi)) if read else []
                words = with_scanned_boxes(words, scanned)
                self.ocr_used = True  # its text is an OCR engine's: decide.Case.scanned
            words, boxes = drawn_boxes(words, drawn, images)
            words = marked_boxes(words, annots.marks)
            words = circled_options(yes_no_words(words, drawn), drawn, annots.highlights)
            lines = tuple(
                line.rstrip()
                for line in page_lines(
                    words, edges=_edges(drawn, boxes), rules=_rules(drawn, boxes)
                )
                + _aside_lines(view.asides)
            )
        return Page(
            location=f"{self.name} p{number}", lines=untypeset(lines), number=number,
            ocr=dpi is not None,
        )  # fmt: skip

    def close(self) -> None:
        if self._pdfium is not None:
            self._pdfium.close()
        if self.form is not None:  # its cache of objects refers back to it (as `_close` says)
            self.form.close()

    def _ocr(self, index: int) -> tuple[str, ...]:
        if not self.ocr:
            raise AttachmentError(
                ErrorKind.OCR_UNAVAILABLE, "the PDF has no text layer and OCR is switched off"
            )
        if not ocr_module.tesseract_available(self.tesseract):
            raise AttachmentError(
                ErrorKind.OCR_UNAVAILABLE,
                "the PDF has no text layer and Tesseract OCR is not installed",
            )
        image = self._render(index)
        self.ocr_used = True
        return ocr_module.ocr_lines(image, timeout_s=self.timeout_s, tesseract=self.tesseract)

    def _render(self, index: int) -> Any:
        return page_image(self._document()[index])

    def _document(self) -> Any:
        import pypdfium2

        if self._pdfium is None:
            self._pdfium = pypdfium2.PdfDocument(self.data)
        return self._pdfium

    def _scanned_boxes(self, index: int, dpi: float) -> list[Word]:
        """The tick boxes in the page's pixels, as words in page points."""
        page = self._document()[index]
        width, height = page.get_size()
        scale = dpi / 72
        scale = min(scale, math.sqrt(ocr_module.MAX_OCR_PIXELS / max(width * height, 1.0)))
        image = page.render(scale=scale, grayscale=True).to_pil()
        import numpy as np  # at a worker's first scan, not in the fork server

        return boxes_in(np.asarray(image.convert("L"), dtype=np.uint8), scale=1 / scale)


def page_image(page: Any) -> Any:
    """A pypdfium2 page as the grey image Tesseract reads: at `ocr.OCR_DPI`, fewer dots when
    the page is so large it would pass `ocr.MAX_OCR_PIXELS` (a 1 m² "page" must not exhaust
    memory). One renderer, so `benchmarks/bench_triage`'s baseline OCRs the same pixels."""
    width, height = page.get_size()
    scale = ocr_module.OCR_DPI / 72
    scale = min(scale, math.sqrt(ocr_module.MAX_OCR_PIXELS / max(width * height, 1.0)))
    return page.render(scale=scale, grayscale=True).to_pil()


def _seen(
    content: tuple[list[Char], list[Shape], list[Picture]], view: View | None
) -> tuple[list[Char], list[Shape], list[Picture]]:
    """What a person can see of the page (`parsers.pdf_hidden`): the characters painted,
    uncovered and not the colour under them, and the shapes and images, on the visible page."""
    chars, drawn, images = content
    return seen_chars(chars, drawn, images, view=view), in_view(drawn, view), in_view(images, view)


def _rotation(page: PlumberPage) -> int:
    """The `/Rotate` pdfminer applied to the page (it applies only right angles)."""
    rotate = int(getattr(page.page_obj, "rotate", 0) or 0) % 360
    return rotate if rotate in (90, 180, 270) else 0


def _annotations(page: PlumberPage, *, turn: int, widgets: frozenset[int]) -> Annotations:
    """What the page's annotations show (`parsers.pdf_annots`): a form answered with a
    viewer's Fill & Sign or comment tools has its answers there, not in the page's text."""
    raw = getattr(page.page_obj, "annots", None)
    if not raw:
        return Annotations()
    return page_annotations(raw, mediabox=page.page_obj.mediabox, turn=turn, widgets=widgets)


def _annotation_lines(annots: Annotations) -> tuple[str, ...]:
    """An OCR'd page's annotation text as lines after what OCR read: its lines come from
    the pixels, not from words, so the typed answers are not placed among them."""
    words = [*annots.words, *mark_texts(annots.marks)]
    return tuple(page_lines(words, edges=[])) if words else ()


def _aside_lines(asides: list[list[Char]]) -> list[str]:
    """The lines of text that runs across the page's own (`parsers.pdf_turn`), each
    direction's read upright on its own, after the page's lines."""
    lines: list[str] = []
    for chars in asides:
        lines += page_lines(letters_joined(words_from_chars(chars)), edges=[])
    return lines


def _edges(drawn: list[Shape], boxes: list[Shape]) -> list[tuple[float, float, float]]:
    """Vertical rules that separate cells: rectangle sides and upright lines, not tick boxes."""
    edges: list[tuple[float, float, float]] = []
    for s in drawn:
        if s.height < _MIN_RULE or any(_within(s, box) for box in boxes):
            continue
        if s.kind == "rect":
            edges += [(s.x0, s.top, s.bottom), (s.x1, s.top, s.bottom)]
        elif s.kind == "line" and s.width < 1.0:
            edges.append((s.x0, s.top, s.bottom))
    return edges


def _rules(drawn: list[Shape], boxes: list[Shape]) -> list[Rule]:
    """Every drawn line and rectangle but the tick boxes: what may rule a table."""
    return [
        Rule(s.x0, s.x1, s.top, s.bottom)
        for s in drawn
        if s.kind != "curve" and not any(_within(s, box) for box in boxes)
    ]


def _within(shape: Shape, box: Shape) -> bool:
    return (
        shape.x0 >= box.x0 - 1
        and shape.x1 <= box.x1 + 1
        and shape.top >= box.top - 1
        and shape.bottom <= box.bottom + 1
    )


__all__ = ["PdfText", "read_pdf"]

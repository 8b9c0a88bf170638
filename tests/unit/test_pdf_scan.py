"""A multifunction printer's "searchable" scan: a page-sized image under an invisible OCR text
layer, whose pen ticks are only in the pixels (issue 11, set l layout 56). The boxes are read
from the rendered page and bound to the text layer's labels as drawn boxes are.

The scans are drawn here (`tests.builders.scan_form.searchable_scan_pdf`); no Tesseract is
needed, the text layer stands for the printer's OCR.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from pathlib import Path

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers import parse_email
from parsers import pdf as pdf_module
from parsers.pdf import read_pdf
from parsers.pdf_layout import Picture, Word
from parsers.pdf_scan import MAX_DPI, MIN_DPI, covering, with_scanned_boxes
from parsers.records import MARKED, UNMARKED, UNREAD, Invitation, PoliceTick
from tests.builders import mail_builder as mail
from tests.builders.pdf_builder import glyph_pdf
from tests.builders.scan_form import Mark, police_boxes, searchable_scan_pdf
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Suggestion

ROOT = Path(__file__).resolve().parents[2]
A4 = (595.28, 841.89)
FORM_TEXT = (
    "Conference type: Initial Child Protection Conference",
    "Date of conference: 18/12/2026 at 10:00",
    "Child: Mason Hirst, DOB 09/06/2018",
    "Mother: Amy Hirst",
    "Reason: Neglect - the home conditions are poor and Mason misses school.",
    "West Yorkshire Police - please tick one box:",
)


def scan(attend: Mark, report: Mark, **kwargs: object) -> bytes:
    boxes = police_boxes(attend, report, side=40, top=700)
    return searchable_scan_pdf(boxes, text=FORM_TEXT, heading="Booking form", **kwargs)  # type: ignore[arg-type]


def page_lines(data: bytes) -> tuple[str, ...]:
    return read_pdf(data, name="scan.pdf").pages[0].lines


@pytest.mark.parametrize(
    ("attend", "report", "want"),
    [
        ("tick", "none", (MARKED, UNMARKED)),
        ("none", "heavy", (UNMARKED, MARKED)),
        ("x", "tick", (MARKED, MARKED)),
        ("none", "none", (UNMARKED, UNMARKED)),
    ],
)
def test_the_pen_marks_of_a_searchable_scan_are_read_from_its_pixels(
    attend: Mark, report: Mark, want: tuple[str, str]
) -> None:
    """Before: the text layer gave both labels with no box, and the question read as unanswered."""
    lines = page_lines(scan(attend, report))
    assert f"{want[0]} Police attendance required" in lines
    assert f"{want[1]} Written report sufficient" in lines


def test_a_searchable_scan_is_marked_as_ocr_text() -> None:
    """Its words are an OCR engine's: the decision treats it as a scan (`decide.Case.scanned`)."""
    assert read_pdf(scan("tick", "none"), name="scan.pdf").ocr_used


def test_a_searchable_scans_page_is_marked_as_ocr_text_for_the_field_reader() -> None:
    """Its words carry the OCR engine's slips, which `parsers.ocr_reading` undoes."""
    assert read_pdf(scan("tick", "none"), name="scan.pdf").pages[0].ocr
    assert not read_pdf(glyph_pdf(ticked="report"), name="form.pdf").pages[0].ocr


def test_the_text_layers_own_reading_of_a_box_is_replaced_by_the_pixels() -> None:
    """An OCR engine writes "O" or "☐" where a box is: the pixels' reading stands instead."""
    lines = page_lines(scan("none", "tick", box_readings=("O", "☐")))
    assert "☐ Police attendance required" in lines
    assert "☒ Written report sufficient" in lines


def test_a_typed_pdf_is_not_rendered_and_keeps_its_boxes() -> None:
    result = read_pdf(glyph_pdf(ticked="report"), name="form.pdf")
    assert not result.ocr_used
    assert any("☒ Written report sufficient" in line for line in result.pages[0].lines)


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def _invitation(form: bytes) -> Invitation:
    raw = mail.plain(
        "Please find the booking form attached (scanned).",
        attachments=[("SKM_C45826120709581.pdf", form, "application/pdf")],
        sender="Conference Team <conferences@wakefield.gov.uk>",
        subject="ICPC 18/12 - HIRST",
    )
    return parse_email(raw)


def _suggested(invitation: Invitation) -> Suggestion:
    config, nlp = _config()
    return triage(invitation, config=config, nlp=nlp, received=date(2026, 12, 1)).decision.suggested


@pytest.mark.parametrize(
    ("attend", "report", "tick"),
    [
        ("tick", "none", PoliceTick.REQUIRED),
        ("none", "heavy", PoliceTick.REPORT_SUFFICIENT),
        ("x", "tick", PoliceTick.BOTH),
        ("none", "none", PoliceTick.NEITHER),
    ],
)
def test_the_police_question_of_a_searchable_scan_is_its_pen_marks(
    attend: Mark, report: Mark, tick: PoliceTick
) -> None:
    assert _invitation(scan(attend, report)).fields.police_tick is tick


def test_a_searchable_scan_with_neither_box_marked_goes_to_a_person() -> None:
    """Safety: "neither" read from a scan's pixels may be a faint mark not seen — never
    `report_only`, as for an image-only scan (`decide._unread_police_question`). Before, the
    text layer's bare labels read as a typed form's "neither" and gave `report_only`."""
    assert _suggested(_invitation(scan("none", "none"))) is Suggestion.DISCUSS


def test_one_box_clearly_marked_on_a_searchable_scan_is_a_confident_reading() -> None:
    assert _suggested(_invitation(scan("none", "tick", ink="black"))) is Suggestion.REPORT_ONLY


# --- the pieces -------------------------------------------------------------------------------


def test_a_page_sized_image_is_a_scan_read_at_its_own_resolution() -> None:
    picture = Picture(0, A4[0], 0, A4[1], pixels_wide=1240, pixels_high=1754)
    assert covering([picture], width=A4[0], height=A4[1]) == pytest.approx(150, abs=0.5)


def test_strips_that_cover_the_page_together_are_a_scan() -> None:
    strips = [Picture(0, A4[0], top, top + A4[1] / 4, 2480, 877) for top in (0, 210.5, 421, 631.5)]
    assert covering(strips, width=A4[0], height=A4[1]) == pytest.approx(300, abs=0.5)


def test_a_logo_or_a_photo_in_a_typed_form_is_no_scan() -> None:
    logo = Picture(400, 560, 20, 90, 800, 350)
    photo = Picture(50, 300, 300, 600, 1000, 1200)
    assert covering([logo, photo], width=A4[0], height=A4[1]) is None
    assert covering([], width=A4[0], height=A4[1]) is None


def test_an_image_of_unknown_resolution_is_read_at_the_most() -> None:
    picture = Picture(0, A4[0], 0, A4[1], pixels_wide=0, pixels_high=0)
    assert covering([picture], width=A4[0], height=A4[1]) == MAX_DPI


@given(
    st.lists(
        st.tuples(
            st.floats(-1e4, 1e4), st.floats(-1e4, 1e4), st.floats(-1e4, 1e4),
            st.floats(-1e4, 1e4), st.integers(-10, 10**6), st.integers(-10, 10**6),
        ),
        max_size=6,
    ),
    st.floats(-10, 5000),
    st.floats(-10, 5000),
)  # fmt: skip
def test_covering_is_a_resolution_in_bounds_or_none_for_any_placement(
    raw: list[tuple[float, float, float, float, int, int]], width: float, height: float
) -> None:
    """A hostile file places images anywhere, of any declared size."""
    pictures = [Picture(a, b, c, d, w, h) for a, b, c, d, w, h in raw]
    dpi = covering(pictures, width=width, height=height)
    assert dpi is None or MIN_DPI <= dpi <= MAX_DPI


def _word(text: str, x0: float, top: float, x1: float | None = None, size: float = 11.0) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 6 * len(text) if x1 is None else x1, top=top,
                bottom=top + size, size=size)  # fmt: skip


def test_a_box_found_under_a_word_of_the_text_layer_is_a_letter() -> None:
    words = [_word("BOOKING", 60, 40), _word("Police", 80, 100)]
    letter = _word(MARKED, 60, 40, x1=71)  # the "O" of a bold heading, square in the pixels
    box = _word(UNMARKED, 55, 100, x1=67)
    kept = with_scanned_boxes(words, [letter, box])
    assert [w.text for w in kept] == ["BOOKING", "Police", UNMARKED]


def test_a_box_glyph_of_the_text_layer_the_pixels_do_not_confirm_is_unread() -> None:
    words = [_word(MARKED, 55, 100, x1=67), _word("Police", 80, 100)]
    assert [w.text for w in with_scanned_boxes(words, [])] == [UNREAD, "Police"]


def test_only_the_first_pages_of_a_long_scan_are_read_for_boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long scanned bundle stays inside a worker's CPU limit: past `SCAN_PAGES`, a page
    keeps its text and no box is read on it (its police question then stays unread)."""
    monkeypatch.setattr(pdf_module, "SCAN_PAGES", 2)
    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.append(pypdf.PdfReader(io.BytesIO(scan("tick", "none"))))
    buffer = io.BytesIO()
    writer.write(buffer)
    pages = read_pdf(buffer.getvalue(), name="bundle.pdf").pages
    assert ["☒ Police attendance required" in p.lines for p in pages] == [True, True, False]
    assert "Police attendance required" in pages[2].lines
    assert all(p.ocr for p in pages)

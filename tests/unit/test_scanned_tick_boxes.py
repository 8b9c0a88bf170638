"""A scanned or photographed booking form's police question, read from its boxes end to end:
the image → Tesseract and the box reader → the form model's lines → the tick → the decision
(issue 11). Real Tesseract; the forms are drawn here with pen marks and a scan's faults."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from parsers import parse_email
from parsers.ocr import ocr_image, tesseract_available
from parsers.records import Invitation, PoliceTick
from tests.builders import mail_builder as mail
from tests.builders.scan_form import Mark, form_image, png, police_boxes
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Suggestion

ROOT = Path(__file__).resolve().parents[2]
needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="Tesseract not installed")
FORM_TEXT = (
    "Conference type: Initial Child Protection Conference",
    "Date of conference: 18/12/2026 at 10:00",
    "Child: Mason Hirst, DOB 09/06/2018",
    "Mother: Amy Hirst",
    "Reason: Neglect - the home conditions are poor and Mason misses school.",
    "West Yorkshire Police - please tick one box:",
)


def booking_form(attend: Mark, report: Mark, *, ink: str = "blue") -> bytes:
    page = form_image(
        police_boxes(attend, report, side=40, top=520),
        size=(1654, 900),
        ink=ink,
        angle=0.6,
        blur=0.6,
        grain=8.0,
        seed=11,
        heading="Wakefield Council - Booking Form",
        text=FORM_TEXT,
    )
    return png(page)


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def _invitation(form: bytes) -> Invitation:
    raw = mail.plain(
        "Please find the conference request attached (scanned).",
        attachments=[("booking form.png", form, "image/png")],
        sender="Conference Team <conferences@wakefield.gov.uk>",
        subject="ICPC 18/12 - HIRST",
    )
    return parse_email(raw)


def _suggested(invitation: Invitation) -> Suggestion:
    config, nlp = _config()
    result = triage(invitation, config=config, nlp=nlp, received=date(2026, 12, 1))
    return result.decision.suggested


@needs_tesseract
def test_the_boxes_of_a_scanned_form_are_written_before_their_labels() -> None:
    lines = ocr_image(booking_form("none", "tick"), timeout_s=60)
    assert "☐ Police attendance required" in lines
    assert "☒ Written report sufficient" in lines


@needs_tesseract
@pytest.mark.parametrize(
    ("attend", "report", "tick"),
    [
        ("none", "tick", PoliceTick.REPORT_SUFFICIENT),
        ("x", "none", PoliceTick.REQUIRED),
        ("fill", "x", PoliceTick.BOTH),
        ("none", "none", PoliceTick.NEITHER),
    ],
)
def test_the_police_question_of_a_scan_is_read_from_its_marks(
    attend: Mark, report: Mark, tick: PoliceTick
) -> None:
    invitation = _invitation(booking_form(attend, report))
    assert invitation.ocr_used
    assert invitation.fields.police_tick is tick


@needs_tesseract
def test_a_scan_with_one_box_clearly_marked_is_a_confident_reading_and_may_be_report_only() -> None:
    """Before issue 11 every scan with no criterion went to `discuss`: the pen mark was unread."""
    assert (
        _suggested(_invitation(booking_form("none", "tick", ink="black"))) is Suggestion.REPORT_ONLY
    )


@needs_tesseract
@pytest.mark.parametrize(("attend", "report"), [("faint", "tick"), ("none", "none")])
def test_a_scan_whose_mark_cannot_be_told_or_with_neither_box_marked_goes_to_a_person(
    attend: Mark, report: Mark
) -> None:
    """A faint stroke in the attendance box is neither a mark nor none: the question stays
    unread, never `report_only` on the strength of the other box."""
    invitation = _invitation(booking_form(attend, report))
    assert invitation.fields.police_tick in (PoliceTick.NOT_FOUND, PoliceTick.NEITHER)
    assert _suggested(invitation) is Suggestion.DISCUSS

"""Tick boxes answered with paint alone (`parsers.pdf_box_state`, `parsers.pdf_paint`): a dark
fill at a box is a mark, a white or pale one is not, and a shape at a box that is neither makes
the box unread — so the police question is not read as "neither" (issue 11, set o layout 75).
Forms drawn here with reportlab; every wording is invented."""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from reportlab.lib.colors import CMYKColorSep
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsers import parse_email
from parsers.fields_tick import police_tick
from parsers.pdf import read_pdf
from parsers.pdf_paint import Ink, ink_of
from parsers.records import MARKED, UNMARKED, UNREAD, PoliceTick
from tests.builders import mail_builder as mail
from tests.builders.geometry_builder import (
    Box,
    BoxStyle,
    Item,
    Shade,
    Stamp,
    page_pdf,
    words,
)
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Suggestion

ROOT = Path(__file__).resolve().parents[2]
ATTEND = "Officer attendance requested"
REPORT = "Police report only"
QUESTION = "Role of the police at the meeting (choose one)"


def form(
    attend: BoxStyle,
    report: BoxStyle,
    *,
    ink: tuple[float, float, float] = (0.0, 0.0, 0.0),
    shaded: bool = False,
) -> list[Item]:
    """A short booking form whose police question has two boxes drawn as `attend`, `report`."""
    items: list[Item] = []
    y = 780.0
    for label, value in (
        ("Kind of meeting", "Initial child protection conference"),
        ("Meeting date", "Thursday 4 March 2027"),
        ("Start time", "10.15am"),
        ("Young person", "Aiden Brook 02/02/2016"),
    ):
        items += words(50, y, label) + words(200, y, value)
        y -= 20
    y -= 10
    items += words(50, y, QUESTION, font="Helvetica-Bold")
    for style, label in ((attend, ATTEND), (report, REPORT)):
        y -= 18
        if shaded:  # the whole row shaded pale grey, box and label alike
            items.append(Shade(44, y - 4, 320, 16))
        items.append(Box(50, y - 1, style, ink=ink))
        items += words(66, y, label)
    return items


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


def options(data: bytes) -> tuple[str, str]:
    lines = lines_of(data)
    return (
        next(line for line in lines if line.endswith(ATTEND)),
        next(line for line in lines if line.endswith(REPORT)),
    )


@pytest.mark.parametrize(
    ("attend", "report", "glyphs"),
    [
        ("filled", "outline", (MARKED, UNMARKED)),
        ("outline", "filled", (UNMARKED, MARKED)),
        ("diagonals", "outline", (MARKED, UNMARKED)),  # corner to corner: no side of the box
        ("inset", "white", (MARKED, UNMARKED)),
        ("disc", "ring", (MARKED, UNMARKED)),  # a chosen radio button painted whole
        ("white", "white", (UNMARKED, UNMARKED)),
        ("frame", "filled", (UNMARKED, MARKED)),  # an outline painted as a square with a hole
        ("outline", "outline", (UNMARKED, UNMARKED)),
    ],
)
def test_a_box_is_marked_by_what_is_painted_in_it(
    attend: BoxStyle, report: BoxStyle, glyphs: tuple[str, str]
) -> None:
    assert options(page_pdf([form(attend, report)])) == (
        f"{glyphs[0]} {ATTEND}",
        f"{glyphs[1]} {REPORT}",
    )


@pytest.mark.parametrize(
    ("ink", "glyph"), [((0.1, 0.1, 0.5), MARKED), ((0.85, 0.85, 0.85), UNMARKED)]
)
def test_a_dark_coloured_fill_is_a_mark_and_a_pale_one_is_not(
    ink: tuple[float, float, float], glyph: str
) -> None:
    attend, _ = options(page_pdf([form("filled", "outline", ink=ink)]))
    assert attend == f"{glyph} {ATTEND}"


def test_a_fill_neither_dark_nor_light_leaves_the_box_unread() -> None:
    attend, report = options(page_pdf([form("filled", "outline", ink=(0.6, 0.6, 0.6))]))
    assert attend == f"{UNREAD} {ATTEND}"
    assert report == f"{UNMARKED} {REPORT}"


def test_a_shape_at_the_box_that_is_no_mark_leaves_the_box_unread() -> None:
    attend, report = options(page_pdf([form("speck", "outline")]))
    assert attend == f"{UNREAD} {ATTEND}"
    assert report == f"{UNMARKED} {REPORT}"


def test_a_picture_in_a_box_leaves_the_box_unread() -> None:
    """A tick pasted in as an image: its pixels are not read, so the box is not "empty"."""
    items = form("outline", "outline")
    report = [item for item in items if isinstance(item, Box)][1]
    items.append(Stamp(report.x + 1, report.y + 1, side=report.side - 2))
    lines = lines_of(page_pdf([items]))
    assert f"{UNREAD} {REPORT}" in lines
    assert f"{UNMARKED} {ATTEND}" in lines


def test_a_pale_shading_of_the_whole_row_is_no_mark() -> None:
    assert options(page_pdf([form("filled", "outline", shaded=True)])) == (
        f"{MARKED} {ATTEND}",
        f"{UNMARKED} {REPORT}",
    )


def test_a_round_bullet_is_no_box_on_a_page_without_rings() -> None:
    items = form("outline", "outline")
    items += [Box(50, 600, "disc", side=6.0), *words(62, 600, "Missed health appointments")]
    assert "Missed health appointments" in lines_of(page_pdf([items]))


def _spot_box_pdf(tint: float) -> bytes:
    """The attendance box painted in a spot colour (a Separation colour space): its single
    number is the colourant's tint, 1 the full ink — not a grey level, where 1 is white."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(50, 700, QUESTION)
    spot = CMYKColorSep(0, 0, 0, 1, spotName="FormInk", density=tint)
    for y, label, painted in ((680, ATTEND, True), (662, REPORT, False)):
        if painted:
            canvas.setFillColor(spot)
        canvas.rect(50, y - 1, 9, 9, stroke=1, fill=1 if painted else 0)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(66, y, label)
    canvas.save()
    return buffer.getvalue()


def test_a_box_painted_in_a_spot_colour_is_unread_not_empty() -> None:
    attend, _ = options(_spot_box_pdf(1.0))
    assert attend == f"{UNREAD} {ATTEND}"


@pytest.mark.parametrize(
    ("color", "space", "n", "ink"),
    [
        (0.0, "DeviceGray", 1, Ink.DARK),
        (1.0, "DeviceGray", 1, Ink.LIGHT),
        ((0.9, 0.92, 1.0), "DeviceRGB", 3, Ink.LIGHT),  # a form field's pale blue
        ((0.0, 0.0, 0.0, 1.0), "DeviceCMYK", 4, Ink.DARK),
        ((0.0, 0.0, 0.0, 0.1), "DeviceCMYK", 4, Ink.LIGHT),
        ((0.6, 0.6, 0.6), "ICCBased", 3, Ink.UNKNOWN),
        (1.0, "Separation", 1, Ink.UNKNOWN),
        (0.0, "Separation", 1, Ink.LIGHT),
        (3.0, "Indexed", 1, Ink.UNKNOWN),
        ("P0", "Pattern", 1, Ink.UNKNOWN),
    ],
)
def test_a_fill_colour_is_told_dark_or_light_only_in_a_colour_space_that_says(
    color: object, space: str, n: int, ink: Ink
) -> None:
    assert ink_of(color, space, n) is ink


def test_the_police_question_with_a_filled_box_is_read_as_its_answer() -> None:
    pages = read_pdf(page_pdf([form("filled", "outline")]), name="form.pdf").pages
    assert police_tick(pages) is PoliceTick.REQUIRED


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def _suggestion(pdf: bytes) -> Suggestion:
    raw = mail.plain(
        "Please find the booking form for the conference attached.",
        attachments=[("booking form.pdf", pdf, "application/pdf")],
        sender="Conference Team <conferences@wakefield.gov.uk>",
        subject="Initial child protection conference - Brook",
    )
    invitation = parse_email(raw)
    config, nlp = _config()
    return triage(invitation, config=config, nlp=nlp, received=date(2027, 2, 15)).decision.suggested


def test_an_unread_box_in_the_police_question_sends_the_form_to_a_person() -> None:
    # no criterion is met: read as "neither marked", POLICY.md rule 2 would give report_only
    assert _suggestion(page_pdf([form("speck", "outline")])) is Suggestion.DISCUSS


def test_a_filled_attendance_box_asks_for_police() -> None:
    assert _suggestion(page_pdf([form("filled", "outline")])) is Suggestion.DISCUSS

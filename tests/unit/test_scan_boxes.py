"""Tick boxes found in scanned and photographed page images, and whether each is marked
(issue 11: OCR reads a scan's words but not the pen marks in its boxes).

Pages are drawn here (`tests.builders.scan_form`): boxes with labels, pen marks in black, blue
and red, then turned, blurred and given grain like a scan. No Tesseract is needed.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from parsers.scan_boxes import Box, BoxState, find_boxes
from tests.builders.scan_form import Drawn, Mark, font, form_image, police_boxes, turned

TRUTH = {"none": BoxState.EMPTY, "x": BoxState.MARKED, "tick": BoxState.MARKED,
         "fill": BoxState.MARKED}  # fmt: skip


def boxes_in(image: Image.Image) -> list[Box]:
    return find_boxes(np.asarray(image.convert("L")))


def states(image: Image.Image) -> list[BoxState]:
    return [box.state for box in boxes_in(image)]


@pytest.mark.parametrize("ink", ["black", "blue", "red"])
def test_a_tick_over_one_box_and_an_empty_box_are_read_as_marked_and_empty(ink: str) -> None:
    """The ✓ leaves the box at its top right corner, as a pen tick does: the outline is still
    found and only the ink inside counts."""
    page = form_image(police_boxes("none", "tick"), ink=ink)
    assert states(page) == [BoxState.EMPTY, BoxState.MARKED]


@pytest.mark.parametrize("mark", ["x", "fill"])
def test_a_cross_and_a_filled_square_are_marks(mark: Mark) -> None:
    page = form_image(police_boxes(mark, "none"), ink="black")
    assert states(page) == [BoxState.MARKED, BoxState.EMPTY]


def test_both_boxes_marked_are_both_read() -> None:
    page = form_image(police_boxes("x", "tick"), ink="blue")
    assert states(page) == [BoxState.MARKED, BoxState.MARKED]


@pytest.mark.parametrize("angle", [-1.0, -0.5, 0.4, 0.8, 1.2])
def test_a_turned_blurred_grainy_scan_reads_the_same(angle: float) -> None:
    page = form_image(police_boxes("none", "x", side=34), angle=angle, blur=0.8, grain=12.0, seed=3)
    assert states(page) == [BoxState.EMPTY, BoxState.MARKED]


def test_a_faint_speck_of_ink_in_a_box_is_unknown_not_guessed() -> None:
    """Neither clearly marked nor clearly empty: the reader must not choose for the person."""
    page = form_image(police_boxes("faint", "none", side=40), ink="black", pen=2)
    assert states(page) == [BoxState.UNKNOWN, BoxState.EMPTY]


def test_the_box_is_where_it_was_drawn() -> None:
    drawn = police_boxes("none", "tick", side=40, top=500)
    found = boxes_in(form_image(drawn))
    for box, want in zip(found, drawn, strict=True):
        assert abs(box.x0 - want.x) <= 2 and abs(box.y0 - want.y) <= 2
        assert abs((box.x1 - box.x0) - want.side) <= 3


def test_bold_heading_letters_and_a_tables_square_cells_are_not_boxes() -> None:
    """Round letters ("O", "D", "P") are square-ish blobs of the right size, and a table's small
    cells are square outlines — but the letters have curves and thick strokes, and the cells'
    rules run on past them."""
    page = Image.new("RGB", (1654, 900), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.text((80, 60), "DOB  POLICE  BOOKING  0800 QD", fill=(0, 0, 0), font=font(48, bold=True))
    draw.text((80, 160), "Date of birth 09/06/2018", fill=(0, 0, 0), font=font(30))
    for row in range(4):
        for column in range(10):
            x, y = 80 + column * 40, 300 + row * 40
            draw.rectangle((x, y, x + 40, y + 40), outline=(0, 0, 0), width=3)
    assert boxes_in(page) == []


def test_a_blank_page_and_a_tiny_image_have_no_boxes() -> None:
    assert boxes_in(Image.new("L", (1654, 2338), 255)) == []
    assert boxes_in(Image.new("L", (5, 5), 0)) == []


marks = st.sampled_from(["none", "x", "tick", "fill", "faint"])


@st.composite
def pages(draw: st.DrawFn) -> tuple[list[Drawn], dict[str, float | int | str]]:
    count = draw(st.integers(1, 4))
    boxes = [
        Drawn(
            x=draw(st.integers(60, 900)),
            y=120 + row * 150 + draw(st.integers(0, 40)),
            side=draw(st.integers(24, 56)),
            mark=draw(marks),
            label=f"Option {row + 1}",
        )
        for row in range(count)
    ]
    scan = {
        "ink": draw(st.sampled_from(["black", "blue", "red", "grey"])),
        "pen": draw(st.integers(2, 5)),
        "outline": draw(st.integers(2, 4)),
        "angle": draw(st.floats(-1.0, 1.0)),
        "blur": draw(st.sampled_from([0.0, 0.5, 1.0])),
        "grain": draw(st.sampled_from([0.0, 6.0, 14.0])),
        "seed": draw(st.integers(0, 1000)),
    }
    return boxes, scan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_every_box_read_is_a_drawn_box_in_its_true_state_or_unknown(
    page: tuple[list[Drawn], dict[str, float | int | str]],
) -> None:
    """Never a wrong confident state: a box found is one that was drawn, and it reads as what
    was put in it, or as unknown. A box may go unfound (the question is then unread, never
    answered); a confident reading of the wrong state would answer it wrongly."""
    drawn, scan = page
    size = (1654, 800)
    image = form_image(drawn, size=size, **scan)  # type: ignore[arg-type]
    angle = float(scan["angle"])
    for box in boxes_in(image):
        centre = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
        matches = [
            d
            for d in drawn
            if _distance(
                centre, turned((d.x + d.side / 2, d.y + d.side / 2), angle=angle, size=size)
            )
            <= d.side / 4
        ]
        assert len(matches) == 1, f"a box where none was drawn: {box}"
        (truth,) = matches
        allowed = {BoxState.UNKNOWN, BoxState.MARKED} if truth.mark == "faint" else {
            TRUTH[truth.mark], BoxState.UNKNOWN}  # fmt: skip
        assert box.state in allowed, (truth, box)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_clear_marks_on_a_straight_clean_page_are_all_found_and_read(
    page: tuple[list[Drawn], dict[str, float | int | str]],
) -> None:
    """A straight, clean page with clear marks (empty, X, ✓, filled) has no unknowns left."""
    drawn = [d for d in page[0] if d.mark != "faint"]
    image = form_image(drawn, size=(1654, 800), ink=str(page[1]["ink"]), pen=int(page[1]["pen"]))
    assert [b.state for b in boxes_in(image)] == [TRUTH[d.mark] for d in drawn]


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(np.hypot(a[0] - b[0], a[1] - b[1]))


@pytest.mark.parametrize(
    ("side", "angle", "blur"),
    [(24, 0.0, 0.0), (24, 0.0, 0.6), (24, -0.4, 0.0), (24, 0.4, 0.0), (30, -0.8, 0.0),
     (30, -0.8, 0.6)],
)  # fmt: skip
def test_a_heavy_tick_pressed_onto_the_boxs_edges_is_read_as_marked(
    side: int, angle: float, blur: float
) -> None:
    """A felt-tip ✓ whose point sits on the bottom edge and whose long arm runs up the right
    side and over the top right corner (set l, layout 56): it thickens two edges over much of
    their length and carries the top edge's run past the corner. Before, the box was missed
    and the option read as having no box."""
    page = form_image(
        police_boxes("heavy", "none", side=side, top=400), size=(1240, 900), angle=angle,
        blur=blur, grain=6.0, seed=2,
    )  # fmt: skip
    assert states(page) == [BoxState.MARKED, BoxState.EMPTY]

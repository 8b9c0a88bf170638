"""Tick boxes printed or drawn in a PDF's content come out as ☒/☐ before their label
(DOMAIN.md §2.2): Unicode glyphs, dingbat fonts, drawn squares and marked Yes/No answers."""

from __future__ import annotations

import pytest

from parsers.pdf import read_pdf
from parsers.pdf_layout import Word
from parsers.pdf_marks import glyph_words
from parsers.records import CELL, MARKED, UNMARKED
from tests.builders import pdf_builder as build


def lines_of(data: bytes) -> list[str]:
    return [line for page in read_pdf(data, name="form.pdf").pages for line in page.lines]


def boxes(ticked: build.Ticked) -> tuple[str, str]:
    required, report = build.marks(ticked)
    return (MARKED if required else UNMARKED), (MARKED if report else UNMARKED)


needs_dejavu = pytest.mark.skipif(
    build.unicode_font() != "DejaVuSans", reason="needs DejaVuSans for ☒/☐"
)


@needs_dejavu
@pytest.mark.parametrize("ticked", ["required", "report", "none"])
def test_printed_ballot_boxes_keep_their_state_and_sit_before_their_labels(
    ticked: build.Ticked,
) -> None:
    required, report = boxes(ticked)
    line = f"{required} {build.REQUIRED}{CELL}{report} {build.REPORT}"
    assert line in lines_of(build.glyph_pdf(ticked=ticked))


@pytest.mark.parametrize("ticked", ["required", "report"])
@pytest.mark.parametrize(("on", "off"), [("✔", "❏"), ("✘", "❑"), ("■", "❐"), ("✓", "❒")])
def test_zapf_dingbats_boxes_are_read_by_font_and_letter(
    ticked: build.Ticked, on: str, off: str
) -> None:
    required, report = boxes(ticked)
    lines = lines_of(build.dingbat_pdf(ticked=ticked, on=on, off=off))
    assert f"{required} {build.REQUIRED}" in lines
    assert f"{report} {build.REPORT}" in lines


@pytest.mark.parametrize(
    ("font", "letter", "glyph"),
    [
        ("ABCDEF+Wingdings-Regular", "þ", MARKED),
        ("Wingdings", "ý", MARKED),
        ("Wingdings", "ü", MARKED),
        ("Wingdings", "o", UNMARKED),
        ("Wingdings", "¨", UNMARKED),
        ("Wingdings 2", "T", MARKED),
        ("Wingdings2", "R", MARKED),
        ("Wingdings 2", "£", UNMARKED),
        # Word's "Save as PDF": the symbol font's code in Unicode's private range (issue 11, j)
        ("AAAAAA+Wingdings-Regular", "\uf0fe", MARKED),
        ("Wingdings", "\uf0fd", MARKED),
        ("Wingdings", "\uf0a8", UNMARKED),
        ("Wingdings 2", "\uf054", MARKED),
        ("ZapfDingbats", "4", MARKED),
        ("ZapfDingbats", "o", UNMARKED),
    ],
)
def test_a_dingbat_letter_is_a_box_only_in_its_dingbat_font(
    font: str, letter: str, glyph: str
) -> None:
    word = Word(text=letter, x0=0, x1=8, top=0, bottom=10, font=font)
    assert glyph_words([word])[0].text == glyph
    assert (
        glyph_words([Word(text=letter, x0=0, x1=8, top=0, bottom=10, font="Arial")])[0].text
        == letter
    )


def test_a_ballot_glyph_stuck_to_its_label_is_set_apart_by_a_space() -> None:
    word = Word(text="☑Yes", x0=0, x1=20, top=0, bottom=10, font="DejaVuSans")
    assert glyph_words([word])[0].text == f"{MARKED} Yes"


@pytest.mark.parametrize("mark", ["cross", "tick", "zapf"])
@pytest.mark.parametrize("box", ["rect", "lines"])
@pytest.mark.parametrize("ticked", ["required", "report"])
def test_a_drawn_square_with_a_mark_inside_is_marked_and_an_empty_one_is_not(
    mark: str, box: str, ticked: build.Ticked
) -> None:
    required, report = boxes(ticked)
    lines = lines_of(build.drawn_pdf(ticked=ticked, mark=mark, box=box))  # type: ignore[arg-type]
    assert f"{required} {build.REQUIRED}" in lines
    assert f"{report} {build.REPORT}" in lines


def test_two_empty_drawn_squares_are_both_unmarked() -> None:
    lines = lines_of(build.drawn_pdf(ticked="none"))
    assert f"{UNMARKED} {build.REQUIRED}" in lines
    assert f"{UNMARKED} {build.REPORT}" in lines


def test_a_square_larger_than_a_tick_box_is_not_read_as_one() -> None:
    lines = lines_of(build.drawn_pdf(ticked="none", side=30))
    assert build.REQUIRED in lines
    assert not any(MARKED in line or UNMARKED in line for line in lines)


QUESTION = "Police attendance required:"


@pytest.mark.parametrize("style", ["circle", "strike", "bold", "rect"])
@pytest.mark.parametrize(
    ("answer", "rendered"),
    [("yes", f"{MARKED} Yes{CELL}{UNMARKED} No"), ("no", f"{UNMARKED} Yes{CELL}{MARKED} No")],
)
def test_a_circled_bold_or_boxed_answer_is_marked_and_a_struck_one_is_deleted(
    style: str, answer: str, rendered: str
) -> None:
    data = build.yes_no_pdf(answer=answer, style=style)  # type: ignore[arg-type]
    assert lines_of(data) == [f"{QUESTION}{CELL}{rendered}"]


def test_an_unanswered_yes_no_stays_as_words() -> None:
    assert lines_of(build.yes_no_pdf(answer=None)) == [f"{QUESTION}{CELL}Yes / No"]


@pytest.mark.parametrize("ticked", ["required", "report", "none"])
def test_a_flattened_radio_group_reads_its_painted_dot_as_the_choice(ticked: build.Ticked) -> None:
    """Issue 11, set j: rings with a dot painted in the chosen one (no text layer at all)."""
    required, report = boxes(ticked)
    lines = lines_of(build.radio_pdf(ticked=ticked, bullets=True))
    assert f"{required} {build.REQUIRED}" in lines
    assert f"{report} {build.REPORT}" in lines
    assert "Neglect of the home" in lines  # a round filled bullet is no box


@pytest.mark.parametrize(
    ("letter", "glyph"),
    [
        ("\uf0fe", MARKED),
        ("\uf0fd", MARKED),
        ("\uf0a8", UNMARKED),
        ("\uf06f", UNMARKED),
        ("\uf054", MARKED),
        ("\uf0a3", UNMARKED),
    ],
)
def test_a_symbol_font_code_drawn_in_a_substitute_font_is_still_a_box(
    letter: str, glyph: str
) -> None:
    # LibreOffice's "Save as PDF" without Wingdings installed: OpenSymbol, the code kept
    word = Word(text=letter, x0=0, x1=8, top=0, bottom=10, font="DAAAAA+OpenSymbol")
    assert glyph_words([word])[0].text == glyph


def test_a_private_code_among_letters_is_not_taken_for_a_box() -> None:
    word = Word(text="a\uf0fe", x0=0, x1=8, top=0, bottom=10, font="DAAAAA+OpenSymbol")
    assert glyph_words([word])[0].text == "a\uf0fe"

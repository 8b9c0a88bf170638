"""Letter-spaced words are joined into the words they spell (`parsers.pdf_spacing`; issue 11,
set o layout 75), and single letters that are not spacing are left alone. Pages drawn here
with reportlab; every wording is invented."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from parsers.pdf import read_pdf
from parsers.pdf_layout import Word
from parsers.pdf_spacing import letters_joined
from parsers.records import CELL
from tests.builders.geometry_builder import Item, Text, page_pdf, spaced, words


def lines_of(items: Sequence[Item]) -> list[str]:
    return list(read_pdf(page_pdf([items]), name="spaced.pdf").pages[0].lines)


def test_a_heading_spelled_out_letter_by_letter_reads_as_its_words() -> None:
    assert lines_of(spaced(50, 700, "SUMMARY OF CONCERNS")) == ["SUMMARY OF CONCERNS"]


@pytest.mark.parametrize("tracking", [2.0, 4.0, 6.0])
def test_a_label_drawn_with_wide_character_spacing_is_one_word(tracking: float) -> None:
    items: list[Item] = [Text(50, 700, "Date", tracking=tracking), *words(200, 700, "09/03/2027")]
    items += [Text(50, 680, "Venue", tracking=tracking), *words(200, 680, "Bramley Hub")]
    assert lines_of(items) == [f"Date{CELL}09/03/2027", f"Venue{CELL}Bramley Hub"]


def test_a_spaced_heading_beside_its_value_is_joined_and_the_value_kept() -> None:
    items = [*spaced(50, 700, "TIME", font="Helvetica", size=10), *words(200, 700, "3.30pm")]
    assert lines_of(items) == [f"TIME{CELL}3.30pm"]


@pytest.mark.parametrize(
    "line",
    [
        "Contact: J K L Ormerod",  # initials at a word's gap from the name
        "Options a b c d apply",  # single letters at the line's own word gap
        "Rooms A B and C",
    ],
)
def test_single_letters_at_an_ordinary_word_gap_are_not_joined(line: str) -> None:
    assert lines_of(words(50, 700, line)) == [line]


def _letters(text: str, gaps: list[float], *, font: str = "Helvetica") -> list[Word]:
    placed: list[Word] = []
    x = 50.0
    for letter, gap in zip(text, [0.0, *gaps], strict=True):
        x += gap
        placed.append(Word(text=letter, x0=x, x1=x + 6, top=100, bottom=110, font=font))
        x += 6
    return placed


def test_letters_whose_gaps_are_uneven_are_not_joined() -> None:
    letters = _letters("WORD", [3.0, 4.5, 3.0])  # 4.5 is neither a letter's gap nor a word's
    assert [w.text for w in letters_joined(letters)] == ["W", "O", "R", "D"]


def test_dingbat_letters_are_boxes_and_are_not_joined() -> None:
    boxes = _letters("ooo", [3.0, 3.0], font="ZapfDingbats")
    assert [w.text for w in letters_joined(boxes)] == ["o", "o", "o"]


def test_two_spaced_words_split_where_the_gap_is_a_words() -> None:
    letters = _letters("ABCDE", [3.0, 3.0, 9.0, 3.0])
    assert [w.text for w in letters_joined(letters)] == ["ABC", "DE"]

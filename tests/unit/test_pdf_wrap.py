"""Wrapped lines of a narrow column joined again (`parsers.pdf_wrap`), and lines ended on
purpose left apart. Words are placed as a 9 pt Helvetica-like font would place them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parsers.pdf_layout import Word
from parsers.pdf_wrap import unwrapped

_CHAR = 5.0  # points per character
_SPACE = 2.5


def _line(
    text: str, top: float, *, x: float = 40.0, size: float = 9.0, font: str = "Helvetica"
) -> list[Word]:
    words: list[Word] = []
    for token in text.split():
        words.append(Word(text=token, x0=x, x1=x + _CHAR * len(token), top=top,
                          bottom=top + size, font=font, size=size))  # fmt: skip
        x = words[-1].x1 + _SPACE
    return words


def _texts(lines: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


#: A long line, a paragraph's space below the lines of a test: the column's right edge is
#: the furthest any line reaches.
_WIDEST = "The home has been found in a very poor state on four"


def _widest() -> list[Word]:
    """The widest line, a paragraph's space below the lines of a test."""
    return _line(_WIDEST, 160.0)


def test_a_line_whose_next_word_did_not_fit_is_continued_by_the_next_line() -> None:
    lines = [
        _line("Demi-Leigh Farrar - DOB 07/03/2019 - Year 2, Bramley", 111.0),
        _line("St Peter's", 122.0),
        _line("Kayden Farrar - DOB 30/12/2020", 133.0),
        _widest(),
    ]
    assert _texts(unwrapped(lines))[:2] == [
        "Demi-Leigh Farrar - DOB 07/03/2019 - Year 2, Bramley St Peter's",
        "Kayden Farrar - DOB 30/12/2020",
    ]


def test_a_line_ended_short_of_the_edge_is_ended_on_purpose() -> None:
    lines = [
        _line("Sana Mirza - expectant mother - lives", 100.0),
        _line("Home address", 111.0),
        _line("12 Lee Mount", 122.0),
        _widest(),
    ]
    assert len(unwrapped(lines)) == 4


def test_a_label_above_its_value_is_not_joined_across_a_change_of_font() -> None:
    lines = [
        _line("Reason for the conference given by the", 100.0, font="Helvetica-Bold"),
        _line("Neglectfulness", 111.0),
        _widest(),
    ]
    assert len(unwrapped(lines)) == 3


def test_a_paragraph_break_or_an_indent_keeps_lines_apart() -> None:
    spaced = [_line(_WIDEST, 100.0), _line("Next", 118.0)]  # a paragraph's space below
    assert len(unwrapped(spaced)) == 2
    indented = [_line(_WIDEST, 100.0), _line("Next", 111.0, x=56.0)]
    assert len(unwrapped(indented)) == 2
    joined = [_line(_WIDEST, 100.0), _line("Next", 111.0)]  # the control: one paragraph
    assert len(unwrapped(joined)) == 1


def test_two_entries_each_with_a_date_are_two_entries() -> None:
    """The first entry ends at the edge, so the second's first word would not have fitted:
    only the two dates keep them apart."""
    full = "Oliwia Kowalczyk - F - DOB 14/05/2016 - Snapethorpe Primary"
    lines = [_line(full, 100.0), _line("Szymon Kowalczyk - DOB 02/09/2018", 111.0), _widest()]
    assert len(unwrapped(lines)) == 3
    undated = [_line(full, 100.0), _line("Szymon Kowalczyk", 111.0), _widest()]
    assert len(unwrapped(undated)) == 2  # the control: no date of its own, a continuation


def test_a_list_of_single_words_or_a_narrow_column_is_never_joined() -> None:
    words = [_line("Yes", 100.0 + 11.0 * i) for i in range(4)]
    assert len(unwrapped(words)) == 4
    narrow = [_line("Ava Smith", 100.0 + 11.0 * i) for i in range(4)]
    assert len(unwrapped(narrow)) == 4


@given(st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=60), min_size=1, max_size=12))
def test_no_word_is_lost_or_moved(texts: list[str]) -> None:
    lines = [_line(text, 100.0 + 11.0 * i) for i, text in enumerate(texts) if text.split()]
    joined = unwrapped(lines)
    assert [w for line in joined for w in line] == [w for line in lines for w in line]
    assert len(joined) <= len(lines)

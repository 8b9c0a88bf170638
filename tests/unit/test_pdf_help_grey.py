"""A PDF page's help grey asked once for each colour and font it prints in
(`parsers.pdf_layout._help_grey_once`; issue 11: the test ran for every character), with the
answers the test gives each character."""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

import pytest

from parsers.pdf_layout import _help_grey, _help_grey_once


def char(colour: object) -> Any:
    """What the test reads of a pdfminer character: its graphic state's fill colour."""
    return SimpleNamespace(graphicstate=SimpleNamespace(ncolor=colour))


COLOURS: list[object] = [
    0,  # black
    0.5,  # mid grey (DeviceGray)
    (0.5, 0.5, 0.5),  # mid grey (DeviceRGB)
    (0.5, 0.1, 0.9),  # a colour
    (0.0, 0.0, 0.0, 0.5),  # CMYK: black ink alone, half
    (0.6, 0.0, 0.0, 0.5),  # CMYK with cyan: a colour
    (0.3, 0.3, 0.3),  # a darker grey: help only in italic
    ((0.5,), "P1"),  # an uncoloured pattern
    None,  # no colour set
]
FONTS = ["Helvetica", "Helvetica-Oblique", "Arial,Italic"]


def test_every_character_gets_the_answer_the_test_gives_it() -> None:
    greys: dict[tuple[object, str], bool] = {}
    asked = [(c, f) for _ in range(3) for c in COLOURS for f in FONTS]
    assert [_help_grey_once(greys, char(c), f) for c, f in asked] == [
        _help_grey(char(c), f) for c, f in asked
    ]
    assert len(greys) == len(COLOURS) * len(FONTS)  # asked once for each colour and font


@pytest.mark.parametrize(("first", "then"), [(1, 1.0), (0.5, (0.5,)), (1, True)])
def test_colours_that_are_equal_share_an_answer_and_others_do_not(
    first: object, then: object
) -> None:
    greys: dict[tuple[object, str], bool] = {}
    _help_grey_once(greys, char(first), "Helvetica")
    assert _help_grey_once(greys, char(then), "Helvetica") == _help_grey(char(then), "Helvetica")


def test_a_colour_that_cannot_be_remembered_is_asked_each_time() -> None:
    greys: dict[tuple[object, str], bool] = {}
    listed = [0.5, 0.5, 0.5]  # a list, not a tuple: no key
    assert _help_grey_once(greys, char(listed), "Helvetica") == _help_grey(
        char(listed), "Helvetica"
    )
    nan = math.nan
    assert _help_grey_once(greys, char(nan), "Helvetica") is False
    assert _help_grey_once(greys, char(float("nan")), "Helvetica") is False
    assert not any(isinstance(colour, list) for colour, _ in greys)


def test_a_character_without_a_graphic_state_is_no_help() -> None:
    greys: dict[tuple[object, str], bool] = {}
    bare: Any = SimpleNamespace()
    assert _help_grey_once(greys, bare, "Helvetica") is False

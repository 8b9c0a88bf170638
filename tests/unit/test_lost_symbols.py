"""Tick boxes whose symbol font was lost in a paste (`parsers.lost_symbols`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parsers.lost_symbols import symbols_restored
from parsers.records import MARKED, UNMARKED


def test_private_range_codes_of_wingdings_boxes_are_boxes_wherever_they_stand() -> None:
    line = "Police \uf0fe Attend please \uf0a8 A written report is enough"
    assert symbols_restored([line]) == (
        f"Police {MARKED} Attend please {UNMARKED} A written report is enough",
    )


def test_a_private_code_that_is_no_box_stays_as_it_came() -> None:
    assert symbols_restored(["\uf0b7 first point"]) == ("\uf0b7 first point",)


def test_box_letters_heading_a_run_of_options_are_boxes() -> None:
    got = symbols_restored(
        ["Police (tick one)", "o Attendance is needed", "n Report only", "Signed J Bloggs"]
    )
    assert got[1:3] == (f"{UNMARKED} Attendance is needed", f"{MARKED} Report only")
    assert got[0] == "Police (tick one)" and got[3] == "Signed J Bloggs"


def test_a_list_of_second_level_bullets_is_no_run_of_boxes() -> None:
    lines = ["o apples", "o pears", "o plums"]
    assert symbols_restored(lines) == tuple(lines)


def test_a_lone_letter_line_is_no_box() -> None:
    lines = ["Dear all", "x marks the spot where we met", "Thanks"]
    assert symbols_restored(lines) == tuple(lines)


@given(st.lists(st.text(alphabet="nopx ¨þAbc\uf0fe\uf0a8\n", max_size=30), max_size=8))
def test_restoring_never_adds_or_drops_a_line(lines: list[str]) -> None:
    got = symbols_restored(lines)
    assert len(got) == len(lines)
    assert all(len(a) == len(b) for a, b in zip(got, lines, strict=True))

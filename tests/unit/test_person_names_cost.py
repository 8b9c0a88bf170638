"""A name is folded once, however many relation words there are (issue 11: the fields'
time). `split_name` asked each relation in turn whether it ended the candidate, folding the
candidate again for each; the people reader did the same with a cell's tail."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from types import FrameType
from typing import Any

from parsers.fields_people import read_people
from parsers.person_names import RELATIONS_LONGEST_FIRST, split_name
from parsers.records import CELL, Page


def casefolds(action: Callable[[], object]) -> int:
    """How often `str.casefold` runs during `action` (the profiler's C-call events)."""
    count = 0

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call" and getattr(arg, "__name__", "") == "casefold":
            count += 1

    sys.setprofile(hook)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count


def test_a_candidate_name_is_folded_once_not_once_a_relation() -> None:
    assert len(RELATIONS_LONGEST_FIRST) > 20
    assert split_name("Marek Zielinski stepfather") == ("Marek Zielinski", "stepfather ")
    assert split_name("Ottoline Brandt (DOB 3.4.2016)")[0] == "Ottoline Brandt"
    assert casefolds(lambda: split_name("Ottoline Brandt (DOB 3.4.2016)")) < 10


def test_a_row_s_trailing_relation_is_read_with_one_fold() -> None:
    page = Page(
        "form.pdf p1",
        (f"Household members{CELL}", f"Name{CELL}Date of birth", f"Idris Mbeki{CELL}02/02/1990"),
    )
    family = read_people([page], reference=date(2026, 12, 1))
    assert [p.name for p in family.adults] == ["Idris Mbeki"]
    assert casefolds(lambda: read_people([page], reference=date(2026, 12, 1))) < len(
        RELATIONS_LONGEST_FIRST
    )

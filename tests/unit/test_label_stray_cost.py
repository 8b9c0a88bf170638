"""A label is tried against the "stray character" pattern only when it ends as one would
(issue 11: the pattern backtracks over the whole label, and most labels end otherwise)."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from parsers import fields
from parsers.fields import _STRAY, _stray_shaped, known_label


def test_the_shape_test_takes_what_the_pattern_takes() -> None:
    for text in ("placement plan 7", "chair i", "a\tb", "venue x\n", "née\u00a0z"):
        assert _STRAY.match(text) is not None
        assert _stray_shaped(text)


@given(st.text(alphabet=st.sampled_from("ab Z1 \t\n\u00a0é:"), max_size=12))
def test_whatever_the_text_the_pattern_takes_nothing_the_shape_test_refuses(text: str) -> None:
    if _STRAY.match(text) is not None:
        assert _stray_shaped(text)


def _stray_matches(text: str) -> int:
    count = 0

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call" and getattr(arg, "__self__", None) is fields._STRAY:
            count += 1

    sys.setprofile(hook)
    try:
        known_label(text)
    finally:
        sys.setprofile(None)
    return count


def test_a_label_that_ends_in_a_word_is_not_tried_for_a_stray_character() -> None:
    assert _stray_matches("Colour of the front door") == 0  # no field's label: read on
    assert _stray_matches("Colour of the front door  7") == 1

"""The given-name list is the `gender_guesser` Detector's, read as a set (parsers.given_names)."""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector
from hypothesis import given
from hypothesis import strategies as st

from parsers.given_names import given_names, is_given_name


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def _detector_says(word: str) -> bool:
    """The reading before the set: the Detector's answer for each part of the word."""
    parts = [p for p in word.replace("’", "'").split("-") if p.isalpha()]
    return any(_detector().get_gender(p) != "unknown" for p in parts)


def test_the_set_is_the_detectors_names() -> None:
    assert given_names() == frozenset(_detector().names)


def test_names_joined_by_plus_in_the_file_are_kept_three_ways() -> None:
    joined = [n for n in _detector().names if " " in n or "-" in n]
    assert joined, "the dictionary's '+' names"
    assert all(n in given_names() for n in joined)


def test_known_and_unknown_words() -> None:
    for word in ("Leo", "Ruby-Mae", "EMMA", "kerry", "Zoë"):
        assert is_given_name(word) is _detector_says(word), word
    for word in ("Northgate", "House", "", "-", "12", "O’Neill"):
        assert is_given_name(word) is _detector_says(word), word


@given(st.text(max_size=24))
def test_any_word_is_answered_as_the_detector_answers(word: str) -> None:
    assert is_given_name(word) is _detector_says(word)


@given(st.sampled_from(sorted(given_names())), st.sampled_from(["", "-", "-Mae", "’s"]))
def test_dictionary_names_are_answered_as_the_detector_answers(name: str, tail: str) -> None:
    word = name.title() + tail
    assert is_given_name(word) is _detector_says(word)

# ruff: noqa: E501  (one case per line reads best)
"""Harm categories stated in prose (parsers.harm_prose): beside a plan, category or conference
word; never negated, never a previous plan, never a checklist line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.harm_prose import harm_in_prose

STATED = {
    "Second review of the child protection plan (physical abuse) made in June 2026.": {"physical"},
    "The children became subject to child protection plans for neglect in June 2026.": {"neglect"},
    "The conference will consider emotional abuse.": {"emotional"},
    "The concerns that have brought the family to conference are neglect: no heating.": {"neglect"},
    "Harley has been subject to a child protection plan under the category of\nemotional abuse since June 2026 because of frequent arguments between": {"emotional"},
    "Initial child protection conference - physical abuse": {"physical"},
    "Concerns are about sexual abuse and emotional harm.": {"sexual", "emotional"},
}  # fmt: skip
NOT_STATED = [
    "There are no concerns of sexual abuse and the conference is about the home.",
    "Previously subject to a plan for neglect, which ended in 2019.",
    "Mr Roe was investigated for physical abuse of a child in 2015 (NFA).",  # no plan/conference
    "☐ Neglect ☐ Physical abuse ☒ Emotional abuse — category of plan",
    "Previously booked for 17/12\nSecond review\nPhysical abuse is not the category.",
    "Dad is self-neglecting; the conference will look at his mental health.",
]


@pytest.mark.parametrize("text", sorted(STATED))
def test_a_category_stated_in_prose_is_read(text: str) -> None:
    assert harm_in_prose([text]) == STATED[text]


@pytest.mark.parametrize("text", NOT_STATED)
def test_a_category_not_stated_for_this_plan_is_not_read(text: str) -> None:
    assert harm_in_prose([text]) == set()


def test_a_short_form_line_is_not_joined_to_the_next() -> None:
    """'Previously booked…' on the line above does not make the plan's category a past one."""
    text = "Previously booked for 17/12/2026\nReason\nSecond review of the plan (physical abuse) made in June."
    assert harm_in_prose([text]) == {"physical"}


@given(st.text(max_size=400))
def test_any_text_gives_known_categories_only(text: str) -> None:
    assert harm_in_prose([text]) <= {"neglect", "physical", "sexual", "emotional"}

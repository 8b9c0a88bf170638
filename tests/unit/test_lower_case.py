"""A page typed in lower case: its people's names found (issue 11, set u)."""

from __future__ import annotations

from datetime import date

from parsers.fields_people import read_people
from parsers.lower_case import with_names_capitalised
from parsers.records import Page

REF = date(2027, 1, 4)


def _names(*lines: str) -> tuple[list[str], list[str]]:
    family = read_people([Page("body", lines)], reference=REF)
    return [c.name for c in family.children], [a.name for a in family.adults]


def test_a_phone_note_in_lower_case_names_its_family() -> None:
    children, adults = _names(
        "hi",
        "icpc for the 2 boys is booked weds 13th at 10 at the childrens centre, chair is on leave",
        "kai fearnley dob 03/04/2016 and tommy fearnley dob 19/11/2019 mum is tracey fearnley no "
        "dad on the scene for either of them",
        "reason is neglect mainly home conditions and the boys not in school half the time",
        "ta kirsty",
    )
    assert children == ["Kai Fearnley", "Tommy Fearnley"]
    assert adults == ["Tracey Fearnley"]


def test_lower_case_names_in_mail_with_capitals_need_a_role_or_a_birth_date() -> None:
    children, adults = _names(
        "Hi CPPU",
        "RCPC for darcy lockwood (dob 30/9/2020) 13/1 2pm - Wakefield One rm G04 or Teams",
        "mum nicola lockwood, dad shane lockwood (moved out in aug)",
        "Dean Sowerby, SW, Wakefield CP Team",
    )
    assert children == ["Darcy Lockwood"]
    assert adults == ["Nicola Lockwood", "Shane Lockwood"]


def test_ordinary_words_after_a_given_name_and_ordinary_mail_are_left_alone() -> None:
    page = Page("body", ("The chair will attend and mark the register; Grace Hill (mother).",))
    assert with_names_capitalised(page) is page
    lower = Page("body", tuple(["kai has missed school and will be seen by the nurse again"] * 3))
    assert with_names_capitalised(lower).lines == lower.lines


def test_a_hyphenated_word_is_a_given_name_only_when_each_part_is() -> None:
    page = Page(
        "body", ("* dad (Javed Akhtar) was arrested for DA against mum (non-fatal strangulation)",)
    )
    assert with_names_capitalised(page) is page

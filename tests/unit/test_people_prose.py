"""The family named in sentences (issue 11): kin words, birth dates, and what is no person."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.label_meaning import relationship_side
from parsers.people_prose import prose_people
from parsers.person_names import is_name
from parsers.records import Page

REFERENCE = dt.date(2026, 12, 1)


def _people(text: str) -> list[tuple[str, dt.date | None, bool]]:
    page = Page("body", tuple(text.split("\n")))
    return [
        (p.name, p.date_of_birth, child) for p, child in prose_people(page, reference=REFERENCE)
    ]


def test_a_memo_names_the_children_by_birth_date_and_the_adults_by_kin_word() -> None:
    text = (
        "The conference concerns Alfie Sutcliffe, born 19\nMay 2019, and his sister Poppy "
        "Sutcliffe, born 2 January 2022. They live with their mother Jodie Sutcliffe; their "
        "father Ryan Mallinson stays at the house most nights. Mum's boyfriend, Dean Platt, "
        "visits. The social worker Aisha Khan will attend."
    )
    assert _people(text) == [
        ("Alfie Sutcliffe", dt.date(2019, 5, 19), True),
        ("Poppy Sutcliffe", dt.date(2022, 1, 2), True),
        ("Jodie Sutcliffe", None, False),
        ("Ryan Mallinson", None, False),
        ("Dean Platt", None, False),
    ]


def test_a_name_then_its_kin_word_and_titles_dropped() -> None:
    assert _people("Leanne Rhodes, the children's mother, has sole care.") == [
        ("Leanne Rhodes", None, False)
    ]
    assert _people("We spoke to their father Mr Shaw yesterday.") == []


def test_a_sibling_of_an_adult_is_no_child_of_the_family() -> None:
    assert _people("Ms Fenton's brother, Gavin Hirst, lives in Cornwall.") == []


def test_a_word_inside_another_is_no_birth_date_cue() -> None:
    assert _people("Unborn Baby Whitaker - EDD 28/01/2027. Mr Dobson attended.") == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [("Leo Hall", True), ("Northgate House", False), ("Part C", False), ("Dear Colleague", False),
     ("Health Visiting", False), ("Amy Young", True), ("Forward Leeds", False),
     ("Royal Infirmary", False)],
)  # fmt: skip
def test_a_place_word_is_a_surname_only_after_a_known_given_name(
    words: str, expected: bool
) -> None:
    assert is_name(words.split()) is expected


def test_the_kin_word_before_of_is_the_head() -> None:
    assert relationship_side("father of the unborn baby") == "adult"
    assert relationship_side("mother to the children") == "adult"


@pytest.mark.parametrize(
    "text",
    [
        "Parents Kerry and Neil Shaw. Category physical.",
        "Lucas lives with his parents, Kerry and Neil Shaw.",
        "Her parents are Kerry and Neil Shaw.",
    ],
)
def test_two_first_names_share_the_surname_after_them(text: str) -> None:
    """Issue 11, set l: "Parents Kerry and Neil Shaw" named no one."""
    adults = [(name, child) for name, _, child in _people(text)]
    assert ("Kerry Shaw", False) in adults and ("Neil Shaw", False) in adults


def test_two_words_that_are_no_first_names_share_nothing() -> None:
    assert _people("Parents Ward and Hall Lane are the venues.") == []


def test_a_name_with_its_birth_date_in_brackets_mid_line_is_a_person() -> None:
    """Issue 11, set l: a reply's quoted "Review CPC - Lucas Shaw (12/12/2012) - Thursday …"."""
    people = _people("> Review CPC - Lucas Shaw (12/12/2012) - Thursday 21st January 2pm.")
    assert people == [("Lucas Shaw", dt.date(2012, 12, 12), True)]
    assert _people("The ICPC at Wakefield One (21/01/2027) is confirmed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Her maternal uncle Lee Sugden is a registered sex offender living in Preston. He has "
        "had no contact with Amelia or her parents for several years.",
        "The children's aunt Dawn Kerr lives in Hull and is not associated with the household.",
        "Paternal grandfather Alan Pryce, who has no direct contact with the children, is in "
        "prison.",
    ],
)
def test_a_relative_apart_from_the_child_is_no_significant_adult(text: str) -> None:
    """Issue 11, set k: a relative named "for completeness" who has no contact with the child."""
    assert _people(text) == []


def test_a_parent_apart_from_the_child_is_still_a_parent_and_other_sentences_do_not_count() -> None:
    text = (
        "Their father Martin Keane has had no contact with the children since May. Their "
        "grandmother Rose Keane supervises contact. There has been no contact with police."
    )
    assert [name for name, _, _ in _people(text)] == ["Martin Keane", "Rose Keane"]


def test_a_heading_word_on_the_line_above_is_no_part_of_a_born_name() -> None:
    """Issue 11, set n: the subject line's surname above "Lily-Mae Hardcastle, born on …"."""
    text = (
        "Transfer In Conference – Lily-Mae and Archie Hardcastle\n"
        "Lily-Mae Hardcastle, born on 6 June 2017, and her brother Archie Hardcastle, born on "
        "11 September 2020, moved to Batley."
    )
    assert [name for name, _, _ in _people(text)] == ["Lily-Mae Hardcastle", "Archie Hardcastle"]


def test_kin_is_name_and_a_partner_before_her_partner_are_adults() -> None:
    """Issue 11, set n: a letter's "their father is Zubair Ali", "the father of the baby is
    Daniel Haile" and "Katrin Fischer and her husband Samuel Ndlovu"."""
    text = (
        "The children's mother is Fozia Bibi and their father is Zubair Ali. The father of "
        "the baby is Daniel Haile. The family, Katrin Fischer and her husband Samuel Ndlovu, "
        "agreed."
    )
    assert sorted(name for name, _, child in _people(text) if not child) == [
        "Daniel Haile", "Fozia Bibi", "Katrin Fischer", "Samuel Ndlovu", "Zubair Ali",
    ]  # fmt: skip
    assert _people("The father is Unknown at present.") == []


def test_a_kin_word_with_the_name_in_brackets_is_that_person() -> None:
    """Issue 11, set j: a core group's members listed as "Mum (Rachael Royd), Dad (…)"."""
    text = (
        "Members: social worker (Kamran Aziz), health visitor, school DSL, Mum (Rachael Royd), "
        "Dad (Simon Atherton)."
    )
    assert [(name, child) for name, _, child in _people(text)] == [
        ("Rachael Royd", False),
        ("Simon Atherton", False),
    ]


def test_an_adults_sibling_the_letter_puts_in_the_household_is_an_adult_of_the_family() -> None:
    text = (
        "Mr Dobson's sister, Carol Dobson, has been staying at the flat since the summer. "
        "Mrs Dobson's brother, Neil Ackroyd, lives in Spain. "
        "Mr Dobson's brother, Ian Dobson, who has lodged with them since May, works nights."
    )
    found = prose_people(Page("body", (text,)), reference=dt.date(2026, 12, 1))
    assert [(p.name, p.relationship, child) for p, child in found] == [
        ("Carol Dobson", "Mr Dobson's sister", False),
        ("Ian Dobson", "Mr Dobson's brother", False),
    ]


def test_a_name_with_its_kin_word_in_brackets_mid_sentence_is_read() -> None:
    text = (
        "Parents: Chloe Varley (mum) has moved to a refuge. Darren Pike (father; separate "
        "address) sees the children weekly. Moira Pike (grandmother) has had no contact "
        "with the family since 2019."
    )
    found = prose_people(Page("body", (text,)), reference=dt.date(2026, 12, 1))
    assert [(p.name, child) for p, child in found] == [
        ("Chloe Varley", False),
        ("Darren Pike", False),
    ]


def test_a_former_partner_with_no_contact_is_no_family_member_but_a_father_apart_is() -> None:
    text = (
        "Her ex-boyfriend Connor Rigg was violent to her in 2022; he has had no contact with "
        "the family since. The children's father Dale Rigg lives apart and has no contact "
        "with them at present."
    )
    found = prose_people(Page("body", (text,)), reference=dt.date(2026, 12, 1))
    assert [p.name for p, _ in found] == ["Dale Rigg"]


def test_two_children_named_in_a_capitals_heading_joined_by_and_are_both_read() -> None:
    lines = (
        "RE: INITIAL CONFERENCE - TOBY LAMB (D.O.B. 01/04/2019) AND",
        "NIAMH LAMB (D.O.B. 05/05/2021) AND ROSA LAMB (D.O.B. 06/06/2023)",
    )
    found = prose_people(Page("letter.pdf p1", lines), reference=dt.date(2026, 12, 1))
    assert [(p.name.title(), p.date_of_birth, child) for p, child in found] == [
        ("Toby Lamb", dt.date(2019, 4, 1), True),
        ("Niamh Lamb", dt.date(2021, 5, 5), True),
        ("Rosa Lamb", dt.date(2023, 6, 6), True),
    ]


def test_a_sentence_in_a_table_cell_names_a_relative_a_short_cell_does_not() -> None:
    lines = (
        "Name\tRole\tNotes",
        "Gemma Royd\tMother\tHer stepfather Barry Royd collects the children most days.",
        "Sam Royd\tBrother Tom Royd\tAt college",
        "03/2021\tSam moved in with his father, Lee Parkin, for a year\tCSC",
    )
    found = prose_people(Page("form.docx", lines), reference=dt.date(2026, 12, 1))
    assert [(p.name, p.relationship) for p, _ in found] == [("Barry Royd", "stepfather")]

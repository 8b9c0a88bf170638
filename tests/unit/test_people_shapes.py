# ruff: noqa: E501  (table rows of test cases read best one case per line)
"""People read by the shape of what is written (issue 11, names on unseen layouts).

Each test is one shape a council's form or letter gives its family in: a header of
relationships over a row of names, a label cell beside its person, people run together after
a bracket, "role: name" sentences, numbered rows short of their header, a stated age, a list of
attendees with their roles, a sibling marked "not subject", an unborn child called after its
mother, a plural kin word before its names, a birth date given by first name.
"""

from __future__ import annotations

from datetime import date

from parsers.fields_people import read_people
from parsers.label_meaning import relationship_side
from parsers.person_names import split_name
from parsers.records import Page

REF = date(2026, 11, 23)


def _family(*pages: tuple[str, str]) -> tuple[list[tuple[str, date | None]], list[str]]:
    read = read_people(
        [Page(location=where, lines=tuple(text.split("\n"))) for where, text in pages],
        reference=REF,
    )
    return [(c.name, c.date_of_birth) for c in read.children], [a.name for a in read.adults]


def _people(text: str) -> tuple[list[tuple[str, date | None]], list[str]]:
    return _family(("form.pdf p1", text))


def test_a_header_of_relationships_gives_each_name_below_it_its_column() -> None:
    children, adults = _people(
        "Child's name\tDate of birth\tSchool\n"
        "Ellis Marsh\t02/02/2016\tHill Top Primary\n"
        "Mother\tFather\tAddress\n"
        "Gemma Marsh\tLiam Oates\t4 Mill Lane, Batley\n"
        "Reason for conference"
    )
    assert children == [("Ellis Marsh", date(2016, 2, 2))]
    assert adults == ["Gemma Marsh", "Liam Oates"]


def test_a_row_under_a_role_and_name_header_is_a_row_whatever_its_role_cell_says() -> None:
    _, adults = _people(
        "Significant adults\nRole\tName\tLives in household?\n"
        "Mother\tAnn Lister\tYes\n"
        "Stepfather (not living at home - bail)\tPaul Greaves\tNo\n"
        "Grandparent\tJoan Lister (maternal grandmother) - helps with school runs\tNo"
    )
    assert adults == ["Ann Lister", "Paul Greaves", "Joan Lister"]


def test_a_person_as_label_and_value_cells() -> None:
    children, adults = _people(
        "Child\nName\tZara Hussain\nDate of birth\t17/02/2015\n"
        "Adults\nMum\tAmy Cole\nFather of the baby\tDean Ross (mother's partner)"
    )
    assert children == [("Zara Hussain", date(2015, 2, 17))]
    assert adults == ["Amy Cole", "Dean Ross"]


def test_a_kin_label_cell_outside_any_section_is_read() -> None:
    children, adults = _people("Child\tLucas Byrne - 04/04/2018\nMum\tAmy Byrne\nDad\tRoss Byrne")
    assert children == [("Lucas Byrne", date(2018, 4, 4))]
    assert adults == ["Amy Byrne", "Ross Byrne"]


def test_people_run_together_after_a_bracket_are_apart() -> None:
    children, adults = _people(
        "Children\tAmir Shah (19/03/2020) Safa Shah (02/09/2022)\n"
        "Parents\nJade Holt (mother) Lewis Pratt (father, lives in Brighouse)"
    )
    assert [name for name, _ in children] == ["Amir Shah", "Safa Shah"]
    assert adults == ["Jade Holt", "Lewis Pratt"]


def test_role_and_name_sentences_in_one_line_are_one_person_each() -> None:
    _, colon = _people("Mother: Nina Platt. Maternal grandfather (significant adult): Tom Platt.")
    _, dash = _people("Mum - Nina Platt. Stepdad - Carl Dyson (separated, sees her weekly).")
    assert colon == ["Nina Platt", "Tom Platt"]
    assert dash == ["Nina Platt", "Carl Dyson"]


def test_a_dash_after_a_professional_is_no_relationship() -> None:
    _, adults = _people("Core group\nHealth visitor - Mandy Crowe\nMother: Lena Firth")
    assert adults == ["Lena Firth"]


def test_numbered_rows_short_of_their_header_keep_their_names() -> None:
    _, adults = _people(
        "ADULTS\n#   NAME                    DOB         ROLE\n"
        "1   SHONA PEEL              23/04/1996  MOTHER\n"
        "2   LIAM PEEL               11/03/1990  PATERNAL UNCLE - CARER"
    )
    assert adults == ["SHONA PEEL", "LIAM PEEL"]


def test_a_stated_age_outranks_the_kin_word() -> None:
    children, adults = _people(
        "Household member 1 - name / relationship\tKai Dunn / brother (aged 20)\n"
        "Household member 2 - name / relationship\tMo Dunn / sister (aged 9)"
    )
    assert [name for name, _ in children] == ["Mo Dunn"]
    assert adults == ["Kai Dunn"]


def test_a_date_after_the_email_is_no_birth_date() -> None:
    children, _ = _people("Child: Poppy Reed, whose conference is on 14/01/2027")
    assert children == [("Poppy Reed", None)]


def test_an_attendance_list_gives_the_family_and_not_the_professionals() -> None:
    children, adults = _people(
        "Child: Harley Quinn (DOB 10/10/2016). Chair: Dennis Okafor.\n"
        "Present: Rose Quinn (mother), Stephen Garside (social worker), PC Amy Carr (West Yorkshire Police), Mrs\n"
        "Lynn Teale (DSL)."
    )
    assert children == [("Harley Quinn", date(2016, 10, 10))]
    assert adults == ["Rose Quinn"]


def test_a_sibling_marked_not_subject_and_the_kin_named_with_them_are_left_out() -> None:
    children, adults = _people(
        "CHILDREN\nUnborn baby Platt - EDD 20/03/2027\n"
        "HOUSEHOLD 1\nMia Platt - Mother - DOB 11/06/1995\n"
        "ELSEWHERE\nJay Nolan - Half-brother (not the subject) - lives with his father Sean Nolan - DOB 12/12/2012"
    )
    assert [name for name, _ in children] == ["Unborn baby Platt"]
    assert adults == ["Mia Platt"]


def test_another_attachment_adds_no_one_once_a_document_gave_the_family() -> None:
    form = (
        "Booking form.pdf p1",
        "Children\nName\tDate of birth\nTia Moss\t08/08/2011\nAdults\nName\tRelationship\nLisa Moss\tMother",
    )
    second_page = (
        "Booking form.pdf p2",
        "Adults (continued)\nName\tRelationship\nDean Moss\tFather",
    )
    minutes = (
        "Old minutes.pdf p1",
        "Child: Kai Moss.\nPresent: Lisa Moss (mother), Jean Ash (paternal grandmother)",
    )
    children, adults = _family(form, second_page, minutes)
    assert children == [("Tia Moss", date(2011, 8, 8))]
    assert adults == ["Lisa Moss", "Dean Moss"]


def test_an_unborn_child_called_after_its_mother() -> None:
    children, adults = _people(
        "Unborn baby of Chloe Rigg (EDD 03/03/2027)\nMother: Chloe Rigg, DOB 18/07/2003"
    )
    assert children == [("Unborn baby of Chloe Rigg", date(2027, 3, 3))]
    assert adults == ["Chloe Rigg"]


def test_an_unborn_marker_after_the_name_stays_in_it_as_one_before_does() -> None:
    """Sets c, k, l: "Baby Lumb (unborn)" is the child's name as the form writes it; a
    relationship's bracket after a name is still no part of it."""
    children, adults = _people(
        "Child(ren)\nBaby Lumb (unborn)  EDD 20/03/2027\nParents / carers\nCourtney Lumb (mother)"
    )
    assert children == [("Baby Lumb (unborn)", date(2027, 3, 20))]
    assert adults == ["Courtney Lumb"]
    assert split_name("Baby Ahmed (Unborn Baby)\tEDD 02/03/2027") == (
        "Baby Ahmed (Unborn Baby)",
        "\tEDD 02/03/2027",
    )
    assert split_name("Amy Lumb (unborn's mother)") == ("Amy Lumb", " (unborn's mother)")


def test_a_memo_naming_only_the_unborn_baby_of_its_mother_gives_that_child() -> None:
    children, _ = _family(
        (
            "body",
            "Re: Pre-birth conference - unborn baby of Amy RIGG\n"
            "A conference has been arranged for the unborn baby of Amy Rigg.",
        )
    )
    assert children == [("Unborn baby of Amy Rigg", None)]


def test_one_unborn_child_named_two_ways_is_one_child() -> None:
    children, _ = _family(
        ("Booking form.pdf p1", "Unborn baby Rigg - EDD 14/03/2027\nMother: Amy Rigg"),
        ("Letter.docx", "Re: Pre-birth conference - Unborn baby of Amy Rigg (EDD 14/03/2027)"),
    )
    assert children == [("Unborn baby Rigg", date(2027, 3, 14))]


def test_a_plural_kin_word_before_its_names_gives_each_of_them() -> None:
    _, adults = _family(
        (
            "body",
            "The plan was made because of arguments between his parents, Tina Cobb and\n"
            "Mark Cobb, and their separation.",
        )
    )
    assert adults == ["Tina Cobb", "Mark Cobb"]


def test_a_capitalised_kin_word_in_a_title_is_no_relationship() -> None:
    _, adults = _family(
        (
            "portal.pdf p1",
            "Children's Services Partner Portal\nSkip to main content Home\nMother: Jo Ashby",
        )
    )
    assert adults == ["Jo Ashby"]


def test_a_shouted_kin_cell_does_not_name_the_next_row() -> None:
    _, adults = _family(
        (
            "body",
            "SURNAME       FORENAME      DOB          ROLE\n"
            "REILLY        BRENDA        02/11/1979   MOTHER\n"
            "KEEGAN        SIOBHAN       19/05/1976   AUNT",
        )
    )
    assert sorted(adults) == ["BRENDA REILLY", "SIOBHAN KEEGAN"]


def test_birth_dates_given_by_first_name_in_a_later_sentence() -> None:
    children, _ = _people(
        "Family members:\nRuby-Lou Hale (daughter)\nCasey Hale (son)\nToni Hale (mother)\n"
        "Ruby-Lou was born on 7 July 2016 and Casey on 14 February 2020."
    )
    assert children == [("Ruby-Lou Hale", date(2016, 7, 7)), ("Casey Hale", date(2020, 2, 14))]


def test_a_bracket_whose_first_part_is_kin_is_a_relationship() -> None:
    children, adults = _people(
        "Children and Young People's Service\n"  # a letterhead that reads as a heading
        "The people who will be discussed at the conference are:\n"
        "Ivy Clegg (subject child, born 12/03/2022)\n"
        "Marion Clegg (maternal grandmother, significant adult who provides regular care)\n"
        "Adam Pike (father - lives separately, contact each Saturday)"
    )
    assert [name for name, _ in children] == ["Ivy Clegg"]
    assert adults == ["Marion Clegg", "Adam Pike"]


def test_kin_words_under_a_prefix_and_labels_that_are_kin() -> None:
    from parsers.label_meaning import kin_label, professional_role  # new in this change

    assert relationship_side("Stepdad") == "adult"
    assert relationship_side("fostermum") == "adult"
    assert kin_label("Father of the baby") == "adult"
    assert kin_label("Maternal grandmother (lives with them)") == "adult"
    assert kin_label("Pre-birth ICPC") is None
    assert kin_label("Health visitor") is None
    assert professional_role("DSL") and professional_role("social worker")
    assert not professional_role("father - lives apart, no contact")


def test_a_scans_stray_rule_after_a_name_is_no_part_of_it() -> None:
    assert split_name("Abdi Warsame _")[0] == "Abdi Warsame"

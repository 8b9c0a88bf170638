# ruff: noqa: E501  (table rows of test cases read best one case per line)
"""Children and adults from tables, lists and lines; never headers, labels or professionals."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.fields_people import read_people
from parsers.records import Page

REF = date(2026, 11, 23)


def _people(
    text: str, location: str = "form.pdf p1"
) -> tuple[list[tuple[str, date | None]], list[str]]:
    family = read_people([Page(location=location, lines=tuple(text.split("\n")))], reference=REF)
    return [(c.name, c.date_of_birth) for c in family.children], [a.name for a in family.adults]


def test_a_tab_table_of_children_and_adults_is_read() -> None:
    text = (
        "Child(ren) subject of the conference\n"
        "Name\tDate of birth\tGender\tSchool / setting\n"
        "Harper Wormald\t23/03/2019\tFemale\tMoorside Academy\n"
        "Parents, carers and significant adults\n"
        "Name\tRelationship\tDate of birth\n"
        "Sharon Wormald\tMother\t01/04/1985\n"
        "Stuart Thewlis\tStepfather\t11/01/1998"
    )
    children, adults = _people(text)
    assert children == [("Harper Wormald", date(2019, 3, 23))]
    assert adults == ["Sharon Wormald", "Stuart Thewlis"]


def test_a_flattened_pdf_table_with_spaces_is_read_without_the_relationship_or_school() -> None:
    text = (
        "Children\nName DOB Gender School\n"
        "Jayden Naylor 12/10/2019 Male Oakwood Community Primary\n"
        "Adults\nName Relationship DOB\n"
        "Michelle Naylor Mother 31/01/1986\nBrandon Akhtar Mother's partner 11/03/1997"
    )
    children, adults = _people(text)
    assert children == [("Jayden Naylor", date(2019, 10, 12))]
    assert adults == ["Michelle Naylor", "Brandon Akhtar"]


def test_plain_text_lists_are_read() -> None:
    text = (
        "Children:\n1. Jaxon Dyson  DOB: 11/11/2023  Male  School: Hollybank Primary\n"
        "2. Mia-Rose O'Neill DOB 02/02/2020\n\n"
        "Adults:\n- Chelsea Dyson (Mother), DOB 11/08/2002\n• Dean Smith (Father)"
    )
    children, adults = _people(text, "body")
    assert children == [("Jaxon Dyson", date(2023, 11, 11)), ("Mia-Rose O'Neill", date(2020, 2, 2))]
    assert adults == ["Chelsea Dyson", "Dean Smith"]


def test_a_labelled_child_line_outside_any_section_is_read() -> None:
    children, adults = _people("Child: Lola Rowley (d.o.b. 03/10/2012)", "body")
    assert children == [("Lola Rowley", date(2012, 10, 3))]
    assert adults == []


def test_a_relationship_prefix_makes_an_adult() -> None:
    children, adults = _people(
        "Mother: Jane Smith (DOB 01/01/1990)\nChild: Tom Smith DOB 01/01/2015"
    )
    assert adults == ["Jane Smith"]
    assert children == [("Tom Smith", date(2015, 1, 1))]


def test_an_unborn_baby_is_a_child_with_an_expected_date() -> None:
    family = read_people(
        [Page(location="body", lines=("Children:", "Unborn baby Smith EDD 14/02/2027"))],
        reference=REF,
    )
    assert [(c.name, c.date_of_birth, c.expected) for c in family.children] == [
        ("Unborn baby Smith", date(2027, 2, 14), True)
    ]


def test_police_style_surname_first_is_turned_round() -> None:
    children, _ = _people("Children\nSMITH, John  DOB 01/02/2016")
    assert children == [("John Smith", date(2016, 2, 1))]


def test_a_relationship_column_sends_a_sibling_to_the_children() -> None:
    text = "Household members\nName\tRelationship\tDate of birth\nAmy Hall\tMother\t01/01/1990\nLeo Hall\tBrother\t05/05/2012"
    children, adults = _people(text)
    assert children == [("Leo Hall", date(2012, 5, 5))]
    assert adults == ["Amy Hall"]


@pytest.mark.parametrize(
    "text",
    [
        "Name\tDate of birth\tGender\tSchool / setting",
        "Kind regards\n\nGillian Ingham\nSafeguarding and Review Unit\nWakefield Council",
        "Conference Chair: Simon Outhwaite\nAllocated social worker: Andrew Emmott\nTeam manager: Helen Heaton",
        "Completed by: Marcus Goodall\nDate completed: 13/12/2026",
        "A child protection medical on 18/11/2026 found fingertip bruising.",
    ],
)
def test_headers_signatures_professionals_and_prose_are_not_people(text: str) -> None:
    assert _people(text, "body") == ([], [])


def test_a_section_ends_at_the_next_label_so_professionals_are_not_family() -> None:
    text = (
        "Adults:\n- Chelsea Dyson (Mother), DOB 11/08/2002\n"
        "Social worker: Nadia Norcliffe\nNadia Norcliffe\nRachel Jowett"
    )
    assert _people(text, "body") == ([], ["Chelsea Dyson"])


def test_without_a_section_age_decides_child_or_adult() -> None:
    text = "Sam Lee DOB 01/01/2014\nPat Lee DOB 01/01/1980"
    assert _people(text, "body") == ([("Sam Lee", date(2014, 1, 1))], ["Pat Lee"])


def test_a_person_in_both_the_form_and_the_body_is_listed_once_from_the_form() -> None:
    form = Page(location="form.docx", lines=("Children", "Name\tDOB", "Kacper Mellor\t28/10/2020"))
    body = Page(location="body", lines=("Children:", "1. Kacper Mellor DOB 28/10/2020"))
    family = read_people([body, form], reference=REF)
    assert [c.name for c in family.children] == ["Kacper Mellor"]


def test_one_line_child_and_adult_entries_of_a_scanned_form_are_read() -> None:
    page = Page(
        location="form.pdf p1",
        lines=(
            "Child: Isla Ramsden 12/03/2024 Female Sandal Rise Academy",
            "Adult: Saima Ramsden Mother 13/02/1998",
            "Adult: Darren Ramsden Father 20/07/1993",
        ),
        number=1,
    )
    family = read_people([page], reference=None)
    assert [c.name for c in family.children] == ["Isla Ramsden"]
    assert family.children[0].date_of_birth == date(2024, 3, 12)
    assert [a.name for a in family.adults] == ["Saima Ramsden", "Darren Ramsden"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Please note that the Initial Child Protection Conference for Reggie Nowak on "
         "Tue 15/12/2026 at 1.00 pm has been CANCELLED.", ["Reggie Nowak"]),
        ("The review conference for Darcie Nowak and Hafsa Nowak on 3 December is cancelled.",
         ["Darcie Nowak", "Hafsa Nowak"]),
        ("The conference for the family has been moved.", []),
        ("Conference for Leeds City Council staff on Monday.", []),
    ],
)  # fmt: skip
def test_children_named_only_in_prose_are_read_when_nothing_lists_them(
    text: str, names: list[str]
) -> None:
    family = read_people([Page(location="body", lines=(text,))], reference=None)
    assert [c.name for c in family.children] == names
    assert all(c.date_of_birth is None for c in family.children)


def test_two_children_of_one_name_born_apart_are_two_children_and_one_seen_twice_is_one() -> None:
    form = Page(
        location="form.docx",
        lines=("Children", "Tyler Kowalski\t12/03/2016", "Tyler Kowalski\t04/09/2019"),
    )
    body = Page(location="body", lines=("Children", "Tyler Kowalski (DOB 12/03/2016)"))
    family = read_people([form, body], reference=date(2026, 11, 23))
    assert [(c.name, c.date_of_birth) for c in family.children] == [
        ("Tyler Kowalski", date(2016, 3, 12)),
        ("Tyler Kowalski", date(2019, 9, 4)),
    ]


def test_numbered_section_headings_open_their_sections() -> None:
    # hand-written case h01: "2. Child/ren's details", "3. Parents/carers and household"
    text = (
        "1. Reason for the conference\nEllis disclosed abuse at school.\n"
        "2. Child/ren's details\n"
        "Full name\tDate of birth\tGender\tSchool\n"
        "Ellis Brackenbury\t14/06/2016\tMale\tHorbury Bridge Primary\n"
        "3. Parents/carers and household\n"
        "Name\tRelationship to children\tDate of birth\n"
        "Joanne Brackenbury\tMother\t19/07/1988\n"
        "4. Conference arrangements"
    )
    children, adults = _people(text)
    assert children == [("Ellis Brackenbury", date(2016, 6, 14))]
    assert adults == ["Joanne Brackenbury"]


@pytest.mark.parametrize(
    ("text", "children", "adults"),
    [
        # hand-written cases b05, b12, b13, b21, b24: body layouts of other councils
        (
            "Name of child(ren): Emre Doyle\nD.O.B: 15/01/2020",
            [("Emre Doyle", date(2020, 1, 15))],
            [],
        ),
        (
            "Name of child: Ava Gill   D.O.B: 21/08/2016\nMother: Hayley Gill\nFather: Simon Gill",
            [("Ava Gill", date(2016, 8, 21))],
            ["Hayley Gill", "Simon Gill"],
        ),
        (
            "Name of child(ren)\nKai Fieldhouse\nD.O.B\n14/05/2011\nParent\nNicola Fieldhouse (mother)",
            [("Kai Fieldhouse", date(2011, 5, 14))],
            ["Nicola Fieldhouse"],
        ),
        (
            "Children:\n - Maisie Wood, D.O.B 10/09/2015\nAdults in the household:\n - Darren Wood (stepfather)",
            [("Maisie Wood", date(2015, 9, 10))],
            ["Darren Wood"],
        ),
        ("Core group\nPC Rachel Ogden\tpolice\nParents\nDawn Naylor (mother)", [], ["Dawn Naylor"]),
        # a "Child <TAB>D.O.B." header row: its first row is a person, not the header's value
        (
            "Chair: Bernadette Colley\nChild\tD.O.B.\nTiegan Keane\t11/06/2011\n"
            "Rory Keane\t30/01/2014\nMother: Siobhan Keane",
            [("Tiegan Keane", date(2011, 6, 11)), ("Rory Keane", date(2014, 1, 30))],
            ["Siobhan Keane"],
        ),
    ],
)
def test_labelled_children_dates_on_the_next_line_and_kin_lines(
    text: str, children: list[tuple[str, date]], adults: list[str]
) -> None:
    assert _people(text, location="body") == (children, adults)


def test_two_column_forms_and_forename_surname_tables() -> None:
    # hand-written cases h02, h09, h18: "Section A - …", people in the value cell, split names
    text = (
        "Section A - Child/ren's details\n"
        "Forename\tSurname\tDOB\nTyler\tBairstow\t05/05/2015\n"
        "Parents/carers\tRebecca Senior, mother (12/12/1985); Liam Senior, father (30/04/1983)\n"
        "Significant others\tGloria Oduya (maternal grandmother), DOB 05/06/1969"
    )
    children, adults = _people(text)
    assert children == [("Tyler Bairstow", date(2015, 5, 5))]
    assert adults == ["Rebecca Senior", "Liam Senior", "Gloria Oduya"]


def test_forenames_in_one_cell_under_a_surname_column_are_one_person_each() -> None:
    """ "PRIESTLEY | Harvey and Harriet (twins) | 14/08/2019 | Subject children" (issue 11)."""
    children, adults = _people(
        "Household composition\nSurname\tForename(s)\tDOB\tRelationship\n"
        "PRIESTLEY\tHarvey and Harriet (twins)\t14/08/2019\tSubject children\n"
        "PRIESTLEY\tLeanne\t20/03/1997\tMother"
    )
    assert [name for name, _ in children] == ["Harvey PRIESTLEY", "Harriet PRIESTLEY"]
    assert adults == ["Leanne PRIESTLEY"]


def test_a_people_heading_with_its_list_after_a_colon() -> None:
    children, adults = _people(
        "Children: Niamh O'Connor (02/02/2013), Ciaran O'Connor (25/07/2017)\n"
        "Adults: Bernadette O'Connor (mother), Declan Burke (mother's partner)"
    )
    assert children == [
        ("Niamh O'Connor", date(2013, 2, 2)),
        ("Ciaran O'Connor", date(2017, 7, 25)),
    ]
    assert set(adults) == {"Bernadette O'Connor", "Declan Burke"}


def test_names_in_any_alphabet_are_names() -> None:
    """Polish, Irish and Lithuanian names (issue 11: an ASCII-only test dropped them all)."""
    children, adults = _people(
        "Name\tRelationship\tDOB\n"
        "Katarzyna Wiśniewska\tMother\t02/03/1990\n"
        "Siobhán O'Driscoll\tMother's partner\t07/05/1991\n"
        "Emilija Petrauskaitė\tDaughter\t11/11/2021"
    )
    assert adults == ["Katarzyna Wiśniewska", "Siobhán O'Driscoll"]
    assert children == [("Emilija Petrauskaitė", date(2021, 11, 11))]


def test_a_label_merged_down_two_rows_with_a_person_each() -> None:
    """A Word label cell merged down: both children's cells reach one line."""
    children, _ = _people(
        "Section 2 - Child(ren) subject of the conference\n"
        "Child\tZofia Nowak\tDOB 11/06/2017\tFemale - Outwood Primary\tSzymon Nowak\tDOB 30/09/2021\tMale"
    )
    assert children == [("Zofia Nowak", date(2017, 6, 11)), ("Szymon Nowak", date(2021, 9, 30))]


def test_a_person_on_one_line_of_label_value_pairs() -> None:
    """ "Name: … Relationship: … DOB: …" with no cell breaks (Word text boxes, issue 11 set e)."""
    children, adults = _people(
        "Parents / carers / significant adults\n"
        "Name: Ngozi Okonkwo Relationship: Mother DOB: 25/08/1986\n"
        "Name: Gary Wood Relationship: Mother's partner DOB: 11/11/1975"
    )
    assert (children, adults) == ([], ["Ngozi Okonkwo", "Gary Wood"])


def test_a_stray_number_in_a_table_of_people_loses_nobody() -> None:
    """OCR debris ("7" on a line of its own) once raised inside the reader, and every person
    of the email was lost with it."""
    children, adults = _people(
        "Children subject of the conference\nName\tDate of birth\tGender\n"
        "Kayden Bradford\t11/11/2013\tMale\n7\n"
        "Parents, carers and significant adults\nName\tRelationship\tDate of birth\n"
        "Shannon Bradford\tMother\t23/03/1994"
    )
    assert children == [("Kayden Bradford", date(2013, 11, 11))]
    assert adults == ["Shannon Bradford"]


def test_numbered_name_and_birth_date_rows_and_no_conference_as_a_name() -> None:
    """ "Child 1 - name / Child 1 - date of birth" rows of a filled PDF form (set g), and a
    quoted subject line "ICPC Popescu 15/12/2026" is no child."""
    children, _ = _people(
        "Subject: ICPC Popescu 15/12/2026\n2. Child(ren)\nChild 1 - name\tAaliyah Hussain\n"
        "Child 1 - date of birth\t08/07/2013\nChild 2 - name\tIbrahim Hussain\n"
        "Child 2 - date of birth\t25/01/2018"
    )
    assert children == [
        ("Aaliyah Hussain", date(2013, 7, 8)),
        ("Ibrahim Hussain", date(2018, 1, 25)),
    ]


def test_people_run_together_in_one_cell_after_a_date_or_a_relationship() -> None:
    """A Word cell's paragraphs joined with a space (issue 11, set g)."""
    children, adults = _people(
        "Child / children (name, date of birth)\n"
        "Kayden Walsh-Mensah, 09/01/2015 Ama Mensah, 27/07/2022\n"
        "Parents / carers (name, relationship)\n"
        "Chantelle Walsh, mother Kwame Mensah, father of both children"
    )
    assert children == [
        ("Kayden Walsh-Mensah", date(2015, 1, 9)),
        ("Ama Mensah", date(2022, 7, 27)),
    ]
    assert adults == ["Chantelle Walsh", "Kwame Mensah"]


def test_age_outranks_the_grid_a_person_stands_in() -> None:
    """Issue 11, set h: a sibling group's form lists the grandmother in the children's grid, and
    a "Lives with" column says "Mother - now with maternal grandparents" beside a child of 6."""
    text = (
        "Children subject of the conference (3)\n"
        "Name\tDate of birth / EDD\tCategory requested\tLives with\tSchool / setting\n"
        "Mia Whiteley\t14/02/2012\tEmotional abuse\tMaternal grandparents (special guardians)\tCalder High\n"
        "Ruby Pollard\t21/03/2018\tNeglect\tMother - now with maternal grandparents\tCentral Street\n"
        "Pauline Dobson\t23/04/1966\tGrandmother\tHousehold 1\t-\n"
        "Household 1\n"
        "Name\tRelationship\tDate of birth\n"
        "Jodie Whiteley\tMother of both children\t17/11/1993"
    )
    children, adults = _people(text)
    assert [name for name, _ in children] == ["Mia Whiteley", "Ruby Pollard"]
    assert sorted(adults) == ["Jodie Whiteley", "Pauline Dobson"]


def test_the_eldest_of_the_children_just_turned_eighteen_stays_with_them() -> None:
    """Set l, l-59-06: six children under "Child(ren)", the eldest 18 years and 11 days old;
    the parents' list below still gives the adults, and a grandparent's age still decides."""
    text = (
        "Child(ren)\n"
        "Connor Bottomley 12/11/2008\n"
        "Shannon Bottomley 02/11/2010\n"
        "Pauline Bottomley 23/04/1966\n"
        "Parents / carers\n"
        "Joanne Bottomley (mother)\n"
        "Kyle Gill 01/10/2007"
    )
    children, adults = _people(text)
    assert [name for name, _ in children] == ["Connor Bottomley", "Shannon Bottomley"]
    assert sorted(adults) == ["Joanne Bottomley", "Kyle Gill", "Pauline Bottomley"]


def test_a_parent_of_seventeen_stays_a_parent() -> None:
    _, adults = _people(
        "Unborn baby Murray - EDD 14.03.27\nMum: Kirsty Murray, 17, d.o.b. 30/06/2009"
    )
    assert adults == ["Kirsty Murray"]


def test_a_line_that_is_one_person_and_their_relationship_is_read() -> None:
    """Issue 11, set c: a letter's "The family members are as follows:" list."""
    children, adults = _people(
        "The family members are as follows:\n"
        "Mason Rhodes (son, 30/03/2015)\n"
        "Lacey Rhodes (daughter, 08/08/2018)\n"
        "Kerry-Ann Rhodes (mother)\n"
        "Dean Rhodes (father - lives in Blackburn, no contact under bail conditions)\n"
        "Sarah Lodge (social worker)"
    )
    assert [name for name, _ in children] == ["Mason Rhodes", "Lacey Rhodes"]
    assert adults == ["Kerry-Ann Rhodes", "Dean Rhodes"]


def test_a_numbered_child_label_with_its_fields_named_is_read() -> None:
    """Issue 11, set b: "Child 1 - full name / date of birth <TAB> Kai Whitaker / 19.09.2022"."""
    children, adults = _people(
        "Part 2 - Family composition\n"
        "Child 1 - full name / date of birth\tKai Whitaker / 19.09.2022\n"
        "Child 2 - full name / date of birth\tSienna Whitaker / 11.11.2024\n"
        "Parent/carer 1 - name, relationship\tNatalie Whitaker, mother"
    )
    assert children == [
        ("Kai Whitaker", date(2022, 9, 19)),
        ("Sienna Whitaker", date(2024, 11, 11)),
    ]
    assert adults == ["Natalie Whitaker"]


def test_a_table_of_the_professionals_invited_holds_no_family_member() -> None:
    text = (
        "Section C - Professionals invited\n"
        "Name\tRole\tAgency\tContact\n"
        "Dominic Sykes\tSocial worker\tWakefield Council\t01924 302211\n"
        "Joanne Bell\tHealth visitor\tMid Yorkshire Teaching NHS Trust\t01924 541000\n"
        "Section E - Family and household (all children and adults)\n"
        "Name\tRole / relationship\tDate of birth\tAddress\tNotes\n"
        "Lily Moss\tSubject child\t05/05/2014\t14 Lupset Crescent,\tYear 8\n"
        "Kerry Moss\tMother\t19/02/1991\t14 Lupset Crescent,\tWorks part-time"
    )
    children, adults = _people(text)
    assert children == [("Lily Moss", date(2014, 5, 5))]
    assert adults == ["Kerry Moss"]


def test_the_wrapped_lines_of_a_table_row_are_no_people_and_end_no_section() -> None:
    text = (
        "Family and household\n"
        "Name\tRole / relationship\tDate of birth\tAddress\tNotes\n"
        "Unborn baby\tUnborn child\tEDD\t31 Cornwall Road, Bradford\tAssessment started\n"
        "Gemma Sutcliffe\tMother\t26/09/1993\t3 Pellon Lane, Halifax HX1\tVictim; engaging with the\n"
        "4AA\tIDVA.\n"
        "Yasin Rahman\tSubject child\t06/06/2019\tc/o 58 Whetley Lane,\tStaying with maternal\n"
        "Bradford BD8 9HA\tgrandmother by agreement\n"
        "Pauline Sutcliffe\tMaternal\t12/12/1966\t18 Gibbet Street, Halifax\tProtective; children stay at\n"
        "grandmother\tHX1 5BN\tweekends."
    )
    children, adults = _people(text)
    assert [name for name, _ in children] == ["Unborn baby", "Yasin Rahman"]
    assert adults == ["Gemma Sutcliffe", "Pauline Sutcliffe"]


def test_a_row_of_headings_under_a_children_table_still_opens_the_adults() -> None:
    text = (
        "Child's name\tDate of birth\tSchool\n"
        "Isla Greenwood\t12/12/2016\tWarley Road Primary\n"
        "Mother\tFather\tAddress\n"
        "Rachel Greenwood\tKyle Dempsey\t9 Hanson Lane, Halifax HX1"
    )
    children, adults = _people(text)
    assert children == [("Isla Greenwood", date(2016, 12, 12))]
    assert "Rachel Greenwood" in adults


@pytest.mark.parametrize(
    "wrapped",
    [
        "Campbell-Nowicki\tLeeds LS8 1NY\tSchool; approached near school",
        # a ruled PDF row keeps its empty cells' TABs (set n layout 70)
        "Campbell-Nowicki\t\t\tLeeds LS8 1NY\tSchool; approached near school",
    ],
)
def test_a_name_wrapped_in_a_narrow_table_cell_is_put_back_together(wrapped: str) -> None:
    text = (
        "Family and household\n"
        "Name\tRole / relationship\tDate of birth\tAddress\tNotes\n"
        "Tyrese\tSubject child\t03/03/2011\t9 Gledhow Wood Avenue,\tYear 10 at Allerton High\n"
        f"{wrapped}\n"
        "Anna Nowicka\tMother\t12/12/1987\t9 Gledhow Wood Avenue,\tMain carer."
    )
    children, adults = _people(text)
    assert children == [("Tyrese Campbell-Nowicki", date(2011, 3, 3))]
    assert adults == ["Anna Nowicka"]


def test_an_unborn_child_named_by_its_mother_is_the_child() -> None:
    """Issue 11, set j: "Unborn baby of Courtney Whitaker" was no name, so no child was read."""
    page = Page(
        "attachment:form.pdf p1",
        (
            "Name\tDOB / EDD\tRelationship",
            "Unborn baby of Courtney Whitaker\tEDD 19/03/2027\tUnborn child",
            "Courtney Whitaker\t08/07/2004\tMother",
            "Reason for request",
        ),
    )
    family = read_people([page], reference=date(2026, 12, 7))
    assert [(p.name, p.date_of_birth, p.expected) for p in family.children] == [
        ("Unborn baby of Courtney Whitaker", date(2027, 3, 19), True)
    ]
    assert [p.name for p in family.adults] == ["Courtney Whitaker"]


def test_people_in_one_cell_whose_line_breaks_were_folded_are_each_read() -> None:
    text = (
        "Children\tAva Gill (12/03/2015) Noah Gill (01/02/2018)\n"
        "Adults\tKerry Gill (mother) Dean Platt (mother's partner)"
    )
    children, adults = _people(text, location="body")
    assert children == [("Ava Gill", date(2015, 3, 12)), ("Noah Gill", date(2018, 2, 1))]
    assert adults == ["Kerry Gill", "Dean Platt"]


def test_a_name_and_agency_table_lists_the_attendees_not_the_family() -> None:
    text = (
        "Parents\tKerry Gill, Dean Platt\n"
        "Name\tAgency\n"
        "Sam Cole\tHealth visiting\n"
        "Rachel Webb\tVictoria Primary"
    )
    assert _people(text, location="body")[1] == ["Kerry Gill", "Dean Platt"]


def test_the_sender_s_signature_under_the_family_is_no_child() -> None:
    from parsers.fields_people import Family, without_staff
    from parsers.records import Person

    family = Family((Person("Ruby Clough", date(2013, 1, 4)), Person("Kelly Rhodes")), ())
    kept = without_staff(family, ["Kelly Rhodes", None])
    assert [c.name for c in kept.children] == ["Ruby Clough"]


def test_where_the_form_marks_its_subjects_a_sibling_listed_for_context_is_no_subject() -> None:
    """Issue 11, set k: "Subject child" in the relationship column; the step-sister who lives
    with her mother is household context. Without such marks every child stays."""
    rows = (
        "Household members and significant others\n"
        "Name\tRelationship to child\tD.O.B.\tAddress\n"
        "Jessica Marsden\tSubject child\t16/08/2012\t3 Moor Terrace\n"
        "Kelly Marsden\tMother\t01/03/1986\tAs above\n"
        "Ella Pollard\tStep-sister\t03/03/2009\tLives with her mother in Elland\n"
    )
    children, adults = _people(rows)
    assert children == [("Jessica Marsden", date(2012, 8, 16))]
    assert adults == ["Kelly Marsden"]
    children, _ = _people(rows.replace("Subject child", "Daughter"))
    assert [name for name, _ in children] == ["Jessica Marsden", "Ella Pollard"]


def test_the_unborn_babys_young_mother_is_an_adult_and_the_baby_keeps_the_councils_name() -> None:
    """Issue 11, set n: "The unborn baby of Senait Tesfaye (date of birth 2 May 2009)": she is
    17, the mother; the heading calls the child "Unborn Tesfaye"."""
    text = (
        "Pre-birth Review Conference – Unborn Tesfaye (baby of Senait Tesfaye)\n"
        "The unborn baby of Senait Tesfaye (date of birth 2 May 2009), due on 20 March 2027, "
        "has been subject to a plan since November."
    )
    children, adults = _people(text, location="body")
    assert children == [("Unborn Tesfaye", None)]
    assert adults == ["Senait Tesfaye"]
    children, adults = _people(text.split("\n", 1)[1], location="body")
    assert (children, adults) == ([("Unborn baby of Senait Tesfaye", None)], ["Senait Tesfaye"])


def test_a_date_that_dates_a_move_or_an_arrest_is_no_birth_date() -> None:
    """Issue 11, set j: "(moved from Sheffield 20/11/2026)" made the mother a newborn child."""
    text = (
        "Children: Oskar Reid (d.o.b. 27/09/2016)\n"
        "Marta Kowalczyk (mother), 41 Beeston Road, Leeds (moved from Sheffield 20/11/2026)\n"
        "Darren Reid (father), arrested 02/11/2026, born 01/01/1990"
    )
    children, adults = _people(text, location="body")
    assert children == [("Oskar Reid", date(2016, 9, 27))]
    assert adults == ["Marta Kowalczyk", "Darren Reid"]


def test_a_professional_by_role_is_no_adult_even_when_the_role_holds_a_kin_word() -> None:
    """ "Health visitor" holds "visitor" (a visitor to the home is a significant adult), but a
    role with a professional's word is a professional invited (set n 66-01)."""
    text = (
        "Parents / carers / significant adults\nKaren Holroyd – mother – DOB 01/02/1990\n"
        "Date of conference\n16/12/2026\n"
        "Professionals to be invited\nTeam manager: Kevin Hollings\nHealth visitor: Samina Ali"
    )
    assert _people(text)[1] == ["Karen Holroyd"]


def test_the_value_under_a_label_of_no_person_is_no_person() -> None:
    """A narrow column puts each label above its value: "Language / interpreter" above
    "Kurdish Sorani – interpreter booked for mother" inside the adults (set n 66-03)."""
    text = (
        "Parents / carers / significant adults\n"
        "Shilan Bakr – mother – DOB 02/02/1988\n"
        "Home address\n7 Hanson Lane, Halifax HX1\n"
        "Language / interpreter\nKurdish Sorani – interpreter booked for mother\n"
        "Name\nAram Hassan"
    )
    assert _people(text)[1] == ["Shilan Bakr", "Aram Hassan"]


def test_a_comma_before_a_place_inside_a_child_s_details_parts_no_two_children() -> None:
    """Set n 66-02: "Year 2, Bramley St Peter's" after a child's birth date read as a second
    child named Bramley St Peters; a comma before a given name still parts two people."""
    text = (
        "Children who are the subject of the conference\n"
        "Demi-Leigh Farrar – DOB 07/03/2019 – Year 2, Bramley St Peter's\n"
        "Kayden Farrar – DOB 30/12/2020 – not in nursery\n"
        "Parents / carers / significant adults\nStacey Farrar, Jordan Whitely"
    )
    children, adults = _people(text)
    assert [name for name, _ in children] == ["Demi-Leigh Farrar", "Kayden Farrar"]
    assert adults == ["Stacey Farrar", "Jordan Whitely"]
    dated = (
        "Children\tAmir Hussain (07/07/2015), Safa Hussain (12/12/2017), Eesa Hussain (01/03/2022)"
    )
    assert len(_people(dated)[0]) == 3  # an uncommon given name, but a date of its own


def test_the_birth_column_dates_a_row_not_a_date_in_its_relationship_cell() -> None:
    """set m, 61-01: "lived in the household until 20/11/2026" in the relationship cell, read
    as the uncle's birth date, made him a newborn child."""
    text = (
        "Parents, carers and significant adults\n"
        "Name\tRelationship to child(ren)\tDate of birth\tAddress\n"
        "Agnieszka Kowalczyk\tMother\t11/06/1989\tHome address\n"
        "Pawel Nowicki\tMaternal uncle - lived in the household until 20/11/2026\t14/03/1993\tOssett"
    )
    children, adults = _people(text)
    assert children == []
    assert adults == ["Agnieszka Kowalczyk", "Pawel Nowicki"]


def test_names_each_with_a_birth_date_after_a_dash_are_children() -> None:
    """set m, 64-06: a Teams appointment lists the children one per line under its title."""
    text = (
        "Review Child Protection Conference\n"
        "Yonas Tesfay - 14/08/2014\nSelam Tesfay – DOB 02/05/2019\n"
        "Mother: Senait Tesfay\nChair: Amrit Chahal"
    )
    children, adults = _people(text, location="body")
    assert children == [("Yonas Tesfay", date(2014, 8, 14)), ("Selam Tesfay", date(2019, 5, 2))]
    assert adults == ["Senait Tesfay"]


def test_a_child_and_parents_written_as_sentences_on_one_line_are_read() -> None:
    """set m, 64-05: "Child: … . Parents: … and … . Reason: …" in one paragraph of a Teams
    invitation: only one sentence named a relationship, so the line was not taken apart."""
    children, adults = _people(
        "Child: Rahul Mistry. Parents: Priya Mistry and Vikram Mistry. Reason: unexplained "
        "bruise to Rahul's ear noticed at nursery on 18 December.",
        location="body",
    )
    assert [name for name, _ in children] == ["Rahul Mistry"]
    assert adults == ["Priya Mistry", "Vikram Mistry"]


def test_a_birth_date_given_at_a_second_mention_of_a_child_is_kept() -> None:
    """set m, 64-05: "Child: Rahul Mistry." read first left out the date the covering
    sentence gave ("for Rahul Mistry (DOB 09/09/2021)")."""
    children, _ = _people(
        "Child: Rahul Mistry. Parents: Priya Mistry and Vikram Mistry.\n"
        "The conference for Rahul Mistry (DOB 09/09/2021) is cancelled.",
        location="body",
    )
    assert children == [("Rahul Mistry", date(2021, 9, 9))]


@pytest.mark.parametrize("bullet", ["•", "·", "▪"])
def test_people_listed_along_one_line_between_bullets_are_each_read(bullet: str) -> None:
    """Set p: a family written along one line, each item a person with a bracket and a date."""
    text = (
        f"Kacper Nowak (12/03/2017) {bullet} Zofia Nowak (01/09/2019) {bullet} "
        f"Ewa Nowak (mother) 04/02/1993 {bullet} Marek Lis (mum's partner) 11/11/1989"
    )
    children, adults = _people(text)
    assert children == [("Kacper Nowak", date(2017, 3, 12)), ("Zofia Nowak", date(2019, 9, 1))]
    assert adults == ["Ewa Nowak", "Marek Lis"]


@pytest.mark.parametrize(
    "line",
    ["Ewa Nowak (mother) 04/02/1993", "Ewa Nowak (mother), DOB 04/02/1993",
     "Ewa Nowak (mother) – born 4th February 1993"],
)  # fmt: skip
def test_a_name_with_its_relationship_in_brackets_then_a_birth_date_is_a_person(line: str) -> None:
    assert _people(line)[1] == ["Ewa Nowak"]


def _form(child: str, born: str, name: str) -> Page:
    text = (
        "Request for an Initial Child Protection Conference\n"
        "Date of conference:\t12/01/2027\nTime:\t10:00\n"
        f"Child's name:\t{child}\nDate of birth:\t{born}\n"
        "Mother:\tDonna Pike\nFather:\tCarl Pike\n"
        "Reason for conference:\tNeglect of the children's basic care."
    )
    return Page(location=f"{name} p1", lines=tuple(text.split("\n")))


def test_one_booking_form_a_child_gives_every_child_of_the_family() -> None:
    """Set o: a zip with one form per child; the second form's child was dropped because the
    first document had given the family (the rule kept for a sibling's old minutes, set h)."""
    pages = [
        _form("Tilly Pike", "03/03/2019", "Forms/Tilly.pdf"),
        _form("Sam Pike", "09/09/2021", "Forms/Sam.pdf"),
        Page(location="old minutes.pdf p1", lines=("Minutes", "Present: Jo Pike (sister)")),
    ]
    family = read_people(pages, reference=REF)
    assert [(c.name, c.date_of_birth) for c in family.children] == [
        ("Tilly Pike", date(2019, 3, 3)),
        ("Sam Pike", date(2021, 9, 9)),
    ]
    assert [a.name for a in family.adults] == ["Donna Pike", "Carl Pike"]


def test_a_second_form_for_another_family_adds_no_one() -> None:
    pages = [
        _form("Tilly Pike", "03/03/2019", "Tilly.pdf"),
        _form("Ruby Okafor", "09/09/2021", "Okafor.pdf"),
    ]
    assert [c.name for c in read_people(pages, reference=REF).children] == ["Tilly Pike"]


def test_a_signature_under_the_last_table_of_people_is_no_family_member() -> None:
    text = (
        "Family members\n"
        "Name\tRole\tDate of birth\n"
        "Demi Crossley\tMother\t02/02/1994\n"
        "Liam Crossley\tSon\t14/06/2017\n"
        "Please return the agency report form by Friday.\n"
        "Marsha Okafor\n"
        "Business Support Assistant\n"
        "Children's Services"
    )
    children, adults = _people(text)
    assert children == [("Liam Crossley", date(2017, 6, 14))]
    assert adults == ["Demi Crossley"]


def test_a_parent_under_his_label_keeps_his_place_above_a_professionals_label() -> None:
    text = "Adults in the household\nStepfather\nGavin Pickles\nLead professional\nSunita Rao\n"
    assert _people(text)[1] == ["Gavin Pickles"]


def test_sentences_of_role_and_name_on_one_line_part_after_a_birth_date() -> None:
    text = (
        "Referral summary\n"
        "Young person: Ruby Kettle, born 03/03/2011. Stepfather: Dominic Rusu. "
        "Mother not at the address (in hospital)."
    )
    children, adults = _people(text)
    assert children == [("Ruby Kettle", date(2011, 3, 3))]
    assert adults == ["Dominic Rusu"]


def test_a_birth_date_column_after_a_relationship_column_is_that_persons() -> None:
    text = (
        "Conference details\n"
        "Subject child\tDate of birth\tMum\tD.O.B.\tDad\tAddress\n"
        "Ellis Moon\t12/12/2015\tKaren Moon\t01/08/1990\tRyan Moon\t4 Elm Road, Ossett"
    )
    children, adults = _people(text)
    assert children == [("Ellis Moon", date(2015, 12, 12))]
    assert adults == ["Karen Moon", "Ryan Moon"]
    family = read_people([Page("form.pdf p1", tuple(text.split("\n")))], reference=REF)
    assert [a.date_of_birth for a in family.adults] == [date(1990, 8, 1), None]


def test_a_capitals_heading_with_a_note_in_brackets_ends_the_parents() -> None:
    text = (
        "Mother : Rosie Haworth DOB 02/02/1992\n"
        "Father : Liam Haworth DOB 03/03/1990\n"
        "RISK INDICATORS (taken from the referral)\n"
        "[X] Parental mental health\n"
        "NICOLA HAWORTH (aunt)"
    )
    adults = [name.casefold() for name in _people(text)[1]]
    assert adults == ["rosie haworth", "liam haworth", "nicola haworth"]


@pytest.mark.parametrize(
    ("text", "adults"),
    [
        # relationship first, before a spaced dash, several in one cell
        ("4. Household\tMum - Nikki Rowe; mum's partner - Dale Pryce (not the children's father)\n5. Other adults\tN/K",
         ["Nikki Rowe", "Dale Pryce"]),
        ("Parents / carers\tMother – Hina Aziz; Father – Omar Aziz", ["Hina Aziz", "Omar Aziz"]),
        # one sentence of people among other fields' sentences on one line
        ("Parents: Nadia Bibi and Imran Bashir. Plan category: emotional harm. Previous review 21/07/2026.",
         ["Nadia Bibi", "Imran Bashir"]),
        # a circulation list of those invited: the family's rows by their role
        ("Circulation\nName\tAgency\tRole\nGemma Rawson\t-\tMother\nWayne Naylor\t-\tStepfather\nPriya Shah\tCYPS\tSocial Worker\nWYP SGU\tPolice\tReport requested",
         ["Gemma Rawson", "Wayne Naylor"]),
        # set u: a core group's list, the parents beside the professionals, one a line
        ("Core group members (as agreed at conference):\nNiamh O'Rourke - social worker\nRachel Greenwood - mother\nMark Greenwood - father\nPC Liam Earnshaw - Wakefield Child Safeguarding Unit",
         ["Rachel Greenwood", "Mark Greenwood"]),
        # set u: name, comma, what they are; a semicolon between people
        ("Chloe Whitworth, mother; Ryan Dobbs, Esme's father and Chloe's partner\nCategory: emotional abuse",
         ["Chloe Whitworth", "Ryan Dobbs"]),
        # a note after a comma is no part of the relationship; text-speak's "bf" (set u)
        ("Parents: Nadia Azam (mother, lives with the children) and Imran Azam (father, living with his brother)",
         ["Nadia Azam", "Imran Azam"]),
        ("mum is Tasha Haigh. mums bf is Kane Whitaker, lives with them on and off.", ["Tasha Haigh", "Kane Whitaker"]),
        # a title is no person: "Chair's Summary - Review Child Protection Conference"
        ("Chair's Summary - Review Child Protection Conference\nMother: Stacey Robshaw", ["Stacey Robshaw"]),
    ],
)  # fmt: skip
def test_family_written_by_role_in_lists_and_invitation_lists(text: str, adults: list[str]) -> None:
    """Issue 11, set r: relationship-first pairs after a spaced dash, a "Parents:" sentence
    followed by another field's, and a circulation list's family rows were read as no one."""
    assert _people(text)[1] == adults


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("You are invited to a conference about Unborn baby Pryce (expected 15/03/2027).", "Unborn baby Pryce"),
        ("We have the pre-birth conference for unborn baby Rowe (mother Nikki Rowe) booked for 12/01/2027.", "Unborn baby Rowe"),
        ("The pre-birth ICPC concerns unborn Okafor (parents Grace and Emeka Okafor).", "Unborn Okafor"),
    ],
)  # fmt: skip
def test_an_unborn_child_named_in_a_sentence_by_its_surname(text: str, child: str) -> None:
    """Issue 11, set s: "Unborn baby Fletcher (expected …)" and "unborn baby Sykes (mother Amy
    Sykes)" in a letter or a reply named no child, so missing_family_details."""
    assert [name for name, _ in _people(text)[0]] == [child]


def test_an_unborn_baby_with_no_surname_is_no_name() -> None:
    assert _people("The unborn baby is due in March (mother very anxious).")[0] == []


def test_an_unborn_child_named_before_a_colon_is_that_child() -> None:
    """Issue 11, set u: "Unborn Hirst: EDD 03/04/2027" — its "unborn" is no relationship
    labelling a name after the colon."""
    children, adults = _people(
        "Mother: Jade Hirst, DOB 14/10/1999\nUnborn Hirst: EDD 03/04/2027\n"
        "Ellie-Rose Kershaw: DOB 22/06/2022"
    )
    assert [name for name, _ in children] == ["Unborn Hirst", "Ellie-Rose Kershaw"]
    assert adults == ["Jade Hirst"]

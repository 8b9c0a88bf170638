"""People in rosters: a household table with split name columns, professionals beside the family
in one list, and family members known only by their role (issue 11, first-sight set C).

Each test words its form its own way: what is tested is the mechanism (a row of its own is never
a wrapped name; a table header under a heading is a header whatever the heading; a role word
tells a worker from a relative), not one council's phrases.
"""

from __future__ import annotations

from datetime import date

from parsers.fields_people import read_people
from parsers.records import Page

REF = date(2026, 11, 23)


def _people(text: str) -> tuple[list[tuple[str, date | None]], list[str]]:
    read = read_people([Page(location="form.docx", lines=tuple(text.split("\n")))], reference=REF)
    return [(c.name, c.date_of_birth) for c in read.children], [a.name for a in read.adults]


def test_a_dated_row_after_a_one_word_forename_is_the_next_person_not_a_wrapped_name() -> None:
    children, adults = _people(
        "People in the home\n"
        "First name\tFamily name\tAlias\tDate of birth\tRelation to child\tAt home (Y/N)\n"
        "Nell\tCarver\t\t02.05.2013\tChild\tY\n"
        "Otto\tCarver\tOtt\t17.01.2017\tBrother\tY\n"
        "Greta\tHolm\t\t03.09.1986\tMother\tY\n"
        "Reason for conference"
    )
    assert children == [("Nell Carver", date(2013, 5, 2)), ("Otto Carver", date(2017, 1, 17))]
    assert adults == ["Greta Holm"]


def test_a_workers_table_under_a_heading_that_reads_as_a_label_lists_no_family() -> None:
    _, adults = _people(
        "Who lives at the address\n"
        "Name\tRelationship\tDOB\n"
        "Ruth Pell\tMother\t01/01/1990\n"
        "Professional contacts\n"
        "Name\tRole\tOrganisation\tPhone\n"
        "Colm Breen\tFamily support worker\tEarly Help\t01484 000111\n"
        "Ivy Dunne\tHealth visitor\tLocala\t01484 000222\n"
        "Reason for conference"
    )
    assert adults == ["Ruth Pell"]


def test_a_list_of_everyone_with_roles_keeps_the_family_and_leaves_the_workers() -> None:
    children, adults = _people(
        "ATTENDEES (FAMILY AND AGENCIES)\n"
        "Ivo Marsh (M, 03.03.2015) - subject child\n"
        "Rosa Marsh - mother (she prefers to be called Ro)\n"
        "Dev Patel - stepfather\n"
        "Liam Croft - Polish interpreter for mum\n"
        "Tara Wood - family support worker\n"
        "Reason for conference"
    )
    assert children == [("Ivo Marsh", date(2015, 3, 3))]
    assert adults == ["Rosa Marsh", "Dev Patel"]


def test_a_roster_table_whose_role_column_names_workers_gives_only_the_family() -> None:
    _, adults = _people(
        "Those invited\n"
        "Name\tRole / relationship\tInvited\tNotes\n"
        "Cara Lunn\tMother\tYes\n"
        "Pat Lunn\tMaternal grandmother\tYes\tcares after school\n"
        "Omar Said\tChild's advocate (Barnardo's)\tYes\n"
        "Jill Ames\tConference chair\t-\n"
        "Reason for conference"
    )
    assert adults == ["Cara Lunn", "Pat Lunn"]


def test_a_name_with_its_relationship_in_the_next_cell_is_read_outside_any_section() -> None:
    _, adults = _people(
        "THOSE INVOLVED (FAMILY AND PROFESSIONALS)\n"
        "Mina Lodge (née Hart)\tmother\n"
        "Sol Lodge\tfather (staying with his brother)\n"
        "Reason for conference"
    )
    assert adults == ["Mina Lodge", "Sol Lodge"]


def test_a_family_key_by_generation_gives_each_member_past_the_birth_year_and_alias() -> None:
    children, adults = _people(
        "Genogram key\n"
        "I-1\t[F]  QUILL, Edna\tb.1958\tpaternal grandmother, visits weekly\n"
        "II-1 ◆ Rory QUILL (b.1988) - father of the children, lives with them\n"
        "II-2 ○ Meg QUILL, also known as Meg Ash (b.1991) - mother - household\n"
        "III-1 ◆ Cal QUILL - 05/05/15 - subject\n"
        "III-2 ○ Bea QUILL\tage 3\tsubject\n"
        "Reason for conference"
    )
    assert [(n.casefold(), d) for n, d in children] == [
        ("cal quill", date(2015, 5, 5)),
        ("bea quill", None),
    ]
    assert [a.casefold() for a in adults] == ["edna quill", "rory quill", "meg quill"]


def test_a_key_headed_key_whose_entries_name_people_is_no_legend_of_codes() -> None:
    from parsers.legend import legend_lines

    lines = [
        "Key",
        "II-1 Nils BERG b. 1980 father",
        "II-2 Ada BERG b. 1984 mother",
        "Reason for conference",
    ]
    assert legend_lines(lines) == frozenset({0})
    codes = ["Key", "RSO registered sex offender", "PPO prolific offender", "", "Reason"]
    assert legend_lines(codes) == frozenset({0, 1, 2})


def _letter(text: str) -> tuple[list[tuple[str, date | None]], list[str]]:
    read = read_people([Page(location="body", lines=tuple(text.split("\n")))], reference=REF)
    return [(c.name, c.date_of_birth) for c in read.children], [a.name for a in read.adults]


def test_a_family_told_in_sentences_gives_ages_stated_deaths_and_how_long_a_partner() -> None:
    children, adults = _letter(
        "About the family\n"
        "Maisy Rowe was born on 2nd May 2016 and lives with her grandmother, Edith Rowe, and her"
        " cousin's boyfriend, Sam Tate. Their father, Neil Rowe, died in 2021. Her mum's"
        " boyfriend of two years, Adam Fenn, visits. Her brother Dylan Rowe, who is 4, is at"
        " nursery. Her sister Jo Rowe is 19 and works in Leeds.\n"
        "Reason for conference"
    )
    assert children == [("Maisy Rowe", date(2016, 5, 2)), ("Dylan Rowe", None)]
    assert sorted(adults) == ["Adam Fenn", "Edith Rowe", "Jo Rowe", "Sam Tate"]


def test_an_unborn_child_named_with_its_due_date_joins_a_born_sibling() -> None:
    children, _ = _letter(
        "Family\n"
        "Kim Lowe (d.o.b. 04/04/2023) lives with her mother, who is pregnant: the baby is"
        " recorded as Unborn Lowe, due on 01/03/2027 (EDD).\n"
        "Reason for conference"
    )
    assert children == [("Kim Lowe", date(2023, 4, 4)), ("Unborn Lowe", None)]


def test_a_grid_of_whole_entries_side_by_side_gives_the_family_and_leaves_the_workers() -> None:
    children, adults = _people(
        "Who matters to me\n"
        "Mo Finch (04/04/2013) and Ava Finch (5)\n"
        "AT HOME\tGranny Bet (Elizabeth Finch)\n"
        "Dad - Rob Finch\tMrs Lake - teacher\n"
        "Tom - youth worker\tCarl Pike (dad's partner)\n"
        "Reason for conference"
    )
    assert children == [("Mo Finch", date(2013, 4, 4)), ("Ava Finch", None)]
    assert sorted(adults) == ["Carl Pike", "Elizabeth Finch", "Rob Finch"]


def test_cells_of_name_dash_role_entries_run_together_are_one_person_each() -> None:
    _, adults = _people(
        "Rings\n"
        "Home\tFamily\tWorkers\n"
        "Jess Hale - mum Ty Bond - mum's partner\tAunty Lin Hale - Batley\t"
        "Amy Ward - social worker Ben Cole - chair St Ann's nursery\n"
        "Reason for conference"
    )
    assert adults == ["Jess Hale", "Ty Bond", "Lin Hale"]


def test_a_sentence_word_or_a_title_is_no_part_of_a_name() -> None:
    children, adults = _letter(
        "About Zoe Platt, born 01/02/2014 (12)\nHer cousin Kia\nMr Shah - GP\nReason for conference"
    )
    assert children == [("Zoe Platt", date(2014, 2, 1))]
    assert adults == []


def test_where_a_listed_child_lives_is_not_what_she_is_but_a_possessive_kin_word_is() -> None:
    children, adults = _people(
        "Family composition\n"
        "1) Nia ROSS, born 03/03/2012, lives with father and paternal aunt\n"
        "2) Dev ROSS, b. 1979, Nia's father\n"
        "Reason for the conference"
    )
    assert [(n.casefold(), d) for n, d in children] == [("nia ross", date(2012, 3, 3))]
    assert [a.casefold() for a in adults] == ["dev ross"]


def test_a_fiance_in_brackets_is_an_adult_of_the_household() -> None:
    _, adults = _letter(
        "Lives with:\tJo Crane (mum), Piotr Nowak (mum's fiancé) and her sister Ava (15)\n"
        "Reason for conference"
    )
    assert adults == ["Jo Crane", "Piotr Nowak"]


def test_a_date_before_a_first_name_and_its_age_is_no_name() -> None:
    children, _ = _letter(
        "Sam Hale (born 02/02/2018) lives with his mother.\n"
        "On 19 November Sam (8) was found alone at night. Messages (2)\n"
        "Reason for conference"
    )
    assert children == [("Sam Hale", date(2018, 2, 2))]


def test_an_unborn_childs_row_keeps_its_marker_in_its_name() -> None:
    children, _ = _people(
        "Children\nName\tDOB / EDD\tRelationship\n"
        "Unborn Baby Cole\tEDD 20/01/2027\tUnborn child\n"
        "Reason for conference"
    )
    assert [name for name, _ in children] == ["Unborn Baby Cole"]


def test_a_services_signature_a_list_of_services_and_a_born_babys_old_name_are_no_one() -> None:
    children, adults = _letter(
        "The plan was made for the unborn baby. Baby Jude was born on 01/11/2026.\n"
        "Jude Pike (01/11/2026) lives with his mother.\n"
        "Professionals: HV, Moorside Primary, family support.\n"
        "Admin Support - Child Protection Conferences\tCalderdale Council\n"
    )
    assert children == [("Jude Pike", date(2026, 11, 1))]
    assert adults == []


def test_a_compound_forename_with_a_lower_case_particle_is_one_name() -> None:
    _, adults = _people(
        "Household\nForename\tSurname\tD.O.B\tRelationship\n"
        "Zia ud Din\tQureshi\t01/01/1985\tFather\n"
        "Reason for conference"
    )
    assert adults == ["Zia ud Din Qureshi"]

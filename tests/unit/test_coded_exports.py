"""Coded case-system exports: yes/no codes answer their labels, a legend answers nothing
(issue 11, set s, layout 94).

`parsers.legend`: a key to the codes ("RSO = registered sex offender", "Legend: CSE child
sexual exploitation | …") is the form's own text. `parsers.yes_no_codes`: "RSO | N", "cse=N",
"PPO ...... N" and a Y/N grid's cells answer the label or header they stand under. The
extracts here are this file's own, not any corpus case's.
"""

# ruff: noqa: E501 - the extracts are test data; one line of an extract a line reads best
from __future__ import annotations

import datetime as dt

import pytest

from parsers import parse_email
from parsers.code_labels import spelt
from parsers.legend import legend_lines
from parsers.person_names import split_name
from parsers.records import CELL, MARKED, UNMARKED, BookingFields, Invitation, PoliceTick
from parsers.yes_no_codes import coded_lines
from tests.builders.mail_builder import plain
from tests.unit.test_triage_helpers import met, run

T = CELL


def criteria(inv: Invitation) -> set[str]:
    return {c.criterion.value for c in run(inv).criteria}


def read(*lines: str) -> set[str]:
    """The criteria met by a plain-text email of `lines`, parsed as any email is."""
    return criteria(parse_email(plain("\n".join(lines) + "\n")))


# --- legends ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        # a heading of its own, then entries separated by "|"
        (
            "MAIN | MISC",
            "",
            "=== KEY TO CODES ===",
            "XSO sex offender on register | CSX child exploited | PPX in police protection",
            "",
        ),
        # the heading's line carries the first entries; entries "code = meaning"
        (
            "Abbreviations: CSX = child sexual exploitation; XSO = registered sex offender;",
            "PRT = police protection taken",
        ),
        # a comment legend in a key=value file
        (
            "# glossary - flag_rso sex offender in household; flag_pp police protection",
            "# flag_cse exploitation risk",
        ),
        # no heading: two or more codes defined by their expansions
        (
            "RSO = Registered Sex Offender",
            "CSE – child sexual exploitation",
            "PPO = police protection order",
        ),
    ],
)
def test_a_legend_is_known_by_its_heading_or_by_codes_spelt_out(lines: tuple[str, ...]) -> None:
    found = legend_lines(lines)
    assert found == {i for i, line in enumerate(lines) if line.strip() and line != "MAIN | MISC"}


@pytest.mark.parametrize(
    "lines",
    [
        ("Key worker: Ann Bell", "RSO: Y - partner registered 2024"),  # "Key worker" is no key
        ("Legend:", "RSO: N", "CSE | N"),  # answers after a heading are no entries
        ("DA - MARAC on 12/11/2026",),  # a code and a fact, not a meaning
        ("RSO = registered sex offender",),  # one definition alone is not a glossary
        ("Codes: ☒ CSE ☐ RSO",),  # boxes answer
    ],
)
def test_labels_answers_and_facts_are_no_legend(lines: tuple[str, ...]) -> None:
    assert legend_lines(lines) == frozenset(
        {i for i, line in enumerate(lines) if line == "Legend:"}
    )


def test_a_legend_naming_every_criterion_affirms_none_of_them() -> None:
    assert not read(
        "TYPE: ICPC   DATE: 14/12/2026",
        "XRSO: N   XCSE: N",
        "",
        "Legend: XRSO registered sex offender in household | XCSE child sexual exploitation",
        "PPO child placed in police protection (s46) | DA domestic abuse with MARAC / DA officer",
        "CG_POL police are members of the core group",
    )


def test_an_answer_above_the_legend_still_counts() -> None:
    found = read(
        "TYPE: ICPC",
        "CODE_R: Y - father is a registered sex offender living at the address",
        "",
        "KEY: CODE_R registered sex offender | CODE_C child sexual exploitation",
    )
    assert found == {"registered_sex_offender"}


# --- yes/no codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "boxed"),
    [
        ("RSO      | N", f"{UNMARKED} RSO"),
        ("CSE ........ No", f"{UNMARKED} CSE"),
        ("flag_cse=n", f"{UNMARKED} flag_cse"),
        ("Child sexual exploitation: False", f"{UNMARKED} Child sexual exploitation"),
        ("RSO: n/a   CSE: N   CG_POL: Y", f"{UNMARKED} RSO {UNMARKED} CSE {MARKED} CG_POL"),
        (f"RSO: N{T}CSE: Yes", f"{UNMARKED} RSO{T}{MARKED} CSE"),
        (f"Registered sex offender{T}✓", f"{MARKED} Registered sex offender"),
    ],
)
def test_a_label_answered_by_a_code_is_its_box(line: str, boxed: str) -> None:
    assert coded_lines([line]) == [boxed]


@pytest.mark.parametrize(
    "line",
    [
        "RSO: N; father on bail for ABH on the child",  # more said than the code
        "PPO: Y - placed under PPO on 18/11/2026",
        "Room: 1",
        "Police attendance: Yes/No",
        "Mother: Kim Vale RSO: N",  # a name beside it: not a line of codes alone
    ],
)
def test_a_value_that_says_more_than_a_code_is_left_as_written(line: str) -> None:
    assert coded_lines([line]) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "RSO      | N",
        "RSO ......... N",
        "rso=N",
        "RSO: N   CSE: N   CG_POL: N",
        "Child sexual exploitation | No",
    ],
)
def test_a_criterion_answered_no_by_its_code_is_not_met(line: str) -> None:
    assert not met(line)


@pytest.mark.parametrize(
    ("line", "criterion"),
    [
        ("RSO | Y", "registered_sex_offender"),
        ("CSE ......... Y", "child_sexual_exploitation"),
        ("RSO: N   CSE: Y", "child_sexual_exploitation"),
    ],
)
def test_a_criterion_answered_yes_by_its_code_is_met(line: str, criterion: str) -> None:
    assert met(line) == {criterion}


def test_a_yes_no_grid_answers_each_header_for_each_row() -> None:
    grid = (
        f"Name{T}Rel{T}RSO{T}CSE",
        f"Kim VALE{T}MOT{T}N{T}N",
        f"Dean ROSS{T}PTN{T}Y{T}N",
    )
    assert coded_lines(grid) == [
        f"Name{T}Rel{T}{UNMARKED} RSO{T}{UNMARKED} CSE",
        f"Kim VALE{T}MOT{T}{UNMARKED} RSO{T}{UNMARKED} CSE",
        f"Dean ROSS{T}PTN{T}{MARKED} RSO{T}{UNMARKED} CSE",
    ]
    assert met(*grid) == {"registered_sex_offender"}
    assert not met(grid[0], grid[1], grid[2].replace(f"{T}Y{T}", f"{T}N{T}"))


# --- printed criteria on an invitation ----------------------------------------------------------


def test_a_statement_of_when_police_attend_with_its_list_after_a_colon_is_guidance() -> None:
    assert not read(
        "ICPC for the Vale children on 14/12/2026 at 10:00.",
        "Notes for the police",
        "Officers should attend where: a child is in police protection; a registered sex offender lives in the household; or exploitation is under investigation.",
        "☐ Police attendance required",
        "☒ Written report sufficient",
    )


# --- coded labels spelt out ---------------------------------------------------------------------


def fields_of(*lines: str) -> BookingFields:
    return parse_email(plain("\n".join(lines) + "\n")).fields


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("POL_ATT", "Police attendance"),
        ("CHILD_2", "Child 2"),
        ("child.1", "Child 1"),
        ("C3", "Child 3"),
        ("ADULT_1_NAME", "Adult 1 name"),
        ("conf_date", "Conference date"),
        ("TM", "Time"),
        ("RSN", "Reason"),
    ],
)
def test_a_code_is_spelt_by_its_parts(code: str, words: str) -> None:
    assert spelt(code) == words


@pytest.mark.parametrize("code", ["C", "XQ_ATT", "Date", "MARAC", "CG_POL"])
def test_a_code_with_a_part_no_form_abbreviates_is_left_alone(code: str) -> None:
    assert spelt(code) is None


def test_a_coded_extract_gives_its_police_answer_category_time_and_people() -> None:
    found = fields_of(
        "CONF_TYPE=ICPC",
        "CONF_DATE=14/12/2026   TM=1330",
        "CHILD_1: Mia QUILL   DOB 04/05/2018",
        "ADULT_1: Tara QUILL (MOT)",
        "CAT: SA",
        "POL_ATT: N   RPT: Y",
    )
    assert found.police_tick is PoliceTick.REPORT_SUFFICIENT
    assert found.time == dt.time(13, 30)
    assert found.harm_categories == ("sexual",)
    assert [c.name for c in found.children] == ["Mia QUILL"]
    assert "Tara QUILL" in [a.name for a in found.adults]


def test_police_attendance_coded_yes_is_required() -> None:
    assert (
        fields_of("REF: 55-1", "POL_ATT ....... Y", "RPT ....... N").police_tick
        is PoliceTick.REQUIRED
    )


def test_a_key_value_record_of_a_child_is_read_as_its_cells() -> None:
    children = fields_of("conf_type=ICPC", "child.1=Noah PENN;2016-07-09;M", "cat=N").children
    assert [(c.name, c.date_of_birth) for c in children] == [("Noah PENN", dt.date(2016, 7, 9))]


def test_a_run_of_coded_people_on_one_line_is_each_person_with_their_birth_date() -> None:
    found = fields_of(
        "CONF: ICPC   DATE: 14/12/2026",
        "CHILD_1: Kai ORMOND   DOB 2016-02-03   CHILD_2: Lily ORMOND   DOB 2019-08-07",
        "ADULT_1: Gemma ORMOND (MOT)   ADULT_2: Lee ORMOND (FAT)",
    )
    assert [(c.name, c.date_of_birth) for c in found.children] == [
        ("Kai ORMOND", dt.date(2016, 2, 3)),
        ("Lily ORMOND", dt.date(2019, 8, 7)),
    ]
    assert [a.name for a in found.adults] == ["Gemma ORMOND", "Lee ORMOND"]


def test_b_before_a_birth_date_is_born_and_no_part_of_the_name() -> None:
    assert split_name("Kai Ormond b.2016-02-03") == ("Kai Ormond", "2016-02-03")
    assert split_name("Kai Ormond b. 03/02/2016") == ("Kai Ormond", " 03/02/2016")


def test_a_column_of_answers_to_each_rows_question_is_no_grid_of_codes() -> None:
    rows = [
        f"Question{T}Yes/No{T}Details",
        f"Is the child the subject of a current police investigation?{T}No{T}Intelligence only",
        f"Is CSE a considered risk?{T}Yes{T}Screened 04/11/2026",
    ]
    assert coded_lines(rows) == rows
    assert met(*rows) == {"child_sexual_exploitation"}


def test_a_label_already_a_word_is_left_as_it_is() -> None:
    assert spelt("CATEGORY") is None
    assert spelt("TIME") is None


def test_a_row_answered_no_with_the_writers_words_after_it_affirms_nothing() -> None:
    assert not met(f"Police investigation{T}None - police are not investigating")
    assert not met(f"Registered sex offender{T}No (checked with the MOSOVO team)")


def test_coded_pairs_run_together_on_one_line_are_each_read() -> None:
    found = fields_of(
        "CONF: ICPC DATE: 14/12/2026 TIME: 14:00 VEN: Civic Hall",
        "CHILD_1: Mia QUILL (DOB 04/05/2018) CAT: EA",
        "CG_POL: N POL_ATT: Y RPT: N",
    )
    assert found.time == dt.time(14, 0)
    assert found.police_tick is PoliceTick.REQUIRED


def test_a_legend_ends_at_a_line_that_tells_this_case() -> None:
    lines = (
        "Key: XSO sex offender | PPX police protection",
        "RSN father on bail since 2026-11-12 for ABH on the child",
        "OIC DC Ann Hale",
    )
    assert legend_lines(lines) == {0}


def test_a_child_born_b_dot_an_iso_date_has_that_birth_date() -> None:
    children = fields_of("TYPE=ICPC | DATE=14/12/2026", "C1=Noah PENN b.2016-07-09").children
    assert [(c.name, c.date_of_birth) for c in children] == [("Noah PENN", dt.date(2016, 7, 9))]


def test_a_key_printed_as_a_table_affirms_none_of_its_meanings() -> None:
    """A genogram's key as a two-column table (set C): its rows name criteria nobody is marked
    with; the family's own rows above it stay facts."""
    lines = (
        "Name\tBorn\tRelationship",
        "Gary Hirst\t1980\tfather - household",
        "Shape\tMeaning",
        "◆\tfemale",
        "dashed line\tregistered sex offender",
        "grey fill\tsubject of a police investigation",
        "Reason for conference",
    )
    assert legend_lines(lines) == frozenset({2, 3, 4, 5})
    assert not read(*lines)

"""Labels read by their words (issue 11): a council's own wording of a known field is read.

The wordings below are deliberately *not* in `parsers.labels`' phrase lists; each test also
checks the near miss that must not be read as the field."""

from __future__ import annotations

import datetime as dt
from datetime import date, time

import pytest

from parsers.fields import read_fields
from parsers.label_meaning import field_by_meaning, header_role, people_section, relationship_side
from parsers.labels import CHAIR, DATE, OTHER, REASON, TIME, VENUE, fold
from parsers.records import Mailbox, MessageInfo, Page


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Proposed date of the ICPC", DATE),
        ("When will the meeting take place", DATE),
        ("Meeting commencing", TIME),
        ("Where the conference will be held", VENUE),
        ("Chairing officer", CHAIR),
        ("Summary of the circumstances", REASON),
        ("Danger statement", REASON),
        ("Why are we holding this conference?", REASON),
        # a review's reason is what happened since the last meeting (set l, layouts 57 and 59)
        ("Update since last conference", REASON),
        ("Significant events since the last review", REASON),
        ("Date of referral to children's social care", OTHER),
        ("Date form sent", OTHER),
        ("Date of birth / EDD", OTHER),
    ],
)
def test_a_label_is_read_by_its_head_words_and_modifiers(label: str, field: str) -> None:
    found = field_by_meaning(fold(label))
    assert found is not None and found[0] == field


@pytest.mark.parametrize(
    "label",
    ["Time 10", "No concerns", "Police involvement", "Timescales for reports", "Gender",
     "Police involvement since the last conference", "Progress on the plan since last review"],
)  # fmt: skip
def test_words_that_are_no_field_label_are_not_read_as_one(label: str) -> None:
    found = field_by_meaning(fold(label))
    assert found is None or found[0] == OTHER


@pytest.mark.parametrize(
    ("heading", "side"),
    [
        ("Child 2", "child"),
        ("Details of the young person", "child"),
        ("Parent / carer 1", "adult"),
        ("Significant adults (not living in the household)", "adult"),
        ("Family composition", "mixed"),
        ("Child protection plan", None),
        ("Child's school", None),
        ("Adult services involvement", None),
    ],
)
def test_a_heading_opens_a_list_of_people_by_its_words(heading: str, side: str | None) -> None:
    assert people_section(fold(heading)) == side


@pytest.mark.parametrize(
    ("relationship", "side"),
    [("Mum's boyfriend", "adult"), ("maternal grandmother", "adult"), ("half-brother", "child"),
     ("Current carer", "adult"), ("Social worker", None),
     ("Great aunt - the girls are living with her for now", "adult"),
     ("Uncle; babysits the children", "adult")],
)  # fmt: skip
def test_the_head_kin_word_says_adult_or_child(relationship: str, side: str | None) -> None:
    assert relationship_side(relationship) == side


def test_header_cells_in_other_words_name_their_columns() -> None:
    assert [header_role(c) for c in ("Full name of child", "D.O.B / EDD", "Role in family")] == [
        "name", "date of birth", "relationship",
    ]  # fmt: skip
    assert header_role("School name") is None


def _fields(text: str) -> object:
    info = MessageInfo(
        message_id="<t@x>",
        sender=Mailbox("cp.admin@leeds.gov.uk", None),
        to=(),
        subject="Conference",
        date_header=None,
        received_at=dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC),
        authentication_results=(),
    )
    return read_fields(info=info, pages=[Page("form.docx", tuple(text.split("\n")))])


def test_a_form_in_unlisted_wording_gives_its_date_time_and_people() -> None:
    form = "\n".join(
        [
            "Proposed date of the ICPC:\t14/01/2027",
            "Meeting commencing:\t1.30pm",
            "Young person 1:\tAva Gill (12/03/2015)",
            "Young person 2:\tNoah Gill (01/02/2018)",
            "Household member 1:\tKerry Gill – mother",
            "Household member 2:\tDean Platt – mum's boyfriend",
        ]
    )
    fields = _fields(form)
    assert fields.date == date(2027, 1, 14)  # type: ignore[attr-defined]
    assert fields.time == time(13, 30)  # type: ignore[attr-defined]
    children = {p.name for p in fields.children}  # type: ignore[attr-defined]
    adults = {p.name for p in fields.adults}  # type: ignore[attr-defined]
    assert children == {"Ava Gill", "Noah Gill"}
    assert adults == {"Kerry Gill", "Dean Platt"}


def test_a_table_of_people_with_a_header_row_in_other_words_is_read() -> None:
    form = "\n".join(
        [
            "Who lives in the household?",
            "Full name\tD.O.B\tGender\tRole in family",
            "Ava Gill\t12/03/2015\tFemale\tDaughter",
            "Kerry Gill\t03/04/1990\tFemale\tMother",
            "Dean Platt\t05/06/1988\tMale\tMum's boyfriend",
        ]
    )
    fields = _fields(form)
    assert [p.name for p in fields.children] == ["Ava Gill"]  # type: ignore[attr-defined]
    assert [p.name for p in fields.adults] == ["Kerry Gill", "Dean Platt"]  # type: ignore[attr-defined]


def test_several_people_in_one_cell_are_each_read_with_their_own_date() -> None:
    form = "Children subject to the conference:\tAva Gill (12/03/2015) and Noah Gill (01/02/2018)"
    fields = _fields(form)
    assert [(p.name, p.date_of_birth) for p in fields.children] == [  # type: ignore[attr-defined]
        ("Ava Gill", date(2015, 3, 12)),
        ("Noah Gill", date(2018, 2, 1)),
    ]


def test_a_dotted_leader_separates_a_label_from_its_value() -> None:
    fields = _fields("Date of conference ........ 14/01/2027\nStart time .......... 10.00")
    assert fields.date == date(2027, 1, 14)  # type: ignore[attr-defined]
    assert fields.time == time(10, 0)  # type: ignore[attr-defined]


def test_two_people_in_a_row_of_a_table_are_two_people() -> None:
    grouped = _fields("Adults\nName\tRole\tName\tRole\nSaima Bibi\tMother\tTariq Hussain\tFather")
    assert [p.name for p in grouped.adults] == ["Saima Bibi", "Tariq Hussain"]  # type: ignore[attr-defined]
    paired = _fields(
        "Name\tDate of birth\tRelationship\n"
        "Gemma Bennett and Lee Corrigan\t21/01/1994 and 09/09/1992\tMother and her partner"
    )
    assert [(p.name, p.date_of_birth) for p in paired.adults] == [  # type: ignore[attr-defined]
        ("Gemma Bennett", date(1994, 1, 21)),
        ("Lee Corrigan", date(1992, 9, 9)),
    ]


def test_a_numbered_name_with_a_birth_date_is_a_person_and_the_category_in_prose_is_read() -> None:
    fields = _fields(
        "Review conference booking\n1. Jayden Moxon 01/06/2016\n2. Lacey Moxon 23/09/2019\n"
        "Second review of the plan made under the category of neglect."
    )
    assert [p.name for p in fields.children] == ["Jayden Moxon", "Lacey Moxon"]  # type: ignore[attr-defined]
    assert fields.harm_categories == ("neglect",)  # type: ignore[attr-defined]


def test_an_initialism_written_with_dots_is_read_as_the_word() -> None:
    assert [header_role(c) for c in ("D.O.B.", "D.o.B", "E.D.D.")] == ["date of birth"] * 3


def test_a_heading_of_the_children_named_in_a_request_opens_the_children() -> None:
    """Issue 11, set r: "Section 2 - Children who are the subject of this request" was no
    heading, so the children under it were read as adults."""
    from parsers.labels import fold

    heading = "Section 2 - Children who are the subject of this request"
    assert people_section(fold(heading)) == "child"
    assert people_section(fold("Adults named in the referral")) == "adult"
    assert people_section(fold("Request details")) is None

"""People written one block each (name / role / date of birth / address / police involvement),
in a body, a Word table per person and a PDF (issue 11, set y layout 125). Every wording here
is the test's own."""

from __future__ import annotations

import datetime as dt
import itertools

import docx
from hypothesis import given
from hypothesis import strategies as st

from parsers import parse_email
from parsers.fields_people import read_people
from parsers.people_blocks import blocks_apart, person_blocks
from parsers.records import Invitation, Page
from tests.builders.docx_builder import save
from tests.builders.mail_builder import DOCX_TYPE, plain
from tests.builders.pdf_builder import text_pdf

REF = dt.date(2026, 12, 1)
SENDER = "Nadia Rashid <nadia.rashid@kirklees.gov.uk>"
RECEIVED = ["by mx1.westyorkshire.police.uk; Tue, 1 Dec 2026 09:12:00 +0000"]


def _family(invitation: Invitation) -> tuple[list[tuple[str, dt.date | None]], list[str]]:
    fields = invitation.fields
    return [(c.name, c.date_of_birth) for c in fields.children], [a.name for a in fields.adults]


def _email(text: str, **kw: object) -> Invitation:
    return parse_email(plain(text, sender=SENDER, received=RECEIVED, **kw))  # type: ignore[arg-type]


BLOCKS = """Good afternoon,

Initial Child Protection Conference
Date of conference: Tuesday 15 December 2026   Time: 14:00
Venue: Civic Centre 3, Huddersfield

Household member 1
Full name: Kacey Middleton
Relationship to child: Subject of the conference
Date of birth: 03/03/2013
Lives at: 4 Mill Lane, Dalton
Police: Reported missing twice this year; no offences.

Household member 2
Full name: Donna Middleton
Relationship to child: Mother
Date of birth: 21/07/1988
Lives at: As household member 1
Police: None known.

Household member 3
Full name: Reece Tolson
Relationship to child: Mother's partner
Date of birth: 14/02/2009
Lives at: As household member 1
Police: Spoken to about a fight at college, no further action.

Household member 4
Full name: Gordon Middleton
Relationship to child: Maternal grandfather (lives in Hull)
Date of birth: 02/02/1950
Lives at: Hull
Police: None.

Reason for conference: Kacey has been going missing overnight and was found with older men.

Thanks, Nadia"""


def test_a_block_per_person_is_one_person_its_role_or_age_deciding_child_or_adult() -> None:
    children, adults = _family(_email(BLOCKS))
    # Kacey (13) is the subject; the mother's partner (17) is an adult by his role
    assert children == [("Kacey Middleton", dt.date(2013, 3, 3))]
    assert adults == ["Donna Middleton", "Reece Tolson", "Gordon Middleton"]


def test_blocks_with_no_headings_part_at_the_next_name_and_a_professional_is_no_one() -> None:
    text = (
        "Name: Tyler Booth\nRole: Young person\nDOB: 09/09/2011\n"
        "Name: Shauna Booth\nRole: Mum\nDOB: 30/05/1990\n\n"
        "Name: Priya Nair\nRole: Social worker\nTeam: Duty and Assessment"
    )
    family = read_people([Page("body", tuple(text.split("\n")))], reference=REF)
    assert [(c.name, c.date_of_birth) for c in family.children] == [
        ("Tyler Booth", dt.date(2011, 9, 9))
    ]
    assert [(a.name, a.relationship) for a in family.adults] == [("Shauna Booth", "Mum")]


def test_a_word_table_per_person_gives_the_unborn_child_and_a_split_name() -> None:
    document = docx.Document()
    document.add_paragraph("Pre-birth Initial Child Protection Conference")
    document.add_paragraph("Date of conference: 17/12/2026")
    people = [
        [("Name", "Baby Crowther"), ("Role", "Unborn baby"), ("Expected date of delivery",
         "20/03/2027"), ("Address", "12 Fern Street, Batley")],
        [("Forename", "Leah"), ("Surname", "Crowther"), ("Relationship", "Mother"),
         ("Date of birth", "09/09/2007"), ("Police involvement", "Victim of an assault, 2024.")],
        [("Name", "Jordan Pike"), ("Relationship", "Father of the baby"),
         ("Date of birth", "11/11/2009"), ("Police involvement", "None.")],
    ]  # fmt: skip
    for number, rows in enumerate(people, start=1):
        document.add_paragraph(f"Person {number}")
        table = document.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Reason for conference: concerns about the home the baby will go to.")
    invitation = _email(
        "Please find the referral attached.",
        attachments=[("PB referral.docx", save(document), DOCX_TYPE)],
    )
    fields = invitation.fields
    assert [(c.name, c.expected) for c in fields.children] == [("Baby Crowther", True)]
    # the father of the baby, 17, is an adult by his role
    assert [a.name for a in fields.adults] == ["Leah Crowther", "Jordan Pike"]


def test_a_pdf_of_blocks_with_a_wrapped_police_note_reads_every_person() -> None:
    lines = [
        "CHILD PROTECTION CONFERENCE - REFERRAL",
        "Date: 18/12/2026 Time: 10:00 Venue: Dewsbury Town Hall",
        "PERSON 1",
        "Name: Alfie Womersley",
        "Relationship: Child",
        "D.O.B.: 27/06/2021",
        "Police involvement: None in his own right - see Person 2.",
        "PERSON 2",
        "Name: Carla Womersley",
        "Relationship: Mother",
        "D.O.B.: 06/01/1996",
        "Police involvement: Interviewed under caution on 20/11/2026 for leaving Alfie",
        "alone overnight. Released under investigation pending enquiries by",
        "the Child Protection Unit.",
        "PERSON 3",
        "Name: Sheila Womersley",
        "Relationship: Maternal grandmother",
        "D.O.B.: 19/04/1964",
        "Police involvement: None.",
        "Reason for conference: neglect.",
    ]
    invitation = _email(
        "Referral attached.",
        attachments=[("referral.pdf", text_pdf([lines]), "application/pdf")],
    )
    children, adults = _family(invitation)
    assert children == [("Alfie Womersley", dt.date(2021, 6, 27))]
    assert adults == ["Carla Womersley", "Sheila Womersley"]


@given(
    st.lists(st.sampled_from([*BLOCKS.split("\n"), "", "Person 9", "Name:", "x:\t"]), max_size=40)
)
def test_blocks_stay_inside_the_page_and_never_overlap(lines: list[str]) -> None:
    blocks = person_blocks(lines)
    spans = sorted((b.start, b.end) for b in blocks.values())
    assert all(0 <= start < end <= len(lines) for start, end in spans)
    assert all(end <= after for (_, end), (after, _) in itertools.pairwise(spans))
    kept, at = blocks_apart(lines, lambda run: run)
    assert len(kept) == len(lines) - sum(end - start - 1 for start, end in spans)
    assert all(kept[index] == lines[block.start] for index, block in at.items())

"""Several "Label: value" pairs on one line (`parsers.pairs_in_line`), read as cells."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers.fields import read_fields, starts_pair
from parsers.pairs_in_line import pairs_apart
from parsers.records import Mailbox, MessageInfo, Page


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        (
            "Date: 23/12/2026 Time: 14:00 Venue: Huddersfield Town Hall, Ramsden Street",
            ["Date: 23/12/2026", "Time: 14:00", "Venue: Huddersfield Town Hall, Ramsden Street"],
        ),
        (
            "Mother: Michelle Clarke Father: Andre Clarke",
            ["Mother: Michelle Clarke", "Father: Andre Clarke"],
        ),
        (
            "Chair: Joanna Beever Social worker: Kieran Walsh",
            ["Chair: Joanna Beever", "Social worker: Kieran Walsh"],
        ),
    ],
)
def test_pairs_typed_on_one_line_are_cells(line: str, cells: list[str]) -> None:
    assert pairs_apart(line, is_label=starts_pair).split("\t") == cells


@pytest.mark.parametrize(
    "line",
    [
        # one person's record: the later labels are details of the person
        "Name: Katarzyna Nowak Relationship: Mother DOB: 21/01/1990",
        # sentences, read one by one by the people and prose readers
        "Child: Rahul Mistry. Parents: Priya Mistry and Vikram Mistry. Reason: a bruise.",
        # prose with a colon: no label starts it
        "The school said: Mother: was upset",
        # a long value before the next colon is prose, not a field
        "Reason: the children were left alone at home for most of the weekend while the "
        "adults were out and Father: said he did not know",
        # one pair only
        "Time: 14:00",
    ],
)
def test_other_lines_are_left_whole(line: str) -> None:
    assert pairs_apart(line, is_label=starts_pair) == line


def test_the_fields_of_a_line_of_pairs_are_each_read() -> None:
    text = (
        "Child Protection Conference Booking\n"
        "Conference: Initial Child Protection Conference\n"
        "Date: 23/12/2026 Time: 14:00 Venue: Huddersfield Town Hall, Ramsden Street\n"
        "Chair: Joanna Beever Social worker: Kieran Walsh\n"
        "Young person: Deshawn Clarke, date of birth 06/02/2010\n"
        "Mother: Michelle Clarke Father: Andre Clarke\n"
    )
    sent = datetime(2026, 12, 14, 9, 0, tzinfo=UTC)
    info = MessageInfo(
        message_id="<m@x>", sender=Mailbox("cp@kirklees.gov.uk", None), to=(), subject="ICPC",
        date_header=sent, received_at=sent, authentication_results=(),
    )  # fmt: skip
    page = Page(location="form.pdf p1", lines=tuple(text.splitlines()))
    fields = read_fields(info=info, pages=(page,))
    assert fields.chair == "Joanna Beever"
    assert fields.social_worker == "Kieran Walsh"
    assert fields.venue == "Huddersfield Town Hall, Ramsden Street"
    assert [a.name for a in fields.adults] == ["Michelle Clarke", "Andre Clarke"]

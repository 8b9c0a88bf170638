"""A form's answers under labels no reader understood are kept, not dropped (issue 11)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parsers.fields import known_label, read_fields
from parsers.records import MessageInfo, Page
from parsers.unread_labels import MAX_PAIRS, unread_labels

FORM = Page(
    "attachment:booking-form.pdf p1",
    (
        "Child Protection Conference Booking Form",
        "Type of conference: Initial",
        "Date of conference: 3 December 2026",
        "Time: 10:00",
        "Child's name: Amy Lister",
        "Mother: Joanne Lister",
        "Name of person with parental responsibility: Paul Lister",
        "Pets at the property\ttwo large dogs, kept in the yard",
        "Police attendance required: Yes",
        "Jodie Sutcliffe\tmother",
        "Hillside Primary\t✓",
        "Workflow step ID: WS-1234",
    ),
)


def test_answers_under_unknown_labels_are_kept_in_reading_order() -> None:
    found = unread_labels([FORM], understood=known_label)
    assert found == (
        ("Name of person with parental responsibility", "Paul Lister"),
        ("Pets at the property", "two large dogs, kept in the yard"),
        ("Workflow step ID", "WS-1234"),
    )


def test_labels_a_reader_understands_are_not_listed() -> None:
    listed = {label for label, _ in unread_labels([FORM], understood=known_label)}
    for known in ("Type of conference", "Date of conference", "Time", "Child's name", "Mother"):
        assert known not in listed
    assert "Police attendance required" not in listed


def test_a_covering_note_that_is_no_form_lists_nothing() -> None:
    note = Page("body", ("Hi,", "Pets at the property: two dogs", "Kind regards: Sam"))
    assert unread_labels([note], understood=known_label) == ()


def test_a_hostile_form_keeps_a_bounded_list() -> None:
    lines = [*FORM.lines, *(f"Unheard of field {chr(97 + i % 26)}{'x' * (i // 26)}: answer"
                            for i in range(500))]  # fmt: skip
    found = unread_labels([Page("attachment:f.pdf p1", tuple(lines))], understood=known_label)
    assert len(found) == MAX_PAIRS


def test_the_field_reader_carries_them_for_the_desk() -> None:
    fields = read_fields(info=MessageInfo.unknown("<m@x>"), pages=[FORM])
    assert ("Pets at the property", "two large dogs, kept in the yard") in fields.unread_labels


_WORDS = st.sampled_from(
    ["date", "time", "pets", "child", "name", "conference", "legal", "status", "venue", "dog",
     "police", "attendance", "required", "mother", "access", "issues", "core", "group"]
)  # fmt: skip


@given(st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=5), _WORDS), max_size=12))
def test_every_listed_label_is_one_the_reader_rejects(pairs: list[tuple[list[str], str]]) -> None:
    lines = [f"{' '.join(words).capitalize()}: {value}" for words, value in pairs]
    page = Page("attachment:f.pdf p1", ("Type of conference: Initial", "Date: 3/12/2026", *lines))
    for label, _ in unread_labels([page], understood=known_label):
        assert not known_label(label)

"""triage.segments: what is a template item (after ☐) and what is written text."""

from __future__ import annotations

import pytest

from parsers.records import Page
from tests.unit.test_triage_helpers import met
from triage.segments import segments


def _segments(text: str) -> list[tuple[str, bool | None]]:
    page = Page(location="form.docx", lines=tuple(text.split("\n")))
    return [(s.text.strip(), s.ticked) for s in segments([page])]


def test_the_text_below_a_line_of_tick_boxes_is_not_its_last_item() -> None:
    """Issue 11 (set e): the reason under "Category: ☐ … ☐ Neglect" was read as the template
    item "Neglect", so a registered sex offender in the household counted for nothing."""
    found = _segments(
        "Category of concern: ☐ Physical ☐ Emotional ☒ Sexual ☐ Neglect\n"
        "Reason for conference and summary of concerns\n"
        "Mr Wood is a registered sex offender and stays at the home."
    )
    assert ("Neglect", False) in found
    written = [ticked for text, ticked in found if "registered sex offender" in text]
    assert written == [None]


def test_a_sentence_after_a_box_label_on_its_line_is_written_text() -> None:
    found = _segments("☐ Domestic abuse. Police attended on 12/11/2026 and arrested the father.")
    assert found == [
        ("Domestic abuse.", False),
        ("Police attended on 12/11/2026 and arrested the father.", None),
    ]


def test_other_box_characters_are_boxes_and_a_lone_filled_square_is_a_bullet() -> None:
    """Issue 11 (set g): "□ Child sexual exploitation … ■ Criminal exploitation"."""
    found = _segments(
        "□ Child sexual exploitation □ Registered sex offender ■ Criminal exploitation"
    )
    assert found == [
        ("Child sexual exploitation", False),
        ("Registered sex offender", False),
        ("Criminal exploitation", True),
    ]
    assert _segments("■ Registered sex offender in the household") == [
        ("■ Registered sex offender in the household", None)
    ]


def test_a_scanned_box_whose_mark_was_not_read_leaves_its_label_as_written_text() -> None:
    """Issue 11: "⍰" is a scan's box neither clearly ticked nor clearly empty. Its label may be
    ticked, so it is never set aside as an unticked template item, and the glyph is no part of
    the text a quote is taken from."""
    found = _segments("☐ Neglect ⍰ Registered sex offender ☒ Sexual")
    assert found == [("Neglect", False), ("Registered sex offender", None), ("Sexual", True)]


@pytest.mark.parametrize(
    "row",
    [
        # set p (80-03): a form's question answered No with the writer's reason after the No
        "Is the child at risk of sexual exploitation?\tNo – screened in May, nothing found",
        "Has anyone been placed in police protection?\tNo, the children stayed with their aunt",
    ],
)
def test_a_question_answered_no_with_a_reason_affirms_nothing(row: str) -> None:
    assert met(row) == set()


def test_a_report_templates_numbered_prompts_with_no_answers_are_template() -> None:
    """Issue 11, set r: "2. Any previous police protection, arrests or investigations involving
    the adults:" straight above "3. Recommendation:" was read as past police protection."""
    found = _segments(
        "Police report to conference\n"
        "1. Details of police involvement with this family:\n"
        "2. Any previous police protection, arrests or investigations involving the adults:\n"
        "3. Recommendation:\n"
        "Page 3"
    )
    prompt = "2. Any previous police protection, arrests or investigations involving the adults:"
    assert (prompt, False) in found
    assert ("1. Details of police involvement with this family:", False) in found


def test_a_prompt_with_its_answer_below_is_written_text() -> None:
    found = _segments(
        "2. Any previous police protection, arrests or investigations involving the adults:\n"
        "Mr Priestley was arrested in 2021 for assaulting a child; NFA.\n"
        "3. Recommendation:"
    )
    answer = [t for text, t in found if text.startswith("Mr Priestley")]
    assert answer == [None]


def test_a_question_and_its_answer_marked_q_and_a_are_read_together() -> None:
    """A reply of "Q:" / "A:" lines (set q, layout 85): the answer "None." says the question's
    concern is absent, as a table's "Child sexual exploitation <TAB> No" does."""
    lines = (
        "Q: Is there any concern about sexual exploitation?",
        "A: None known.",
        "",
        "Q: Is a registered sex offender linked to the family?",
        "A: No.",
    )
    assert met(*lines) == set()


def test_questions_on_one_page_are_read_with_their_answers_by_number_on_the_next() -> None:
    """A form's questions on page 1 and "Answers" by number on page 2 (set q, layout 85):
    "Has any child been subject to police protection?" was read as a statement of it."""
    pages = [
        Page("form.pdf p1", ("1. Name of child", "2. Has any child been in police protection?"), 1),
        Page("form.pdf p2", ("Answers", "1) Aiden Shaw", "2) No"), 2),
    ]
    read = [(s.text.strip(), s.ticked) for s in segments(pages)]
    # bound to its No: the form's words, not a statement (`triage.questions.answers_bound`)
    assert ("Has any child been in police protection?", False) in read
    assert ("Has any child been in police protection?", None) not in read


def test_a_word_processor_s_lines_are_paragraphs_never_joined() -> None:
    """Issue 11, set u: rough notes typed one fact a line, lower case, no full stops. A PDF's or
    a mailer's wrapped lines are joined into their sentence; a Word document's are not."""
    lines = (
        "police attended 2 x DA calls at address 2025 (verbal args, no crime recorded) ?NFA - mum "
        "says 'just shouting'",
        "spoke to DS Kaur (CPPU) + chair Jo Hebden 15/12 - agreed police WILL attend ICPC bc of "
        "the photos",
    )
    notes = [s.text for s in segments([Page("notes.docx", lines, paragraphs=True)])]
    wrapped = [s.text for s in segments([Page("notes.pdf p1", lines, 1)])]
    assert notes == list(lines)
    assert wrapped == [" ".join(lines)]


def test_a_rule_under_a_heading_is_no_heading_and_joins_no_paragraph() -> None:
    """A plain-text form draws "-----" under each heading: the rules are nothing said, so the
    story of one section and the next stay neighbours (set D: an NFA'd investigation under
    one heading, "escalating" under the next, read as no escalation)."""
    texts = [
        text
        for text, _ in _segments(
            "Known to police before?\n"
            "------------------------------------------------------\n"
            "Yes. Police investigated Mr Cole for hitting Amy in 2024 and took no further action.\n"
            "\n"
            "What has changed?\n"
            "=================\n"
            "The bruising is more frequent and the risk to Amy is escalating."
        )
    ]
    assert not any(set(text.strip()) <= set("-=") for text in texts)
    assert texts[1].startswith("Yes. Police investigated")
    assert "previous_investigation_escalation" in met(
        "Known to police before?",
        "-------------------------",
        "Yes. Police investigated Mr Cole for hitting Amy in 2024 and took no further action.",
        "",
        "What has changed?",
        "-------------------------",
        "The bruising is more frequent and the risk to Amy is escalating.",
    )

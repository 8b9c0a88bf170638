"""Text handed to the fields and the triage is capped per document and per message, and what
was cut is flagged `text_truncated` and sent to a person (issue 15 item 1)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from parsers import parse_email
from parsers.records import Page
from parsers.textcap import MAX_DOCUMENT_LINES, MAX_LINE_CHARS, MAX_MESSAGE_LINES, TextBudget
from tests.builders import hostile_mime as hm
from tests.unit.test_triage_helpers import attachment, invitation, run
from triage.records import Suggestion

SAMPLES = Path(__file__).parents[1] / "corpus" / "samples"


def test_a_huge_text_attachment_is_cut_to_the_message_allowance() -> None:
    raw = hm.text_attachment(3_000_000)  # about 43,000 lines of criterion words
    parsed = parse_email(raw)
    lines = sum(len(page.lines) for page in parsed.pages)
    assert parsed.text_cut
    assert lines <= MAX_MESSAGE_LINES
    notes = [a for a in parsed.attachments if a.filename == "notes.txt"]
    assert sum(len(p.lines) for p in notes[0].pages) == MAX_DOCUMENT_LINES


def test_a_long_line_is_cut_and_the_cut_is_said() -> None:
    budget = TextBudget()
    (page,) = budget.take([Page("body", ("x" * (MAX_LINE_CHARS + 5), "short"))])
    assert page.lines == ("x" * MAX_LINE_CHARS, "short")
    assert budget.cut


def test_the_message_allowance_is_shared_by_its_documents() -> None:
    budget = TextBudget()
    first = budget.take([Page("a.txt", ("line",) * MAX_DOCUMENT_LINES)])
    second = budget.take([Page("b.txt", ("line",) * MAX_DOCUMENT_LINES)])
    third = budget.take([Page("c.txt", ("line",) * 10)])
    assert [len(p.lines) for p in (*first, *second)] == [MAX_DOCUMENT_LINES] * 2
    assert third == ()
    assert budget.cut


def test_the_public_examples_are_not_cut() -> None:
    samples = sorted(SAMPLES.glob("*.eml"))
    assert len(samples) == 12
    assert [p.name for p in samples if parse_email(p.read_bytes()).text_cut] == []


def test_cut_text_is_flagged_and_goes_to_a_person() -> None:
    form = attachment("Mr Cole is a registered sex offender.", name="form.pdf")
    result = run(replace(invitation("Text.", attachments=(form,)), text_cut=True))
    assert "text_truncated" in {f.value for f in result.flags}
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert any("was cut" in reason for reason in result.decision.reasons)

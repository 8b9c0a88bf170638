"""Evidence marking on the case page (`desk.web.casefile`): quotes found where they are."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desk.web.casefile import Quote, mark_pages
from parsers.mime import attachments
from parsers.records import GUIDE_CLOSE, GUIDE_OPEN, Page
from tests.builders.mail_builder import plain


def test_a_quote_folded_across_lines_and_spaces_is_marked_in_the_original_text() -> None:
    page = Page("body", ("Reason: the stepfather is a", "registered   sex offender.", "End"))
    shown, unplaced = mark_pages(
        [page], [Quote("stepfather is a registered sex offender", "body", "met", "rso")]
    )
    marked = [s for s in shown[0].segments if s.kind == "met"]
    assert unplaced == [] and len(marked) == 1
    assert marked[0].text == "stepfather is a\nregistered   sex offender"


def test_a_quote_is_looked_for_first_on_the_page_it_names() -> None:
    pages = [Page("body", ("see the form",)), Page("form.pdf p1", ("see the form",))]
    shown, _ = mark_pages(pages, [Quote("see the form", "form.pdf p1", "met", "x")])
    assert shown[0].marks == 0 and shown[1].marks == 1


def test_a_quote_found_nowhere_is_reported_not_dropped() -> None:
    shown, unplaced = mark_pages(
        [Page("body", ("nothing",))], [Quote("absent", "body", "met", "x")]
    )
    assert shown[0].marks == 0 and [q.text for q in unplaced] == ["absent"]


@given(
    lines=st.lists(st.text(max_size=40), min_size=1, max_size=6),
    quotes=st.lists(st.text(min_size=1, max_size=12), max_size=4),
)
def test_marking_never_changes_or_loses_the_page_text(lines: list[str], quotes: list[str]) -> None:
    page = Page("body", tuple(lines))
    shown, _ = mark_pages([page], [Quote(q, "body", "met", "x") for q in quotes])
    assert "".join(s.text for s in shown[0].segments) == re.sub("[\ufdd0\ufdd1]", "", page.text)


def test_the_form_s_printed_guidance_is_shown_apart_and_its_marks_are_not() -> None:
    """Set p: guidance is kept for a person to see, never as evidence (`parsers.guidance`)."""
    page = Page("form.docx", (f"Child {GUIDE_OPEN}Example: Sam Jones{GUIDE_CLOSE}\tAmy Test",))
    shown, _ = mark_pages([page], [Quote("Amy Test", "form.docx", "met", "x")])
    kinds = [(s.kind, s.text) for s in shown[0].segments]
    assert kinds == [(None, "Child "), ("guidance", "Example: Sam Jones"), (None, "\t"),
                     ("met", "Amy Test")]  # fmt: skip
    assert shown[0].marks == 1


def test_the_attachments_the_case_page_lists_are_in_mime_order_with_their_bytes() -> None:
    """The page numbers them from 1 in this order (`parsers.mime.attachments`, the one walk)."""
    raw = plain(
        "body",
        attachments=[
            ("a.txt", b"first", "text/plain"),
            ("b.bin", b"\x00\x01", "application/octet-stream"),
        ],
    )
    parts = attachments(raw)
    assert [(p.filename, p.data) for p in parts] == [("a.txt", b"first"), ("b.bin", b"\x00\x01")]


def test_a_broken_message_lists_no_attachments_instead_of_failing() -> None:
    assert attachments(b"\xff\xfe not a message at all") == ()

"""Files carried inside a PDF — a portfolio's, a FileAttachment annotation's, the catalog's /AF —
are read as attachments of the email, under the containers' caps (`parsers.pdf_files`).

Every PDF, form and Word file is made here (`tests/builders/embedded_builder.py`).
"""

from __future__ import annotations

import zlib
from datetime import date, time
from functools import cache
from pathlib import Path

from parsers import Limits, ParsePool, parse_email
from parsers.attachment import AttachmentContent, read_attachment
from parsers.records import AttachmentRole, ErrorKind, Invitation, PoliceTick
from parsers.unpack import MAX_FILES, MAX_NESTING, Spend, Unpacking
from tests.builders import mail_builder as mail
from tests.builders.docx_builder import paragraphs_docx
from tests.builders.embedded_builder import Embedded, annotated, associated, portfolio
from tests.builders.pdf_builder import text_pdf
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Flag, Suggestion, TriageResult

ROOT = Path(__file__).parents[2]
SENDER = "Conference and Review Service <cp.conferences@bradford.gov.uk>"
LIMITS = Limits(ocr=False)
COVER = (
    "Bradford Council - secure document pack",
    "This PDF is a portfolio. The booking form is attached inside this document:",
    "open the attachments (paperclip) panel to view it.",
)
FORM_LINES = (
    "REQUEST FOR INITIAL CHILD PROTECTION CONFERENCE",
    "Date of conference: 13/01/2027",
    "Time: 14:00",
    "Venue: City Hall, Centenary Square",
    "Child: Leah Moorhouse  DOB 22/05/2011",
    "Mother: Tracey Moorhouse",
    "Reason for conference: Leah has been sexually exploited by adult men who give her",
    "alcohol at a flat; child sexual exploitation is the main risk.",
)


def form_pdf() -> bytes:
    return text_pdf([FORM_LINES])


def form_docx() -> bytes:
    return paragraphs_docx(*FORM_LINES)


def read(data: bytes, name: str = "pack.pdf", **kwargs: object) -> AttachmentContent:
    return read_attachment(data, filename=name, declared_type=None, limits=LIMITS, **kwargs)  # type: ignore[arg-type]


def email(pdf: bytes, name: str = "pack.pdf") -> bytes:
    return mail.plain(
        "Please see attached.",
        attachments=[(name, pdf, "application/pdf")],
        sender=SENDER,
        subject="ICPC MOORHOUSE 13/01",
    )


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def triaged(invitation: Invitation) -> TriageResult:
    config, nlp = _config()
    return triage(invitation, config=config, nlp=nlp, received=date(2027, 1, 4))


def reads_the_form(invitation: Invitation) -> None:
    fields = invitation.fields
    assert (fields.date, fields.time) == (date(2027, 1, 13), time(14, 0))
    assert [c.name for c in fields.children] == ["Leah Moorhouse"]


def test_a_portfolios_booking_form_is_read_as_an_attachment_and_its_evidence_names_it() -> None:
    pack = portfolio(COVER, [Embedded("Booking form Moorhouse.pdf", form_pdf())])
    invitation = parse_email(email(pack), limits=LIMITS)
    roles = {a.filename: a.role for a in invitation.attachments}
    assert roles["pack.pdf/Booking form Moorhouse.pdf"] is AttachmentRole.BOOKING_FORM
    assert list(roles) == ["pack.pdf", "pack.pdf/Booking form Moorhouse.pdf"]
    reads_the_form(invitation)
    result = triaged(invitation)
    assert Flag.UNREADABLE_ATTACHMENT not in result.flags
    assert result.decision.suggested is not Suggestion.MANUAL_REVIEW
    cse = [c for c in result.criteria if c.criterion.value == "child_sexual_exploitation"]
    assert cse and cse[0].evidence[0].location == "pack.pdf/Booking form Moorhouse.pdf p1"


def test_a_word_form_attached_to_a_pdf_page_with_a_paperclip_annotation_is_read() -> None:
    cover = annotated(
        ["Covering sheet", "The completed request form is attached to this page as a file."],
        [Embedded("ICPC request Moorhouse.docx", form_docx())],
    )
    invitation = parse_email(email(cover, "Moorhouse cover.pdf"), limits=LIMITS)
    [_, form] = invitation.attachments
    assert form.filename == "Moorhouse cover.pdf/ICPC request Moorhouse.docx"
    assert form.role is AttachmentRole.BOOKING_FORM and form.error is None
    reads_the_form(invitation)


def test_the_catalogs_associated_files_are_read_and_a_file_listed_twice_is_read_once() -> None:
    content = read(associated(COVER, [Embedded("form.pdf", form_pdf())]))
    assert [m.path for m in content.members] == ["pack.pdf/form.pdf"]
    assert content.members[0].content.pages[0].lines[0] == FORM_LINES[0]
    twice = portfolio(COVER, [Embedded("form.pdf", form_pdf())], also_associated=True)
    assert [m.path for m in read(twice).members] == ["pack.pdf/form.pdf"]


def test_a_cover_with_no_text_of_its_own_is_not_an_empty_attachment_when_it_carries_files() -> None:
    content = read(portfolio([], [Embedded("form.pdf", form_pdf())]))
    assert (content.error, [m.content.error for m in content.members]) == (None, [None])


def test_pdfs_nested_in_pdfs_are_read_to_the_depth_limit_and_the_deeper_file_is_listed() -> None:
    inner = text_pdf([["Level 5"]])
    for level in (4, 3, 2, 1):
        inner = portfolio([f"Level {level}"], [Embedded(f"level {level + 1}.pdf", inner)])
    content = read(inner, "level 1.pdf")
    paths = [m.path for m in content.members]
    assert paths == [
        "level 1.pdf/" + "/".join(f"level {n}.pdf" for n in range(2, last + 1))
        for last in range(2, MAX_NESTING + 4)
    ]
    *opened, deepest = content.members
    assert [m.content.pages[0].lines[0] for m in opened] == [
        f"Level {n}" for n in range(2, MAX_NESTING + 3)
    ]
    assert deepest.content.error_kind is ErrorKind.BOMB and not deepest.content.pages
    assert "not opened" in (deepest.content.error or "")


def test_a_damaged_embedded_stream_is_an_unreadable_attachment_with_its_reason() -> None:
    garbage = Embedded("Booking form.pdf", form_pdf(), raw=b"\x78\x9c" + b"not deflate data" * 8)
    invitation = parse_email(email(portfolio(COVER, [garbage])), limits=LIMITS)
    pack, lost = invitation.attachments
    assert pack.error is None
    assert (lost.filename, lost.role, lost.error_kind) == (
        "pack.pdf/Booking form.pdf",
        AttachmentRole.UNREADABLE,
        ErrorKind.PARSER_ERROR,
    )
    assert lost.error == "it is damaged inside the PDF: its compressed data cannot be read"
    result = triaged(invitation)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert Flag.UNREADABLE_ATTACHMENT in result.flags


def test_an_embedded_stream_cut_short_of_its_declared_size_is_damaged_not_a_shorter_file() -> None:
    whole = zlib.compress(form_docx())
    cut = Embedded("form.docx", form_docx(), raw=whole[: len(whole) // 2])
    [member] = read(portfolio(COVER, [cut])).members
    assert member.content.error_kind is ErrorKind.PARSER_ERROR
    assert member.content.error == (
        "it is cut off or damaged inside the PDF: it is shorter than the size it declares"
    )


def test_a_file_declaring_a_huge_size_is_refused_unopened_and_the_others_are_read() -> None:
    huge = Embedded("huge.pdf", b"%PDF-1.4 tiny", size=50 * 2**30)
    content = read(portfolio(COVER, [Embedded("form.pdf", form_pdf()), huge]))
    by_path = {m.path: m.content for m in content.members}
    assert by_path["pack.pdf/huge.pdf"].error_kind is ErrorKind.BOMB
    assert by_path["pack.pdf/form.pdf"].error is None and content.error is None


def test_a_file_inflating_past_what_is_left_to_spend_is_a_bomb_whatever_it_declares() -> None:
    bomb = Embedded("notes.txt", b"A" * 200_000, size=None)
    content = read(portfolio(COVER, [bomb]), unpacking=Unpacking(spend=Spend(bytes=50_000)))
    [member] = content.members
    assert member.content.error_kind is ErrorKind.BOMB


def test_more_files_than_the_cap_are_not_opened_and_the_pdf_says_so() -> None:
    files = [Embedded(f"paper {n}.txt", b"paper", compressed=False) for n in range(MAX_FILES + 1)]
    content = read(portfolio(COVER, files))
    assert content.members == ()
    assert content.error_kind is ErrorKind.TOO_LARGE and content.pages  # its cover is still read
    assert f"over the limit of {MAX_FILES}" in (content.error or "")


def test_the_daemons_way_gives_the_same_invitation_as_reading_in_this_process() -> None:
    raws = [
        email(portfolio(COVER, [Embedded("Booking form.pdf", form_pdf())])),
        email(annotated(COVER, [Embedded("form.docx", form_docx())])),
    ]
    alone = [parse_email(raw, limits=LIMITS) for raw in raws]
    with ParsePool(workers=1, limits=LIMITS) as pool:
        daemon = [parse_email(raw, pool=pool, limits=LIMITS) for raw in raws]
    assert daemon == alone
    assert all(len(i.attachments) == 2 for i in alone)


def test_an_embedded_pdf_form_with_a_ticked_police_box_is_read_for_its_tick() -> None:
    lines = (*FORM_LINES, "Police attendance required \u2612   Written report sufficient \u2610")
    pack = portfolio(COVER, [Embedded("form.pdf", text_pdf([lines], font=_dejavu()))])
    invitation = parse_email(email(pack), limits=LIMITS)
    assert invitation.fields.police_tick is PoliceTick.REQUIRED


def _dejavu() -> str:
    from tests.builders.pdf_builder import unicode_font

    return unicode_font()

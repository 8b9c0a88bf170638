"""Whole emails whose booking form is inside a winmail.dat or a zip: read, chosen, triaged.

The forms, papers and containers are written here (`tests/builders/container_builder.py`);
the same Invitation comes from the daemon's way (one attachment per job), the batch's way (a
whole email per job) and without a pool.
"""

from __future__ import annotations

from datetime import date, time
from functools import cache
from pathlib import Path

from parsers import Limits, ParsePool, parse_email, parse_emails, sniff
from parsers.mime import attachments as mime_attachments
from parsers.records import AttachmentRole, ConferenceKind, ErrorKind, Invitation
from tests.builders import mail_builder as mail
from tests.builders.container_builder import Packed, a_zip, encrypted_zip, winmail
from tests.builders.docx_builder import paragraphs_docx
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Flag, Suggestion, TriageResult

ROOT = Path(__file__).parents[2]
SENDER = "Child Protection Admin <cp.admin@wakefield.gov.uk>"
FORM_RTF = (
    rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Calibri;}}"
    rb"\pard REQUEST FOR POLICE INPUT - CHILD PROTECTION CONFERENCE\par"
    rb"\trowd\cellx3500\cellx8000\pard\intbl Conference type\cell Review Child Protection "
    rb"Conference\cell\row"
    rb"\trowd\cellx3500\cellx8000\pard\intbl Date of conference\cell 17/02/2027\cell\row"
    rb"\trowd\cellx3500\cellx8000\pard\intbl Time\cell 14:30\cell\row"
    rb"\trowd\cellx3500\cellx8000\pard\intbl Child's name\cell Rosalind Okonkwo-Barr\cell\row"
    rb"\trowd\cellx3500\cellx8000\pard\intbl Date of birth\cell 02/09/2015\cell\row"
    rb"\trowd\cellx3500\cellx8000\pard\intbl Mother\cell Adaeze Okonkwo\cell\row"
    rb"\pard Reason for conference: neglect; the plan is progressing.\par}"
)


def booking_form_docx() -> bytes:
    return paragraphs_docx(
        "Initial Child Protection Conference - booking form",
        "Date of conference: 23/02/2027",
        "Time: 10:00",
        "Child: Milo Featherstonehaugh (DOB 14/06/2019)",
        "Parent: Gemma Featherstonehaugh",
        "Reason for conference: physical injury to Milo.",
    )


def minutes_docx() -> bytes:
    return paragraphs_docx(
        "Minutes of the Initial Child Protection Conference",
        "Date of conference: 04/05/2025",
        "Time: 09:00",
    )


def email(attachments: list[tuple[str, bytes, str]], text: str = "Please see attached.") -> bytes:
    return mail.plain(text, attachments=attachments, sender=SENDER, subject="Conference papers")


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def triaged(invitation: Invitation) -> TriageResult:
    config, nlp = _config()
    return triage(invitation, config=config, nlp=nlp, received=date(2027, 2, 1))


def test_the_rtf_text_of_a_winmail_dat_is_the_body_and_the_form_in_it_is_read() -> None:
    raw = email(
        [("winmail.dat", winmail(rtf=FORM_RTF), "application/ms-tnef")],
        text="This message has been sent in rich text format.",
    )
    invitation = parse_email(raw)
    assert [p.location for p in invitation.body] == ["body", "body (winmail.dat)"]
    [container] = invitation.attachments
    assert (container.media_type, container.role, container.error) == (
        sniff.TNEF,
        AttachmentRole.OTHER,
        None,
    )
    fields = invitation.fields
    assert (fields.kind, fields.date, fields.time) == (
        ConferenceKind.REVIEW,
        date(2027, 2, 17),
        time(14, 30),
    )
    assert [c.name for c in fields.children] == ["Rosalind Okonkwo-Barr"]


def test_the_booking_form_is_chosen_among_the_papers_of_a_zip_and_every_paper_is_listed() -> None:
    papers = a_zip(
        {
            "FEATHERSTONEHAUGH/Previous/ICPC minutes May 2025.docx": minutes_docx(),
            "FEATHERSTONEHAUGH/Booking form.docx": booking_form_docx(),
            "FEATHERSTONEHAUGH/Chronology.txt": b"2025-05-04 ICPC held\n2027-01-20 referral",
        }
    )
    invitation = parse_email(email([("papers.zip", papers, "application/zip")]))
    roles = {a.filename: a.role for a in invitation.attachments}
    assert roles == {
        "papers.zip": AttachmentRole.OTHER,
        "papers.zip/FEATHERSTONEHAUGH/Previous/ICPC minutes May 2025.docx": AttachmentRole.REPORT,
        "papers.zip/FEATHERSTONEHAUGH/Booking form.docx": AttachmentRole.BOOKING_FORM,
        "papers.zip/FEATHERSTONEHAUGH/Chronology.txt": AttachmentRole.OTHER,
    }
    assert invitation.fields.date == date(2027, 2, 23)  # the form's, not the old minutes'
    assert [c.name for c in invitation.fields.children] == ["Milo Featherstonehaugh"]
    # the desk offers the zip itself for download: one MIME attachment, as received
    assert [
        p.filename for p in mime_attachments(email([("papers.zip", papers, "application/zip")]))
    ] == ["papers.zip"]


def test_a_password_protected_zip_goes_to_a_person_and_never_to_report_only() -> None:
    locked = encrypted_zip({"ICPC booking form.docx": booking_form_docx()}, password=b"Friday")
    invitation = parse_email(email([("ICPC.zip", locked, "application/zip")]))
    result = triaged(invitation)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert {Flag.UNREADABLE_ATTACHMENT, Flag.ENCRYPTED_UNREADABLE} <= set(result.flags)
    [_, member] = invitation.attachments
    assert member.filename == "ICPC.zip/ICPC booking form.docx"
    assert member.error_kind is ErrorKind.ENCRYPTED and member.role is AttachmentRole.UNREADABLE


def test_a_cut_off_winmail_dat_goes_to_a_person_naming_it() -> None:
    whole = winmail(files=(Packed(b"FORM.DOC", booking_form_docx(), long_name="Form.docx"),))
    raw = email([("winmail.dat", whole[: len(whole) // 2], "application/ms-tnef")])
    invitation = parse_email(raw)
    result = triaged(invitation)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert {Flag.UNREADABLE_ATTACHMENT, Flag.NO_BOOKING_FORM} <= set(result.flags)
    assert any("'winmail.dat'" in reason for reason in result.decision.reasons)
    container, lost = invitation.attachments
    assert container.error == (
        "the winmail.dat is cut off (truncated): it ends inside an attachment's data"
    )
    assert lost.filename == "winmail.dat/FORM.DOC" and lost.role is AttachmentRole.UNREADABLE


def test_a_winmail_dat_in_a_forwarded_message_is_read_the_same_way_as_that_messages_text() -> None:
    inner = email(
        [("winmail.dat", winmail(rtf=FORM_RTF), "application/ms-tnef")],
        text="This message has been sent in rich text format.",
    )
    raw = mail.forwarded("FYI - booking below.", inner, filename="Original booking.eml")
    invitation = parse_email(raw)
    assert "Original booking.eml (winmail.dat)" in [p.location for p in invitation.body]
    assert invitation.fields.date == date(2027, 2, 17)


def test_a_zip_inside_a_winmail_dat_gives_its_papers_as_attachments() -> None:
    papers = a_zip({"Booking form.docx": booking_form_docx()})
    outer = winmail(text="Papers attached.", files=(Packed(b"PAPERS.ZIP", papers, "papers.zip"),))
    invitation = parse_email(email([("winmail.dat", outer, "application/ms-tnef")]))
    assert [a.filename for a in invitation.attachments] == [
        "winmail.dat",
        "winmail.dat/papers.zip",
        "winmail.dat/papers.zip/Booking form.docx",
    ]
    assert invitation.attachments[2].role is AttachmentRole.BOOKING_FORM
    assert invitation.fields.date == date(2027, 2, 23)


def test_a_blank_rtf_message_text_is_not_an_unreadable_attachment() -> None:
    data = winmail(rtf=rb"{\rtf1\ansi\par}", files=(Packed(b"F.DOC", booking_form_docx()),))
    invitation = parse_email(email([("winmail.dat", data, "application/ms-tnef")]))
    assert [a.error for a in invitation.attachments] == [None, None]


def test_the_daemons_way_the_batchs_way_and_no_pool_give_the_same_invitation() -> None:
    papers = a_zip({"Booking form.docx": booking_form_docx(), "notes.txt": b"Core group notes"})
    raws = [
        email([("papers.zip", papers, "application/zip")]),
        email([("winmail.dat", winmail(rtf=FORM_RTF), "application/ms-tnef")]),
    ]
    alone = [parse_email(raw) for raw in raws]
    with ParsePool(workers=2, limits=Limits()) as pool:
        daemon = [parse_email(raw, pool=pool) for raw in raws]
        batch = list(parse_emails(raws, pool=pool))
    assert daemon == alone
    assert batch == alone
    assert [len(i.attachments) for i in alone] == [3, 1]  # the zip and its two papers
    assert alone[1].body[-1].location == "body (winmail.dat)"

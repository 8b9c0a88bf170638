"""Invitations forwarded as Outlook items (.msg): the item's text and files read, damage named.

The items are written here from [MS-CFB] and [MS-OXMSG] (`tests/builders/cfb_builder.py`,
`tests/builders/msg_builder.py`); olefile, the product's reader, reads the compound files back.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date, time
from functools import cache
from pathlib import Path

import olefile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from parsers import parse_email, sniff
from parsers.attachment import Limits, read_attachment
from parsers.errors import AttachmentError
from parsers.msg import MAGIC, open_msg
from parsers.records import AttachmentRole, ConferenceKind, ErrorKind, Invitation
from parsers.unpack import Spend
from tests.builders import mail_builder as mail
from tests.builders.cfb_builder import compound_file
from tests.builders.docx_builder import paragraphs_docx
from tests.builders.msg_builder import File, Item, outlook_item
from triage import triage
from triage.config import TriageConfig, load_config
from triage.nlp import Nlp, build_nlp
from triage.records import Flag, Suggestion, TriageResult

ROOT = Path(__file__).parents[2]
SENDER = "Child Protection Admin <cp.admin@wakefield.gov.uk>"
OUTLOOK = "application/vnd.ms-outlook"
INVITATION = (
    "Dear colleague,\n\n"
    "You are invited to an Initial Child Protection Conference.\n\n"
    "Date of conference: 23/02/2027\n"
    "Time: 10:00\n"
    "Child: Milo Featherstonehaugh (DOB 14/06/2019)\n"
    "Parent: Gemma Featherstonehaugh\n"
    "Reason for conference: physical injury to Milo.\n"
)
FORM_LINES = (
    "Review Child Protection Conference - booking form",
    "Date of conference: 17/02/2027",
    "Time: 14:30",
    "Child: Rosalind Okonkwo-Barr (DOB 02/09/2015)",
    "Mother: Adaeze Okonkwo",
    "Reason for conference: neglect; the plan is progressing.",
)


def form_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for number, line in enumerate(FORM_LINES):
        page.drawString(72, 760 - 18 * number, line)
    page.save()
    return buffer.getvalue()


def email(
    item: bytes, *, filename: str | None = "Invitation.msg", declared: str = OUTLOOK
) -> bytes:
    return mail.plain(
        "Please see the invitation attached.",
        attachments=[(filename, item, declared)],  # type: ignore[list-item]
        sender=SENDER,
        subject="FW: conference",
    )


@cache
def _config() -> tuple[TriageConfig, Nlp]:
    config = load_config(ROOT / "config")
    return config, build_nlp(config)


def triaged(invitation: Invitation) -> TriageResult:
    config, nlp = _config()
    return triage(invitation, config=config, nlp=nlp, received=date(2027, 2, 1))


def test_the_test_writer_makes_compound_files_olefile_reads_back() -> None:
    data = compound_file({"small": b"a" * 100, "big": b"b" * 5000, "box": {"inner": b"c"}})
    with olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        assert sorted(ole.listdir()) == [["big"], ["box", "inner"], ["small"]]
        assert ole.openstream("big").read() == b"b" * 5000
        assert ole.openstream(["box", "inner"]).read() == b"c"


def test_an_outlook_item_is_told_by_its_bytes_whatever_its_name_or_declared_type() -> None:
    item = outlook_item(Item(body="hello"))
    assert sniff.sniff_media_type(item) == sniff.MSG
    assert sniff.sniff_media_type(compound_file({"WordDocument": b"x" * 600})) == sniff.DOC
    # a .msg carrying a Word 97 file holds "WordDocument" too, further down: still a .msg
    doc = compound_file({"WordDocument": b"x" * 600})
    assert sniff.sniff_media_type(outlook_item(Item(files=(File("f.doc", doc),)))) == sniff.MSG


def test_the_invitation_in_a_forwarded_items_body_is_read_as_a_forwarded_messages() -> None:
    raw = email(
        outlook_item(Item(body=INVITATION)), filename=None, declared="application/octet-stream"
    )
    invitation = parse_email(raw)
    assert [p.location for p in invitation.body] == ["body", "attachment 1"]
    [container] = invitation.attachments
    assert (container.media_type, container.role, container.error) == (
        sniff.MSG,
        AttachmentRole.OTHER,
        None,
    )
    fields = invitation.fields
    assert (fields.kind, fields.date, fields.time) == (
        ConferenceKind.INITIAL,
        date(2027, 2, 23),
        time(10, 0),
    )
    assert [c.name for c in fields.children] == ["Milo Featherstonehaugh"]


def test_the_html_body_is_preferred_and_keeps_the_forms_table() -> None:
    html = (
        "<html><body><p>Conference booked.</p><table>"
        "<tr><td>Date of conference</td><td>09/03/2027</td></tr>"
        "<tr><td>Time</td><td>13:15</td></tr></table></body></html>"
    )
    item = Item(body="Conference booked. Date of conference 09/03/2027 Time 13:15", html=html)
    invitation = parse_email(email(outlook_item(item)))
    [_, page] = invitation.body
    assert page.location == "Invitation.msg"
    assert (invitation.fields.date, invitation.fields.time) == (date(2027, 3, 9), time(13, 15))


def test_a_pdf_booking_form_inside_the_item_is_read_and_chosen() -> None:
    item = Item(
        body="Please find the booking form attached.", files=(File("Booking form.pdf", form_pdf()),)
    )
    invitation = parse_email(email(outlook_item(item)))
    roles = {a.filename: a.role for a in invitation.attachments}
    assert roles == {
        "Invitation.msg": AttachmentRole.OTHER,
        "Invitation.msg/Booking form.pdf": AttachmentRole.BOOKING_FORM,
    }
    assert (invitation.fields.kind, invitation.fields.date) == (
        ConferenceKind.REVIEW,
        date(2027, 2, 17),
    )
    assert [c.name for c in invitation.fields.children] == ["Rosalind Okonkwo-Barr"]


def test_an_item_inside_an_item_is_read_as_a_forward_of_a_forward() -> None:
    original = Item(
        subject="ICPC invitation",
        body="Booking form attached.",
        files=(File("Booking form.docx", paragraphs_docx(*FORM_LINES)),),
    )
    outer = Item(
        subject="FW: ICPC invitation",
        body="Forwarding as requested.",
        files=(File(None, item=original),),
    )
    invitation = parse_email(email(outlook_item(outer)))
    assert [p.location for p in invitation.body] == [
        "body",
        "Invitation.msg",
        "Invitation.msg/ICPC invitation",
    ]
    form = invitation.attachments[-1]
    assert form.filename == "Invitation.msg/ICPC invitation/Booking form.docx"
    assert form.role is AttachmentRole.BOOKING_FORM
    assert invitation.fields.date == date(2027, 2, 17)


def test_eight_bit_strings_are_read_in_the_items_code_page() -> None:
    body = INVITATION.replace("Gemma Featherstonehaugh", "Gemma Featherstonehaugh – mère")
    item = Item(
        subject="Conférence", body=body, code_page=1252, files=(File("Résumé.txt", b"notes"),)
    )
    opened = open_msg(outlook_item(item), spend=Spend(), message_text=True)
    text, attached = opened.files
    assert text.data is not None and "– mère".encode() in text.data
    assert attached.path == "Résumé.txt"
    cyrillic = Item(body="Дата конференции: 23/02/2027", code_page=1251)
    [text] = open_msg(outlook_item(cyrillic), spend=Spend(), message_text=True).files
    assert text.data == "Дата конференции: 23/02/2027".encode()


def test_a_cut_off_item_goes_to_a_person_naming_it_and_nothing_raises() -> None:
    whole = outlook_item(Item(body=INVITATION, files=(File("Booking form.pdf", form_pdf()),)))
    invitation = parse_email(email(whole[: len(whole) * 2 // 3]))
    result = triaged(invitation)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert Flag.UNREADABLE_ATTACHMENT in result.flags
    container = invitation.attachments[0]
    assert container.media_type == sniff.MSG
    assert container.error is not None and "Outlook item (.msg) is damaged" in container.error


def test_an_attachment_whose_stream_is_broken_is_listed_and_the_item_is_damaged() -> None:
    form = form_pdf()
    whole = bytearray(outlook_item(Item(body=INVITATION, files=(File("Booking form.pdf", form),))))
    whole = whole[: whole.index(form[:64]) + len(form) // 2]  # the file ends inside the form
    opened_files = read_attachment(
        bytes(whole), filename="x.msg", declared_type=None, limits=Limits(ocr=False)
    )
    assert opened_files.error_kind is ErrorKind.PARSER_ERROR
    assert opened_files.error is not None and "damaged" in opened_files.error


def test_an_item_nested_deeper_than_the_limit_is_listed_not_opened() -> None:
    item = Item(subject="level 5", body="deep")
    for level in range(4, -1, -1):
        item = Item(subject=f"level {level}", body="x", files=(File(None, item=item),))
    opened = open_msg(outlook_item(item), spend=Spend(), message_text=True)
    refused = [p for p in opened.files if p.refused is not None]
    assert [p.refused[0] for p in refused if p.refused] == [ErrorKind.BOMB]
    assert refused[0].path.count("/") == 3


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes_after_the_compound_file_magic_only_ever_raise_attachment_error(
    junk: bytes,
) -> None:
    with contextlib.suppress(AttachmentError):
        open_msg(MAGIC + junk, spend=Spend(), message_text=True)


@cache
def _an_item() -> bytes:
    return outlook_item(
        Item(
            body=INVITATION,
            files=(File("a.txt", b"notes " * 200), File(None, item=Item(body="inner"))),
        )
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_mutated_item_only_ever_raises_attachment_error(data: st.DataObject) -> None:
    item = bytearray(_an_item())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(item) - 1))
        item[at : at + 4] = data.draw(st.binary(min_size=4, max_size=4))
    with contextlib.suppress(AttachmentError):
        open_msg(bytes(item), spend=Spend(), message_text=True)


def test_the_daemons_way_and_the_batchs_way_give_the_same_invitation_as_no_pool() -> None:
    from parsers import ParsePool, parse_emails

    outer = Item(body="FYI", files=(File(None, item=Item(subject="Original", body=INVITATION)),))
    raws = [email(outlook_item(outer)), email(outlook_item(Item(body=INVITATION))[:3000])]
    alone = [parse_email(raw) for raw in raws]
    with ParsePool(workers=2, limits=Limits()) as pool:
        daemon = [parse_email(raw, pool=pool) for raw in raws]
        batch = list(parse_emails(raws, pool=pool))
    assert daemon == alone
    assert batch == alone
    assert alone[0].body[-1].location == "Invitation.msg/Original"

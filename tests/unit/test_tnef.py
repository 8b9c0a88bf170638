"""Outlook winmail.dat (TNEF): its files are read as attachments, its RTF as the message text.

Every winmail.dat is written here from MS-OXTNEF (`tests/builders/container_builder.py`).
"""

from __future__ import annotations

import struct
import time

import pytest

from parsers import sniff
from parsers.attachment import AttachmentContent, Limits, read_attachment
from parsers.records import ErrorKind
from tests.builders.container_builder import (
    ATT_ATTACH_DATA,
    ATT_MAPI_PROPS,
    LVL_ATTACHMENT,
    LVL_MESSAGE,
    Packed,
    a_zip,
    attribute,
    winmail,
)
from tests.builders.docx_builder import paragraphs_docx

LIMITS = Limits(ocr=False)
FORM_RTF = (
    rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}"
    rb"\trowd\cellx3000\cellx7000\pard\intbl Type of meeting\cell Review conference\cell\row"
    rb"\trowd\cellx3000\cellx7000\pard\intbl Meeting date\cell 3 March 2027\cell\row"
    rb"\pard Young person: Tamsin Oyelaran-Quigg\par}"
)


def read(data: bytes, name: str = "winmail.dat") -> AttachmentContent:
    return read_attachment(data, filename=name, declared_type=None, limits=LIMITS)


def test_a_winmail_dat_is_told_by_its_signature_whatever_it_is_called() -> None:
    assert sniff.sniff_media_type(winmail(text="hello"), filename="attachment.bin") == sniff.TNEF


def test_the_word_file_inside_a_winmail_dat_is_read_under_its_long_name() -> None:
    form = paragraphs_docx("Strategy meeting outcome", "Section 47 enquiry: joint with police")
    content = read(
        winmail(files=(Packed(b"STRATE~1.DOC", form, long_name="Strategy outcome — Quigg.docx"),))
    )
    assert content.error is None and content.media_type == sniff.TNEF
    [member] = content.members
    assert member.path == "winmail.dat/Strategy outcome — Quigg.docx"
    assert member.content.media_type == sniff.DOCX
    assert "Section 47 enquiry: joint with police" in member.content.pages[0].lines
    assert member.size == len(form) and not member.body


@pytest.mark.parametrize("stored", [False, True], ids=["LZFu", "MELA"])
def test_the_compressed_rtf_message_text_is_read_by_the_rtf_reader_as_the_body(
    stored: bool,
) -> None:
    content = read(winmail(rtf=FORM_RTF, stored=stored))
    [text] = content.members
    assert text.body and text.content.media_type == sniff.RTF
    assert text.content.pages[0].lines == (
        "Type of meeting\tReview conference",
        "Meeting date\t3 March 2027",
        "Young person: Tamsin Oyelaran-Quigg",
    )


def test_html_message_text_is_preferred_to_plain_text() -> None:
    html = b"<html><body><table><tr><td>Venue</td><td>Room 4</td></tr></table></body></html>"
    content = read(winmail(html=html, text="Venue Room 4"))
    [text] = content.members
    assert text.path == "winmail.dat/message text.html" and text.body
    assert text.content.pages[0].lines == ("Venue\tRoom 4",)


def test_a_winmail_dat_cut_off_inside_an_attachment_says_so_and_lists_the_lost_file() -> None:
    whole = winmail(
        rtf=rb"{\rtf1 Covering note\par}",
        files=(
            Packed(b"AGENDA.TXT", b"Agenda for the core group", long_name="agenda.txt"),
            Packed(b"FORM.PDF", b"%PDF-1.7\n" + bytes(range(256)) * 40, long_name="form.pdf"),
        ),
    )
    cut = whole[: len(whole) - 6000]  # inside the second file's data
    content = read(cut)
    assert content.error_kind is ErrorKind.PARSER_ERROR
    assert content.error == (
        "the winmail.dat is cut off (truncated): it ends inside an attachment's data"
    )
    paths = {m.path: m.content for m in content.members}
    assert paths["winmail.dat/agenda.txt"].pages[0].lines == ("Agenda for the core group",)
    lost = paths["winmail.dat/FORM.PDF"]
    assert lost.error_kind is ErrorKind.PARSER_ERROR and "cut off" in (lost.error or "")


def test_a_winmail_dat_cut_inside_an_attribute_header_is_cut_off_too() -> None:
    whole = winmail(text="hello", files=(Packed(b"A.TXT", b"one"),))
    content = read(whole + b"\x02\x0f\x80")  # the start of a header and no more
    assert content.error is not None and "cut off" in content.error


def test_an_attribute_whose_checksum_does_not_match_is_damage_and_nothing_after_it_is_used() -> (
    None
):
    good = winmail(text="Covering note")
    data = b"Initial conference on 4 May"
    bad = struct.pack("<BII", LVL_ATTACHMENT, ATT_ATTACH_DATA, len(data)) + data + b"\x00\x00"
    content = read(good + bad)
    assert (
        content.error
        == "the winmail.dat is damaged: an attachment's data does not match its checksum"
    )
    assert all(
        "Initial conference on 4 May" not in p.text
        for m in content.members
        for p in m.content.pages
    )


def test_a_property_list_claiming_billions_of_entries_is_refused_at_once() -> None:
    props = struct.pack("<I", 0xFFFFFFF0) + b"\x1e\x00\x37\x00" * 4
    data = winmail(text="x")[:6] + attribute(LVL_MESSAGE, ATT_MAPI_PROPS, props)
    started = time.monotonic()
    content = read(data)
    assert time.monotonic() - started < 2
    assert content.error == (
        "the winmail.dat is damaged: the message's properties (where its text is) claims more "
        "entries than it holds"
    )


def test_a_zip_inside_a_winmail_dat_is_opened_and_its_files_listed_under_it() -> None:
    papers = a_zip({"Forms/referral.txt": b"Referral from school nurse"})
    content = read(winmail(files=(Packed(b"PAPERS.ZIP", papers, long_name="papers.zip"),)))
    assert [m.path for m in content.members] == [
        "winmail.dat/papers.zip",
        "winmail.dat/papers.zip/Forms/referral.txt",
    ]
    assert content.members[0].content.media_type == sniff.ZIP
    assert content.members[1].content.pages[0].lines == ("Referral from school nurse",)


def test_an_outlook_item_attached_inside_a_winmail_dat_gives_its_text_and_files() -> None:
    inner = winmail(text="Forwarded: minutes attached", files=(Packed(b"MIN.TXT", b"Minutes"),))
    outer = winmail(text="See the attached item", files=(Packed(b"Fwd", message=inner),))
    content = read(outer)
    paths = [m.path for m in content.members]
    assert paths == [
        "winmail.dat/message text.txt",
        "winmail.dat/Fwd/message text.txt",
        "winmail.dat/Fwd/MIN.TXT",
    ]
    bodies = [m.body for m in content.members]
    assert bodies == [True, False, False]  # only the email's own winmail.dat text is its body


def test_many_outlook_items_nested_inside_each_other_are_refused_as_a_bomb() -> None:
    data = winmail(text="innermost")
    for _ in range(12):
        data = winmail(files=(Packed(b"Fwd", message=data),))
    content = read(data)
    assert content.error_kind is ErrorKind.BOMB
    assert content.members == ()


def test_an_8_3_title_in_windows_1252_is_decoded_and_a_path_in_it_is_only_a_label() -> None:
    content = read(winmail(files=(Packed("..\\..\\Café.txt".encode("cp1252"), b"notes"),)))
    [member] = content.members
    assert member.path == "winmail.dat/Café.txt"


def test_a_winmail_dat_with_nothing_in_it_is_empty() -> None:
    content = read(winmail())
    assert content.error_kind is ErrorKind.EMPTY and content.members == ()


def test_damaged_compressed_rtf_is_an_unreadable_message_text_not_a_crash() -> None:
    import tests.builders.container_builder as build

    packed = bytearray(build.compressed_rtf(FORM_RTF))
    packed[20] ^= 0xFF  # the CRC no longer matches
    props = build.properties([(build.PT_BINARY, build.PR_RTF_COMPRESSED, bytes(packed))])
    data = winmail()[:6] + attribute(LVL_MESSAGE, ATT_MAPI_PROPS, props)
    [text] = read(data).members
    assert text.body and text.content.error_kind is ErrorKind.PARSER_ERROR
    assert "compressed RTF is damaged" in (text.content.error or "")


def test_a_multi_valued_property_claiming_billions_of_values_is_refused_at_once() -> None:
    import tests.builders.container_builder as build

    # one PT_MV_SHORT property (0x1002) whose value count is absurd, then nothing
    props = struct.pack("<IHHI", 1, 0x1002, 0x6000, 0xFFFFFFF0) + b"\x01\x00" * 8
    item = winmail(text="inner")[:6] + attribute(LVL_MESSAGE, ATT_MAPI_PROPS, props)
    outer = winmail(files=(Packed(b"Fwd", message=item),), text="Covering note")
    for data in (item, outer):  # in the message's own properties, and in an attached item's
        started = time.monotonic()
        content = read(data)
        assert time.monotonic() - started < 2
        assert content.error is not None and "claims more entries" in content.error
    assert build.IMESSAGE in outer

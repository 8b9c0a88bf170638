"""The senders a forward carries (`parsers.forwarded_from`) and the district read from them."""

from __future__ import annotations

from parsers.forwarded_from import inline_senders
from parsers.mime import read_message

OUTLOOK = [
    "Please see below - I think we should go.",
    "",
    "From: Ackroyd, Stephen (DS 2290) <stephen.ackroyd@westyorkshire.police.uk>",
    "Sent: 17 December 2026 12:55",
    "To: CPPU Kirklees Admin",
    "Subject: RE: ICPC",
    "",
    "From: Megan Booth <Megan.Booth@kirklees.gov.uk>",
    "Sent: 16 December 2026 16:31",
    "To: CPPU Kirklees Admin <kirklees.cppu.admin@westyorkshire.police.uk>",
]


def test_header_blocks_are_read_outermost_first() -> None:
    assert inline_senders(OUTLOOK) == (
        "stephen.ackroyd@westyorkshire.police.uk",
        "megan.booth@kirklees.gov.uk",
    )


def test_gmail_and_quoted_blocks_are_header_blocks_too() -> None:
    gmail = [
        "---------- Forwarded message ---------",
        "From: Ruth Appleyard <ruth.appleyard@leeds.gov.uk>",
        "Date: Fri, 11 Dec 2026 at 10:02",
        "Subject: RCPC",
    ]
    quoted = ["> *From:* a.clerk@bradford.gov.uk", "> *Sent:* Monday, 4 January 2027 15:47"]
    assert inline_senders(gmail) == ("ruth.appleyard@leeds.gov.uk",)
    assert inline_senders(quoted) == ("a.clerk@bradford.gov.uk",)


def test_a_forms_from_row_is_no_header_block() -> None:
    form = [
        "Referral received",
        "From: Jo Smith (social worker) jo.smith@leeds.gov.uk",
        "Reason for conference: neglect",
        "Child's name: Amy Test",
        "Date of birth: 01/02/2019",
        "Address: 1 Road",
    ]
    assert inline_senders(form) == ()


def test_an_attached_message_and_the_text_inside_it_are_read_deepest_last() -> None:
    inner = (
        b"From: Diane Whitworth <diane.whitworth@calderdale.gov.uk>\r\n"
        b"To: gillian.marsden@westyorkshire.police.uk\r\nSubject: ICPC\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nInvitation to an ICPC.\r\n"
    )
    outer = (
        b"From: Marsden, Gillian <gillian.marsden@westyorkshire.police.uk>\r\n"
        b"To: cppu@westyorkshire.police.uk\r\nSubject: FW: ICPC\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"From: Cook, Amy <amy.cook@westyorkshire.police.uk>\r\nSent: 15 December 2026\r\n"
        b"Forwarding as discussed.\r\n--b1\r\n"
        b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--b1--\r\n"
    )
    info = read_message(outer).info
    assert info.sender.address == "gillian.marsden@westyorkshire.police.uk"
    assert info.forwarded_from == (
        "amy.cook@westyorkshire.police.uk",
        "diane.whitworth@calderdale.gov.uk",
    )

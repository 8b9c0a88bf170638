"""`read_message`: bodies, forwarded messages, attachments and malformed MIME, never raising."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.mime import MimeMessage, attachments, read_message
from parsers.records import CELL
from tests.builders import mail_builder as mb

DOCX = b"PK\x03\x04 pretend word file"
TABLE_HTML = (
    "<html><body><p>Please see below.</p><table>"
    "<tr><td>Date of conference</td><td>18.12.26</td></tr>"
    "<tr><td>Venue</td><td>Conference Room 3</td></tr></table></body></html>"
)
CPYTHON_MAIL = Path("/usr/lib/python3.11/test/test_email/data")


def body_text(message: MimeMessage) -> str:
    return "\n".join(page.text for page in message.body if page.location == "body")


def test_the_plain_alternative_is_the_body_when_it_reads_as_well() -> None:
    raw = mb.alternative("Plain words here.", "<p>Rich words here.</p>")
    message = read_message(raw)
    assert [page.location for page in message.body] == ["body"]
    assert message.body[0].lines == ("Plain words here.",)
    assert message.parts == ()
    assert message.problems == ()


def test_the_html_alternative_wins_when_the_plain_text_ran_its_table_cells_together() -> None:
    plain = "Please see below.\n\nDate of conference\n\t18.12.26\n\nVenue\n\tConference Room 3\n"
    message = read_message(mb.alternative(plain, TABLE_HTML))
    assert f"Date of conference{CELL}18.12.26" in message.body[0].lines
    assert f"Venue{CELL}Conference Room 3" in message.body[0].lines


def test_the_html_alternative_wins_over_a_plain_stub() -> None:
    """A portal's plain part says only "this message is in HTML format" (issue 11, set e)."""
    html = "<p>" + " ".join(["Initial child protection conference on Monday 14 December 2026."] * 8)
    raw = mb.alternative(
        "This message is in HTML format. Contact us quoting BFD-7781.", html + "</p>"
    )
    assert "Monday 14 December 2026" in body_text(read_message(raw))


def test_a_plain_alternative_that_keeps_the_cells_is_kept() -> None:
    plain = "Plain version\nDate of conference\t18.12.26\n"
    message = read_message(mb.alternative(plain, TABLE_HTML))
    assert message.body[0].lines[0] == "Plain version"


def test_an_html_only_email_with_a_table_keeps_its_rows_as_lines() -> None:
    message = read_message(mb.html_only(TABLE_HTML))
    assert message.body[0].lines == (
        "Please see below.",
        f"Date of conference{CELL}18.12.26",
        f"Venue{CELL}Conference Room 3",
    )


def test_nested_multiparts_give_the_body_and_every_attachment() -> None:
    raw = mb.alternative(
        "The plain body.",
        "<p>The html body.</p>",
        attachments=[
            ("Booking Form.docx", DOCX, mb.DOCX_TYPE),
            ("logo.png", b"\x89PNG..", "image/png"),
        ],
    )
    message = read_message(raw)
    assert body_text(message) == "The plain body."
    assert [(p.filename, p.declared_type, p.data) for p in message.parts] == [
        ("Booking Form.docx", mb.DOCX_TYPE, DOCX),
        ("logo.png", "image/png", b"\x89PNG.."),
    ]
    assert {p.origin for p in message.parts} == {"message"}


def test_a_forwarded_message_is_read_as_a_page_of_its_own_with_its_attachments() -> None:
    inner = mb.plain(
        "The social worker's request.", attachments=[("Form.docx", DOCX, mb.DOCX_TYPE)]
    )
    message = read_message(mb.forwarded("Forwarded for action.", inner, filename="Request.eml"))
    assert [(page.location, page.lines) for page in message.body] == [
        ("body", ("Forwarded for action.",)),
        ("Request.eml", ("The social worker's request.",)),
    ]
    assert [(p.filename, p.data, p.origin) for p in message.parts] == [
        ("Form.docx", DOCX, "Request.eml")
    ]
    assert message.info.subject == "FW: " + mb.SUBJECT


def test_a_forwarded_message_without_a_name_is_called_the_forwarded_message() -> None:
    message = read_message(mb.forwarded("Cover.", mb.plain("Inner text.")))
    assert [page.location for page in message.body] == ["body", "forwarded message"]


def test_outlooks_wrapped_forward_is_unwrapped_and_its_attachment_found() -> None:
    inner = mb.plain("Inner request text.", attachments=[("Booking Form.docx", DOCX, mb.DOCX_TYPE)])
    raw = mb.outlook_forward("Please see below.", inner, filename="SECURE Transfer In.eml")
    message = read_message(raw)
    assert [page.location for page in message.body] == ["body", "SECURE Transfer In.eml"]
    assert message.body[1].lines == ("Inner request text.",)
    assert [(p.filename, p.data) for p in message.parts] == [("Booking Form.docx", DOCX)]
    assert "From:" not in message.body[1].text


def test_an_inline_forward_stays_in_the_body_text() -> None:
    text = (
        "FYI\n\n-----Original Message-----\nFrom: Elaine Ellison\nSent: 07 December 2026 09:00\n"
        "To: Conference Bookings\nSubject: ICPC booking\n\nConference on 23/12/2026.\n"
    )
    message = read_message(mb.plain(text))
    assert "-----Original Message-----" in message.body[0].lines
    assert "Conference on 23/12/2026." in message.body[0].lines
    assert len(message.body) == 1


def test_a_quoted_printable_body_is_decoded() -> None:
    text = "Zoë's conference is booked for Wednesday 16th December 2026 at 3.00pm. " * 3
    raw = mb.plain(text, cte="quoted-printable")
    assert b"=\r\n" in raw or b"=\n" in raw  # really soft-wrapped quoted-printable
    assert read_message(raw).body[0].lines == (text.rstrip(),)


def test_a_base64_body_is_decoded() -> None:
    raw = mb.plain("Conference for Zoë on 16/12/2026.", cte="base64")
    assert b"Conference" not in raw.split(b"\n\n", 1)[1]
    assert read_message(raw).body[0].lines == ("Conference for Zoë on 16/12/2026.",)


def test_latin1_bytes_declared_as_utf8_are_read_and_the_fault_recorded() -> None:
    raw = mb.raw_message(
        "Conference for Zoë Brontë.\r\n".encode("latin-1"),
        content_type='text/plain; charset="utf-8"',
    )
    message = read_message(raw)
    assert message.body[0].lines == ("Conference for Zoë Brontë.",)
    assert any("charset utf-8" in problem for problem in message.problems)
    assert not any("Zo" in problem for problem in message.problems)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_text_part_without_a_charset_is_read_as_utf8_or_windows_1252(encoding: str) -> None:
    raw = mb.raw_message("Zoë’s conference.\r\n".encode(encoding), content_type="text/plain")
    message = read_message(raw)
    assert message.body[0].lines == ("Zoë’s conference.",)
    assert message.problems == ()


def test_an_unknown_charset_is_read_anyway_and_recorded() -> None:
    raw = mb.raw_message(b"Plain words.\r\n", content_type="text/plain; charset=x-nonsense-9")
    message = read_message(raw)
    assert message.body[0].lines == ("Plain words.",)
    assert any("x-nonsense-9" in problem for problem in message.problems)


def test_a_message_without_a_body_keeps_its_attachment_and_says_so() -> None:
    raw = mb.raw_message(
        base64.b64encode(DOCX),
        content_type=f'{mb.DOCX_TYPE}; name="Form.docx"',
        cte="base64",
    )
    message = read_message(raw)
    assert message.body == ()
    assert [(p.filename, p.data) for p in message.parts] == [("Form.docx", DOCX)]
    assert message.problems == ("the message has no readable text body",)


def test_a_multipart_whose_boundary_never_appears_is_read_as_text() -> None:
    body = b"--wrong-boundary\r\nContent-Type: text/plain\r\n\r\nConference on 23/12/2026.\r\n"
    raw = mb.raw_message(body, content_type='multipart/mixed; boundary="expected"')
    message = read_message(raw)
    assert "Conference on 23/12/2026." in body_text(message)
    assert any("boundary" in problem for problem in message.problems)


def test_a_multipart_without_its_closing_boundary_still_gives_its_parts() -> None:
    body = (
        b"--b1\r\nContent-Type: text/plain\r\n\r\nThe body.\r\n"
        b"--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        b'filename="form.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + base64.b64encode(b"%PDF-1.7 pretend")
        + b"\r\n"
    )
    message = read_message(mb.raw_message(body, content_type='multipart/mixed; boundary="b1"'))
    assert body_text(message) == "The body."
    assert [(p.filename, p.data) for p in message.parts] == [("form.pdf", b"%PDF-1.7 pretend")]
    assert "a multipart section has no closing boundary" in message.problems


def test_damaged_base64_keeps_the_part_and_records_the_damage() -> None:
    body = (
        b"--b1\r\nContent-Type: text/plain\r\n\r\nThe body.\r\n"
        b"--b1\r\nContent-Type: application/pdf; name=form.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjc*!gcHJldGVuZA=\r\n--b1--\r\n"
    )
    message = read_message(mb.raw_message(body, content_type='multipart/mixed; boundary="b1"'))
    assert [p.filename for p in message.parts] == ["form.pdf"]
    assert message.parts[0].data.startswith(b"%PDF-1.7")
    assert any("base64" in problem for problem in message.problems)


def test_encoded_word_and_rfc2231_file_names_are_decoded() -> None:
    body = (
        b"--b1\r\nContent-Type: text/plain\r\n\r\nBody.\r\n"
        b"--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;\r\n"
        b' filename="=?utf-8?b?Qm9va2luZyBmb3JtIFpvw6sucGRm?="\r\n\r\nx\r\n'
        b"--b1\r\nContent-Type: application/msword\r\nContent-Disposition: attachment;\r\n"
        b" filename*0*=utf-8''Conf%C3%A9rence%20;\r\n filename*1*=form.doc\r\n\r\ny\r\n--b1--\r\n"
    )
    message = read_message(mb.raw_message(body, content_type='multipart/mixed; boundary="b1"'))
    assert [p.filename for p in message.parts] == ["Booking form Zoë.pdf", "Conférence form.doc"]


def test_a_tiny_winmail_dat_is_still_a_part() -> None:
    raw = mb.plain(
        "Body.", attachments=[("winmail.dat", b"\x78\x9f\x3e\x22", "application/ms-tnef")]
    )
    assert [(p.filename, p.data) for p in read_message(raw).parts] == [
        ("winmail.dat", b"\x78\x9f\x3e\x22")
    ]


def test_an_smime_encrypted_message_is_marked_encrypted_and_nothing_is_lost() -> None:
    raw = mb.raw_message(
        base64.b64encode(b"\x30\x82 pretend enveloped data"),
        content_type='application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
        cte="base64",
    )
    message = read_message(raw)
    assert message.encrypted is True
    assert message.problems == ("the message is S/MIME encrypted: its content was not read",)


def test_an_opaque_signed_smime_message_is_not_called_encrypted() -> None:
    raw = mb.raw_message(
        base64.b64encode(b"\x30\x82 pretend signed data"),
        content_type="application/pkcs7-mime; smime-type=signed-data; name=smime.p7m",
        cte="base64",
    )
    assert read_message(raw).encrypted is False


def test_a_detached_signature_is_not_an_attachment() -> None:
    body = (
        b"--s1\r\nContent-Type: text/plain\r\n\r\nSigned body.\r\n"
        b"--s1\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
        b"Content-Disposition: attachment; filename=smime.p7s\r\n\r\nMIIB\r\n--s1--\r\n"
    )
    raw = mb.raw_message(
        body, content_type='multipart/signed; protocol="application/pkcs7-signature"; boundary=s1'
    )
    message = read_message(raw)
    assert body_text(message) == "Signed body."
    assert message.parts == ()


def test_the_message_headers_are_read_into_the_message_info() -> None:
    raw = mb.plain(
        "Body.",
        sender="=?utf-8?q?Zo=C3=AB_Ellison?= <Zoe.Ellison@Leeds.gov.uk>",
        subject="=?utf-8?q?Conf=C3=A9rence?= booking",
        received=["from a by b; Tue, 24 Nov 2026 14:05:00 +0000"],
    )
    info = read_message(raw).info
    assert info.sender.address == "zoe.ellison@leeds.gov.uk"
    assert info.sender.display_name == "Zoë Ellison"
    assert info.subject == "Conférence booking"
    assert info.to == ("leeds.cppu.conferences@westyorkshire.police.uk",)
    assert info.message_id == "<test-1@leeds.gov.uk>"
    assert info.received_at is not None and info.received_at.hour == 14


# --- never raises -------------------------------------------------------------------------------

VALID = [
    mb.alternative("Plain.", TABLE_HTML, attachments=[("Form.docx", DOCX, mb.DOCX_TYPE)]),
    mb.forwarded("Cover.", mb.plain("Inner.", cte="base64"), filename="In.eml"),
    mb.outlook_forward("Cover.", mb.html_only(TABLE_HTML)),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_read_message_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    assert isinstance(read_message(raw), MimeMessage)


MIME_TOKENS = [
    b"Content-Type: multipart/mixed; boundary=x\r\n",
    b"Content-Type: multipart/alternative; boundary=y\r\n",
    b"--x\r\n", b"--y\r\n", b"--x--\r\n", b"\r\n", b"\r\n\r\n",
    b"Content-Type: message/rfc822\r\n",
    b"Content-Type: text/html; charset=bogus\r\n",
    b"Content-Type: text/plain; charset*=utf-8''%FF\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"Content-Disposition: attachment; filename*0*=x''a%; filename*1=b\r\n",
    b"From: =?utf-8?q?=FF?= <@>\r\n", b"MIME-Version: 1.0\r\n",
    b"Received: x; not a date\r\n", b"Date: Mon, 99 Foo 2026 99:99:99 +9999\r\n",
    b"<table><tr><td>a", b"=?x?b?AAA?=", b"QUJD\r\n", b"=\r\n", b"=FF", b"\xff\xfe",
    b" folded\r\n", b"To: a@b, , <c>\r\n", b"Content-Type: application/pkcs7-mime\r\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(MIME_TOKENS), max_size=40))
def test_read_message_reads_mime_shaped_garbage_without_falling_back(tokens: list[bytes]) -> None:
    message = read_message(b"".join(tokens))
    assert not any(p.startswith("the message could not be read") for p in message.problems)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(VALID))),
    st.lists(
        st.tuples(st.integers(0, 10**6), st.binary(max_size=8), st.integers(0, 8)), max_size=6
    ),
)
def test_read_message_never_raises_on_mutated_valid_emails(
    which: int, edits: list[tuple[int, bytes, int]]
) -> None:
    raw = bytearray(VALID[which])
    for position, insert, delete in edits:
        at = position % (len(raw) + 1)
        raw[at : at + delete] = insert
    message = read_message(bytes(raw))
    assert isinstance(message, MimeMessage)
    assert all(isinstance(part.data, bytes) for part in message.parts)


def test_read_message_never_raises_on_damaged_line_structure() -> None:
    rng = random.Random(7)
    for raw in VALID:
        lines = raw.split(b"\n")
        for _ in range(60):
            damaged = lines[:]
            for _ in range(3):
                del damaged[rng.randrange(len(damaged))]
            rng.shuffle(damaged[: rng.randrange(1, 8)])
            assert isinstance(read_message(b"\n".join(damaged)), MimeMessage)


@pytest.mark.skipif(not CPYTHON_MAIL.is_dir(), reason="libpython3.11-testsuite is not installed")
def test_read_message_reads_every_cpython_test_message_without_raising() -> None:
    files = sorted(p for p in CPYTHON_MAIL.iterdir() if p.is_file())
    assert files
    for path in files:
        message = read_message(path.read_bytes())
        assert isinstance(message, MimeMessage)
        assert not any(p.startswith("the message could not be read") for p in message.problems), (
            path.name
        )


def test_the_attachments_a_person_downloads_are_the_parts_the_parsers_read() -> None:
    """The desk lists `attachments(raw)`: a detached signature beside the form is not one of
    them, and a form inside a forwarded message is (issue 14 item 5: one attachment walk)."""
    inner = mb.plain("The request.", attachments=[("Form.docx", DOCX, mb.DOCX_TYPE)])
    forwarded = mb.forwarded("For action.", inner, filename="Request.eml")
    body = (
        b"--s1\r\nContent-Type: text/plain\r\n\r\nSigned body.\r\n"
        b"--s1\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=form.pdf\r\n\r\n%PDF-1.7\r\n"
        b"--s1\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
        b"Content-Disposition: attachment; filename=smime.p7s\r\n\r\nMIIB\r\n--s1--\r\n"
    )
    signed = mb.raw_message(
        body, content_type='multipart/signed; protocol="application/pkcs7-signature"; boundary=s1'
    )
    assert [(p.filename, p.origin) for p in attachments(forwarded)] == [
        ("Form.docx", "Request.eml")
    ]
    assert [p.filename for p in attachments(signed)] == ["form.pdf"]
    assert attachments(b"\xff\x00 not mail") == read_message(b"\xff\x00 not mail").parts


def test_a_part_labelled_latin_1_is_read_as_windows_1252() -> None:
    """Issue 11, set t: Outlook labels its smart quotes ISO-8859-1; as Latin-1 they were C1
    controls ("Clare\\x92s Law"). Browsers read the label as Windows-1252 (WHATWG)."""
    raw = (
        b"From: a@wakefield.gov.uk\r\nTo: b@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"Leah made a Clare\x92s Law request \x96 nothing to disclose.\r\n"
    )
    assert body_text(read_message(raw)) == "Leah made a Clare’s Law request – nothing to disclose."


def test_html_pasted_into_a_plain_text_body_is_read_as_its_table() -> None:
    """Issue 11, set t: a booking table copied out of a case system as raw tags."""
    text = (
        "Booking details below, sorry about the formatting.\n\n"
        '<table border="1"><tr><td><b>Child</b></td>'
        "<td>Frankie Moss &ndash; DOB 02/08/2019</td></tr>"
        "<tr><td><b>Written report sufficient</b></td><td>&#9746;</td></tr></table>\n\n"
        "Reason: <b> is how the system marks bold.\n"
    )
    lines = read_message(mb.plain(text)).body[0].lines
    assert f"Child{CELL}Frankie Moss – DOB 02/08/2019" in lines
    assert f"Written report sufficient{CELL}☒" in lines
    assert "Reason: <b> is how the system marks bold." in lines

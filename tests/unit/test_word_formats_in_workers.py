"""RTF and OpenDocument booking forms read end to end in the parse workers (issue 11), and a
legacy Word 97-2003 file that cannot be read staying an unreadable attachment named in the
manual-review reason."""

from __future__ import annotations

import datetime as dt

from parsers import Limits, ParsePool, parse_email
from parsers.records import AttachmentRole, ErrorKind, PoliceTick
from tests.builders import odt_builder as ob
from tests.builders.mail_builder import plain
from tests.unit.test_triage_helpers import run
from triage.records import Flag, Suggestion

FORM_LINES = (
    r"Initial Child Protection Conference\par "
    r"Date of conference:\tab Tuesday 12 January 2027\par Time:\tab 10:00\par "
    r"Venue:\tab Civic Centre, Wakefield\par "
)
RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}{\f1\fcharset128 MS Gothic;}}"
    + FORM_LINES
    + r"{\f1\u9746?} Police attendance required {\f1\u9744?} Written report sufficient\par}"
).encode("ascii")
ODT = ob.document(
    "".join(
        f"<text:p>{line}</text:p>"
        for line in FORM_LINES.replace(r"\tab ", " ").split(r"\par ")[:-1]
    )
    + f"<text:p>{ob.control('a')} Police attendance required "
    f"{ob.control('b')} Written report sufficient</text:p>",
    forms=ob.checkbox("a", current="unchecked") + ob.checkbox("b", current="checked"),
)
#: An OLE2 header and directory naming a WordDocument stream, cut off after 3.5 KB.
TRUNCATED_DOC = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
).ljust(3584, b"\x00")


def email(name: str, data: bytes) -> bytes:
    return plain(
        "Please find the booking form attached.",
        attachments=[(name, data, "application/octet-stream")],
        subject="ICPC booking",
        sender="cp.admin@wakefield.gov.uk",
    )


def test_rtf_and_odt_forms_are_read_in_the_workers_with_their_tick_boxes() -> None:
    with ParsePool(workers=1, limits=Limits(ocr=False)) as pool:
        from_rtf = parse_email(email("form.rtf", RTF), pool=pool)
        from_odt = parse_email(email("form.odt", ODT), pool=pool)
    for invitation, tick in (
        (from_rtf, PoliceTick.REQUIRED),
        (from_odt, PoliceTick.REPORT_SUFFICIENT),
    ):
        (form,) = invitation.attachments
        assert form.error is None
        assert form.role is AttachmentRole.BOOKING_FORM
        assert invitation.fields.police_tick is tick
        assert invitation.fields.date == dt.date(2027, 1, 12)


def test_a_truncated_word_97_file_stays_unreadable_and_the_reason_names_it() -> None:
    with ParsePool(workers=1, limits=Limits(ocr=False)) as pool:
        invitation = parse_email(email("KIRK booking.doc", TRUNCATED_DOC), pool=pool)
    (form,) = invitation.attachments
    assert (form.error_kind, form.role) == (ErrorKind.UNSUPPORTED, AttachmentRole.UNREADABLE)
    result = run(invitation)
    assert Flag.UNREADABLE_ATTACHMENT in result.flags
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert any("'KIRK booking.doc' could not be read" in r for r in result.decision.reasons)


def test_workbook_forms_are_read_in_the_workers_with_their_answers() -> None:
    """Set m, layout 63: an Excel (and a LibreOffice Calc) booking form was an unreadable
    attachment; in the workers it reads as a form, its TRUE/FALSE police cells the answer."""
    from tests.builders import xlsx_builder as xb
    from tests.builders.xlsx_builder import DATE, Num, Sheet

    workbook = xb.package(
        Sheet(
            "Conference",
            [
                ["Initial Child Protection Conference"],
                ["Date of conference", Num(xb.serial(2027, 1, 12), DATE)],
                ["West Yorkshire Police (tick one)"],
                ["Police attendance required", False],
                ["Written report sufficient", True],
            ],
        ),
        Sheet("Lists", [["Police attendance required"]], state="hidden"),
    )
    cells = "".join(
        f"<table:table-row><table:table-cell><text:p>{label}</text:p></table:table-cell>"
        f"<table:table-cell>{value}</table:table-cell></table:table-row>"
        for label, value in (
            ("Initial Child Protection Conference", ""),
            ("Date of conference", "<text:p>12/01/2027</text:p>"),
            ("Police attendance required", "<text:p>Yes</text:p>"),
        )
    )
    sheet = ob.spreadsheet(f'<table:table table:name="Form">{cells}</table:table>')
    with ParsePool(workers=1, limits=Limits(ocr=False)) as pool:
        from_xlsx = parse_email(email("ICPC booking.xlsx", workbook), pool=pool)
        from_ods = parse_email(email("ICPC booking.ods", sheet), pool=pool)
    for invitation, tick in (
        (from_xlsx, PoliceTick.REPORT_SUFFICIENT),
        (from_ods, PoliceTick.REQUIRED),
    ):
        (form,) = invitation.attachments
        assert form.error is None
        assert form.role is AttachmentRole.BOOKING_FORM
        assert invitation.fields.police_tick is tick
        assert invitation.fields.date == dt.date(2027, 1, 12)

"""Text files holding another format are read as that format (issue 11, set s, layout 93).

`parsers.text_containers`: a `.csv` export's rows are cells (label and value apart, a header
over rows a table); an MHTML web archive (`.mht`, multipart/related inside the file, its HTML
quoted-printable) is read by its HTML part. The files here are this file's own.
"""

from __future__ import annotations

import datetime as dt
import quopri

from parsers import parse_email
from parsers.records import CELL, PoliceTick
from parsers.text_containers import csv_lines, mhtml_html
from tests.builders.mail_builder import plain

_CSV = (
    "Field,Value\r\n"
    "Conference date,2026-12-14\r\n"
    "Start time,14:15\r\n"
    'Venue,"Civic Hall, Room 4"\r\n'
    "Child name,Ellis Varley\r\n"
    "Child DOB,2015-03-02\r\n"
    "Police attendance required,No\r\n"
    "Written report sufficient,Yes\r\n"
)

_HTML = (
    "<html><body><table>"
    "<tr><td>Conference</td><td>ICPC</td></tr>"
    "<tr><td>When</td><td>14/12/2026, 2:15pm</td></tr>"
    "<tr><td>Children</td><td>Ellis Varley \u2013 born 02/03/2015<br>"
    "Rosa Varley \u2013 born 11/07/2018</td></tr>"
    "</table></body></html>"
)


def _mhtml(html: str) -> bytes:
    boundary = "----=_archive_7f3a"
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by a browser>\r\n"
        "Subject: Conference record\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://portal.example.test/record/1\r\n\r\n"
        f"{body}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/css\r\n\r\n"
        "td{font-weight:bold}\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def test_a_csv_files_rows_are_cells_its_quoted_commas_kept() -> None:
    lines = csv_lines(_CSV, name="export.csv")
    assert lines is not None
    assert lines[3] == f"Venue{CELL}Civic Hall, Room 4"
    assert csv_lines(_CSV, name="notes.txt") is None  # a text file is read as text


def test_a_csv_export_attached_is_read_label_by_label() -> None:
    raw = plain("Export attached.", attachments=[("export.csv", _CSV.encode(), "text/csv")])
    fields = parse_email(raw).fields
    assert fields.time == dt.time(14, 15)
    assert fields.police_tick is PoliceTick.REPORT_SUFFICIENT
    assert [(c.name, c.date_of_birth) for c in fields.children] == [
        ("Ellis Varley", dt.date(2015, 3, 2))
    ]


def test_an_mhtml_archive_is_read_by_its_decoded_html_part() -> None:
    data = _mhtml(_HTML)
    assert mhtml_html(data) is not None
    assert mhtml_html(_HTML.encode()) is None
    raw = plain(
        "Record attached.",
        attachments=[("Conference record.mht", data, "application/octet-stream")],
    )
    inv = parse_email(raw)
    text = "\n".join(line for a in inv.attachments for p in a.pages for line in p.lines)
    assert "multipart/related" not in text
    assert "Content-Type" not in text
    assert [c.name for c in inv.fields.children] == ["Ellis Varley", "Rosa Varley"]

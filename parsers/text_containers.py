"""Text files that hold another format: a CSV export and an MHTML web archive (set s, layout 93).

Why: a case system's export attached as `.csv` was read as plain text, each row one line with
its commas ("Start time,13:30", 'Venue,"Reginald Centre, Chapeltown Road"'), so no label stood
apart from its value and nothing on it was read; a page saved from a portal as `.mht` is a MIME
message (multipart/related, its HTML quoted-printable) and was read as HTML with its MIME
headers, boundaries and "=" soft line breaks in the text ("Poppy Braml= ey").

What: a CSV file's rows become lines of cells — TAB between them, as every reader's tables are
(`parsers.records`) — so "label,value" rows are label and value, and a header over rows is a
table. An MHTML archive's HTML part, decoded, is what the HTML reader reads. Pure functions of
the bytes; the attachment reader (`parsers.attachment`) calls them.
"""

from __future__ import annotations

import csv
import email
import email.policy
import io
import re
from email.message import EmailMessage

from parsers.records import CELL

#: What a file's name ends with when its text is comma- or tab-separated values.
CSV_SUFFIXES = (".csv", ".tsv")
#: At most this many rows and cells a row are read from a CSV file (a sheet's limits:
#: `parsers.xlsx` reads 1,000 rows × 60 columns).
_MAX_ROWS = 1000
_MAX_CELLS = 60
#: An MHTML file opens with MIME headers and declares its parts multipart/related.
_MHTML_HEAD = re.compile(
    rb"^\s*(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart/related", re.I
)


def csv_lines(text: str, *, name: str) -> tuple[str, ...] | None:
    """The rows of a CSV (or TSV) file as lines of TAB-separated cells, blank cells at the end
    of a row dropped; None when `name` is no such file or the text is not one."""
    if not name.lower().endswith(CSV_SUFFIXES):
        return None
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel_tab if name.lower().endswith(".tsv") else csv.excel
    lines: list[str] = []
    try:
        for at, row in enumerate(csv.reader(io.StringIO(text), dialect)):
            if at >= _MAX_ROWS:
                break
            cells = [" ".join(cell.split()) for cell in row[:_MAX_CELLS]]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                lines.append(CELL.join(cells))
    except csv.Error:
        return None
    return tuple(lines)


def mhtml_html(data: bytes) -> str | None:
    """The decoded HTML part of an MHTML web archive; None when `data` is not one."""
    if not _MHTML_HEAD.match(data[:4096]):
        return None
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return None
    for part in message.walk():
        if part.get_content_type() == "text/html" and isinstance(part, EmailMessage):
            try:
                content = part.get_content()
            except (LookupError, ValueError):  # an unknown charset, a broken encoding
                return None
            return content if isinstance(content, str) else None
    return None

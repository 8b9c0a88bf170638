"""Raw emails built for tests with the standard library (`email.message.EmailMessage`).

Each function returns the bytes a mailbox would hold. Where the standard library refuses to
write what real senders write (a wrong charset, a missing boundary, Outlook's wrapped forward),
the bytes are assembled by hand and the docstring says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

SENDER = "Sarah Moorhouse <Sarah.Moorhouse@leeds.gov.uk>"
TO = "CPPU Conferences <leeds.cppu.conferences@westyorkshire.police.uk>"
SUBJECT = "Initial Child Protection Conference - MELLOR family"
DATE = "Tue, 24 Nov 2026 13:40:48 +0000"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
Attachment = tuple[str, bytes, str]  # (filename, data, "maintype/subtype")


def headers(
    msg: EmailMessage,
    *,
    subject: str = SUBJECT,
    sender: str = SENDER,
    to: str = TO,
    date: str | None = DATE,
    received: Sequence[str] = (),
) -> EmailMessage:
    """Standard headers; `received` are the Received: values, topmost (newest) first."""
    for value in received:
        msg["Received"] = value
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    msg["Message-ID"] = "<test-1@leeds.gov.uk>"
    return msg


def plain(
    text: str,
    *,
    cte: str | None = None,
    charset: str = "utf-8",
    attachments: Sequence[Attachment] = (),
    **header_args: object,
) -> bytes:
    """A text/plain email, optionally with attachments (then multipart/mixed)."""
    msg = headers(EmailMessage(), **header_args)  # type: ignore[arg-type]
    msg.set_content(text, charset=charset, cte=cte)
    _attach(msg, attachments)
    return msg.as_bytes()


def html_only(html: str, *, attachments: Sequence[Attachment] = (), **header_args: object) -> bytes:
    msg = headers(EmailMessage(), **header_args)  # type: ignore[arg-type]
    msg.set_content(html, subtype="html")
    _attach(msg, attachments)
    return msg.as_bytes()


def alternative(
    text: str, html: str, *, attachments: Sequence[Attachment] = (), **header_args: object
) -> bytes:
    """multipart/alternative (plain first, as RFC 2046 §5.1.4 orders them), in mixed if attached."""
    msg = headers(EmailMessage(), **header_args)  # type: ignore[arg-type]
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    _attach(msg, attachments)
    return msg.as_bytes()


def _attach(msg: EmailMessage, attachments: Sequence[Attachment]) -> None:
    for filename, data, media_type in attachments:
        maintype, subtype = media_type.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def forwarded(text: str, inner: bytes, *, filename: str | None = None) -> bytes:
    """A covering note with the original message attached as message/rfc822."""
    msg = headers(EmailMessage(), subject="FW: " + SUBJECT)
    msg.set_content(text)
    msg.add_attachment(_parsed(inner), filename=filename)
    return msg.as_bytes()


def _parsed(raw: bytes) -> EmailMessage:
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(parsed, EmailMessage)
    return parsed


def outlook_forward(text: str, inner: bytes, *, filename: str = "Original.eml") -> bytes:
    """Outlook's quirk, by hand: the rfc822 part's own headers are only `MIME-Version: 1.0`,
    then a blank line, then the real message's headers and body."""
    boundary = "----=_NextPart_outer"
    return b"\r\n".join(
        [
            b"From: " + SENDER.encode(),
            b"To: " + TO.encode(),
            b"Subject: FW: " + SUBJECT.encode(),
            b"Date: " + DATE.encode(),
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/mixed; boundary="' + boundary.encode() + b'"',
            b"",
            b"--" + boundary.encode(),
            b'Content-Type: text/plain; charset="utf-8"',
            b"",
            text.encode(),
            b"--" + boundary.encode(),
            b"Content-Type: message/rfc822",
            b"Content-Disposition: attachment;",
            b" filename*0*=us-ascii''" + filename[:5].encode() + b";",
            b" filename*1*=" + filename[5:].replace(" ", "%20").encode(),
            b"",
            b"MIME-Version: 1.0",
            b"",
            inner.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n").rstrip(b"\r\n"),
            b"--" + boundary.encode() + b"--",
            b"",
        ]
    )


def raw_message(
    body: bytes, *, content_type: str, cte: str = "8bit", extra_headers: Sequence[str] = ()
) -> bytes:
    """A message written by hand, for what EmailMessage will not write (wrong charsets…)."""
    lines = [
        f"From: {SENDER}",
        f"To: {TO}",
        f"Subject: {SUBJECT}",
        f"Date: {DATE}",
        "MIME-Version: 1.0",
        *extra_headers,
        f"Content-Type: {content_type}",
        f"Content-Transfer-Encoding: {cte}",
        "",
        "",
    ]
    return "\r\n".join(lines).encode() + body

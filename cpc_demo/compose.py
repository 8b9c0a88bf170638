"""Whole messages as the force's gateway receives them: Received and Authentication-Results
headers from `mx1.westyorkshire.police.uk`, Outlook-style multiparts, forwarded invitations
(attached message/rfc822 or inline "Forwarded message"), and several transfer encodings."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from email import charset as email_charset
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

from cpc_demo.scenarios import Scenario

GATEWAY = "mx1.westyorkshire.police.uk"
MAILBOXES = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference "
    "<cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees CPPU <kirklees.cppu@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU Conferences <bradford.cppu@westyorkshire.police.uk>",
}
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def sender_domain(s: Scenario, rng: random.Random) -> str:
    d = s.district
    return {
        "ok": rng.choice((f"{d}.gov.uk", f"{d}.gov.uk", f"secure.{d}.gov.uk")),
        "cjsm": f"{d}.gov.uk.cjsm.net",
        "lookalike_dash": f"{d}-gov.uk",
        "lookalike_suffix": f"{d}.gov.uk.example.com",
        "dmarc_fail": f"{d}.gov.uk",
    }[s.sender]


def address(name: str, domain: str) -> str:
    local = "".join(ch for ch in name.lower().replace(" ", ".") if ch.isalnum() or ch in ".-")
    return f"{name} <{local}@{domain}>"


def text_part(text: str, *, subtype: str, encoding: str) -> Message:
    """A text part in the scenario's encoding: QP, base64, latin-1 8bit or 7bit."""
    if encoding == "latin1":
        try:
            raw = text.encode("iso-8859-1")
        except UnicodeEncodeError:
            encoding = "qp"
        else:
            part = MIMENonMultipart("text", subtype, charset="iso-8859-1")
            part.set_payload(raw.decode("ascii", "surrogateescape"))
            part["Content-Transfer-Encoding"] = "8bit"
            return part
    if encoding == "7bit" and not text.isascii():
        encoding = "qp"
    cs = email_charset.Charset("utf-8")
    if encoding != "7bit":
        cs.body_encoding = email_charset.QP if encoding == "qp" else email_charset.BASE64
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, charset=cs if encoding != "7bit" else "us-ascii")
    return part


def attachment(data: bytes, filename: str) -> Message:
    subtype = "pdf" if filename.endswith(".pdf") else DOCX
    part = MIMEApplication(data, subtype, name=filename)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def assemble(body: Message, attachments: list[Message]) -> Message:
    if not attachments:
        return body
    outer = MIMEMultipart("mixed")
    for part in (body, *attachments):
        outer.attach(part)
    return outer


def headers(msg: Message, *, sender: str, to: str, subject: str, sent: datetime,
            rng: random.Random) -> None:  # fmt: skip
    msg["Message-ID"] = f"<{rng.getrandbits(96):024x}@{sender.rsplit('@', 1)[1].rstrip('>')}>"
    msg["Date"] = format_datetime(sent)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["X-Mailer"] = "Microsoft Outlook 16.0"


def transport(msg: Message, s: Scenario, domain: str, rng: random.Random) -> None:
    """Received (newest first, the gateway's on top) and Authentication-Results headers."""
    relay = f"{rng.choice(('mail1', 'smtp-out2', 'mx-out'))}.{domain}"
    inner = s.received - timedelta(seconds=rng.randint(30, 200))
    received = [
        f"from {relay} ({relay} [198.51.100.{rng.randint(2, 250)}]) by {GATEWAY} with ESMTPS "
        f"id {rng.getrandbits(40):010X}; {format_datetime(s.received)}",
        f"from EXCH0{rng.randint(1, 9)}.corp.local (10.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
        f".{rng.randint(1, 250)}) by {relay} with Microsoft SMTP Server; {format_datetime(inner)}",
    ]
    items = list(msg.items())
    for key in list(msg.keys()):
        del msg[key]
    for line in received:
        msg["Received"] = line
    verdict = _verdict(s, rng)
    spf = "pass" if verdict == "pass" else "softfail"
    if verdict:
        msg["Authentication-Results"] = (
            f"{GATEWAY}; dkim={verdict} header.d={domain}; spf={spf} "
            f"smtp.mailfrom={domain}; dmarc={verdict} (p=QUARANTINE) header.from={domain}"
        )
    for key, value in items:
        msg[key] = value


def _verdict(s: Scenario, rng: random.Random) -> str | None:
    if s.sender == "dmarc_fail":
        return "fail"
    if s.sender.startswith("lookalike"):
        return rng.choice((None, "pass"))  # a look-alike domain can pass its own DMARC
    return None if rng.random() < 0.1 else "pass"


def forward_attached(inner: Message, *, note: str, encoding: str) -> Message:
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(note, subtype="plain", encoding=encoding))
    wrapped = MIMEMessage(inner)
    wrapped.add_header("Content-Disposition", "attachment", filename="Forwarded message.eml")
    outer.attach(wrapped)
    return outer


def forward_inline_text(text: str, *, note: str, sender: str, to: str, subject: str,
                        sent: datetime) -> str:  # fmt: skip
    """The Outlook/Gmail inline forward: a header block, then the original body."""
    return (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\n"
        f"Date: {format_datetime(sent)}\nSubject: {subject}\nTo: {to}\n\n{text}"
    )


def sent_time(received: datetime, rng: random.Random) -> datetime:
    return received - timedelta(minutes=rng.randint(2, 40))


def forwarded_sent(received: datetime, rng: random.Random) -> datetime:
    return received - timedelta(days=rng.choice((0, 1, 2)), minutes=rng.randint(45, 200))

"""Mail sink: one e-mail per occurrence event to a tasking mailbox, over STARTTLS only.

- STARTTLS is required and the certificate and host name verified (gov.uk secure e-mail
  guidance: TLS 1.2+; RELIABILITY.md S12): a server that does not offer it is refused, never
  sent to in clear.
- By default the mail carries references, dates, statuses and codes only — no names, no
  venue, no reasons or evidence (`document.occurrence_document(include_personal=False)`); the
  reader opens the case in the desk. The subject starts with the protective marking.
- The Message-ID is derived from the delivery id, so an at-least-once redelivery can be
  recognised as the same mail by the receiving client (RELIABILITY.md R8).
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from typing import Any

from tasks.records import Occurrence
from tasks.sinks.base import SinkError, SinkRefused
from tasks.sinks.document import occurrence_document

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


class MailSink:
    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        to: str,
        tls: ssl.SSLContext,
        name: str = "mail",
        username: str | None = None,
        password: str | None = None,
        include_personal: bool = False,
        timeout: float = 30.0,
    ) -> None:
        if tls.verify_mode is not ssl.CERT_REQUIRED or not tls.check_hostname:
            raise ValueError("the SMTP TLS context must verify the certificate and host")
        self._host, self._port, self._timeout = host, port, timeout
        self._sender, self._to, self._tls, self._name = sender, to, tls, name
        self._username, self._password = username, password
        self._include_personal = include_personal

    def __repr__(self) -> str:
        return f"MailSink(name={self._name!r}, host={self._host!r}, to={self._to!r})"

    @property
    def name(self) -> str:
        return self._name

    @property
    def recipient(self) -> str:
        return f"mailto:{self._to}"

    def deliver(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> None:
        message = self.message_for(occurrence, event=event, delivery_id=delivery_id)
        try:
            with smtplib.SMTP(self._host, self._port, timeout=self._timeout) as smtp:
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise SinkRefused("the SMTP server does not offer STARTTLS")
                smtp.starttls(context=self._tls)
                smtp.ehlo()
                if self._username is not None and self._password is not None:
                    smtp.login(self._username, self._password)
                smtp.send_message(message)
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            raise SinkError(f"mail delivery failed: {type(exc).__name__}") from exc

    def message_for(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> EmailMessage:
        doc = occurrence_document(occurrence, include_personal=self._include_personal)
        marking = occurrence.marking or DEFAULT_MARKING
        conference = doc["conference"]
        message = EmailMessage()
        message["From"] = self._sender
        message["To"] = self._to
        message["Subject"] = (
            f"{marking} CPC {occurrence.id} {event.replace('_', ' ')}: "
            f"{occurrence.district or 'district unknown'} {conference['date'] or 'date unknown'}"
        )
        message["Message-ID"] = f"<{delivery_id}.{occurrence.id}@cpc-triage.invalid>"
        message.set_content(_body(doc, marking=marking, event=event))
        return message


def _body(doc: dict[str, Any], *, marking: str, event: str) -> str:
    conference = doc["conference"]
    lines = [
        marking,
        "",
        f"Occurrence: {doc['id']} ({doc['subtype']}), {event.replace('_', ' ')}",
        f"District: {doc['district']}",
        f"Conference: {conference['date']} {conference['start'] or ''}".rstrip(),
        f"Council reference: {conference['la_reference'] or '-'}",
        "",
    ]
    for task in doc["tasks"]:
        lines.append(
            f"Task {task['id']} [{task['status']}] queue {task['queue']}: suggested "
            f"{task['suggested']}, report due {task['report_due'] or '-'}"
            + (f", flags {', '.join(task['flags'])}" if task["flags"] else "")
        )
    for nominal in doc.get("nominals", []):
        lines.append(f"{nominal['role']}: {nominal['name']} {nominal['dob'] or ''}".rstrip())
    lines += ["", "Open the case in the cpc-triage desk for the details and evidence.", marking]
    return "\n".join(lines) + "\n"

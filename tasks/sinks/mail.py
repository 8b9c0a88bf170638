"""Mail sink: one e-mail per occurrence event to a tasking mailbox, through the mail-out port.

- The mail goes out through `tasks.mailout.MailOut`, the one way out for mail (the digest's
  too): in production an `SmtpRelay` with STARTTLS required and the certificate and host name
  verified (gov.uk secure e-mail guidance: TLS 1.2+; RELIABILITY.md S12) — a server that does
  not offer it is refused, never sent to in clear.
- By default the mail carries references, dates, statuses and codes only — no names, no
  venue, no reasons or evidence (`document.occurrence_document(include_personal=False)`); the
  reader opens the case in the desk. The subject starts with the protective marking.
- The Message-ID is derived from the delivery id, so an at-least-once redelivery can be
  recognised as the same mail by the receiving client (RELIABILITY.md R8).
"""

from __future__ import annotations

from typing import Any

from tasks.mailout import MailOut, OutgoingMail
from tasks.records import Occurrence
from tasks.sinks.document import occurrence_document

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


class MailSink:
    def __init__(
        self,
        *,
        mailout: MailOut,
        sender: str,
        to: str,
        name: str = "mail",
        include_personal: bool = False,
    ) -> None:
        self._mailout, self._sender, self._to, self._name = mailout, sender, to, name
        self._include_personal = include_personal

    def __repr__(self) -> str:
        return f"MailSink(name={self._name!r}, via={self._mailout.name!r}, to={self._to!r})"

    @property
    def name(self) -> str:
        return self._name

    @property
    def recipient(self) -> str:
        return f"mailto:{self._to}"

    def deliver(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> None:
        """Raises `tasks.delivery.DeliveryError` (or its `DeliveryRefused`) from the port."""
        self._mailout.send(self.mail_for(occurrence, event=event, delivery_id=delivery_id))

    def mail_for(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> OutgoingMail:
        doc = occurrence_document(occurrence, include_personal=self._include_personal)
        marking = occurrence.marking or DEFAULT_MARKING
        conference = doc["conference"]
        return OutgoingMail(
            sender=self._sender,
            to=(self._to,),
            subject=(
                f"{marking} CPC {occurrence.id} {event.replace('_', ' ')}: "
                f"{occurrence.district or 'district unknown'} "
                f"{conference['date'] or 'date unknown'}"
            ),
            text=_body(doc, marking=marking, event=event),
            message_id=f"<{delivery_id}.{occurrence.id}@cpc-triage.invalid>",
        )


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

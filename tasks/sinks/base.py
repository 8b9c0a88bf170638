"""The `Sink` port: somewhere an occurrence is exported to (STYLE.md habit 4).

Adapters: `folder.FolderSink` (JSON + XML drop folder), `webhook.WebhookSink` (HTTPS POST),
`mail.MailSink` (an e-mail to a tasking mailbox, over the one mail-out port `tasks.mailout`).
Deliveries are at-least-once through the outbox (`tasks.sinks.outbox`), so every sink must
tolerate the same `delivery_id` twice.

Errors are the one pair every delivery raises (`tasks.delivery`): `DeliveryError` (retry
later; `retry_after` hints when) and its `DeliveryRefused` (a refusal: 4xx, no STARTTLS).
"""

from __future__ import annotations

from typing import Protocol

from tasks.records import Occurrence


class Sink(Protocol):
    @property
    def name(self) -> str:
        """The configured name, as written in `outbox.sink`."""
        ...

    @property
    def recipient(self) -> str:
        """Who receives the data, for the s.62(3) disclosure row ("https://host/path")."""
        ...

    def deliver(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> None:
        """Send it, or raise `DeliveryError`; the same `delivery_id` may arrive twice."""
        ...

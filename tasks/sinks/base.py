"""The `Sink` port: somewhere an occurrence is exported to (STYLE.md habit 4).

Adapters: `folder.FolderSink` (JSON + XML drop folder), `webhook.WebhookSink` (HTTPS POST),
`mail.MailSink` (an e-mail to a tasking mailbox). Deliveries are at-least-once through the
outbox (`tasks.sinks.outbox`), so every sink must tolerate the same `delivery_id` twice.

Errors:
    SinkError            the delivery did not happen; `retry_after` hints when to try again
     └── SinkRefused     a permanent refusal (4xx, no STARTTLS): retrying will not help soon
"""

from __future__ import annotations

from typing import Protocol

from tasks.records import Occurrence


class SinkError(RuntimeError):
    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SinkRefused(SinkError):
    pass


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
        """Send it, or raise `SinkError`; the same `delivery_id` may arrive twice."""
        ...

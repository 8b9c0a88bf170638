"""A message's headers and a page of text, as the field readers take them (unit tests)."""

from __future__ import annotations

from datetime import UTC, datetime

from parsers.records import Mailbox, MessageInfo, Page


def message_info(
    subject: str = "ICPC",
    *,
    sender: str = "cp@wakefield.gov.uk",
    sent: datetime = datetime(2027, 1, 6, 9, 0, tzinfo=UTC),
) -> MessageInfo:
    """Headers of a message received when it was sent, with no authentication results."""
    return MessageInfo(
        message_id="<m@x>", sender=Mailbox(sender, None), to=(), subject=subject,
        date_header=sent, received_at=sent, authentication_results=(),
    )  # fmt: skip


def text_page(location: str, text: str = "x") -> Page:
    """A page of `text`, one line a line."""
    return Page(location=location, lines=tuple(text.split("\n")))

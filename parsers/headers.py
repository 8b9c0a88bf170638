"""What the message headers say: sender, recipients, subject, ids and the day received.

Pure helpers over a parsed `email.message.Message`; `parsers.mime.read_message` calls them.
Each header value is read with the modern policy (`email.policy.default`: RFC 2047 encoded
words, RFC 5322 address lists) and, when that policy chokes on a malformed value, again with
the old `compat32` decoder, and finally as the raw text (habit 5: bad input is data). None of
these helpers raises on a bad header: an unreadable value is simply absent.

The day received (POLICY.md "The day received"): the date of the newest `Received:` header —
the topmost one, since each relay prepends its own (RFC 5321 §4.4) — taken from after its last
`;` (RFC 5322 §3.6.7), else the `Date:` header, in Europe/London. A date that does not parse is
skipped and the next candidate used.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.headerregistry import AddressHeader, BaseHeader
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from parsers.records import LONDON, Mailbox, MessageInfo

_FOLD = re.compile(r"\r?\n[ \t]*")
_MSG_ID = re.compile(r"<[^<>\s]*>")


def message_info(msg: Message) -> MessageInfo:
    """Everything `MessageInfo` records about one message's headers."""
    return MessageInfo(
        message_id=message_id(msg),
        sender=sender(msg),
        to=to_addresses(msg),
        subject=subject(msg),
        date_header=date_header(msg),
        received_at=received_at(msg),
        authentication_results=authentication_results(msg),
        in_reply_to=in_reply_to(msg),
        references=references(msg),
    )


def raw_values(msg: Message, name: str) -> list[str]:
    """Every raw value of header `name`, top to bottom, unfolded, undecoded."""
    wanted = name.lower()
    found = []
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            text = value if isinstance(value, str) else str(value)
            found.append(_FOLD.sub(" ", text).strip())
    return found


def decoded_values(msg: Message, name: str) -> list[str]:
    """Every value of header `name`, top to bottom, with encoded words decoded."""
    return [_decoded(name, raw) for raw in raw_values(msg, name)]


def _decoded(name: str, raw: str) -> str:
    modern = _modern_header(name, raw)
    if modern is not None:
        return str(modern).strip()
    try:  # the modern parser rejected it: the compat32 decoder is more forgiving
        return str(make_header(decode_header(raw))).strip()
    except Exception:  # not even compat32 can decode it: keep the raw text
        return raw


def _modern_header(name: str, raw: str) -> BaseHeader | None:
    try:
        header = policy.default.header_factory(name, raw)
    except Exception:  # a value the modern policy chokes on: the caller falls back
        return None
    return header if isinstance(header, BaseHeader) else None


def sender(msg: Message) -> Mailbox:
    """The `From:` mailbox: the address lower-cased and the display name, each None if absent."""
    values = raw_values(msg, "From")
    if not values:
        return Mailbox(address=None, display_name=None)
    pairs = _address_pairs("From", values[0])
    if not pairs:
        return Mailbox(address=None, display_name=None)
    name, address = pairs[0]
    return Mailbox(address=address.lower() or None, display_name=name or None)


def to_addresses(msg: Message) -> tuple[str, ...]:
    """The `To:` addresses, lower-cased, in order."""
    pairs = [pair for raw in raw_values(msg, "To") for pair in _address_pairs("To", raw)]
    return tuple(address.lower() for _, address in pairs if address)


def _address_pairs(name: str, raw: str) -> list[tuple[str, str]]:
    """(display name, address) pairs: the modern parser first, `getaddresses` if it fails."""
    header = _modern_header(name, raw)
    if isinstance(header, AddressHeader):
        try:
            return [(a.display_name, a.addr_spec) for a in header.addresses if "@" in a.addr_spec]
        except Exception:  # a malformed address list: the lenient parser below reads it
            header = None
    pairs = getaddresses([_decoded(name, raw)])
    return [(n.strip(), a.strip()) for n, a in pairs if "@" in a]


def subject(msg: Message) -> str | None:
    values = decoded_values(msg, "Subject")
    return values[0] if values else None


def message_id(msg: Message) -> str | None:
    return _first(raw_values(msg, "Message-ID"))


def in_reply_to(msg: Message) -> str | None:
    return _first(raw_values(msg, "In-Reply-To"))


def _first(values: list[str]) -> str | None:
    return next((value for value in values if value), None)


def references(msg: Message) -> tuple[str, ...]:
    """The message ids of `References:`, in order (RFC 5322 §3.6.4)."""
    text = " ".join(raw_values(msg, "References"))
    ids = _MSG_ID.findall(text)
    return tuple(ids) if ids else tuple(text.split())


def authentication_results(msg: Message) -> tuple[str, ...]:
    """The raw `Authentication-Results:` values, top (newest) first (RFC 8601)."""
    return tuple(raw_values(msg, "Authentication-Results"))


def date_header(msg: Message) -> datetime | None:
    """The `Date:` header as an aware datetime (UTC when the zone is unknown), or None."""
    for raw in raw_values(msg, "Date"):
        parsed = _parse_date(raw)
        if parsed is not None:
            return parsed
    return None


def received_at(msg: Message) -> datetime | None:
    """The newest parseable `Received:` date, else `Date:`, in Europe/London (POLICY.md)."""
    for raw in raw_values(msg, "Received"):
        if ";" in raw:
            parsed = _parse_date(raw.rsplit(";", 1)[1])
            if parsed is not None:
                return parsed.astimezone(LONDON)
    sent = date_header(msg)
    return sent.astimezone(LONDON) if sent is not None else None


def _parse_date(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000": the zone is unknown (RFC 5322 §3.3); read it as UTC
        parsed = parsed.replace(tzinfo=UTC)
    return parsed

"""Header helpers: the day received (POLICY.md), the sender, ids and authentication results."""

from __future__ import annotations

from datetime import datetime
from email.message import Message
from zoneinfo import ZoneInfo

from parsers import headers
from parsers.mime import parse_bytes

LONDON = ZoneInfo("Europe/London")


def message(*lines: str) -> Message:
    return parse_bytes(("\r\n".join(lines) + "\r\n\r\nBody.\r\n").encode())


def test_the_newest_received_header_gives_the_day_received() -> None:
    msg = message(
        "Received: from relay by mx1; Wed, 09 Dec 2026 12:00:00 +0000",
        "Received: from exch by relay; Wed, 09 Dec 2026 11:59:13 +0000",
        "Date: Mon, 07 Dec 2026 09:00:00 +0000",
    )
    assert headers.received_at(msg) == datetime(2026, 12, 9, 12, 0, tzinfo=LONDON)


def test_the_date_after_the_last_semicolon_is_read_from_a_folded_received_header() -> None:
    msg = message(
        "Received: from smtp (host [198.51.100.1]) by mx1 with ESMTPS id 8F2;",
        " params; Tue, 08 Dec 2026",
        " 16:40:00 +0000",
    )
    assert headers.received_at(msg) == datetime(2026, 12, 8, 16, 40, tzinfo=LONDON)


def test_an_unparseable_received_date_is_skipped_for_the_next_one() -> None:
    msg = message(
        "Received: from relay by mx1; yesterday-ish",
        "Received: from relay by mx1 with no date at all",
        "Received: from exch by relay; Tue, 24 Nov 2026 14:04:14 +0000",
        "Date: Mon, 23 Nov 2026 09:00:00 +0000",
    )
    assert headers.received_at(msg) == datetime(2026, 11, 24, 14, 4, 14, tzinfo=LONDON)


def test_without_received_headers_the_date_header_is_used() -> None:
    msg = message("Date: Mon, 07 Dec 2026 09:00:00 +0000")
    assert headers.received_at(msg) == datetime(2026, 12, 7, 9, 0, tzinfo=LONDON)


def test_the_day_received_is_in_london_time_across_midnight_in_summer() -> None:
    msg = message("Received: from a by b; Mon, 15 Jun 2026 23:30:00 +0000")
    received = headers.received_at(msg)
    assert received is not None
    assert received.date().isoformat() == "2026-06-16"
    assert received.utcoffset() is not None and received.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert received.tzinfo == LONDON


def test_a_foreign_offset_is_converted_to_london() -> None:
    msg = message("Date: Tue, 01 Dec 2026 02:00:00 +0500")
    assert headers.received_at(msg) == datetime(2026, 11, 30, 21, 0, tzinfo=LONDON)


def test_no_parseable_date_at_all_gives_none() -> None:
    msg = message("Received: from a by b; garbage", "Date: not a date")
    assert headers.received_at(msg) is None
    assert headers.date_header(msg) is None


def test_an_unknown_zone_is_read_as_utc() -> None:
    msg = message("Date: Tue, 01 Dec 2026 10:00:00 -0000")
    sent = headers.date_header(msg)
    assert sent is not None and sent.utcoffset() is not None
    assert sent.isoformat() == "2026-12-01T10:00:00+00:00"


def test_the_sender_address_is_lower_cased_and_its_encoded_name_decoded() -> None:
    msg = message("From: =?utf-8?q?Zo=C3=AB_Ellison?= <Zoe.ELLISON@Leeds.GOV.uk>")
    sender = headers.sender(msg)
    assert (sender.address, sender.display_name, sender.domain) == (
        "zoe.ellison@leeds.gov.uk",
        "Zoë Ellison",
        "leeds.gov.uk",
    )


def test_a_missing_or_broken_from_gives_an_empty_mailbox_not_an_error() -> None:
    assert headers.sender(message("Subject: x")).address is None
    broken = headers.sender(message("From: <<<@@>>> ,,, ;"))
    assert broken.address is None or "@" in broken.address


def test_a_bare_address_without_a_display_name() -> None:
    sender = headers.sender(message("From: cp.bookings@wakefield-gov.uk"))
    assert (sender.address, sender.display_name) == ("cp.bookings@wakefield-gov.uk", None)


def test_to_addresses_come_from_every_to_header_in_order() -> None:
    msg = message("To: A <A@x.org>, b@Y.org", "To: c@z.org")
    assert headers.to_addresses(msg) == ("a@x.org", "b@y.org", "c@z.org")


def test_authentication_results_are_kept_raw_and_in_order() -> None:
    msg = message(
        "Authentication-Results: mx1.police.uk; dkim=pass",
        " header.d=leeds.gov.uk; dmarc=pass",
        "Authentication-Results: mx0.police.uk; spf=fail",
    )
    assert headers.authentication_results(msg) == (
        "mx1.police.uk; dkim=pass header.d=leeds.gov.uk; dmarc=pass",
        "mx0.police.uk; spf=fail",
    )


def test_ids_subject_and_threading_headers_are_read() -> None:
    msg = message(
        "Message-ID: <abc@leeds.gov.uk>",
        "In-Reply-To: <prev@leeds.gov.uk>",
        "References: <one@x> <two@x>",
        " <three@x>",
        "Subject: =?iso-8859-1?q?R=E9union?= - ICPC",
    )
    info = headers.message_info(msg)
    assert info.message_id == "<abc@leeds.gov.uk>"
    assert info.in_reply_to == "<prev@leeds.gov.uk>"
    assert info.references == ("<one@x>", "<two@x>", "<three@x>")
    assert info.subject == "Réunion - ICPC"


def test_a_subject_the_modern_policy_cannot_decode_is_still_read() -> None:
    msg = message("Subject: =?unknown-8?q?caf=E9?= booking")
    subject = headers.subject(msg)
    assert subject is not None and "booking" in subject

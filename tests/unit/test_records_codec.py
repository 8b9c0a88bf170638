"""A worker's Invitation as JSON and back: exact for what the parsers make, strict for the rest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_email
from parsers.records import BookingFields, Invitation, Mailbox, MessageInfo, Page
from parsers.records_codec import decode_invitation, encode_invitation

SAMPLES = sorted((Path(__file__).parents[1] / "corpus" / "samples").glob("*.eml"))
LONDON = ZoneInfo("Europe/London")


def an_invitation(**message: object) -> Invitation:
    info = MessageInfo(
        message_id="<1@leeds.gov.uk>",
        sender=Mailbox("sarah.moorhouse@leeds.gov.uk", "Sarah Moorhouse"),
        to=("cppu@westyorkshire.police.uk",),
        subject="ICPC",
        date_header=None,
        received_at=None,
        authentication_results=(),
    )
    return Invitation(
        message=dataclasses.replace(info, **message),  # type: ignore[arg-type]
        body=(Page("body", ("Conference on 3 Dec 2026",)),),
        attachments=(),
        fields=BookingFields(),
    )


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:2])
def test_every_public_sample_comes_back_equal(path: Path) -> None:
    invitation = parse_email(path.read_bytes())
    back = decode_invitation(encode_invitation(invitation))
    assert back == invitation
    assert repr(back) == repr(invitation)  # the same types all through (tuples, enums, dates)


def test_the_day_received_keeps_its_zone_and_the_repeated_hour_its_fold() -> None:
    # 01:30 comes twice on 25 Oct 2026; fold=1 is the second time, in GMT
    second = dt.datetime(2026, 10, 25, 1, 30, tzinfo=LONDON, fold=1)
    back = decode_invitation(encode_invitation(an_invitation(received_at=second)))
    assert back.message.received_at is not None
    assert back.message.received_at.tzinfo is LONDON
    assert back.message.received_at.fold == 1
    assert back.message.received_at.utcoffset() == dt.timedelta(0)


def test_a_fixed_offset_and_a_date_without_zone_come_back_as_they_were() -> None:
    plus_one = dt.datetime(2026, 11, 24, 13, 40, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    naive = dt.datetime(2026, 11, 24, 13, 40)
    invitation = an_invitation(date_header=plus_one, received_at=naive)
    back = decode_invitation(encode_invitation(invitation))
    assert back == invitation
    assert back.message.date_header is not None and back.message.received_at is not None
    assert back.message.date_header.utcoffset() == dt.timedelta(hours=1)
    assert back.message.received_at.tzinfo is None


class _OddZone(dt.tzinfo):
    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def dst(self, when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, when: dt.datetime | None) -> str:
        return "odd"


def test_a_value_the_codec_cannot_carry_exactly_is_refused_when_encoding() -> None:
    odd = dt.datetime(2026, 11, 24, tzinfo=_OddZone())
    with pytest.raises(TypeError):
        encode_invitation(an_invitation(received_at=odd))


def _good() -> dict[str, object]:
    document = json.loads(encode_invitation(parse_email(SAMPLES[0].read_bytes())))
    assert isinstance(document, dict)
    return document


def _broken(change: str) -> bytes:
    document = _good()
    message = document["message"]
    fields = document["fields"]
    assert isinstance(message, dict) and isinstance(fields, dict)
    if change == "missing field":
        del document["problems"]
    elif change == "unknown field":
        document["run"] = "code"
    elif change == "string for a number":
        document["attachments"][0]["size"] = "12"  # type: ignore[index]
    elif change == "unknown enum value":
        fields["police_tick"] = "whatever"
    elif change == "unknown time zone":
        message["received_at"] = {"at": "2026-11-24T13:40:00", "fold": 0, "tz": {"zone": "Mars/X"}}
    elif change == "offset over a day":
        message["received_at"] = {
            "at": "2026-11-24T13:40:00",
            "fold": 0,
            "tz": {"offset": 1e300, "name": "x"},
        }
    elif change == "list for a tuple of strings":
        message["to"] = "cppu@westyorkshire.police.uk"
    elif change == "number in a page's lines":
        document["body"][0]["lines"] = [1]  # type: ignore[index]
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(b"\x80\x04K\x01.", id="a pickle"),
        pytest.param(b"[]", id="not an object"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested too deeply"),
        pytest.param(b"\xff\xfe", id="not UTF-8"),
        *(
            pytest.param(change, id=change)
            for change in (
                "missing field",
                "unknown field",
                "string for a number",
                "unknown enum value",
                "unknown time zone",
                "offset over a day",
                "list for a tuple of strings",
                "number in a page's lines",
            )
        ),
    ],
)
def test_a_malformed_answer_is_refused(answer: bytes | str) -> None:
    raw = _broken(answer) if isinstance(answer, str) else answer
    with pytest.raises(ValueError):
        decode_invitation(raw)


def test_the_unbroken_document_is_accepted() -> None:
    """The fixture the malformed answers are made from is itself well formed."""
    assert decode_invitation(json.dumps(_good()).encode()) == parse_email(SAMPLES[0].read_bytes())


def _python_calls(action: object, name: str) -> int:
    """How often a Python function called `name` runs during `action()`."""
    import sys
    from types import FrameType
    from typing import Any

    count = 0

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call" and frame.f_code.co_name == name:
            count += 1

    sys.setprofile(hook)
    try:
        action()  # type: ignore[operator]
    finally:
        sys.setprofile(None)
    return count


def test_a_page_s_lines_cross_without_a_question_each() -> None:
    """Issue 11: an email's lines are most of an answer; each was walked through every
    question a record, an enum or a date needs, both ways, in the worker and the command."""
    lines = tuple(f"Line {n} of the minutes: attendance noted" for n in range(200))
    invitation = dataclasses.replace(an_invitation(), body=(Page("body", lines),))
    raw = encode_invitation(invitation)
    assert decode_invitation(raw) == invitation
    assert _python_calls(lambda: encode_invitation(invitation), "is_dataclass") < 50
    assert _python_calls(lambda: decode_invitation(raw), "get_origin") < 50
    document = json.loads(raw)  # and a line that is no string is still refused
    document["body"][0]["lines"][3] = 7
    with pytest.raises(ValueError, match="expected str"):
        decode_invitation(json.dumps(document).encode())

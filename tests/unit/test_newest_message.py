"""Where a thread's newest message ends: above the first message it quotes or forwards, in the
header styles of the mail programs councils use (issue 11; docs/libraries-weighed.md)."""

from __future__ import annotations

import pytest

from parsers.fields_tick import police_tick
from parsers.labels import newest_message
from parsers.records import Page, PoliceTick

_NEWEST = (
    "Further to the request below: a written report will be sufficient - police attendance "
    "is not required."
)
_QUOTED = "Police: the Chair would like police to attend."


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "-------- Forwarded Message --------",
        "----- Forwarded by Jo Bloggs/Children/LCC on 07/12/2026 09:12 -----",
        "----- Forwarded by Jo Bloggs on 07/12/2026 09:12 AM -----",
    ],
)
def test_a_dashed_separator_that_names_a_forward_or_the_original_ends_the_newest_message(
    separator: str,
) -> None:
    body = f"{_NEWEST}\n\nThanks\n\n{separator}\n\nICPC booking\n{_QUOTED}"
    newest = newest_message(body)
    assert _NEWEST in newest
    assert _QUOTED not in newest


def test_a_lotus_notes_forward_lets_the_newest_message_answer_the_police_question() -> None:
    body = (
        _NEWEST,
        "",
        "----- Forwarded by Jo Bloggs/Children/LCC on 07/12/2026 09:12 -----",
        "",
        _QUOTED,
    )
    assert police_tick([Page("body", body)]) is PoliceTick.REPORT_SUFFICIENT


def test_a_dashed_rule_inside_a_message_is_not_a_quote() -> None:
    body = f"{_NEWEST}\n\n----- Section 2 -----\n{_QUOTED}"
    assert newest_message(body) == body

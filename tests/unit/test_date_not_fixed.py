"""A conference date the form says is not fixed yet is missing, whatever other dates the mail
holds (POLICY.md: `missing_conference_date`, so a person looks; issue 11, set y). Every wording
here is the test's own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import parse_email
from parsers.records import Invitation
from tests.builders.mail_builder import plain
from tests.unit.test_triage_helpers import run
from triage.records import Suggestion

REF = dt.date(2026, 12, 1)
SENDER = "Nadia Rashid <nadia.rashid@kirklees.gov.uk>"
RECEIVED = ["by mx1.westyorkshire.police.uk; Tue, 1 Dec 2026 09:12:00 +0000"]


def _email(text: str) -> Invitation:
    return parse_email(plain(text, sender=SENDER, received=RECEIVED))


@pytest.mark.parametrize(
    "value",
    [
        "To be arranged - the chair will confirm (strategy meeting held 27/11/2026)",
        "TBC, we are waiting for a chair; it must be held by 18/12/2026",
        "Awaiting a date from the Safeguarding Unit",
        "not yet set",
    ],
)
def test_a_conference_date_not_fixed_yet_is_missing_whatever_other_dates_the_mail_holds(
    value: str,
) -> None:
    text = (
        "Initial Child Protection Conference\n"
        f"Date of conference: {value}\n"
        "Venue: TBC\n"
        "Child: Ellie Dawson DOB 01/05/2016\nMother: Kim Dawson\n"
        "Reason for conference: physical abuse; father arrested on 25/11/2026 and bailed.\n"
        "Police attendance required: Yes\n"
        "Reports to the chair by 10/12/2026 please."
    )
    invitation = _email(text)
    assert invitation.fields.date is None
    result = run(invitation, received=REF)
    assert "missing_conference_date" in {f.value for f in result.flags}
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW


def test_a_date_given_with_something_else_to_be_confirmed_is_the_date() -> None:
    invitation = _email("Date of conference: 14/12/2026 (room TBC)\nChild: Ellie Dawson")
    assert invitation.fields.date == dt.date(2026, 12, 14)

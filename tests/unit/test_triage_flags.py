"""Flags and the manual-review rule (POLICY.md "Flags", "Decision" rule 1, sender allow-lists)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from parsers.records import ConferenceKind, Invitation, MessageKind, PoliceTick
from tests.unit.test_triage_helpers import attachment, invitation, run
from triage.records import Flag, Suggestion

TRUSTED = "mx1.westyorkshire.police.uk"


def flags(inv: object, **kw: object) -> set[str]:
    return {f.value for f in run(inv, **kw).flags}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sender",
    [
        "a@wakefield.gov.uk",
        "a@mail.wakefield.gov.uk",
        "a@wakefield.gov.uk.cjsm.net",
        "A@LEEDS.GOV.UK",
    ],
)
def test_council_addresses_subdomains_and_cjsm_are_verified(sender: str) -> None:
    assert "unverified_sender" not in flags(invitation("Text.", sender=sender))


@pytest.mark.parametrize(
    "sender",
    [
        "a@wakefield-gov.uk",
        "a@wakefield.gov.uk.example.com",
        "a@notwakefield.gov.uk",
        "a@gmail.com",
    ],
)
def test_look_alike_senders_are_unverified_and_go_to_manual_review(sender: str) -> None:
    result = run(invitation("Mr Cole is a registered sex offender.", sender=sender))
    assert "unverified_sender" in {f.value for f in result.flags}
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert [c.criterion.value for c in result.criteria] == ["registered_sex_offender"]


def test_a_trusted_authentication_failure_makes_the_sender_unverified() -> None:
    header = f"{TRUSTED}; dmarc=fail (p=none) header.from=wakefield.gov.uk; spf=pass"
    assert "unverified_sender" in flags(invitation("Text.", auth=(header,)))


@pytest.mark.parametrize(
    "authserv", ["mx2.westyorkshire.police.uk", "gateway.eu.westyorkshire.police.uk"]
)
def test_a_failure_reported_by_another_of_the_forces_servers_is_believed(authserv: str) -> None:
    """Issue 11, set r: the force's second MX, not on the trusted list, reported dkim and dmarc
    failures for a spoofed council address, and the invitation was filed as attend."""
    header = (
        f"{authserv}; dkim=fail header.d=wakefield.gov.uk; dmarc=fail header.from=wakefield.gov.uk"
    )
    assert "unverified_sender" in flags(invitation("Text.", auth=(header,)))


@pytest.mark.parametrize(
    "authserv", ["westyorkshire.police.uk.attacker.example", "evilwestyorkshire.police.uk"]
)
def test_a_look_alike_of_the_forces_domain_is_not_one_of_its_servers(authserv: str) -> None:
    header = f"{authserv}; dmarc=fail header.from=wakefield.gov.uk"
    assert "unverified_sender" not in flags(invitation("Text.", auth=(header,)))


def test_an_authentication_result_from_another_server_is_ignored() -> None:
    header = "mx.attacker.example; dmarc=fail header.from=wakefield.gov.uk"
    passing = f"{TRUSTED}; dkim=pass; spf=pass; dmarc=pass"
    assert "unverified_sender" not in flags(invitation("Text.", auth=(header, passing)))


@pytest.mark.parametrize(
    ("changes", "flag"),
    [
        ({"message_kind": MessageKind.PORTAL_NOTICE}, "encrypted_unreadable"),
        ({"encrypted": True}, "encrypted_unreadable"),
        ({"message_kind": MessageKind.MINUTES}, "not_an_invitation"),
        ({"message_kind": MessageKind.REPLY}, "not_an_invitation"),
        ({"message_kind": MessageKind.CANCELLATION, "cancels": True}, "cancelled"),
        ({"day": None}, "missing_conference_date"),
        ({"kind": None}, None),
    ],
)
def test_rule_one_cases_are_manual_review_with_their_flag(
    changes: dict[str, object], flag: str | None
) -> None:
    result = run(invitation("Mr Cole was arrested on 18/11/2026 for assaulting Amy.", **changes))  # type: ignore[arg-type]
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert flag is None or flag in {f.value for f in result.flags}


def test_an_email_with_nothing_readable_is_manual_review() -> None:
    result = run(invitation())
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert any("nothing readable" in r for r in result.decision.reasons)


def test_a_reschedule_is_flagged_but_still_decided() -> None:
    result = run(invitation("Mr Cole is a registered sex offender.", reschedules=True,
                            message_kind=MessageKind.RESCHEDULE))  # fmt: skip
    assert "rescheduled" in {f.value for f in result.flags}
    assert result.decision.suggested is Suggestion.ATTEND


def test_report_sufficient_ticked_but_attend_suggested_is_a_tickbox_conflict() -> None:
    inv = invitation("Mr Cole is a registered sex offender.", tick=PoliceTick.REPORT_SUFFICIENT)
    assert "tickbox_conflict" in flags(inv)


@pytest.mark.parametrize("tick", [PoliceTick.BOTH, PoliceTick.NEITHER])
def test_both_or_neither_box_marked_is_ambiguous(tick: PoliceTick) -> None:
    assert "tickbox_ambiguous" in flags(invitation("Text.", tick=tick))


def test_both_boxes_marked_on_an_initial_is_discussed() -> None:
    assert run(invitation("Text.", tick=PoliceTick.BOTH)).decision.suggested is Suggestion.DISCUSS


def test_missing_details_and_no_booking_form_are_flagged() -> None:
    inv = invitation("Text.", reason=None, children=(), booking_form_found=False)
    assert {"missing_reason", "missing_family_details", "no_booking_form"} <= flags(inv)


def test_an_unreadable_attachment_and_ocr_are_flagged() -> None:
    broken = attachment(name="form.docx", error="The document is truncated.")
    assert "unreadable_attachment" in flags(invitation("Text.", attachments=(broken,)))


def test_a_late_invitation_is_late_notice_and_a_passed_report_deadline() -> None:
    inv = invitation("Text.", day=dt.date(2026, 11, 25))  # Wednesday, received Monday
    assert {"late_notice", "deadline_passed"} <= flags(inv)
    assert not {"late_notice", "deadline_passed"} & flags(invitation("Text."))


def test_flags_lower_the_confidence() -> None:
    clean = run(invitation("Mr Cole is a registered sex offender."))
    doubtful = run(
        invitation("Mr Cole is a registered sex offender.", reason=None, tick=PoliceTick.NEITHER)
    )
    assert 0 <= doubtful.decision.confidence < clean.decision.confidence <= 1


def test_a_review_kind_is_read_from_the_fields() -> None:
    result = run(invitation("Text.", kind=ConferenceKind.REVIEW))
    assert result.decision.suggested is Suggestion.REPORT_ONLY


def test_an_unreadable_attachment_without_a_booking_form_goes_to_a_person_naming_it() -> None:
    """POLICY.md rule 1 (issue 15 item 9): the suggestion would rest on a covering note alone."""
    broken = attachment(name="booking-form.pdf", error="The document is truncated.")
    inv = invitation("Text.", attachments=(broken,), booking_form_found=False)
    result = run(inv)
    assert {"unreadable_attachment", "no_booking_form"} <= flags(inv)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert any("booking-form.pdf" in reason for reason in result.decision.reasons)


def test_an_unreadable_attachment_beside_a_booking_form_that_was_read_is_still_decided() -> None:
    broken = attachment(name="photo.jpg", error="The image is truncated.")
    inv = invitation("Mr Cole is a registered sex offender.", attachments=(broken,))
    assert run(inv).decision.suggested is Suggestion.ATTEND


def test_a_notice_with_form_labels_but_no_substance_beside_a_broken_form_goes_to_a_person() -> None:
    """A system's notice ("Meeting type / Date / Time / Location") looks like a form, but with
    its booking record unreadable nothing says why the conference is held or who the family
    is (issue 11, set h): no booking form was read."""
    broken = attachment(name="booking-record.pdf", error="The PDF is damaged.")
    inv = invitation("Meeting type: ICPC", attachments=(broken,), reason=None, adults=())
    result = run(inv)
    assert {"unreadable_attachment", "no_booking_form"} <= flags(inv)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW


def test_another_kind_of_meeting_is_not_an_invitation() -> None:
    inv = invitation("Core group meeting.", message_kind=MessageKind.OTHER_MEETING)
    result = run(inv)
    assert "not_an_invitation" in flags(inv)
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW


def test_a_password_protected_form_is_no_booking_form_read() -> None:
    """POLICY.md rule 1 and "Flags" (set p): a password-protected booking form was not read,
    so the email says so beside `encrypted_unreadable`."""
    locked = replace(
        attachment(name="booking form.pdf", error="The PDF is password-protected."),
        encrypted=True,
    )
    inv = invitation("Password to follow.", attachments=(locked,), booking_form_found=False)
    got = flags(inv)
    assert {"encrypted_unreadable", "no_booking_form", "unreadable_attachment"} <= got
    assert run(inv).decision.suggested is Suggestion.MANUAL_REVIEW


def test_no_reason_and_no_whole_family_is_no_reading_a_report_can_rest_on() -> None:
    """Issue 11, set v: a letter to a parent read with its child and nothing else was
    `report_only` with `missing_reason` and `missing_family_details` — a person looks instead."""
    bare = invitation("Please find the letter attached.", reason=None, adults=())
    assert run(bare).decision.suggested is Suggestion.DISCUSS
    assert any("whole family" in reason for reason in run(bare).decision.reasons)
    # one of the two missing still follows what was read, as does the form's own answer
    assert run(replace_fields(bare, adults=invitation().fields.adults)).decision.suggested is (
        Suggestion.REPORT_ONLY
    )
    ticked = replace_fields(bare, police_tick=PoliceTick.REPORT_SUFFICIENT)
    assert run(ticked).decision.suggested is Suggestion.REPORT_ONLY


def replace_fields(inv: Invitation, **changes: object) -> Invitation:
    return replace(inv, fields=replace(inv.fields, **changes))  # type: ignore[arg-type]


def test_a_conference_date_before_the_day_received_is_a_sitting_already_held() -> None:
    """Issue 11, set x: "the conference held yesterday was adjourned; no new date yet" gave
    yesterday as the conference date and `attend`; no date for the next sitting was read."""
    result = run(
        invitation("Initial child protection conference, adjourned.", day=dt.date(2026, 11, 20))
    )
    assert result.decision.suggested is Suggestion.MANUAL_REVIEW
    assert Flag.MISSING_CONFERENCE_DATE in result.flags
    assert any("before the day the email was received" in r for r in result.decision.reasons)
    later = run(invitation("Initial child protection conference.", day=dt.date(2026, 11, 30)))
    assert Flag.MISSING_CONFERENCE_DATE not in later.flags

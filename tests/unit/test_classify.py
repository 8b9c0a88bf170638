# ruff: noqa: E501  (table rows of test cases read best one case per line)
"""Message kinds, conference kinds, markings and attachment roles."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from parsers.classify import (
    attachment_role,
    classify_message,
    conference_kind,
    is_pre_birth,
    marking,
)
from parsers.records import AttachmentRole, ConferenceKind, Mailbox, MessageInfo, MessageKind, Page


def _info(subject: str) -> MessageInfo:
    sent = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    return MessageInfo(
        message_id="<m@x>", sender=Mailbox("a@wakefield.gov.uk", None), to=(), subject=subject,
        date_header=sent, received_at=sent, authentication_results=(),
    )  # fmt: skip


def _pages(body: str, *forms: str) -> list[Page]:
    pages = [Page(location="body", lines=tuple(body.split("\n")))]
    return pages + [
        Page(location=f"form{i}.pdf p1", lines=tuple(f.split("\n"))) for i, f in enumerate(forms)
    ]


FORM = "Type of conference\tICPC\nDate of conference\t10/12/2026\n☐ Police attendance required ☒ Written report sufficient"


@pytest.mark.parametrize(
    ("subject", "body", "forms", "expected"),
    [
        ("ICPC - SMITH", "Please find attached the booking form.", (FORM,), MessageKind.INVITATION),
        ("Conference", "The conference has been rescheduled to 17/12/2026.", (), MessageKind.RESCHEDULE),
        ("Change of date - SMITH", "Please note the new date below.", (FORM,), MessageKind.RESCHEDULE),
        ("ICPC SMITH", "The conference has been postponed to 4 January 2027.", (), MessageKind.RESCHEDULE),
        ("CANCELLED: ICPC SMITH", "Apologies.", (), MessageKind.CANCELLATION),
        ("ICPC SMITH", "The conference on 10/12/2026 has been cancelled.", (), MessageKind.CANCELLATION),
        ("ICPC SMITH", "The conference will no longer go ahead.", (), MessageKind.CANCELLATION),
        ("ICPC SMITH", "The conference has been stood down.", (), MessageKind.CANCELLATION),
        # set q: said as a future that will not happen, or as a request to cancel
        ("ICPC SMITH", "The family have left the area and the conference will not now go ahead.", (), MessageKind.CANCELLATION),
        ("Form response 0042", "Request type\tCancel the review conference\nDate\t20/01/2027", (), MessageKind.CANCELLATION),
        ("RCPC JONES", "As the plan has ended, no review conference will take place.", (), MessageKind.CANCELLATION),
        ("Conference change request - CANCEL", "See the form below.", (), MessageKind.CANCELLATION),
        # first-sight set A: a social worker's own words for it
        ("RCPC DYSON - NOT TAKING PLACE", "Apologies for the short notice.", (), MessageKind.CANCELLATION),
        ("RCPC DYSON", "The review has been called off as the plan ended early.", (), MessageKind.CANCELLATION),
        ("RCPC DYSON", "The family moved to Hull, so there won't be a review conference here.", (), MessageKind.CANCELLATION),
        ("RCPC DYSON", "Please remove it from your diary - the meeting isn't happening now.", (), MessageKind.CANCELLATION),
        ("ICPC SMITH", "The conference is happening as planned; nothing has been called off.", (FORM,), MessageKind.INVITATION),
        ("RCPC SMITH", "The officer in the case stood down from the core group in October.", (FORM,), MessageKind.INVITATION),
        ("RCPC SMITH", "Apologies: this review has now been stood down.", (), MessageKind.CANCELLATION),
        ("ICPC SMITH", "Please do not cancel the interpreter; the conference is going ahead.", (FORM,), MessageKind.INVITATION),
        ("Minutes - RCPC SMITH", "Please find attached the minutes.", (), MessageKind.MINUTES),
        ("SMITH", "Please find attached the minutes of the review conference held on 1/11/2026.", (), MessageKind.MINUTES),
        ("Child Protection Plan - SMITH", "Attached.", (), MessageKind.PLAN),
        ("Outcome letter - SMITH", "Please see attached.", (), MessageKind.LETTER),
        ("SMITH", "Please find attached the chair's letter following the conference.", (), MessageKind.LETTER),
        ("Report request", "Please provide your report for the review on 10/12/2026.", (), MessageKind.REPORT_REQUEST),
        ("Request for police information - HINCHLIFFE family", "Please could you provide any information held by the police about Mason and the adults in the household for our section 47 enquiry.", (), MessageKind.REPORT_REQUEST),
        ("Section 47 enquiry", "Could you share any information you hold on the family before Friday?", (), MessageKind.REPORT_REQUEST),
        ("Police report request - RCPC BARKER", "Further to the invitation sent on 26 November, please complete the attached agency report template.", (FORM,), MessageKind.REPORT_REQUEST),
        ("RE: Police report - SMITH", "Thank you for the police report.\n> West Yorkshire Police report", (), MessageKind.REPLY),
        ("Secure message", "You have received a secure message. Click the link to view it.", (), MessageKind.PORTAL_NOTICE),
        ("[Egress] ICPC", "Sent via Egress Protect. Open the message in Egress Web.", (), MessageKind.PORTAL_NOTICE),
        # set p: file-transfer and rights-protection services, in other services' words
        ("Secure file transfer", "S. Hirst has sent you 2 documents using Kiteworks. Your files are ready to download until 30/01/2027.", (), MessageKind.PORTAL_NOTICE),
        ("Message from Bradford Council", "J. Khan has sent you an encrypted message. Sign in with a one-time passcode to read it.", (), MessageKind.PORTAL_NOTICE),
        ("Hello", "Something we cannot place.", (), MessageKind.INVITATION),
        # set v: a mail system's own messages carrying an invitation are none
        ("Automatic reply: RE: ICPC - PEARSON - 15/12/2026", "I am out of the office until 4 January.\n> ICPC booked for 15/12/2026 at 10am.", (FORM,), MessageKind.REPLY),
        ("Undeliverable: FW: ICPC - BOOTH", "Your message could not be delivered.\nICPC booked for 17/12/2026.", (FORM,), MessageKind.REPLY),
        ("Read: ICPC Report - BARKER", "Your message was read on 10/12/2026.", (), MessageKind.REPLY),
        ("Recall: ICPC - KHAN - 19/01/2027", "Sam Khan would like to recall the message.", (), MessageKind.REPLY),
        ("Reading list for the ICPC", "ICPC booked for 15/12/2026 at 10am.", (FORM,), MessageKind.INVITATION),
    ],
)  # fmt: skip
def test_the_message_kind(
    subject: str, body: str, forms: tuple[str, ...], expected: MessageKind
) -> None:
    assert classify_message(_info(subject), _pages(body, *forms))[0] is expected


def test_a_reschedule_gives_the_previous_date() -> None:
    body = "The ICPC has been rescheduled from 3rd December 2026 to 10th December 2026 at 2pm."
    kind, cancels, reschedules, previous = classify_message(_info("ICPC"), _pages(body))
    assert (kind, cancels, reschedules, previous) == (
        MessageKind.RESCHEDULE,
        False,
        True,
        date(2026, 12, 3),
    )


def test_a_cancellation_cancels_and_does_not_reschedule() -> None:
    kind, cancels, reschedules, _ = classify_message(_info("CANCELLED: ICPC"), _pages("Cancelled."))
    assert (kind, cancels, reschedules) == (MessageKind.CANCELLATION, True, False)


def test_an_invitation_that_promises_minutes_is_still_an_invitation() -> None:
    body = "Please find attached the booking form. Minutes will be circulated after the conference."
    assert (
        classify_message(_info("ICPC invitation"), _pages(body, FORM))[0] is MessageKind.INVITATION
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICPC", ConferenceKind.INITIAL), ("Initial CPC", ConferenceKind.INITIAL),
        ("Initial Child Protection Conference (ICPC)", ConferenceKind.INITIAL),
        ("initial child protection case conference", ConferenceKind.INITIAL),
        ("RCPC", ConferenceKind.REVIEW), ("CPRC", ConferenceKind.REVIEW), ("Review CPC", ConferenceKind.REVIEW),
        ("Review", ConferenceKind.REVIEW), ("review conference", ConferenceKind.REVIEW),
        ("Review of the child protection plan", ConferenceKind.REVIEW), ("Second review", ConferenceKind.REVIEW),
        ("Transfer In CPC", ConferenceKind.TRANSFER_IN), ("TI conference", ConferenceKind.TRANSFER_IN),
        ("transfer-in", ConferenceKind.TRANSFER_IN), ("Pre-birth conference", ConferenceKind.INITIAL),
        ("Pre-birth review", ConferenceKind.REVIEW), ("Core group meeting", None), ("", None),
    ],
)  # fmt: skip
def test_the_conference_kind(text: str, expected: ConferenceKind | None) -> None:
    assert conference_kind(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Pre-birth ICPC", True), ("Unborn baby Smith", True), ("EDD 14/02/2027", True),
     ("Baby Smith", True), ("ICPC", False), ("the baby was seen", False)],
)  # fmt: skip
def test_pre_birth_words(text: str, expected: bool) -> None:
    assert is_pre_birth(text) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["OFFICIAL - SENSITIVE - ICPC"], "OFFICIAL-SENSITIVE"),
        (["OFFICIAL", "OFFICIAL-SENSITIVE"], "OFFICIAL-SENSITIVE"),
        (["RESTRICTED", "OFFICIAL"], "OFFICIAL"),
        (["PROTECT", "RESTRICTED"], "RESTRICTED"),
        (["PROTECT"], "PROTECT"),
        (["an official letter that aims to protect"], None),
        ([""], None),
    ],
)
def test_the_highest_marking_is_kept(texts: list[str], expected: str | None) -> None:
    assert marking(texts) == expected


@pytest.mark.parametrize(
    ("text", "filename", "expected"),
    [
        (FORM, "Booking form.pdf", AttachmentRole.BOOKING_FORM),
        ("Conference type: RCPC\nConference date: 10.12.26", "x.docx", AttachmentRole.BOOKING_FORM),
        ("Dear colleague\nYou are invited to an Initial Child Protection Conference.", "letter.pdf", AttachmentRole.INVITATION),
        ("Minutes of the Review Child Protection Conference\nPresent: ...", "minutes.pdf", AttachmentRole.REPORT),
        ("Child Protection Plan\nOutcomes", "plan.docx", AttachmentRole.REPORT),
        ("Police report to conference\nWest Yorkshire Police", "report.pdf", AttachmentRole.REPORT),
        ("A photograph caption", "image.pdf", AttachmentRole.OTHER),
    ],
)  # fmt: skip
def test_the_attachment_role(text: str, filename: str, expected: AttachmentRole) -> None:
    assert (
        attachment_role([Page(location=filename, lines=tuple(text.split("\n")))], filename=filename)
        is expected
    )


def test_a_chair_letter_confirming_the_outcome_is_not_an_invitation() -> None:
    info = MessageInfo(
        message_id=None,
        sender=Mailbox("a@leeds.gov.uk", None),
        to=(),
        subject="Outcome of Child Protection Conference - FIRTH",
        date_header=None,
        received_at=None,
        authentication_results=(),
    )
    page = Page(
        location="body",
        lines=(
            "Dear colleague, I am writing to confirm the outcome of the conference held on "
            "29.12.26 for Grace Firth. The children are now subject to child protection plans.",
        ),
    )
    kind, *_ = classify_message(info, [page])
    assert kind is MessageKind.LETTER


def test_a_reply_quoting_our_conference_invites_mailbox_is_a_reply() -> None:
    # hand-written case b26: "Conference Invites" in the quoted From: line is not an invitation
    body = (
        "Thank you - the police report has been received and passed to the Chair.\n\n"
        "From: CPPU Weetwood - Conference Invites <leeds.cppu@westyorkshire.police.uk>\n"
        "Sent: 11 December 2026 15:40\nSubject: Police report - ICPC - ASPINALL\n\n"
        "Please find attached the police report for the ICPC on 15/12/2026."
    )
    kind, *_ = classify_message(_info("RE: Police report - ICPC - ASPINALL"), _pages(body))
    assert kind is MessageKind.REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Would you complete police checks on the adults below for our assessment?",
        "Please could you carry out police checks for the household.",
    ],
)
def test_a_request_for_police_checks_is_no_invitation(body: str) -> None:
    # hand-written case b27
    kind, *_ = classify_message(_info("Request for police checks - HAIGH"), _pages(body))
    assert kind is MessageKind.REPORT_REQUEST


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("REMINDER - outstanding police report - RCPC 17/12", "Please send it by Tuesday."),
        ("RCPC 17/12", "We have not yet received a police report for the review conference. "
         "The invitation and booking form were sent to your unit on 19 November."),
    ],
)  # fmt: skip
def test_a_reminder_about_an_owed_report_is_a_report_request_not_an_invitation(
    subject: str, body: str
) -> None:
    assert classify_message(_info(subject), _pages(body))[0] is MessageKind.REPORT_REQUEST


def test_a_chairs_outcome_record_is_a_letter_whatever_the_conference_is_called() -> None:
    kind = classify_message(_info("Outcome of ICPC - LODGE - 16/12/2026"), _pages("Attached."))[0]
    assert kind is MessageKind.LETTER


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("RCPC outcome - HOLT", "Please see the decisions below."),
        ("Conference outcomes - w/c 4 January", "Summary attached for your records."),
        ("HOLT - 14/01/2027", "Outcome of today's review child protection conference that took "
         "place at Castleford. The plan continues; the next review is on 14 April 2027."),
    ],
)  # fmt: skip
def test_the_outcome_of_a_conference_already_held_is_a_letter(subject: str, body: str) -> None:
    """Set p: "ICPC outcome - <surname>" with "Outcome of the … Conference held on …" and a
    review date for later was read as an invitation to the conference it reported."""
    assert classify_message(_info(subject), _pages(body))[0] is MessageKind.LETTER


def test_a_chairs_summary_of_a_conference_held_is_not_an_invitation() -> None:
    subject = "Chair's summary - ICPC held 04/12/2026 - SWIFT - for information"
    assert classify_message(_info(subject), _pages("Please find attached."))[0] is (
        MessageKind.LETTER
    )


@pytest.mark.parametrize(
    ("subject", "other"),
    [
        ("Core Group - WARD - 15/12/2026", True),
        ("Strategy meeting - Smith children", True),
        ("Child in Need review - JONES", True),
        ("ICPC following the strategy meeting - SMITH", False),
        ("Review Child Protection Conference and core group - JONES", False),
        ("Initial Child Protection Conference - WARD", False),
    ],
)
def test_a_subject_naming_another_meeting_and_no_conference_is_no_invitation(
    subject: str, other: bool
) -> None:
    """Issue 11, set h: a Teams invitation to a core group read as a conference invitation."""
    meeting = "You are invited as a core group member.\nDate: Tuesday 15 December 2026, 15:00"
    kind = classify_message(_info(subject), _pages(meeting))[0]
    assert (kind is MessageKind.OTHER_MEETING) is other


@pytest.mark.parametrize(
    ("body", "reschedules"),
    [
        ("The transfer-in conference is booked for 05/01/2027. Her mother and her partner moved to Leeds (Armley) on 14/12/2026.", False),
        ("The family moved to Sowerby Bridge on 07/12/2026.", False),
        ("The ICPC for SMITH is moved to Thursday 14 January 2027 at 10am.", True),
        ("ICPC moved to 14/01/2027, same venue.", True),
        ("The conference has been moved to 2pm.", True),
        ("Conference moved to a new date - to follow.", True),
    ],
)  # fmt: skip
def test_moved_to_a_day_moves_the_meeting_and_moved_to_a_town_moves_a_family(
    body: str, reschedules: bool
) -> None:
    """Issue 11, set g: two transfer-in requests read as reschedules to the day the family
    moved house, so the conference's date was the move's."""
    assert classify_message(_info("Transfer-in ICPC"), _pages(body))[2] is reschedules


def test_an_original_date_labelled_above_its_value_is_the_old_one() -> None:
    """Issue 11, set c: a fixed-width reschedule notice, "ORIGINAL DATE" / "07-DEC-2026 14:00"
    then "NEW DATE" / "11-DEC-2026": the first date is the one it moved from."""
    body = (
        "*** CONFERENCE RESCHEDULED ***\nCONFERENCE TYPE\nINITIAL CHILD PROTECTION CONFERENCE\n\n"
        "ORIGINAL DATE\n07-DEC-2026 14:00\n\nNEW DATE\n11-DEC-2026\n\nNEW TIME\n09:30"
    )
    kind, _, reschedules, previous = classify_message(_info("RESCHEDULED: ICPC LUND"), _pages(body))
    assert (kind, reschedules, previous) == (MessageKind.RESCHEDULE, True, date(2026, 12, 7))


def test_a_date_the_meeting_was_due_to_take_place_on_is_the_old_one() -> None:
    """Issue 11, sets a and b: "It was due to take place on Thursday 10 December 2026 but will
    now be held on Monday 14 December 2026" — the first date is the one it moved from."""
    from parsers.classify import new_date

    body = (
        "Please note the transfer-in conference has been RESCHEDULED. It was due to take place on "
        "Thursday 10 December 2026 but will now be held on Monday 14 December 2026 at 11am."
    )
    previous = classify_message(_info("RESCHEDULED: Transfer-in conference"), _pages(body))[3]
    assert previous == date(2026, 12, 10)
    assert new_date(body, reference=date(2026, 12, 8)) == date(2026, 12, 14)


@pytest.mark.parametrize(
    ("subject", "body", "paper", "kind"),
    [
        ("Police checks - FOSTER ICPC 12/01", "Please see the attached request.", "Request to Police: Information and Attendance\nConference\tInitial CPC 12/01/2027 10:00", MessageKind.INVITATION),
        ("Request for police information - ICPC OKAFOR", "Please complete police checks on the family and confirm attendance at the ICPC on 14/01/2027.", "", MessageKind.INVITATION),
        ("Request for police information", "Please run police checks on the adults below. Could the officer in the case also attend the conference on 20/01/2027?", "", MessageKind.INVITATION),
        ("Request for police information - HINCHLIFFE family", "Please could you provide any information held by the police about Mason for our section 47 enquiry.", "Agency checks\nName\tDOB", MessageKind.REPORT_REQUEST),
    ],
)  # fmt: skip
def test_a_request_for_checks_that_also_asks_the_police_to_attend_is_an_invitation(
    subject: str, body: str, paper: str, kind: MessageKind
) -> None:
    """Issue 11, set r: "request for police information and attendance" with the conference in
    the attached request was read as a report request, so a person was asked instead of the
    criteria (an arrest on bail) deciding attend."""
    pages = _pages(body, paper) if paper else _pages(body)
    assert classify_message(_info(subject), pages)[0] is kind


@pytest.mark.parametrize(
    ("body", "papers"),
    [
        ("You already have the invitation from the SRU - below is what Amy told me, for the papers.", True),
        ("Police should have received the booking form last week. Attached is the chronology.", True),
        ("The invitation was sent separately on Monday; this is the social worker's report.", True),
        ("You are invited to an initial child protection conference on 14/01/2027 at 10:00.", False),
        ("I don't think you have had the invitation yet - ICPC on 14/01/2027 at 10:00, can police attend?", False),
    ],
)  # fmt: skip
def test_papers_for_a_conference_already_booked_are_no_invitation(body: str, papers: bool) -> None:
    """Issue 11, set z: the child's words sent "to go with your report" read as an invitation."""
    kind = classify_message(_info("ICPC - papers"), _pages(body))[0]
    assert (kind is MessageKind.PAPERS) is papers

# ruff: noqa: E501  (table rows of test cases read best one case per line)
"""read_fields(): label layouts, the conference-date traps, the body fallback, totality."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.fields import labelled_values, read_fields
from parsers.records import ConferenceKind, Mailbox, MessageInfo, MessageKind, Page, PoliceTick


def _info(subject: str = "", sender: str = "a@wakefield.gov.uk") -> MessageInfo:
    sent = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    return MessageInfo(
        message_id="<m@x>", sender=Mailbox(sender, None), to=(), subject=subject,
        date_header=sent, received_at=sent, authentication_results=(),
    )  # fmt: skip


def _read(
    text: str,
    *,
    location: str = "form.pdf p1",
    subject: str = "",
    sender: str = "a@wakefield.gov.uk",
):  # type: ignore[no-untyped-def]
    return read_fields(
        info=_info(subject, sender), pages=[Page(location=location, lines=tuple(text.split("\n")))]
    )


LAYOUTS = {
    "tab": "Type of conference\tInitial CPC\nDate of conference\tThursday 3 December 2026\nTime\t10:00 AM\nVenue\tWakefield One\nConference Chair\tSimon Outhwaite",
    "colon": "Conference type: ICPC\nConference date: 03.12.26\nStart time: 10.00am\nLocation: Wakefield One\nChair: Simon Outhwaite",
    "dash": "Meeting type - Initial Child Protection Conference\nMeeting date - 3rd December 2026\nMeeting time - 10am\nWhere - Wakefield One\nChairperson - Simon Outhwaite",
    "next_line": "Type of conference\nICPC\n\nDate of conference\n3 Dec 2026\n\nTime\n10:00 hrs\n\nVenue\nWakefield One\n\nIndependent Chair\nSimon Outhwaite",
    "html_rows": "Type of conference\n\tICPC\n\nDate of conference\n\t03/12/2026\n\nTime\n\t10am\n\nVenue\n\tWakefield One\n\nIRO\n\tSimon Outhwaite",
    "flattened": "Type of conference Initial Child Protection Conference\nDate of conference 03/12/2026\nTime 10:00\nVenue Wakefield One\nConference Chair Simon Outhwaite",
    "pairs_in_row": "Conference type\tICPC\tDate of meeting\t03/12/2026\nTime of meeting\t10:00\tMeeting venue\tWakefield One\nCP Chair\tSimon Outhwaite",
    "header_row": "Conference type\tConference date\tTime\tVenue\nICPC\t03/12/2026\t10:00\tWakefield One\nChaired by: Simon Outhwaite",
    "capitals": "CONFERENCE NOTICE   PRINTED 30-NOV-2026 09:58\nCONFERENCE TYPE\nINITIAL CHILD PROTECTION CONFERENCE\n\nCONFERENCE DATE\n03-DEC-2026\n\nSTART TIME\n10:00\n\nVENUE\nWakefield One\n\nCHAIR\nSIMON OUTHWAITE (CP CHAIR)",
}  # fmt: skip


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_conference_details_are_read_in_every_layout(layout: str) -> None:
    fields = _read(LAYOUTS[layout])
    assert fields.kind is ConferenceKind.INITIAL
    assert fields.date == date(2026, 12, 3)
    assert fields.time == time(10, 0)
    assert fields.venue == "Wakefield One"
    assert (fields.chair or "").casefold() == "simon outhwaite"


def test_the_date_completed_is_not_the_conference_date() -> None:
    fields = _read(
        "Date completed 22/11/2026\nCompleted by Andrew Emmott\nDate 10.12.26\nConference RCPC"
    )
    assert fields.date == date(2026, 12, 10)


def test_a_date_of_birth_is_never_the_conference_date() -> None:
    fields = _read(
        "Children:\n1. Jaxon Dyson  DOB: 11/11/2023\nDate of birth: 01/01/2020", location="body"
    )
    assert fields.date is None


def test_a_strategy_discussion_date_is_kept_apart() -> None:
    fields = _read("Date of strategy discussion: 18/11/2026\nDate of conference: 03/12/2026")
    assert fields.strategy_discussion_date == date(2026, 11, 18)
    assert fields.date == date(2026, 12, 3)


def test_a_specific_date_label_beats_the_letter_date() -> None:
    fields = _read("Date: 23/11/2026\nDear colleague\nDate of conference: 03/12/2026\nType: ICPC")
    assert fields.date == date(2026, 12, 3)


def test_the_body_sentence_gives_date_time_and_venue_when_there_is_no_form() -> None:
    body = (
        "Please find attached the booking form for an Initial Child Protection Conference in respect of "
        "Harper Wormald (DOB 23/03/2019), which has been arranged for Thursday 3rd December 2026 at 10.00am "
        "(Wakefield One, Burton Street, Wakefield (hybrid - Teams link to follow))."
    )
    fields = _read(body, location="body")
    assert fields.date == date(2026, 12, 3)
    assert fields.time == time(10, 0)
    assert fields.venue == "Wakefield One, Burton Street, Wakefield (hybrid - Teams link to follow)"
    assert fields.kind is ConferenceKind.INITIAL


def test_a_yearless_body_date_takes_its_year_from_the_email() -> None:
    fields = _read(
        "The review conference is booked for Thursday 3 December at 2pm, Microsoft Teams.",
        location="body",
    )
    assert (fields.date, fields.time, fields.venue) == (
        date(2026, 12, 3),
        time(14, 0),
        "Microsoft Teams",
    )
    assert fields.kind is ConferenceKind.REVIEW


def test_the_subject_gives_the_date_when_nothing_else_does() -> None:
    fields = _read(
        "Please see attached.", location="body", subject="ICPC 16/12/2026 10.00am - CD581207"
    )
    assert (fields.date, fields.time, fields.kind) == (
        date(2026, 12, 16),
        time(10, 0),
        ConferenceKind.INITIAL,
    )


def test_the_form_beats_the_covering_email_when_they_disagree() -> None:
    body = Page(
        location="body", lines=("The conference has been arranged for 4th December 2026 at 9am.",)
    )
    form = Page(
        location="form.docx",
        lines=("Conference type\tICPC", "Conference date\t03/12/2026", "Start time\t13:30"),
    )
    fields = read_fields(info=_info(), pages=[body, form])
    assert (fields.date, fields.time) == (date(2026, 12, 3), time(13, 30))


def test_a_reschedule_email_s_new_date_beats_the_old_form() -> None:
    body = Page(
        location="body",
        lines=(
            "The ICPC has been rescheduled from 3rd December 2026 to 10th December 2026 at 2pm.",
        ),
    )
    form = Page(
        location="form.docx",
        lines=("Conference type\tICPC", "Conference date\t03/12/2026", "Start time\t10:00"),
    )
    fields = read_fields(info=_info("Rescheduled: ICPC"), pages=[body, form])
    assert fields.message_kind is MessageKind.RESCHEDULE
    assert (fields.date, fields.time, fields.previous_date) == (
        date(2026, 12, 10),
        time(14, 0),
        date(2026, 12, 3),
    )
    assert fields.reschedules and not fields.cancels


def test_the_reason_is_the_paragraph_under_its_label_up_to_the_next_label() -> None:
    text = (
        "REASON FOR CONFERENCE:\nEmotional harm - Ms Patel's mental health.\nShe drinks daily.\n\n"
        "SUMMARY\nMusa has missed 20 days of school."
    )
    assert (
        _read(text, location="body").reason
        == "Emotional harm - Ms Patel's mental health.\nShe drinks daily."
    )


def test_a_reason_spread_over_paragraphs_is_kept_whole_but_not_the_signature() -> None:
    text = (
        "Reasons for the conference\n\nLola has been reported missing four times since the start of the term.\n\n"
        "A CSE risk assessment completed on 21/11/2026 rated the risk as significant.\n\nKind regards\nPhilippa"
    )
    reason = _read(text, location="body").reason
    assert (
        reason is not None and reason.startswith("Lola has") and reason.endswith("as significant.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Category of concern: Physical", ("physical",)),
        ("Category\tNeglect, Emotional", ("neglect", "emotional")),
        ("Category of abuse - Sexual abuse", ("sexual",)),
        ("Proposed category: Emotional harm", ("emotional",)),
        ("Category:\n☒ Neglect ☐ Physical ☐ Sexual ☒ Emotional", ("neglect", "emotional")),
        ("Category: ☐ Neglect ☒ Physical ☐ Sexual ☐ Emotional", ("physical",)),
        ("Reason for conference: Neglect - poor home conditions.", ("neglect",)),
        (
            "Reason for conference\nEmotional harm and neglect arising from parental cannabis and alcohol misuse and frequent arguments witnessed\nby the children.",
            ("neglect", "emotional"),
        ),  # set d
        (
            "Reason for conference\nEmotional abuse and neglect: long-running parental conflict since separation.",
            ("neglect", "emotional"),
        ),
        ("Category Neglect", ("neglect",)),
        ("No category given.", ()),
    ],
)
def test_harm_categories_come_from_the_label_or_ticked_boxes(
    text: str, expected: tuple[str, ...]
) -> None:
    assert _read(text).harm_categories == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CareDirector ID\tCD298317", "CD298317"), ("LCS number: LCS991421", "LCS991421"),
        ("Mosaic ID MOS221350", "MOS221350"), ("Our ref: 12345/AB", "12345/AB"),
        ("Liquidlogic ID - 998877", "998877"), ("Case number: N/A", None),
    ],
)  # fmt: skip
def test_the_local_reference(text: str, expected: str | None) -> None:
    assert _read(text).local_reference == expected


def test_the_social_worker_and_chair_are_names_only() -> None:
    fields = _read(
        "Allocated social worker: Nadia Kaur (Tel 0113 222)\nIndependent Chair: Yvonne Pearson, IRO Team"
    )
    assert (fields.social_worker, fields.chair) == ("Nadia Kaur", "Yvonne Pearson")


def test_the_kind_from_the_subject_when_the_form_is_silent() -> None:
    assert (
        _read("Date: 10.12.26", subject="Transfer In Child Protection Conference - MELLOR").kind
        is ConferenceKind.TRANSFER_IN
    )


def test_a_pre_birth_conference_is_flagged_with_the_unborn_child() -> None:
    fields = _read(
        "Type of conference: Pre-birth ICPC\nChildren:\nUnborn baby Smith EDD 14/02/2027"
    )
    assert fields.pre_birth and fields.kind is ConferenceKind.INITIAL
    assert [(c.name, c.expected) for c in fields.children] == [("Unborn baby Smith", True)]


def test_district_from_the_sender_then_from_the_content() -> None:
    assert (
        _read("x", sender="a@leeds.gov.uk.cjsm.net").district,
        _read("x", sender="a@leeds.gov.uk.cjsm.net").district_source,
    ) == ("leeds", "sender")
    looks_alike = _read("Regards\nWakefield Council", sender="cp@wakefield-gov.uk")
    assert (looks_alike.district, looks_alike.district_source) == ("wakefield", "content")
    assert _read("nothing", sender="a@example.com").district is None


def test_a_form_and_a_tick_box_make_a_booking_form() -> None:
    fields = _read(
        "Date of conference: 03/12/2026\nType of conference: ICPC\n[X] Police attendance required"
    )
    assert fields.booking_form_found and fields.police_tick is PoliceTick.REQUIRED
    assert not _read("Hello, see you soon.", location="body").booking_form_found


def test_the_marking_is_read_from_the_subject_too() -> None:
    assert _read("x", subject="OFFICIAL - SENSITIVE - ICPC").marking == "OFFICIAL-SENSITIVE"


def test_no_pages_gives_empty_fields() -> None:
    fields = read_fields(info=_info(), pages=[])
    assert (fields.date, fields.kind, fields.children, fields.police_tick) == (
        None,
        None,
        (),
        PoliceTick.NOT_FOUND,
    )


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), max_size=30),
    subject=st.text(max_size=60),
)
def test_read_fields_never_raises_on_any_text(lines: list[str], subject: str) -> None:
    fields = read_fields(info=_info(subject), pages=[Page(location="body", lines=tuple(lines))])
    assert fields.police_tick in set(PoliceTick)


def test_numbered_label_lines_are_read_like_plain_ones() -> None:
    page = Page(
        location="body",
        lines=(
            "1. Type of conference: ICPC",
            "2. Date of conference: 31 Mar 2027",
            "3. Time: 1.30 pm",
            "4. Venue: Microsoft Teams",
        ),
    )
    fields = {v.field: v.value for v in labelled_values([page])}
    assert fields["time"] == "1.30 pm"
    assert fields["venue"] == "Microsoft Teams"


def test_a_reason_in_capitals_runs_on_to_its_next_line() -> None:
    """A notice printed in capitals: capitals do not make the value's second line a heading."""
    fields = _read(
        "CATEGORY OF PLAN\nPHYSICAL ABUSE\n\nREASON FOR CONFERENCE\nREVIEW OF THE PLAN MADE ON 17/06/2026 FOLLOWING\n"
        "BRUISING TO THE CHILD'S FACE.\n\nCORE GROUP MEMBERS\nSW A RAFIQ"
    )
    assert fields.reason is not None and fields.reason.endswith("BRUISING TO THE CHILD'S FACE.")
    assert fields.harm_categories == ("physical",)


CONFERENCE_AMONG_OTHER_DATES = {
    "chair's summary": ("Review Child Protection Conference - Chair's Summary\nConference date: 23/09/2025\nChair: Yasmin Akhtar\nDecision\nPlans to continue.\nNext conference\nDate: Wednesday 23 December 2026\nTime: 10:00", date(2026, 12, 23)),
    "date held / first review": ("Pre-Birth Child Protection Conference - Summary of Decisions\nDate held: 06/10/2026\nNext conference\nFirst review: Monday 7 December 2026\nTime: 2:00pm", date(2026, 12, 7)),
    "letter dated under the address": ("Kirklees Council\nChild Protection Conference Team\nCivic Centre 1, Huddersfield HD1 2NF\n14th December 2026\nDS Andrew Lockwood\nDear DS Lockwood,\nThe transfer-in conference will be on Wednesday 23rd December 2026 at 9.30 in the morning at Batley Town Hall.", date(2026, 12, 23)),
    "date under a when heading": ("Initial Child Protection Conference - Firth\nWhen and where\nWednesday 16th December 2026\n1.30pm to 3.30pm", date(2026, 12, 16)),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CONFERENCE_AMONG_OTHER_DATES))
def test_the_conference_date_among_other_dates(case: str) -> None:
    text, expected = CONFERENCE_AMONG_OTHER_DATES[case]
    assert _read(text).date == expected


def test_a_labelled_date_the_covering_note_also_gives_wins() -> None:
    """An s47 record's "Meeting date" comes first; the email says which date is the ICPC's."""
    body = Page(location="body", lines=("Please see attached in respect of Kai, ICPC on 21/12/2026 at 10am via Teams.",))  # fmt: skip
    form = Page(
        location="record.pdf p1",
        lines=("Strategy meeting and s47 outcome", "Meeting date: 03/12/2026", "Outcome of enquiries",
               "Conference arrangements", "Date and time: 21.12.2026 @ 10:00"),
    )  # fmt: skip
    fields = read_fields(info=_info(), pages=[body, form])
    assert (fields.date, fields.time) == (date(2026, 12, 21), time(10, 0))


def test_a_quoted_reply_s_request_gives_the_date_and_the_family() -> None:
    """ "> " marks of a quoted plain-text reply, and a pre-birth ICPC (its "birth" is no date of
    birth): issue 11, set e."""
    text = (
        "Please see below from the allocated SW - pre-birth ICPC now booked.\n\n"
        "> From: Liam O'Driscoll\n> Sent: 08 January 2027 16:55\n>\n"
        "> Hi Dawn, can you book a pre-birth ICPC for Wed 20th Jan 10am please, Todmorden.\n>\n"
        "> Mum: Kirsty Murray, 17, d.o.b. 30/06/2009\n> Dad: Sean Doyle, d.o.b. 02/10/2005"
    )
    fields = _read(text, location="body")
    assert (fields.date, fields.time) == (date(2027, 1, 20), time(10, 0))
    assert [a.name for a in fields.adults] == ["Kirsty Murray", "Sean Doyle"]
    assert [c.name for c in fields.children] == []  # "Hi Dawn" is a greeting, not a child


def test_every_child_s_category_in_the_children_s_table_is_read() -> None:
    """Issue 11, set h: a sibling group's "Category requested" column; only the first was read."""
    text = (
        "Name\tDate of birth / EDD\tCategory requested\tLives with\n"
        "Kian Osei\t20/01/2011\tEmotional abuse\tHousehold 1\n"
        "Tiana Brown\t10/10/2018\tNeglect\tHousehold 1\n"
        "Household 1 - 3 Gipton Approach, Leeds LS9"
    )
    assert _read(text).harm_categories == ("neglect", "emotional")


def test_a_reply_that_corrects_the_start_time_beats_the_booking_it_quotes() -> None:
    """Issue 11, sets g and i: the newest message of a thread decides."""
    body = Page(
        location="body",
        lines=(
            "Correction to my email below - the conference starts at 10:30, not 10:00.",
            "From: Janet Moxon",
            "Sent: 20 November 2026 11:20",
            "Please find the booking form attached.",
        ),
    )
    form = Page(
        location="form.docx",
        lines=("Conference type\tICPC", "Conference date\t03/12/2026", "Start time\t10:00"),
    )
    fields = read_fields(info=_info("RE: ICPC"), pages=[body, form])
    assert (fields.date, fields.time) == (date(2026, 12, 3), time(10, 30))


def test_a_moved_meeting_s_new_slot_is_read_not_the_old_one() -> None:
    fields = _read(
        "This meeting has been moved.\nWas: Thursday 14 January 2027 10:00-12:00\n"
        "Now: Friday 15 January 2027 13:30-15:30\nInitial Child Protection Conference - SPURR",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2027, 1, 15), time(13, 30))


def test_an_aside_with_a_date_of_birth_does_not_hide_the_conference_date_after_it() -> None:
    fields = _read(
        "Please find attached the booking form for an Initial Child Protection Conference for "
        "Mason Kirk (DOB 02/02/2016) on Tuesday 12 January 2027 at 10:00 at Merrion House.",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2027, 1, 12), time(10, 0))


def test_the_sender_and_the_social_worker_are_never_family_adults() -> None:
    from parsers.fields import read_fields
    from parsers.records import Mailbox, MessageInfo, Page

    info = MessageInfo(
        message_id=None, sender=Mailbox("jasmine.ward@leeds.gov.uk", "Jasmine"), to=(),
        subject="RCPC", date_header=None, received_at=None, authentication_results=(),
    )  # fmt: skip
    lines = (
        "Social worker\tHelen Stead",
        "Adult\tRelationship\tDate of birth",
        "Ngozi Okafor\tMother\t11/11/1995",
        "",
        "Jasmine Ward",
        "Helen Stead",
    )
    fields = read_fields(info=info, pages=[Page(location="body", lines=lines)])
    assert [a.name for a in fields.adults] == ["Ngozi Okafor"]


def test_the_date_under_a_strategy_discussion_s_title_is_not_the_conference_s() -> None:
    fields = _read(
        "STRATEGY DISCUSSION - RECORD OF MEETING\nDate/time\t23/11/2026 11:00 (Teams)\n"
        "Chair\tTracey Armitage\nAction\tWho\tBy when\n"
        "Book ICPC - booked: Thursday 03/12/2026 at 10:00, Wakefield One\tBusiness Support\tdone",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2026, 12, 3), time(10, 0))


def test_a_date_under_a_conference_title_is_the_conference_s() -> None:
    fields = _read("Initial Child Protection Conference\nDate/time\t03/12/2026 10:00")
    assert (fields.date, fields.time) == (date(2026, 12, 3), time(10, 0))


def test_a_strategy_record_booking_a_conference_with_no_date_gives_no_date() -> None:
    fields = _read(
        "STRATEGY DISCUSSION OUTCOME (s47)\nDate\t23/11/2026\n"
        "ICPC to be booked - date TBC; invitations to follow.",
        location="body",
    )
    assert fields.date is None


def test_a_date_on_the_line_under_a_booking_sentence_ending_in_a_colon_gives_its_time() -> None:
    fields = _read(
        "A transfer in conference has been booked for Ceri Morgan (moved from Swansea):\n\n"
        "Thursday 3 December 2026, 1.30pm, Dewsbury Town Hall. Chair: Stephen Booth.",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2026, 12, 3), time(13, 30))


def test_cpc_names_the_conference_a_date_follows() -> None:
    fields = _read("Review CPC: Thursday 3 December 2026, 9.30am, Microsoft Teams", location="body")
    assert (fields.date, fields.time) == (date(2026, 12, 3), time(9, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conference\tReview Child Protection Conference\nDate iit\t30/11/2026\tae\nTime\t10,00am\t=",
            time(10, 0),
        ),  # OCR: "." read ","
        (
            "Conference type\tInitial Child Protection Conference\nDate\t18/12/2026\nTime 7\t10:00\nVenue\tCivic Centre",
            time(10, 0),
        ),  # OCR: a speck beside the label
    ],
)
def test_a_scanned_form_s_time_is_read_through_ocr_noise(text: str, expected: time) -> None:
    """Issue 11, set e: Tesseract reads a scanned form's "10.00am" as "10,00am" and a speck
    beside the "Time" label as "7"; neither is the form's wording."""
    assert _read(text, location="scan.pdf p1").time == expected


def test_a_date_and_time_label_with_spaces_round_its_slash_gives_both() -> None:
    """Issue 11, set c: "DATE / TIME" in a fixed-width notice was read as the label "date"
    with the value "/ TIME", so the line under it was never read."""
    fields = _read(
        "CONFERENCE\nINITIAL CHILD PROTECTION CONFERENCE\n\nDATE / TIME\n"
        "MONDAY 14 DECEMBER 2026  10:00AM\n\nLOCATION\nHALIFAX TOWN HALL",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2026, 12, 14), time(10, 0))


def test_an_abbreviation_s_full_stop_does_not_cut_the_meeting_from_its_date_and_time() -> None:
    """Issue 11, set e: a hurried note's "RCPC for Jayden (d.o.b. 01.02.16) is Weds 9th Dec
    at 1.30pm" — the sentence was cut after "d.o.b.", so its date had no meeting word."""
    fields = _read(
        "Hi\n\nRCPC for Jayden Sowerby (d.o.b. 01.02.16) is Weds 9th Dec at 1.30pm, Elland Town Hall.\n\nCheers",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2026, 12, 9), time(13, 30))


def test_a_reschedule_notice_s_new_date_and_time_not_its_original_ones() -> None:
    """Issue 11, set c: "ORIGINAL DATE" over its value, with no colon, is the old date."""
    fields = _read(
        "*** CONFERENCE RESCHEDULED ***\nCONFERENCE TYPE\nINITIAL CHILD PROTECTION CONFERENCE\n\n"
        "ORIGINAL DATE\n07-DEC-2026 14:00\n\nNEW DATE\n11-DEC-2026\n\nNEW TIME\n09:30\n\nVENUE\nMERRION HOUSE",
        location="body",
        subject="RESCHEDULED: ICPC LUND",
    )
    assert (fields.date, fields.time) == (date(2026, 12, 11), time(9, 30))


def test_a_family_s_move_is_not_the_conference_s_new_date() -> None:
    """Issue 11, set g: "moved to Leeds on 14/12/2026" in a forwarded transfer request."""
    fields = _read(
        "The Leeds transfer-in conference has been booked for Tuesday 5 January 2027 at 2pm at Merrion House.\n\n"
        "From: Staniforth, Joanne\nSent: 22 December 2026 12:10\n\n"
        "Her mother Samira Al-Haddad and mother's partner Peter Crookes moved to Leeds (Armley) on 14/12/2026.",
        location="body",
        subject="FW: Transfer of CP Plan - AL-HADDAD",
    )
    assert (fields.date, fields.time) == (date(2027, 1, 5), time(14, 0))


def test_a_family_s_move_in_the_reason_does_not_date_the_conference() -> None:
    """Issue 11, set e: a cancellation's "The family moved to Preston on 07/12/2026" was read
    as the conference's date ("moved" is a meeting word only when the meeting moves)."""
    fields = _read(
        "NOTIFICATION OF CANCELLED CONFERENCE\nOriginal date: 14/12/2026\nStart time: 10:00\n"
        "Reason for cancellation\nThis conference has been cancelled. The family moved to Preston "
        "on 07/12/2026 and the case has been transferred to Lancashire County Council.",
        subject="CANCELLED: ICPC - KOWALCZYK - 14/12/2026",
    )
    assert fields.date == date(2026, 12, 14)


def test_a_reason_whose_first_sentence_is_short_is_read_whole() -> None:
    """Issue 11, set e: "Reason for conference" / "Emotional harm - domestic abuse." — the
    short first sentence was taken for a label, so the reason was read empty and its category
    lost. A line that ends with a full stop is a sentence."""
    fields = _read(
        "Reason for conference\nEmotional harm - domestic abuse.\n"
        "Mr Pickles was arrested on 02/12/2026 for assaulting Ms Bradford in front of the children.\n"
        "West Yorkshire Police - please tick one box:\n☒ Police attendance required"
    )
    assert fields.reason is not None and fields.reason.startswith(
        "Emotional harm - domestic abuse."
    )
    assert "Mr Pickles was arrested" in fields.reason
    assert fields.harm_categories == ("emotional",)


def test_a_compound_heading_is_read_by_either_half() -> None:
    """Issue 11, set k: "Background / police history:" — "police" keeps the whole from being a
    reason heading, but its first half is one; the paragraph under it is the reason."""
    fields = _read(
        "Background / police history:\nIn March 2025 the Leeds Safeguarding Unit investigated an "
        "allegation; no further action was taken.\nPolice: Attendance not required",
        location="body",
    )
    assert fields.reason is not None and fields.reason.startswith("In March 2025")


@pytest.mark.parametrize(
    "field", ["Category requested\nPhysical abuse", "Category of harm\tNeglect"]
)
def test_a_reason_section_that_opens_with_a_field_of_its_own_is_the_prose_after_it(
    field: str,
) -> None:
    """Set n layout 66: "Why is a conference needed?" above "Category requested" above the
    category, then the reason's prose: the reason was read empty."""
    text = (
        "PART C – WHY IS A CONFERENCE NEEDED?\n"
        f"{field}\n"
        "Liam came to school with a burn on his arm and said his dad did it.\n"
        "Conference type\nInitial"
    )
    fields = _read(text)
    assert fields.reason == "Liam came to school with a burn on his arm and said his dad did it."


def test_a_reason_label_above_another_label_with_no_value_is_still_empty() -> None:
    text = "Reason for conference\nCategory requested\nDate of conference\n3 December 2026"
    assert _read(text).reason is None


def test_a_forwarded_appointments_when_line_dates_the_conference() -> None:
    """set m, 64-03: the When: line of an Outlook appointment's header block was read as the
    memo's own date and dropped, leaving the conference without a date."""
    fields = _read(
        "Forwarding the conference invite below.\n\n-----Original Appointment-----\n"
        "From: Chris Brearley <chris.brearley@calderdale.gov.uk>\nSent: 22 November 2026 09:12\n"
        "To: Nadia Rashid; IDVA Service\nSubject: ICPC - RASHID children\n"
        "When: Friday, 8 January 2027 10:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
        "Where: Microsoft Teams Meeting / Horton Street, Halifax - Room 4\n\n"
        "Initial Child Protection Conference",
        location="body",
    )
    assert (fields.date, fields.time) == (date(2027, 1, 8), time(10, 0))


def test_a_heading_that_continues_its_label_word_takes_the_paragraph_below_as_its_value() -> None:
    """set m, 64-06: "Reason for the review" read as the label "reason" and the value "for the
    review"."""
    fields = _read(
        "Review Child Protection Conference\n\nReason for the review\n\n"
        "The children were made subject to plans (neglect) in October 2026.",
        location="body",
    )
    assert fields.reason is not None
    assert fields.reason.startswith("The children were made subject to plans")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("CareDirector\tCD498832\nPhone conference ID: 176 163 191#", "CD498832"),
        ("Mosaic\tMOS335512", "MOS335512"),
        ("Meeting ID: 681 253 655 369\nPhone Conference ID: 182 282 274#", None),
        ("Conference ID: 909 751 883#", None),  # the old Teams block's own label
    ],
)
def test_a_teams_join_blocks_codes_are_no_case_reference_and_a_systems_name_labels_one(
    text: str, reference: str | None
) -> None:
    """set m, layout 64: the dial-in code of the Teams block was the case's reference."""
    assert _read(text, location="body").local_reference == reference


def test_a_person_then_their_role_is_no_label_and_a_date_label_needs_a_day() -> None:
    """Issue 11, set u: "Niamh O'Rourke - social worker" in a core group's list was read as the
    social worker label, the mother on the next line its value; "When I visited on 12 November
    …" as the conference date."""
    lines = (
        "Core group members:",
        "Niamh O'Rourke - social worker",
        "Rachel Greenwood - mother",
        "When I visited on 12 November Poppy was quieter than usual.",
        "Date 14/01/2027",
    )
    found = labelled_values([Page("body", lines)])
    assert [(c.field, c.value) for c in found] == [("date", "14/01/2027")]


def test_an_hour_alone_after_the_meeting_s_date_is_its_time() -> None:
    """Issue 11, set u: "booked weds 13th at 10 at castleford childrens centre"."""
    from parsers.fields_conference import _time_and_venue

    assert _time_and_venue(" at 10 at castleford childrens centre")[0] == time(10, 0)
    assert _time_and_venue(" at 2, Room 4")[0] == time(14, 0)
    assert _time_and_venue(" at 25 Bank Street")[0] is None
    assert _time_and_venue(" at 10 Bank Street, Leeds")[0] is None


def test_a_sentence_pointing_back_to_the_meeting_gives_its_date() -> None:
    """Issue 11, set v: "This is the first child protection conference for Ava Clegg (born 3
    March 2011). It is on Friday 29 January 2027 at 10.30am at Wakefield One."."""
    page = Page(
        "body",
        (
            "This is the first child protection conference for Ava Clegg (born 3 March 2011).",
            "It is on Friday 29 January 2027 at 10.30am at Wakefield One.",
        ),
    )
    fields = read_fields(info=_info(), pages=[page])
    assert (fields.date, fields.time) == (date(2027, 1, 29), time(10, 30))
    assert fields.kind is ConferenceKind.INITIAL


def test_a_colleagues_forward_takes_the_district_of_the_council_it_carries() -> None:
    """Issue 11, set v: a DS forwards a council's invitation from inside the force; the
    district is the innermost forwarded council's, not unknown (and not the content's guess)."""
    info = replace(
        _info("FW: ICPC", "ds.a@westyorkshire.police.uk"),
        forwarded_from=("pc.b@westyorkshire.police.uk", "clerk@bradford.gov.uk"),
    )
    text = "ICPC on 12/01/2027 at 10:00 at Wakefield One"  # the content names another council
    got = read_fields(info=info, pages=[Page(location="body", lines=(text,))])
    assert (got.district, got.district_source) == ("bradford", "forwarded")


def test_full_width_forms_are_read_as_their_ascii() -> None:
    """Issue 11, set y: a form pasted from a document set in a full-width font."""
    got = _read(
        "Conference：Initial Child Protection Conference\n"
        "Conference date：１４／01／2027\nStart time：13：30\n"
        "Child：Zofia Test（DOB ０２/02/2019）\nMother：Magda Test（mum）"
    )
    assert got.date == date(2027, 1, 14) and got.time == time(13, 30)
    assert [a.name for a in got.adults] == ["Magda Test"]


def test_a_letters_own_date_already_past_is_not_the_conference_date() -> None:
    """Issue 11, set v: a letter to a parent dated the day before it was sent, with the
    conference's day in its prose."""
    got = _read(
        "Private and confidential\nMiss Jo Test, 1 Road, Halifax\n"
        "Date: 20 November 2026\tRef: CP/26/0913\nDear Jo,\n"
        "The Initial Child Protection Conference is on Monday 7 December 2026 at 2pm at "
        "Halifax Town Hall.",
        location="letter.pdf p1",
    )
    assert (got.date, got.time) == (date(2026, 12, 7), time(14, 0))

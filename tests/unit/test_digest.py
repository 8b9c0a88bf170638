"""The digest's pure parts: selection into sections, markings, initials, schedule, rendering."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.digest import (
    Digest,
    DigestItem,
    MailboxHealth,
    highest_marking,
    initials,
    normalise_marking,
    select_digest,
)
from desk.digest_recipients import address_hash, allowed_recipients, message_id_for
from desk.digest_render import case_link, render_digest
from desk.digest_schedule import (
    digest_due,
    digest_trigger,
    next_digest_at,
)
from parsers.records import Person
from tasks.records import Attendance, Occurrence, Task, TaskStatus
from tests.unit.test_digest_support import BASE_URL, DAY, NOW, RecordingLog
from tests.unit.test_tasks_support import CANARY_CHILD, make_result, stored_occurrence
from triage.records import Flag, Suggestion
from triage.workdays import ENGLAND, working_days

SINCE = NOW - timedelta(days=1)


def case(
    n: int,
    *,
    created: datetime = NOW - timedelta(hours=3),
    conference: date | None = date(2026, 11, 27),
    marking: str | None = "OFFICIAL-SENSITIVE",
    children: tuple[Person, ...] = (Person(CANARY_CHILD, None),),
    **task_changes: Any,
) -> tuple[Occurrence, Task]:
    occurrence = stored_occurrence(make_result(children=children, marking=marking))
    task = replace(occurrence.tasks[0], id=f"CPC-2026-{n:06d}-T1", created_at=created)
    task = replace(task, **task_changes)
    occurrence = replace(occurrence, id=f"CPC-2026-{n:06d}", date=conference, tasks=(task,))
    return occurrence, task


def digest_of(*pairs: tuple[Occurrence, Task], **kwargs: Any) -> Digest:
    return select_digest(
        pairs,
        district="wakefield",
        day=DAY,
        since=SINCE,
        until=NOW,
        **kwargs,
    )


def ids(items: tuple[DigestItem, ...]) -> list[str]:
    return [i.task_id for i in items]


def test_only_tasks_that_arrived_in_the_window_are_new_grouped_by_suggestion() -> None:
    fresh_review = case(1, suggested=Suggestion.MANUAL_REVIEW)
    fresh_attend = case(2)
    old = case(3, created=SINCE - timedelta(minutes=1))
    digest = digest_of(fresh_review, fresh_attend, old)
    groups = {s: ids(items) for s, items in digest.new_by_suggestion}
    assert groups == {
        Suggestion.MANUAL_REVIEW: ["CPC-2026-000001-T1"],
        Suggestion.ATTEND: ["CPC-2026-000002-T1"],
    }
    assert len(digest.awaiting_decision) == 3


def test_attending_without_an_officer_is_listed_within_five_working_days_only() -> None:
    decided: dict[str, Any] = {"status": TaskStatus.DECIDED, "decision": Attendance.ATTEND}
    soon = case(1, conference=ENGLAND.after(DAY, 5), **decided)
    later = case(2, conference=ENGLAND.after(DAY, 6), **decided)
    staffed = case(3, conference=DAY, allocated_officer="PC 1234", **decided)
    digest = digest_of(soon, later, staffed)
    assert ids(digest.unallocated) == ["CPC-2026-000001-T1"]


def test_reports_are_sorted_into_today_next_working_day_and_overdue() -> None:
    friday = date(2026, 11, 27)
    today = case(1, report_due=friday)
    monday = case(2, report_due=date(2026, 11, 30))
    overdue = case(3, report_due=date(2026, 11, 25))
    sent = case(4, report_due=date(2026, 11, 25), status=TaskStatus.REPORT_SENT)
    digest = select_digest(
        [today, monday, overdue, sent], district="wakefield", day=friday, since=SINCE, until=NOW
    )
    assert digest.next_working_day == date(2026, 11, 30)
    assert ids(digest.reports_due_today) == ["CPC-2026-000001-T1"]
    assert ids(digest.reports_due_next) == ["CPC-2026-000002-T1"]
    assert ids(digest.reports_overdue) == ["CPC-2026-000003-T1"]


def test_the_next_working_day_of_a_districts_digest_skips_its_closure_days() -> None:
    friday, closed_monday, tuesday = date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)
    due_tuesday = case(1, report_due=tuesday)
    digest = select_digest(
        [due_tuesday],
        district="wakefield",
        day=friday,
        since=SINCE,
        until=NOW,
        calendar=working_days([closed_monday]),
    )
    assert digest.next_working_day == tuesday
    assert ids(digest.reports_due_next) == ["CPC-2026-000001-T1"]


def test_late_notice_and_manual_review_have_their_own_sections_and_closed_tasks_none() -> None:
    late = case(1, flags=(Flag.LATE_NOTICE,))
    review = case(2, suggested=Suggestion.MANUAL_REVIEW)
    closed = case(3, suggested=Suggestion.MANUAL_REVIEW, status=TaskStatus.CLOSED)
    digest = digest_of(late, review, closed)
    assert ids(digest.late_notice) == ["CPC-2026-000001-T1"]
    assert ids(digest.manual_review) == ["CPC-2026-000002-T1"]
    assert "CPC-2026-000003-T1" not in ids(digest.items)


def test_the_marking_is_the_highest_and_never_below_official_sensitive_for_cases() -> None:
    assert highest_marking([]) == "OFFICIAL"
    assert highest_marking(["OFFICIAL"]) == "OFFICIAL-SENSITIVE"
    assert highest_marking(["OFFICIAL", "Secret"]) == "SECRET"
    assert normalise_marking("Official Sensitive Personal") == "OFFICIAL-SENSITIVE"
    assert normalise_marking("OFFICIAL") == "OFFICIAL"
    assert normalise_marking(None) == "OFFICIAL-SENSITIVE"
    assert normalise_marking("TOP-SECRET") == "TOP SECRET"
    empty = select_digest([], district="leeds", day=DAY, since=SINCE, until=NOW)
    assert empty.marking == "OFFICIAL"
    assert digest_of(case(1, marking="SECRET")).marking == "SECRET"


@given(st.text(max_size=60))
def test_initials_never_contain_more_than_first_letters_and_dots(name: str) -> None:
    result = initials(name)
    assert result == "?" or all(
        part.isalpha() and len(part) == 1 for part in result.split(".")[:-1]
    )


def test_initials_of_a_double_barrelled_name() -> None:
    assert initials("Zebedee Quillfeather-Smith") == "Z.Q.S."


def test_working_days_skip_weekends_and_english_bank_holidays() -> None:
    assert not ENGLAND.is_working_day(date(2026, 12, 25))
    assert not ENGLAND.is_working_day(date(2026, 12, 28))
    assert ENGLAND.is_working_day(date(2026, 12, 24))
    assert ENGLAND.after(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert not ENGLAND.is_working_day(date(2026, 8, 31))  # late summer bank holiday (England)


def test_the_digest_is_due_on_working_days_after_the_configured_time() -> None:
    at = time(7, 30)
    assert not digest_due(datetime(2026, 11, 24, 7, 29, tzinfo=UTC), send_at=at)
    assert digest_due(datetime(2026, 11, 24, 7, 30, tzinfo=UTC), send_at=at)
    assert not digest_due(datetime(2026, 11, 28, 9, 0, tzinfo=UTC), send_at=at)  # Saturday
    # British Summer Time: 07:30 in London is 06:30 UTC
    assert digest_due(datetime(2026, 6, 2, 6, 30, tzinfo=UTC), send_at=at)
    with pytest.raises(ValueError):
        digest_due(datetime(2026, 11, 24, 8, 0), send_at=at)


def test_the_next_run_after_christmas_eve_is_the_29th_at_the_set_time() -> None:
    after = next_digest_at(datetime(2026, 12, 24, 9, 0, tzinfo=UTC), send_at=time(7, 30))
    assert after == datetime(2026, 12, 29, 7, 30, tzinfo=UTC)


def test_the_cron_trigger_fires_only_on_weekdays_in_sending_hours() -> None:
    trigger = digest_trigger(send_at=time(7, 30))
    fire = trigger.get_next_fire_time(None, datetime(2026, 11, 27, 19, 0, tzinfo=UTC))
    assert fire is not None and fire.date() == date(2026, 11, 30) and fire.hour == 7


def test_rendering_links_each_case_and_escapes_names_in_the_html() -> None:
    hostile = Person("<script>alert(1)</script> Quill", None)
    digest = digest_of(case(1, children=(hostile,)), include_names=True)
    rendered = render_digest(digest, base_url=BASE_URL + "/")
    assert case_link(BASE_URL, "CPC-2026-000001-T1") in rendered.html
    assert f"{BASE_URL}/tasks/CPC-2026-000001-T1" in rendered.text
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert rendered.subject.startswith("OFFICIAL-SENSITIVE: CPC digest – Wakefield – Tue 24 Nov")


def test_mailbox_health_shows_the_last_good_poll_and_error_kinds() -> None:
    health = MailboxHealth(
        "default",
        last_ok_at=datetime(2026, 11, 24, 7, 40, tzinfo=UTC),
        recent_errors=((datetime(2026, 11, 24, 3, 0, tzinfo=UTC), "source_unreachable"),),
    )
    rendered = render_digest(digest_of(health=(health,)), base_url=BASE_URL)
    assert "Tue 24 Nov 2026 07:40" in rendered.text and "source_unreachable" in rendered.html


def test_recipients_outside_the_allow_list_are_dropped_and_logged_as_a_hash() -> None:
    log = RecordingLog()
    allowed = allowed_recipients(
        ["a@force.example", "B@Force.Example", "x@evil.example", "c@force.example>, d@evil"],
        allow_list=("@force.example",),
        district="leeds",
        log=log,
    )
    assert allowed == ("a@force.example", "B@Force.Example")
    refused = log.named("digest_recipient_refused")
    assert next(r["recipient_hash"] for r in refused) == address_hash("x@evil.example")
    assert "evil" not in log.text()


def test_the_message_id_is_the_same_for_the_same_district_and_day() -> None:
    first = message_id_for("Wakefield", DAY, domain="cpc.example")
    assert first == message_id_for("Wakefield", DAY, domain="cpc.example")
    assert first != message_id_for("Wakefield", DAY + timedelta(days=1), domain="cpc.example")

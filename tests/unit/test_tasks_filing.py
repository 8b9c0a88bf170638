"""The filing plan: what one triaged message does to the occurrences already filed (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from parsers.records import ConferenceKind, MessageKind, Person
from tasks.filing import AlreadyFiled, Filing, FilingAction, plan_filing
from tasks.lifecycle import Action, transition
from tasks.names import name_key
from tasks.records import UNASSIGNED, NominalRole, Occurrence, OccurrenceStatus, TaskStatus
from tests.unit.test_tasks_support import AT, CANARY_CHILD, CANARY_DOB, make_key, make_result
from triage.records import Flag, Suggestion, TriageResult

LATER = AT + timedelta(days=2)


def _stored(plan: Filing, occurrence_id: str = "CPC-2026-000001") -> Occurrence:
    """The occurrence as the store would number it."""
    occurrence = replace(plan.occurrence, id=occurrence_id)
    tasks = tuple(
        replace(t, id=f"{occurrence_id}-T{i + 1}", occurrence_id=occurrence_id)
        for i, t in enumerate(occurrence.tasks)
    )
    return replace(occurrence, tasks=tasks)


def _first_filed(**overrides: Any) -> Occurrence:
    plan = plan_filing(make_result(**overrides), key=make_key(1), existing=(), filed_keys=(), at=AT)
    assert isinstance(plan, Filing)
    return _stored(plan)


def _plan(result: TriageResult, *existing: Occurrence, n: int = 2) -> Filing:
    plan = plan_filing(
        result, key=make_key(n), existing=existing, filed_keys=[make_key(1)], at=LATER
    )
    assert isinstance(plan, Filing)
    return plan


def test_a_new_invitation_files_a_new_occurrence_and_a_new_task() -> None:
    plan = plan_filing(make_result(), key=make_key(1), existing=(), filed_keys=(), at=AT)
    assert isinstance(plan, Filing)
    assert plan.action is FilingAction.NEW_OCCURRENCE
    occurrence, task = plan.occurrence, plan.task
    assert occurrence.id == UNASSIGNED and occurrence.type == "Case Conference"
    assert occurrence.subtype == "Initial Child Protection Conference"
    assert occurrence.date == date(2026, 12, 3) and occurrence.status is OccurrenceStatus.OPEN
    assert [(n.role, n.name) for n in occurrence.nominals] == [
        (NominalRole.SUBJECT_CHILD, CANARY_CHILD),
        (NominalRole.ADULT, "Chelsea Quillfeather"),
    ]
    assert task.status is TaskStatus.NEW and task.suggested is Suggestion.ATTEND
    assert task.queue == "calderdale case conference mailbox"
    assert task.report_due == date(2026, 11, 30) and task.source_sha256 == make_key(1).sha256


def test_the_same_source_identity_is_already_filed() -> None:
    key = make_key(1)
    again = replace(key, sha256="f" * 64)  # re-fetched bytes differ (a header added in transit)
    plan = plan_filing(make_result(), key=again, existing=(), filed_keys=[key], at=AT)
    assert isinstance(plan, AlreadyFiled) and plan.matched_on == "source identity"


def test_the_same_bytes_from_another_mailbox_are_already_filed() -> None:
    key = make_key(1)
    other = replace(key, source="graph:cppu2", source_id="AAMk-immutable")
    plan = plan_filing(make_result(), key=other, existing=(), filed_keys=[key], at=AT)
    assert isinstance(plan, AlreadyFiled) and plan.matched_on == "sha256"


def test_a_shared_message_id_alone_is_not_already_filed() -> None:
    first = make_key(1, message_id="<same@calderdale.gov.uk>")
    second = make_key(2, message_id="<same@calderdale.gov.uk>")
    plan = plan_filing(make_result(), key=second, existing=(), filed_keys=[first], at=AT)
    assert isinstance(plan, Filing)


def test_a_reschedule_moves_the_occurrence_with_the_same_council_reference() -> None:
    existing = _first_filed()
    moved = make_result(
        on=date(2026, 12, 10),
        at_time=time(14, 0),
        children=(),
        adults=(),
        message_kind=MessageKind.RESCHEDULE,
        reschedules=True,
        previous_date=date(2026, 12, 3),
        flags=(Flag.RESCHEDULED,),
        report_due=date(2026, 12, 7),
    )
    plan = _plan(moved, existing)
    assert plan.action is FilingAction.RESCHEDULE
    assert plan.occurrence.id == existing.id and plan.occurrence.version == existing.version
    assert (plan.occurrence.date, plan.occurrence.time) == (date(2026, 12, 10), time(14, 0))
    assert plan.occurrence.history[-1].action == "reschedule"
    assert "2026-12-03" in (plan.occurrence.history[-1].detail or "")
    assert plan.task.id == existing.tasks[0].id
    assert plan.task.report_due == date(2026, 12, 7) and Flag.RESCHEDULED in plan.task.flags
    assert plan.occurrence.nominals == existing.nominals


def test_a_reschedule_finds_the_family_by_children_written_differently() -> None:
    existing = _first_filed()
    moved = make_result(
        reference=None,
        on=date(2026, 12, 10),
        reschedules=True,
        previous_date=date(2026, 12, 3),
        children=(Person("QUILLFEATHER,  zebedee", CANARY_DOB),),
    )
    plan = _plan(moved, existing)
    assert plan.action is FilingAction.RESCHEDULE and plan.occurrence.id == existing.id


def test_a_reschedule_keeps_the_supervisors_decision_and_flags_it() -> None:
    existing = _first_filed()
    decided = transition(
        existing.tasks[0], action=Action.ATTEND, actor="ds.1234", at=AT, officer="pc.5678"
    )
    existing = replace(existing, tasks=(decided,))
    plan = _plan(make_result(on=date(2026, 12, 10), reschedules=True), existing)
    assert plan.task.status is TaskStatus.DECIDED and plan.task.allocated_officer == "pc.5678"
    assert Flag.RESCHEDULED in plan.task.flags


def test_a_cancellation_marks_the_occurrence_closing_and_flags_its_open_tasks() -> None:
    existing = _first_filed()
    cancelled = make_result(
        message_kind=MessageKind.CANCELLATION,
        cancels=True,
        suggested=Suggestion.MANUAL_REVIEW,
        flags=(Flag.CANCELLED,),
    )
    plan = _plan(cancelled, existing)
    assert plan.action is FilingAction.CANCEL
    assert plan.occurrence.status is OccurrenceStatus.CLOSING
    assert plan.occurrence.history[-1].action == "cancel"
    assert len(plan.occurrence.tasks) == 1 and Flag.CANCELLED in plan.task.flags


def test_a_cancellation_of_a_conference_whose_tasks_are_closed_adds_a_task_to_see() -> None:
    existing = _first_filed()
    closed = transition(
        existing.tasks[0],
        action=Action.WITHDRAW,
        actor="ds.1234",
        at=AT,
        reason="dealt with by phone",
    )
    existing = replace(existing, tasks=(closed,))
    plan = _plan(make_result(cancels=True, flags=(Flag.CANCELLED,)), existing)
    assert plan.occurrence.tasks[0] == closed
    assert plan.task_index == 1 and plan.task.is_open and Flag.CANCELLED in plan.task.flags


def test_minutes_for_a_filed_conference_are_attached_with_a_manual_review_task() -> None:
    existing = _first_filed()
    minutes = make_result(
        message_kind=MessageKind.MINUTES,
        suggested=Suggestion.MANUAL_REVIEW,
        flags=(Flag.NOT_AN_INVITATION,),
    )
    plan = _plan(minutes, existing)
    assert plan.action is FilingAction.ATTACH and plan.occurrence.id == existing.id
    assert plan.occurrence.history[-1].action == "attach"
    assert plan.task_index == 1 and plan.task.id == UNASSIGNED
    assert plan.task.occurrence_id == existing.id
    assert plan.task.suggested is Suggestion.MANUAL_REVIEW
    assert Flag.NOT_AN_INVITATION in plan.task.flags


def test_the_same_conference_from_another_message_is_a_possible_duplicate() -> None:
    existing = _first_filed()
    plan = _plan(make_result(reference="LCS-991421-B"), existing)  # another form, same child
    assert plan.action is FilingAction.POSSIBLE_DUPLICATE and plan.occurrence.id == existing.id
    assert plan.task_index == 1 and Flag.POSSIBLE_DUPLICATE in plan.task.flags
    assert plan.occurrence.tasks[0] == existing.tasks[0]


def test_a_later_review_for_the_same_child_is_a_new_occurrence() -> None:
    existing = _first_filed()
    review = make_result(kind=ConferenceKind.REVIEW, on=date(2027, 3, 3))
    plan = _plan(review, existing)
    assert plan.action is FilingAction.NEW_OCCURRENCE
    assert plan.task.queue == "calderdale sgu supervision"
    assert Flag.POSSIBLE_DUPLICATE not in plan.task.flags


def test_a_child_with_the_same_name_but_another_birthday_is_someone_else() -> None:
    existing = _first_filed()
    other = make_result(reference=None, children=(Person(CANARY_CHILD, date(2015, 1, 1)),))
    assert _plan(other, existing).action is FilingAction.NEW_OCCURRENCE


def test_the_same_reference_in_another_district_is_another_family() -> None:
    existing = _first_filed()
    other = make_result(
        district="wakefield",
        children=(Person("Ann Other", None),),
        on=date(2026, 12, 10),
        reschedules=True,
    )
    plan = _plan(other, existing)
    assert plan.action is FilingAction.NEW_OCCURRENCE
    assert plan.task.queue == "wakefield supervision"


def test_a_reschedule_for_an_unknown_conference_files_a_new_occurrence() -> None:
    plan = _plan(make_result(reschedules=True, flags=(Flag.RESCHEDULED,)))
    assert plan.action is FilingAction.NEW_OCCURRENCE and Flag.RESCHEDULED in plan.task.flags


def test_a_reschedule_that_could_be_either_of_two_conferences_goes_to_a_person() -> None:
    first = _first_filed()
    second = replace(_first_filed(on=date(2027, 1, 7)), id="CPC-2026-000002")
    plan = _plan(make_result(on=date(2027, 2, 1), reschedules=True), first, second)
    assert plan.action is FilingAction.NEW_OCCURRENCE
    assert Flag.POSSIBLE_DUPLICATE in plan.task.flags


def test_a_closed_occurrence_is_never_changed_by_a_new_message() -> None:
    existing = replace(_first_filed(), status=OccurrenceStatus.CLOSED)
    plan = _plan(make_result(cancels=True), existing)
    assert plan.action is FilingAction.NEW_OCCURRENCE


def test_an_unborn_child_is_filed_as_an_unborn_nominal() -> None:
    result = make_result(children=(Person("Baby Quillfeather", date(2027, 2, 1), expected=True),))
    plan = _plan(result)
    assert plan.occurrence.nominals[0].role is NominalRole.UNBORN_CHILD


def test_planning_is_pure_the_same_inputs_give_the_same_plan() -> None:
    existing = _first_filed()
    result = make_result(on=date(2026, 12, 10), reschedules=True)
    assert _plan(result, existing) == _plan(result, existing)


_name_part = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-", min_size=1, max_size=12
).filter(lambda w: any(c.isalpha() for c in w))


@given(first=_name_part, last=_name_part, spaces=st.integers(min_value=1, max_value=4))
def test_a_name_key_ignores_case_order_spacing_and_punctuation(
    first: str, last: str, spaces: int
) -> None:
    assert name_key(f"{last.upper()},{' ' * spaces}{first.lower()}") == name_key(f"{first} {last}")


def test_a_name_key_ignores_accents() -> None:
    assert name_key("Zoë  BRONTË") == name_key("zoe bronte")
    assert name_key("Zoe Smith") != name_key("Zoe Smyth")

"""The Calderdale task lifecycle (`seeds/003_…`): every legal path and every illegal step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from tasks.filing import Filing, plan_filing
from tasks.lifecycle import Action, LifecycleError, transition
from tasks.records import Attendance, Task, TaskStatus
from tests.unit.test_tasks_support import AT, make_key, make_result
from triage.records import Suggestion

DS, OFFICER = "ds.1234", "pc.5678"


def _task(suggested: Suggestion = Suggestion.ATTEND) -> Task:
    plan = plan_filing(
        make_result(suggested=suggested), key=make_key(1), existing=(), filed_keys=(), at=AT
    )
    assert isinstance(plan, Filing)
    return replace(plan.task, id="CPC-2026-000001-T1")


def _step(task: Task, action: Action, *, minutes: int = 1, **kwargs: Any) -> Task:
    return transition(task, action=action, actor=DS, at=AT + timedelta(minutes=minutes), **kwargs)


# The paths of `seeds/003_…`, written out step by step.
ATTENDING: list[tuple[Action, dict[str, Any], TaskStatus]] = [
    (Action.ATTEND, {"officer": OFFICER}, TaskStatus.DECIDED),
    (Action.REPORT_SENT, {}, TaskStatus.REPORT_SENT),
    (Action.OUTCOME_RECORDED, {}, TaskStatus.OUTCOME_RECORDED),
    (Action.MINUTES_RECEIVED, {}, TaskStatus.MINUTES_RECEIVED),
    (Action.CLOSE, {}, TaskStatus.CLOSED),
]
NOT_ATTENDING: list[tuple[Action, dict[str, Any], TaskStatus]] = [
    (Action.NOT_ATTENDING, {"reason": "no police involvement"}, TaskStatus.DECIDED),
    (Action.REPORT_SENT, {}, TaskStatus.REPORT_SENT),
    (Action.MINUTES_RECEIVED, {}, TaskStatus.MINUTES_RECEIVED),
    (Action.CLOSE, {}, TaskStatus.CLOSED),
]


@pytest.mark.parametrize("path", [ATTENDING, NOT_ATTENDING], ids=["attend", "not-attending"])
def test_a_task_runs_the_whole_calderdale_path(
    path: list[tuple[Action, dict[str, str], TaskStatus]],
) -> None:
    task = _task()
    for minute, (action, kwargs, expected) in enumerate(path, start=1):
        task = _step(task, action, minutes=minute, **kwargs)
        assert task.status is expected
        assert task.history[-1].action == action.value and task.history[-1].actor == DS
    assert not task.is_open
    assert len(task.history) == 1 + len(path)


def test_attend_records_who_decided_when_and_the_officer() -> None:
    task = _step(_task(), Action.ATTEND, officer=OFFICER)
    assert task.decision is Attendance.ATTEND and task.allocated_officer == OFFICER
    assert task.decided_by == DS and task.decided_at == AT + timedelta(minutes=1)


def test_attend_without_an_officer_is_refused() -> None:
    with pytest.raises(LifecycleError, match="officer"):
        _step(_task(), Action.ATTEND)


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_not_attending_without_a_reason_is_refused(reason: str | None) -> None:
    with pytest.raises(LifecycleError, match="reason"):
        transition(_task(), action=Action.NOT_ATTENDING, actor=DS, at=AT, reason=reason)


def test_overriding_a_report_only_suggestion_needs_a_reason() -> None:
    task = _task(Suggestion.REPORT_ONLY)
    with pytest.raises(LifecycleError, match="overriding"):
        _step(task, Action.ATTEND, officer=OFFICER)
    decided = _step(task, Action.ATTEND, officer=OFFICER, reason="RSO visits the home")
    assert decided.decision_reason == "RSO visits the home"


@pytest.mark.parametrize("suggested", [Suggestion.DISCUSS, Suggestion.MANUAL_REVIEW])
def test_attending_after_a_discuss_or_review_suggestion_needs_no_reason(
    suggested: Suggestion,
) -> None:
    assert _step(_task(suggested), Action.ATTEND, officer=OFFICER).status is TaskStatus.DECIDED


def test_a_decision_can_change_until_the_report_is_sent() -> None:
    decided = _step(_task(), Action.ATTEND, officer=OFFICER)
    changed = _step(decided, Action.NOT_ATTENDING, reason="officer sick; chair agreed report")
    assert changed.decision is Attendance.NOT_ATTENDING and changed.allocated_officer is None
    sent = _step(changed, Action.REPORT_SENT)
    with pytest.raises(LifecycleError):
        _step(sent, Action.ATTEND, officer=OFFICER)


def test_a_replacement_officer_can_be_allocated_when_attending() -> None:
    decided = _step(_task(), Action.ATTEND, officer=OFFICER)
    again = _step(decided, Action.ALLOCATE, officer="pc.9999")
    assert again.allocated_officer == "pc.9999" and again.status is TaskStatus.DECIDED
    with pytest.raises(LifecycleError, match="officer"):
        _step(decided, Action.ALLOCATE)


def test_withdrawing_closes_an_open_task_only_with_a_reason() -> None:
    with pytest.raises(LifecycleError, match="reason"):
        _step(_task(), Action.WITHDRAW)
    closed = _step(_task(), Action.WITHDRAW, reason="conference cancelled")
    assert closed.status is TaskStatus.CLOSED


def test_the_actor_and_an_aware_time_are_required() -> None:
    with pytest.raises(LifecycleError):
        transition(_task(), action=Action.ATTEND, actor=" ", at=AT, officer=OFFICER)
    with pytest.raises(LifecycleError):
        transition(
            _task(), action=Action.ATTEND, actor=DS, at=datetime(2026, 11, 23), officer=OFFICER
        )


def _reach(status: TaskStatus, decision: Attendance) -> Task:
    path = ATTENDING if decision is Attendance.ATTEND else NOT_ATTENDING
    task = _task()
    for action, kwargs, _ in path:
        if task.status is status:
            return task
        task = _step(task, action, **kwargs)
    assert task.status is status
    return task


# Legal (status, decision) → actions, written from the seed independently of the code.
LEGAL: dict[tuple[TaskStatus, Attendance | None], set[Action]] = {
    (TaskStatus.NEW, None): {Action.ATTEND, Action.NOT_ATTENDING, Action.WITHDRAW},
    (TaskStatus.DECIDED, Attendance.ATTEND): {
        Action.ATTEND,
        Action.NOT_ATTENDING,
        Action.ALLOCATE,
        Action.REPORT_SENT,
        Action.WITHDRAW,
    },
    (TaskStatus.DECIDED, Attendance.NOT_ATTENDING): {
        Action.ATTEND,
        Action.NOT_ATTENDING,
        Action.REPORT_SENT,
        Action.WITHDRAW,
    },
    (TaskStatus.REPORT_SENT, Attendance.ATTEND): {
        Action.ALLOCATE,
        Action.OUTCOME_RECORDED,
        Action.WITHDRAW,
    },
    (TaskStatus.REPORT_SENT, Attendance.NOT_ATTENDING): {Action.MINUTES_RECEIVED, Action.WITHDRAW},
    (TaskStatus.OUTCOME_RECORDED, Attendance.ATTEND): {Action.MINUTES_RECEIVED, Action.WITHDRAW},
    (TaskStatus.MINUTES_RECEIVED, Attendance.ATTEND): {Action.CLOSE, Action.WITHDRAW},
    (TaskStatus.MINUTES_RECEIVED, Attendance.NOT_ATTENDING): {Action.CLOSE, Action.WITHDRAW},
    (TaskStatus.CLOSED, Attendance.ATTEND): set(),
    (TaskStatus.CLOSED, Attendance.NOT_ATTENDING): set(),
}
# Escalating ("discuss with the chair / DI") is open to every task that is still open.
for (_status, _decision), _actions in LEGAL.items():
    if _status is not TaskStatus.CLOSED:
        _actions.add(Action.ESCALATE)
EVERYTHING = {"officer": OFFICER, "reason": "a reason"}


def test_escalating_needs_a_note_and_leaves_the_status_as_it_was() -> None:
    task = _reach(TaskStatus.DECIDED, Attendance.NOT_ATTENDING)
    with pytest.raises(LifecycleError):
        _step(task, Action.ESCALATE, minutes=30)
    escalated = _step(task, Action.ESCALATE, minutes=30, reason="chair asks for a DI view")
    assert escalated.status is TaskStatus.DECIDED
    assert escalated.history[-1].action == "escalate"
    assert escalated.history[-1].detail == "chair asks for a DI view"


@pytest.mark.parametrize(("status", "decision"), list(LEGAL), ids=lambda v: str(v))
@pytest.mark.parametrize("action", list(Action))
def test_each_action_is_allowed_exactly_where_the_process_allows_it(
    status: TaskStatus, decision: Attendance | None, action: Action
) -> None:
    task = _reach(status, decision or Attendance.ATTEND)
    if action in LEGAL[(status, decision)]:
        assert _step(task, action, minutes=30, **EVERYTHING).history[-1].action == action.value
    else:
        with pytest.raises(LifecycleError):
            _step(task, action, minutes=30, **EVERYTHING)

"""The Calderdale task lifecycle as a pure state machine (`seeds/003_…`, DOMAIN.md §1.7).

    new ──attend (officer)──────┐
     │ └─not_attending (reason)─┤
     │                          ▼
     │                       decided ──report_sent──► report_sent
     │            (allocate: another officer)          │        │
     │                                  outcome_recorded│        │ minutes_received
     │                               (attending only)   ▼        │ (not attending)
     │                                      outcome_recorded      │
     │                                           │minutes_received▼
     │                                           └────► minutes_received ──close──► closed
     └── withdraw (reason), from any open status ─────────────────────────────────► closed

Rules the supervisor works by:
- "attend" becomes `decided` only with an allocated officer ("decides whether an officer should
  attend and identify that officer");
- "not attending" needs the reason ("endorse the occurrence giving reason of non-attendance");
- going against the suggestion (a `report_only` suggestion decided "attend", an `attend`
  suggestion decided "not attending") needs a reason: the person decides and says why (Part 3
  DPA 2018 on automated decisions, DOMAIN.md §2.6);
- a decision may be changed until the report is sent; `withdraw` closes a task that will not run
  its course (a cancelled conference, a duplicate) and needs a reason.
"""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import datetime

from tasks.errors import TasksError
from tasks.records import Attendance, HistoryEntry, Task, TaskStatus
from triage.records import Suggestion


class LifecycleError(TasksError, ValueError):
    """A transition the Calderdale process does not allow, or one missing what it needs."""


class Action(enum.StrEnum):
    ATTEND = "attend"
    NOT_ATTENDING = "not_attending"
    ALLOCATE = "allocate"
    REPORT_SENT = "report_sent"
    OUTCOME_RECORDED = "outcome_recorded"
    MINUTES_RECEIVED = "minutes_received"
    CLOSE = "close"
    WITHDRAW = "withdraw"
    ESCALATE = "escalate"  # "discuss with the chair / DI": a note, no change of status


_DECIDABLE = frozenset({TaskStatus.NEW, TaskStatus.DECIDED})


def transition(
    task: Task,
    *,
    action: Action,
    actor: str,
    at: datetime,
    reason: str | None = None,
    officer: str | None = None,
) -> Task:
    """Return `task` after `action` by `actor`, or raise `LifecycleError`."""
    if not actor.strip():
        raise LifecycleError("an action needs the person who took it")
    if at.tzinfo is None:
        raise LifecycleError("the time of an action must be timezone-aware")
    if not task.is_open:
        raise LifecycleError(f"task {task.id} is closed")
    reason = _clean(reason)
    officer = _clean(officer)
    if action in (Action.ATTEND, Action.NOT_ATTENDING):
        changed = _decide(task, action=action, actor=actor, at=at, reason=reason, officer=officer)
    else:
        changed = _progress(task, action=action, reason=reason, officer=officer)
    detail = "; ".join(x for x in (officer and f"officer {officer}", reason) if x) or None
    entry = HistoryEntry(at=at, actor=actor, action=action.value, detail=detail)
    return replace(changed, updated_at=at, history=(*task.history, entry))


def _decide(
    task: Task,
    *,
    action: Action,
    actor: str,
    at: datetime,
    reason: str | None,
    officer: str | None,
) -> Task:
    if task.status not in _DECIDABLE:
        raise LifecycleError(f"cannot decide a task that is {task.status.value}")
    attend = action is Action.ATTEND
    if attend and officer is None:
        raise LifecycleError("attend needs an allocated officer")
    if not attend and reason is None:
        raise LifecycleError("not attending needs the reason for non-attendance")
    if attend and task.suggested is Suggestion.REPORT_ONLY and reason is None:
        raise LifecycleError("overriding the suggestion needs a reason")
    return replace(
        task,
        status=TaskStatus.DECIDED,
        decision=Attendance.ATTEND if attend else Attendance.NOT_ATTENDING,
        decided_by=actor,
        decided_at=at,
        decision_reason=reason,
        allocated_officer=officer if attend else None,
    )


def _progress(task: Task, *, action: Action, reason: str | None, officer: str | None) -> Task:
    attending = task.decision is Attendance.ATTEND
    if action is Action.ALLOCATE:
        _require(task, TaskStatus.DECIDED, TaskStatus.REPORT_SENT, attending=True, action=action)
        if officer is None:
            raise LifecycleError("allocate needs the officer")
        return replace(task, allocated_officer=officer)
    if action is Action.ESCALATE:
        if reason is None:
            raise LifecycleError("escalating needs a note")
        return task
    if action is Action.WITHDRAW:
        if reason is None:
            raise LifecycleError("withdrawing a task needs a reason")
        return replace(task, status=TaskStatus.CLOSED)
    if action is Action.REPORT_SENT:
        _require(task, TaskStatus.DECIDED, action=action)
        return replace(task, status=TaskStatus.REPORT_SENT)
    if action is Action.OUTCOME_RECORDED:
        _require(task, TaskStatus.REPORT_SENT, attending=True, action=action)
        return replace(task, status=TaskStatus.OUTCOME_RECORDED)
    if action is Action.MINUTES_RECEIVED:
        before = TaskStatus.OUTCOME_RECORDED if attending else TaskStatus.REPORT_SENT
        _require(task, before, action=action)
        return replace(task, status=TaskStatus.MINUTES_RECEIVED)
    _require(task, TaskStatus.MINUTES_RECEIVED, action=action)
    return replace(task, status=TaskStatus.CLOSED)


def _require(task: Task, *allowed: TaskStatus, action: Action, attending: bool = False) -> None:
    if task.status not in allowed:
        raise LifecycleError(f"{action.value} is not allowed when the task is {task.status.value}")
    if attending and task.decision is not Attendance.ATTEND:
        raise LifecycleError(f"{action.value} applies only when an officer attends")


def _clean(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return text.strip()

"""Which role may take which action (issue 6 "Roles"), and which actions a task offers now.

The lifecycle (`tasks.lifecycle`) decides what is possible from a status; this table decides
who may: a clerk records the report and the minutes but never decides; an officer records the
outcome of a conference they attended; the supervisor does everything else.
"""

from __future__ import annotations

from desk.accounts import Role
from tasks.records import Attendance, Task, TaskStatus

S, C, OFF = Role.SUPERVISOR, Role.CLERK, Role.OFFICER

ACTION_ROLES: dict[str, frozenset[Role]] = {
    "decide": frozenset({S}),
    "allocate": frozenset({S}),
    "report_sent": frozenset({S, C}),
    "outcome_recorded": frozenset({S, OFF}),
    "minutes_received": frozenset({S, C}),
    "close": frozenset({S}),
    "withdraw": frozenset({S}),
    "escalate": frozenset({S}),
}


def offered(task: Task) -> set[str]:
    """The actions the task's status allows (mirrors `tasks.lifecycle`, which has the last word)."""
    if not task.is_open:
        return set()
    attending = task.decision is Attendance.ATTEND
    status = task.status
    found = {"withdraw", "escalate"}
    if status in (TaskStatus.NEW, TaskStatus.DECIDED):
        found.add("decide")
    if status is TaskStatus.DECIDED:
        found.add("report_sent")
    if attending and status in (TaskStatus.DECIDED, TaskStatus.REPORT_SENT):
        found.add("allocate")
    if attending and status is TaskStatus.REPORT_SENT:
        found.add("outcome_recorded")
    if (
        status is TaskStatus.REPORT_SENT and not attending
    ) or status is TaskStatus.OUTCOME_RECORDED:
        found.add("minutes_received")
    if status is TaskStatus.MINUTES_RECEIVED:
        found.add("close")
    return found


def allowed_actions(role: Role, task: Task) -> set[str]:
    return {a for a in offered(task) if role in ACTION_ROLES[a]}

"""What the queue and the case page show about a task, computed once (pure functions).

"Past deadline": the report was due before today and has not been sent (or the triage already
flagged it). "Late notice": the council gave less notice than the district's minimum (the
triage's flag, or `notice_ok` false). Urgency: report due first, then conference date, as a
supervisor works the queue (issue 6); tasks without dates sort last, as they need a person to
find the date anyway — they are flagged, not hidden.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from parsers.records import LONDON
from tasks.records import Occurrence, Task, TaskStatus
from triage.records import Flag, Suggestion
from triage.workdays import WorkingDays

_FAR = date.max


@dataclass(frozen=True, slots=True)
class Row:
    occurrence: Occurrence
    task: Task
    past_deadline: bool
    late_notice: bool
    working_days_left: int | None = None  # until the report is due (negative: overdue)
    new: bool = False  # arrived since the person last opened the queue

    @property
    def arrived(self) -> datetime:
        """When the message was filed, on the unit's clock (Europe/London)."""
        return self.task.created_at.astimezone(LONDON)

    @property
    def children(self) -> str:
        return ", ".join(n.name for n in self.occurrence.children) or "—"


def row_of(
    occurrence: Occurrence,
    task: Task,
    *,
    today: date,
    calendar: WorkingDays,
    seen_at: datetime | None = None,
) -> Row:
    """`calendar` is the occurrence's district's (`Desk.calendar`): its closure days are not
    counted in the working days left (issue 14 item 5: the desk once counted them)."""
    unsent = task.status in (TaskStatus.NEW, TaskStatus.DECIDED)
    past = Flag.DEADLINE_PASSED in task.flags or (
        unsent and task.report_due is not None and task.report_due < today
    )
    late = Flag.LATE_NOTICE in task.flags or task.notice_ok is False
    left = calendar.left(today, task.report_due) if task.report_due else None
    new = seen_at is not None and task.created_at > seen_at
    return Row(
        occurrence, task, past_deadline=past, late_notice=late, working_days_left=left, new=new
    )


def by_urgency(rows: list[Row]) -> list[Row]:
    return sorted(
        rows,
        key=lambda r: (
            not r.past_deadline,
            r.task.report_due or _FAR,
            r.occurrence.date or _FAR,
            r.task.id,
        ),
    )


def counts(rows: list[Row]) -> dict[str, int]:
    """The figures at the top of the queue."""
    status = Counter(r.task.status.value for r in rows)
    return {
        "open": len(rows),
        "to decide": status[TaskStatus.NEW.value],
        "manual review": sum(1 for r in rows if r.task.suggested is Suggestion.MANUAL_REVIEW),
        "past deadline": sum(1 for r in rows if r.past_deadline),
        "late notice": sum(1 for r in rows if r.late_notice),
        "awaiting report": status[TaskStatus.DECIDED.value],
        "awaiting minutes": status[TaskStatus.REPORT_SENT.value]
        + status[TaskStatus.OUTCOME_RECORDED.value],
    }

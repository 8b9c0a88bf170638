"""The monthly figures for the protocol's audit (Leeds protocol `seeds/001_…` §2.2).

§2.2: "This protocol will be monitored as part of the LSCB audit programme". What the protocol
promises, and so what is counted, for the tasks whose invitation arrived in the month (London):

- invitations by district and conference kind (§1.5 counts ICPCs and RCPCs a month);
- notice compliance: 5 working days before an initial, 10 before a review (§5.4);
- written reports on time: "no later than 24 hours prior" (§5.7), i.e. by the task's report
  due date; sent late, overdue and not sent, not yet due;
- attendance decisions (§4.6–4.8) and how often the supervisor went against the suggestion,
  by the criteria that were met (an override needs a reason: `tasks.lifecycle`);
- time from arrival to decision.

`month_figures()` is pure (tasks and a clock in, numbers out). The report holds aggregates
only: no ids, names or references.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection

from parsers.records import LONDON
from tasks.records import SYSTEM_ACTOR, Attendance, Occurrence, Task
from tasks.store import TaskStore
from triage.records import Flag, Suggestion

KINDS = ("initial", "review", "transfer_in", "unknown")
NO_CRITERION = "no criterion met"
DELAY_BUCKETS = (
    ("under 4 hours", timedelta(hours=4)),
    ("4–24 hours", timedelta(hours=24)),
    ("1–2 days", timedelta(days=2)),
    ("2–5 days", timedelta(days=5)),
    ("over 5 days", timedelta.max),
)


@dataclass(frozen=True, slots=True)
class DistrictRow:
    district: str
    invitations: int
    kinds: tuple[int, ...]  # in KINDS order
    notice_ok: int
    notice_late: int
    notice_unknown: int
    reports_on_time: int
    reports_late: int
    reports_overdue: int  # due before the report date and not sent
    reports_pending: int  # not yet due
    attend: int
    not_attending: int
    undecided: int
    overrides: int
    median_hours_to_decision: float | None
    p90_hours_to_decision: float | None


@dataclass(frozen=True, slots=True)
class MonthFigures:
    month: str  # "2026-11"
    as_of: datetime
    districts: tuple[DistrictRow, ...]
    total: DistrictRow
    overrides_by_criterion: tuple[tuple[str, int, int], ...]  # criterion, overrides, decided
    suggestion_vs_decision: tuple[tuple[str, int, int, int], ...]  # suggested, attend, not, open
    delay_buckets: tuple[tuple[str, int], ...]


def month_bounds(month: str) -> tuple[date, date]:
    """ "2026-11" → (1 Nov 2026, 1 Dec 2026); ValueError for anything else."""
    start = datetime.strptime(month, "%Y-%m").date()
    end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, end


def load_month(
    store: TaskStore, *, month: str, actor: str = SYSTEM_ACTOR, connection: Connection | None = None
) -> list[tuple[Occurrence, Task]]:
    """The tasks whose invitation arrived in `month`, read through the store (consultation)."""
    start, end = month_bounds(month)
    purpose = f"monthly protocol audit report {month}"
    dated = store.list_queue(
        actor=actor,
        purpose=purpose,
        conference_from=start - timedelta(days=62),
        conference_to=end + timedelta(days=183),
        limit=1_000_000,
        connection=connection,
    )
    undated = store.list_queue(
        actor=actor,
        purpose=purpose,
        flag=Flag.MISSING_CONFERENCE_DATE.value,
        limit=1_000_000,
        connection=connection,
    )
    unique = {t.id: (o, t) for o, t in (*dated, *undated)}
    return [p for p in unique.values() if start <= _local_day(p[1].created_at) < end]


def month_figures(
    pairs: Sequence[tuple[Occurrence, Task]], *, month: str, as_of: datetime
) -> MonthFigures:
    """Count everything the audit asks for; `as_of` decides which reports are overdue."""
    by_district: dict[str, list[tuple[Occurrence, Task]]] = {}
    for occurrence, task in pairs:
        by_district.setdefault(occurrence.district or "unknown", []).append((occurrence, task))
    rows = tuple(
        _district_row(name, by_district[name], as_of=as_of) for name in sorted(by_district)
    )
    tasks = [t for _, t in pairs]
    return MonthFigures(
        month=month,
        as_of=as_of,
        districts=rows,
        total=_district_row("all districts", list(pairs), as_of=as_of),
        overrides_by_criterion=_overrides_by_criterion(tasks),
        suggestion_vs_decision=tuple(
            (
                s.value,
                sum(t.suggested is s and t.decision is Attendance.ATTEND for t in tasks),
                sum(t.suggested is s and t.decision is Attendance.NOT_ATTENDING for t in tasks),
                sum(t.suggested is s and t.decision is None for t in tasks),
            )
            for s in Suggestion
        ),
        delay_buckets=_delay_buckets(tasks),
    )


def is_override(task: Task) -> bool:
    """The supervisor decided against the suggestion (`tasks.lifecycle` asks a reason)."""
    return (task.suggested is Suggestion.ATTEND and task.decision is Attendance.NOT_ATTENDING) or (
        task.suggested is Suggestion.REPORT_ONLY and task.decision is Attendance.ATTEND
    )


def report_state(task: Task, *, as_of: datetime) -> str:
    """on_time / late / overdue / pending / none, from the `report_sent` history entry."""
    if task.report_due is None:
        return "none"
    sent = next((h.at for h in task.history if h.action == "report_sent"), None)
    if sent is not None:
        return "on_time" if _local_day(sent) <= task.report_due else "late"
    return "overdue" if task.report_due < _local_day(as_of) else "pending"


def _district_row(
    name: str, pairs: list[tuple[Occurrence, Task]], *, as_of: datetime
) -> DistrictRow:
    kinds = Counter(o.kind.value if o.kind else "unknown" for o, _ in pairs)
    tasks = [t for _, t in pairs]
    reports = Counter(report_state(t, as_of=as_of) for t in tasks)
    hours = sorted(
        (t.decided_at - t.created_at).total_seconds() / 3600 for t in tasks if t.decided_at
    )
    return DistrictRow(
        district=name,
        invitations=len(pairs),
        kinds=tuple(kinds[k] for k in KINDS),
        notice_ok=sum(t.notice_ok is True for t in tasks),
        notice_late=sum(t.notice_ok is False for t in tasks),
        notice_unknown=sum(t.notice_ok is None for t in tasks),
        reports_on_time=reports["on_time"],
        reports_late=reports["late"],
        reports_overdue=reports["overdue"],
        reports_pending=reports["pending"],
        attend=sum(t.decision is Attendance.ATTEND for t in tasks),
        not_attending=sum(t.decision is Attendance.NOT_ATTENDING for t in tasks),
        undecided=sum(t.decision is None for t in tasks),
        overrides=sum(is_override(t) for t in tasks),
        median_hours_to_decision=round(statistics.median(hours), 1) if hours else None,
        p90_hours_to_decision=round(_percentile(hours, 0.9), 1) if hours else None,
    )


def _overrides_by_criterion(tasks: Sequence[Task]) -> tuple[tuple[str, int, int], ...]:
    overrides: Counter[str] = Counter()
    decided: Counter[str] = Counter()
    for task in tasks:
        if task.decision is None:
            continue
        names = [c.criterion.value for c in task.criteria] or [NO_CRITERION]
        decided.update(names)
        if is_override(task):
            overrides.update(names)
    return tuple((name, overrides[name], decided[name]) for name in sorted(decided))


def _delay_buckets(tasks: Sequence[Task]) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for task in tasks:
        if task.decided_at is None:
            continue
        delay = task.decided_at - task.created_at
        counts[next(label for label, limit in DELAY_BUCKETS if delay < limit)] += 1
    return tuple((label, counts[label]) for label, _ in DELAY_BUCKETS)


def _percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a count of cases reads plainly)."""
    rank = max(1, -(-len(sorted_values) * fraction // 1))
    return sorted_values[int(rank) - 1]


def _local_day(moment: datetime) -> date:
    return moment.astimezone(LONDON).date()

"""What goes in one district's daily digest: a pure selection from the tasks and a clock.

Issue 7 lists the sections: new invitations since the last digest by suggested decision; tasks
awaiting a decision; conferences in the next 5 working days with attendance decided and no
officer allocated; written reports due today, the next working day, and overdue (Leeds
protocol `seeds/001_…` §5.7: the report is due before the conference); late-notice invitations
(§5.4) and messages that needed manual review; mailbox health.

Email leaves the system, so an item carries the task id (opaque, for the link), the council
reference, the conference date and the children's initials. Names only when the setting says
so; never the reasons, evidence, venue or allegations (GDS e-mail guidance, RELIABILITY S12).

The subject's protective marking is the highest of the items' markings (GSCP). A digest that
lists any case is at least OFFICIAL-SENSITIVE: child protection information is, whatever a
council's form said; an empty digest (mailbox health only) is OFFICIAL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from tasks.records import Attendance, Occurrence, Task, TaskStatus
from triage.records import Flag, Suggestion
from triage.workdays import ENGLAND, WorkingDays

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET")
CASE_FLOOR = "OFFICIAL-SENSITIVE"
UNALLOCATED_HORIZON = 5  # working days ahead (issue 7)
SUGGESTION_ORDER = (
    Suggestion.MANUAL_REVIEW,
    Suggestion.ATTEND,
    Suggestion.DISCUSS,
    Suggestion.REPORT_ONLY,
)
_BEFORE_REPORT = frozenset({TaskStatus.NEW, TaskStatus.DECIDED})


@dataclass(frozen=True, slots=True)
class DigestItem:
    task_id: str
    occurrence_id: str
    reference: str | None  # the council's case number
    kind: str | None
    conference_date: date | None
    suggested: Suggestion
    status: TaskStatus
    report_due: date | None
    flags: tuple[Flag, ...]
    initials: tuple[str, ...]  # of the children, "Z.Q."
    names: tuple[str, ...]  # empty unless names are enabled
    marking: str


@dataclass(frozen=True, slots=True)
class MailboxHealth:
    """One mailbox's last successful poll and recent errors (kinds only), from the daemon."""

    mailbox: str
    last_ok_at: datetime | None
    recent_errors: tuple[tuple[datetime, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Digest:
    district: str
    day: date
    next_working_day: date
    since: datetime | None  # the previous digest's window end
    until: datetime
    new_by_suggestion: tuple[tuple[Suggestion, tuple[DigestItem, ...]], ...]
    awaiting_decision: tuple[DigestItem, ...]
    unallocated: tuple[DigestItem, ...]
    reports_due_today: tuple[DigestItem, ...]
    reports_due_next: tuple[DigestItem, ...]
    reports_overdue: tuple[DigestItem, ...]
    late_notice: tuple[DigestItem, ...]
    manual_review: tuple[DigestItem, ...]
    health: tuple[MailboxHealth, ...]
    truncated: bool = False  # more tasks than were loaded: open the queue
    audit_head: str | None = None  # "id:sha256" of the s.62 chain, published (RELIABILITY S6)

    @property
    def items(self) -> tuple[DigestItem, ...]:
        """Every distinct item, for the marking and the disclosure row."""
        sections: list[Iterable[DigestItem]] = [i for _, i in self.new_by_suggestion]
        sections += [
            self.awaiting_decision,
            self.unallocated,
            self.reports_due_today,
            self.reports_due_next,
            self.reports_overdue,
            self.late_notice,
            self.manual_review,
        ]
        seen: dict[str, DigestItem] = {}
        for section in sections:
            for item in section:
                seen.setdefault(item.task_id, item)
        return tuple(seen.values())

    @property
    def marking(self) -> str:
        return highest_marking(i.marking for i in self.items)


def select_digest(
    pairs: Sequence[tuple[Occurrence, Task]],
    *,
    district: str,
    day: date,
    since: datetime | None,
    until: datetime,
    health: Sequence[MailboxHealth] = (),
    include_names: bool = False,
    truncated: bool = False,
    audit_head: str | None = None,
    calendar: WorkingDays = ENGLAND,
) -> Digest:
    """Sort the open tasks of one district into the digest's sections (no I/O, no clock);
    `calendar` is the district's (its closure days are no working days)."""
    items = [(_item(o, t, include_names=include_names), o, t) for o, t in pairs if t.is_open]
    next_day = calendar.after(day, 1)
    horizon = calendar.after(day, UNALLOCATED_HORIZON)
    new = [i for i, _, t in items if _arrived(t, since=since, until=until)]
    before_report = [i for i, _, t in items if t.status in _BEFORE_REPORT]
    return Digest(
        district=district,
        day=day,
        next_working_day=next_day,
        since=since,
        until=until,
        new_by_suggestion=tuple(
            (s, tuple(i for i in new if i.suggested is s))
            for s in SUGGESTION_ORDER
            if any(i.suggested is s for i in new)
        ),
        awaiting_decision=tuple(i for i, _, t in items if t.status is TaskStatus.NEW),
        unallocated=tuple(i for i, o, t in items if _unallocated(o, t, day=day, horizon=horizon)),
        reports_due_today=tuple(i for i in before_report if i.report_due == day),
        reports_due_next=tuple(
            i for i in before_report if i.report_due and day < i.report_due <= next_day
        ),
        reports_overdue=tuple(i for i in before_report if i.report_due and i.report_due < day),
        late_notice=tuple(i for i in before_report if Flag.LATE_NOTICE in i.flags),
        manual_review=tuple(
            i
            for i, _, t in items
            if t.status is TaskStatus.NEW and t.suggested is Suggestion.MANUAL_REVIEW
        ),
        health=tuple(health),
        truncated=truncated,
        audit_head=audit_head,
    )


def highest_marking(markings: Iterable[str | None]) -> str:
    """The highest GSCP marking among `markings`; any case item lifts it to OFFICIAL-SENSITIVE."""
    ranks = [MARKINGS.index(normalise_marking(m)) for m in markings]
    if not ranks:
        return MARKINGS[0]
    return MARKINGS[max(MARKINGS.index(CASE_FLOOR), *ranks)]


def normalise_marking(marking: str | None) -> str:
    """Map "Official Sensitive", "OFFICIAL-SENSITIVE PERSONAL"… to a GSCP level; unknown → floor."""
    if not marking:
        return CASE_FLOOR
    words = marking.upper().replace("-", " ").replace("_", " ").split()
    text = " ".join(words)
    if text.startswith("TOP SECRET"):
        return "TOP SECRET"
    if text.startswith("SECRET"):
        return "SECRET"
    if text.startswith("OFFICIAL") and "SENSITIVE" not in words:
        return "OFFICIAL"
    return CASE_FLOOR


def initials(name: str) -> str:
    """ "Zebedee Quillfeather" → "Z.Q." (letters only; an unnamed child gives "?")."""
    letters = [_upper(part[0]) for part in name.replace("-", " ").split() if part[:1].isalpha()]
    return ".".join(letters) + "." if letters else "?"


def _upper(letter: str) -> str:
    """Upper case, unless that makes two letters of one ("ß" → "SS")."""
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


def _item(occurrence: Occurrence, task: Task, *, include_names: bool) -> DigestItem:
    children = occurrence.children
    return DigestItem(
        task_id=task.id,
        occurrence_id=occurrence.id,
        reference=occurrence.local_reference,
        kind=occurrence.kind.value if occurrence.kind else None,
        conference_date=occurrence.date,
        suggested=task.suggested,
        status=task.status,
        report_due=task.report_due,
        flags=task.flags,
        initials=tuple(initials(c.name) for c in children),
        names=tuple(c.name for c in children) if include_names else (),
        marking=normalise_marking(occurrence.marking),
    )


def _arrived(task: Task, *, since: datetime | None, until: datetime) -> bool:
    return (since is None or task.created_at >= since) and task.created_at < until


def _unallocated(occurrence: Occurrence, task: Task, *, day: date, horizon: date) -> bool:
    return (
        task.decision is Attendance.ATTEND
        and task.status in _BEFORE_REPORT
        and not task.allocated_officer
        and occurrence.date is not None
        and day <= occurrence.date <= horizon
    )

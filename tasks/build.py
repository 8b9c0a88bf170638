"""Build and update occurrence and task records from a `TriageResult` (pure helpers of filing).

Queues follow Calderdale (`seeds/003_…`): initial conferences are tasked to the "CD Safeguarding
Case Conference mailbox", reviews to "SGU supervision"; other districts have one supervision
queue each (`wakefield supervision`). A new task always starts `new`: the supervisor decides.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from parsers.records import ConferenceKind, Person
from tasks.records import (
    SYSTEM_ACTOR,
    UNASSIGNED,
    HistoryEntry,
    MessageKey,
    Nominal,
    NominalRole,
    Occurrence,
    Task,
)
from triage.records import Flag, TriageResult

_SUBTYPES = {
    ConferenceKind.INITIAL: "Initial Child Protection Conference",
    ConferenceKind.REVIEW: "Review Child Protection Conference",
    ConferenceKind.TRANSFER_IN: "Transfer-in Child Protection Conference",
}


def district_of(result: TriageResult) -> str | None:
    return result.district or result.invitation.fields.district


def queue_for(district: str | None, kind: ConferenceKind | None) -> str:
    """Return the queue a new task goes to (Calderdale's two queues, `seeds/003_…`)."""
    if district == "calderdale":
        if kind is ConferenceKind.REVIEW:
            return "calderdale sgu supervision"
        return "calderdale case conference mailbox"
    return f"{district or 'unknown district'} supervision"


def subtype_for(kind: ConferenceKind | None, *, pre_birth: bool) -> str:
    name = (
        _SUBTYPES.get(kind, "Child Protection Conference")
        if kind
        else "Child Protection Conference"
    )
    return f"Pre-birth {name[0].lower()}{name[1:]}" if pre_birth else name


def nominals_of(result: TriageResult) -> tuple[Nominal, ...]:
    fields = result.invitation.fields
    children = tuple(_child(p, pre_birth=fields.pre_birth) for p in fields.children)
    adults = tuple(
        Nominal(
            role=NominalRole.ADULT,
            name=p.name,
            date_of_birth=p.date_of_birth,
            relationship=p.relationship,
        )
        for p in fields.adults
    )
    return children + adults


def new_occurrence(result: TriageResult, *, at: datetime, detail: str) -> Occurrence:
    fields = result.invitation.fields
    entry = HistoryEntry(at=at, actor=SYSTEM_ACTOR, action="created", detail=detail)
    return Occurrence(
        id=UNASSIGNED,
        district=district_of(result),
        subtype=subtype_for(fields.kind, pre_birth=fields.pre_birth),
        kind=fields.kind,
        pre_birth=fields.pre_birth,
        date=fields.date,
        time=fields.time,
        venue=fields.venue,
        local_reference=fields.local_reference,
        marking=fields.marking,
        nominals=nominals_of(result),
        created_at=at,
        history=(entry,),
    )


def new_task(
    result: TriageResult,
    *,
    occurrence: Occurrence,
    key: MessageKey,
    at: datetime,
    extra_flags: tuple[Flag, ...] = (),
) -> Task:
    decision = result.decision
    entry = HistoryEntry(
        at=at,
        actor=SYSTEM_ACTOR,
        action="suggested",
        detail=f"{decision.suggested.value} by rule {decision.rule}",
    )
    return Task(
        id=UNASSIGNED,
        occurrence_id=occurrence.id,
        queue=queue_for(occurrence.district, occurrence.kind),
        suggested=decision.suggested,
        reasons=decision.reasons,
        rule=decision.rule,
        criteria=result.criteria,
        mentions=result.mentions,
        report_due=result.deadlines.report_due,
        notice_working_days=result.deadlines.notice_working_days,
        notice_ok=result.deadlines.notice_ok,
        flags=merge_flags(result.flags, extra_flags),
        source_sha256=key.sha256,
        created_at=at,
        updated_at=at,
        history=(entry,),
    )


def rescheduled_task(task: Task, result: TriageResult, *, at: datetime, detail: str) -> Task:
    """New deadlines from the reschedule's triage; the suggestion and decision stand."""
    entry = HistoryEntry(at=at, actor=SYSTEM_ACTOR, action="reschedule", detail=detail)
    deadlines = result.deadlines
    return replace(
        task,
        report_due=deadlines.report_due,
        notice_working_days=deadlines.notice_working_days,
        notice_ok=deadlines.notice_ok,
        flags=merge_flags(task.flags, (Flag.RESCHEDULED,)),
        updated_at=at,
        history=(*task.history, entry),
    )


def cancelled_task(task: Task, *, at: datetime) -> Task:
    entry = HistoryEntry(at=at, actor=SYSTEM_ACTOR, action="cancel", detail="conference cancelled")
    return replace(
        task,
        flags=merge_flags(task.flags, (Flag.CANCELLED,)),
        updated_at=at,
        history=(*task.history, entry),
    )


def merge_flags(first: tuple[Flag, ...], more: tuple[Flag, ...]) -> tuple[Flag, ...]:
    """Union in a stable order (first seen first), so records compare equal when re-planned."""
    return tuple(dict.fromkeys((*first, *more)))


def _child(person: Person, *, pre_birth: bool) -> Nominal:
    unborn = person.expected or (pre_birth and person.date_of_birth is None)
    return Nominal(
        role=NominalRole.UNBORN_CHILD if unborn else NominalRole.SUBJECT_CHILD,
        name=person.name,
        date_of_birth=person.date_of_birth,
        relationship=person.relationship,
    )

"""Decide what filing one `TriageResult` means: the plan, computed without touching the store.

`plan_filing()` is pure (STYLE.md habit 2): the caller reads the candidate occurrences and the
matching filed keys inside its transaction, passes them in with the time, and gives the plan to
`TaskStore.apply()` in the same transaction (DESIGN.md "Nothing is filed twice").

The cases, in the order they are tried:

1. the same message was filed before (same source identity, or the same raw bytes) →
   `AlreadyFiled`;
2. a cancellation that matches one live occurrence → it becomes `closing`, its open tasks are
   flagged `cancelled` (DOMAIN.md §4.2: "keep the occurrence, it is a police record");
3. a reschedule that matches one live occurrence → the new date, a history entry, the open
   tasks' deadlines recomputed and flagged `rescheduled`;
4. something other than an invitation (minutes, plan, letter…) that matches one occurrence →
   attached to it with a `manual_review` task (POLICY.md "Not every email is an invitation");
5. an invitation for a conference already filed from another message → a new task flagged
   `possible_duplicate` on the existing occurrence (a person merges, the software never does);
6. otherwise a new occurrence and task. A message that matches several occurrences and cannot
   say which is filed this way too, flagged `possible_duplicate`.

Every case that files leaves an open task a person sees (DESIGN.md "Nothing is lost").
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from parsers.records import NOT_INVITATIONS, MessageKind
from tasks import build
from tasks.matching import live, narrow_by_date, same_conference, same_family
from tasks.readtext import ReadText, read_text_of
from tasks.records import (
    SYSTEM_ACTOR,
    HistoryEntry,
    MessageKey,
    Occurrence,
    OccurrenceStatus,
    Task,
)
from triage.records import Flag, TriageResult


class FilingAction(enum.StrEnum):
    NEW_OCCURRENCE = "new_occurrence"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    ATTACH = "attach"
    POSSIBLE_DUPLICATE = "possible_duplicate"


@dataclass(frozen=True, slots=True)
class AlreadyFiled:
    key: MessageKey
    earlier: MessageKey  # the filed key it matched
    matched_on: str  # "source identity" | "sha256"


@dataclass(frozen=True, slots=True)
class Filing:
    """The whole new state of one occurrence; `task_index` is the task this message ends in."""

    key: MessageKey
    action: FilingAction
    occurrence: Occurrence
    task_index: int
    read: ReadText | None = None  # what the parsers read, kept sealed for the desk

    @property
    def task(self) -> Task:
        return self.occurrence.tasks[self.task_index]


FilingPlan = AlreadyFiled | Filing


def plan_filing(
    result: TriageResult,
    *,
    key: MessageKey,
    existing: Sequence[Occurrence],
    filed_keys: Collection[MessageKey],
    at: datetime,
) -> FilingPlan:
    """Return what filing `result` must do; `existing` are the candidate occurrences."""
    plan = _plan(result, key=key, existing=existing, filed_keys=filed_keys, at=at)
    if isinstance(plan, Filing):
        return replace(plan, read=read_text_of(result.invitation))
    return plan


def _plan(
    result: TriageResult,
    *,
    key: MessageKey,
    existing: Sequence[Occurrence],
    filed_keys: Collection[MessageKey],
    at: datetime,
) -> FilingPlan:
    earlier = already_filed(key, filed_keys)
    if earlier is not None:
        return earlier
    fields = result.invitation.fields
    district = build.district_of(result)
    candidates = live(existing)
    family = [o for o in candidates if same_family(o, fields, district=district)]
    if _is_cancellation(result):
        found = narrow_by_date(family, (fields.date, fields.previous_date))
        if len(found) == 1:
            return _cancel(found[0], result, key=key, at=at)
    elif _is_reschedule(result):
        found = narrow_by_date(family, (fields.previous_date,))
        if len(found) == 1:
            return _reschedule(found[0], result, key=key, at=at)
    elif _is_not_an_invitation(result):
        found = narrow_by_date(family, (fields.date,))
        if len(found) == 1:
            return _attach(found[0], result, key=key, at=at, action=FilingAction.ATTACH)
    else:
        found = [o for o in candidates if same_conference(o, fields, district=district)]
        if len(found) == 1:
            return _attach(found[0], result, key=key, at=at, action=FilingAction.POSSIBLE_DUPLICATE)
    return _new(result, key=key, at=at, ambiguous=len(found) > 1)


def already_filed(key: MessageKey, filed_keys: Collection[MessageKey]) -> AlreadyFiled | None:
    """Match on the source identity or the raw bytes, never on the Message-ID alone."""
    for other in filed_keys:
        if (other.source, other.source_id) == (key.source, key.source_id):
            return AlreadyFiled(key=key, earlier=other, matched_on="source identity")
    for other in filed_keys:
        if other.sha256 == key.sha256:
            return AlreadyFiled(key=key, earlier=other, matched_on="sha256")
    return None


def _is_cancellation(result: TriageResult) -> bool:
    fields = result.invitation.fields
    return (
        fields.cancels
        or fields.message_kind is MessageKind.CANCELLATION
        or Flag.CANCELLED in result.flags
    )


def _is_reschedule(result: TriageResult) -> bool:
    fields = result.invitation.fields
    return (
        fields.reschedules
        or fields.message_kind is MessageKind.RESCHEDULE
        or Flag.RESCHEDULED in result.flags
    )


def _is_not_an_invitation(result: TriageResult) -> bool:
    return (
        result.invitation.fields.message_kind in NOT_INVITATIONS
        or Flag.NOT_AN_INVITATION in result.flags
    )


def _new(result: TriageResult, *, key: MessageKey, at: datetime, ambiguous: bool) -> Filing:
    extra = (Flag.POSSIBLE_DUPLICATE,) if ambiguous else ()
    occurrence = build.new_occurrence(result, at=at, detail=_message_detail(key))
    task = build.new_task(result, occurrence=occurrence, key=key, at=at, extra_flags=extra)
    return Filing(
        key=key,
        action=FilingAction.NEW_OCCURRENCE,
        occurrence=replace(occurrence, tasks=(task,)),
        task_index=0,
    )


def _attach(
    occurrence: Occurrence,
    result: TriageResult,
    *,
    key: MessageKey,
    at: datetime,
    action: FilingAction,
) -> Filing:
    extra = (Flag.POSSIBLE_DUPLICATE,) if action is FilingAction.POSSIBLE_DUPLICATE else ()
    task = build.new_task(result, occurrence=occurrence, key=key, at=at, extra_flags=extra)
    entry = HistoryEntry(
        at=at, actor=SYSTEM_ACTOR, action=action.value, detail=_message_detail(key)
    )
    updated = replace(
        occurrence,
        history=(*occurrence.history, entry),
        tasks=(*occurrence.tasks, task),
    )
    return Filing(key=key, action=action, occurrence=updated, task_index=len(updated.tasks) - 1)


def _reschedule(
    occurrence: Occurrence, result: TriageResult, *, key: MessageKey, at: datetime
) -> Filing:
    fields = result.invitation.fields
    detail = (
        f"conference moved from {occurrence.date} {occurrence.time} to {fields.date} {fields.time}"
    )
    entry = HistoryEntry(at=at, actor=SYSTEM_ACTOR, action="reschedule", detail=detail)
    moved = replace(
        occurrence,
        date=fields.date or occurrence.date,
        time=fields.time or occurrence.time,
        venue=fields.venue or occurrence.venue,
        history=(*occurrence.history, entry),
    )
    tasks = tuple(
        build.rescheduled_task(t, result, at=at, detail=detail) if t.is_open else t
        for t in occurrence.tasks
    )
    return _ensure_open_task(
        replace(moved, tasks=tasks),
        result,
        key=key,
        at=at,
        action=FilingAction.RESCHEDULE,
        extra=Flag.RESCHEDULED,
    )


def _cancel(
    occurrence: Occurrence, result: TriageResult, *, key: MessageKey, at: datetime
) -> Filing:
    entry = HistoryEntry(at=at, actor=SYSTEM_ACTOR, action="cancel", detail=_message_detail(key))
    tasks = tuple(build.cancelled_task(t, at=at) if t.is_open else t for t in occurrence.tasks)
    closing = replace(
        occurrence,
        status=OccurrenceStatus.CLOSING,
        history=(*occurrence.history, entry),
        tasks=tasks,
    )
    return _ensure_open_task(
        closing, result, key=key, at=at, action=FilingAction.CANCEL, extra=Flag.CANCELLED
    )


def _ensure_open_task(
    occurrence: Occurrence,
    result: TriageResult,
    *,
    key: MessageKey,
    at: datetime,
    action: FilingAction,
    extra: Flag,
) -> Filing:
    """Point at the newest open task, or add one: every message ends in a task a person sees."""
    for index in range(len(occurrence.tasks) - 1, -1, -1):
        if occurrence.tasks[index].is_open:
            return Filing(key=key, action=action, occurrence=occurrence, task_index=index)
    task = build.new_task(result, occurrence=occurrence, key=key, at=at, extra_flags=(extra,))
    updated = replace(occurrence, tasks=(*occurrence.tasks, task))
    return Filing(key=key, action=action, occurrence=updated, task_index=len(updated.tasks) - 1)


def _message_detail(key: MessageKey) -> str:
    """References only: the source and a hash prefix, never a subject or a name."""
    return f"message {key.source} sha256:{key.sha256[:16]}"

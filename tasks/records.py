"""The records of the tasks stage: a Niche-style `Occurrence` with its `Nominal`s and `Task`s.

Shape from the Calderdale lifecycle (`seeds/003_…`, DOMAIN.md §1.7) and the occurrence/task
sketch of DOMAIN.md §4.2; field names are ours, not Niche's (no public Niche schema exists,
DOMAIN.md §2.5). Defined once, here, in the stage that produces them (STYLE.md habit 3).

An `Occurrence` carries its tasks, so a filing plan is the whole new state of one occurrence
and the store writes it in one go. `id == UNASSIGNED` marks an occurrence or task that the
filing plan creates and the store numbers when it writes it ("CPC-2026-000123", "…-T1").
`version` is the optimistic-concurrency counter: the store refuses to overwrite a row that
changed after the plan read it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time

from parsers.records import ConferenceKind
from triage.records import CriterionMet, Flag, Mention, Suggestion

UNASSIGNED = ""
OCCURRENCE_TYPE = "Case Conference"
SYSTEM_ACTOR = "system:cpc-triage"


class OccurrenceStatus(enum.StrEnum):
    OPEN = "open"
    CLOSING = "closing"  # the conference was cancelled; open tasks still need a person
    CLOSED = "closed"


class TaskStatus(enum.StrEnum):
    """Calderdale's lifecycle (`seeds/003_…`): decide, report, attend, minutes, close."""

    NEW = "new"
    DECIDED = "decided"  # attend with an officer allocated, or not attending with a reason
    REPORT_SENT = "report_sent"
    OUTCOME_RECORDED = "outcome_recorded"  # the officer attended and recorded the outcome
    MINUTES_RECEIVED = "minutes_received"
    CLOSED = "closed"


class Attendance(enum.StrEnum):
    """What the supervisor decided (the suggestion is only ever a suggestion)."""

    ATTEND = "attend"
    NOT_ATTENDING = "not_attending"  # a written report only


class NominalRole(enum.StrEnum):
    SUBJECT_CHILD = "subject child"
    UNBORN_CHILD = "unborn child"
    ADULT = "adult"


@dataclass(frozen=True, slots=True)
class MessageKey:
    """The idempotency key of one received message (RELIABILITY.md, LIBRARIES.md "Mail in").

    `source` names the mailbox ("imap:cppu@…", "dropfolder"); `source_id` is the message's
    identity there (UIDVALIDITY:UID, a Graph immutable id, the SHA-256 of a dropped file). A
    Message-ID is not unique (one mail to two addresses, or none at all), so it is kept but never
    trusted alone — and only as a keyed hash (`intake.ledger.message_id_index`): a sender
    chooses it, and it can name a child (issue 13 item 4).
    """

    source: str
    source_id: str
    message_id_index: str | None
    sha256: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of the occurrence enquiry log (Niche "OEL") or of a task's history."""

    at: datetime
    actor: str
    action: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Nominal:
    role: NominalRole
    name: str
    date_of_birth: date | None = None  # for an unborn child, the expected date of delivery
    relationship: str | None = None  # "mother", "partner of mother"


@dataclass(frozen=True, slots=True)
class Task:
    """The decision to make about one conference, and its progress through `TaskStatus`."""

    id: str
    occurrence_id: str
    queue: str
    suggested: Suggestion
    reasons: tuple[str, ...]
    rule: str
    criteria: tuple[CriterionMet, ...]
    mentions: tuple[Mention, ...]
    report_due: date | None
    notice_working_days: int | None
    notice_ok: bool | None
    flags: tuple[Flag, ...]
    source_sha256: str
    created_at: datetime
    updated_at: datetime
    status: TaskStatus = TaskStatus.NEW
    decision: Attendance | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_reason: str | None = None  # the non-attendance endorsement or override reason
    allocated_officer: str | None = None
    history: tuple[HistoryEntry, ...] = ()
    version: int = 0

    @property
    def is_open(self) -> bool:
        return self.status is not TaskStatus.CLOSED


@dataclass(frozen=True, slots=True)
class Occurrence:
    id: str
    district: str | None
    subtype: str
    kind: ConferenceKind | None
    pre_birth: bool
    date: date | None
    time: time | None
    venue: str | None
    local_reference: str | None
    marking: str | None
    nominals: tuple[Nominal, ...]
    created_at: datetime
    status: OccurrenceStatus = OccurrenceStatus.OPEN
    history: tuple[HistoryEntry, ...] = ()
    tasks: tuple[Task, ...] = ()
    type: str = OCCURRENCE_TYPE
    version: int = 0

    @property
    def children(self) -> tuple[Nominal, ...]:
        return tuple(n for n in self.nominals if n.role is not NominalRole.ADULT)

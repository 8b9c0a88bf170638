"""The `TriageResult` record: what the triage concluded about one `Invitation`, and why.

Canonical criterion ids, decisions and flags are those of POLICY.md and of the contract
`config/contracts/triage-result.schema.json`; they are the values of the enums below.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from parsers.records import Invitation


class Criterion(enum.StrEnum):
    CURRENT_INVESTIGATION = "current_investigation"
    PREVIOUS_INVESTIGATION_ESCALATION = "previous_investigation_escalation"
    WILFUL_NEGLECT_INVESTIGATION = "wilful_neglect_investigation"
    POLICE_PROTECTION = "police_protection"
    CHILD_SEXUAL_EXPLOITATION = "child_sexual_exploitation"
    DOMESTIC_ABUSE_CURRENT_INVOLVEMENT = "domestic_abuse_current_involvement"
    REGISTERED_SEX_OFFENDER = "registered_sex_offender"
    NEGOTIATED_ATTENDANCE = "negotiated_attendance"
    PRIOR_UNIT_INVOLVEMENT = "prior_unit_involvement"
    CORE_GROUP_MEMBER = "core_group_member"


class Suggestion(enum.StrEnum):
    ATTEND = "attend"
    REPORT_ONLY = "report_only"
    DISCUSS = "discuss"
    MANUAL_REVIEW = "manual_review"


class Flag(enum.StrEnum):
    LATE_NOTICE = "late_notice"
    MISSING_REASON = "missing_reason"
    MISSING_FAMILY_DETAILS = "missing_family_details"
    MISSING_CONFERENCE_DATE = "missing_conference_date"
    UNVERIFIED_SENDER = "unverified_sender"
    UNREADABLE_ATTACHMENT = "unreadable_attachment"
    NO_BOOKING_FORM = "no_booking_form"
    TICKBOX_CONFLICT = "tickbox_conflict"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    RESCHEDULED = "rescheduled"
    CANCELLED = "cancelled"
    ENCRYPTED_UNREADABLE = "encrypted_unreadable"
    OCR_USED = "ocr_used"
    DISTRICT_UNKNOWN = "district_unknown"
    DEADLINE_PASSED = "deadline_passed"
    TICKBOX_AMBIGUOUS = "tickbox_ambiguous"
    NOT_AN_INVITATION = "not_an_invitation"
    TEXT_TRUNCATED = "text_truncated"  # text past the processing caps was not read (issue 15)


class Context(enum.StrEnum):
    """Why a mention did not count (the ConText categories)."""

    AFFIRMED = "affirmed"
    NEGATED = "negated"
    HISTORICAL = "historical"
    HYPOTHETICAL = "hypothetical"
    OTHER_PERSON = "other_person"
    TEMPLATE = "template"  # an unticked item of a printed list


@dataclass(frozen=True, slots=True)
class Evidence:
    quote: str  # verbatim from the email or an attachment (white space folded)
    location: str  # "body", "booking-form.pdf p2"


@dataclass(frozen=True, slots=True)
class Mention:
    """One candidate mention of a criterion and the context it was read in."""

    criterion: Criterion
    context: Context
    evidence: Evidence
    trigger: str | None = None  # the context word that changed its meaning, if any


@dataclass(frozen=True, slots=True)
class CriterionMet:
    criterion: Criterion
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    suggested: Suggestion
    reasons: tuple[str, ...]
    confidence: float
    rule: str  # the policy rule that decided, e.g. "wakefield.initial.criteria"


@dataclass(frozen=True, slots=True)
class Deadlines:
    report_due: date | None
    notice_working_days: int | None
    notice_ok: bool | None
    minimum_notice_working_days: int | None = None
    report_working_days_before: int | None = None


@dataclass(frozen=True, slots=True)
class TriageResult:
    invitation: Invitation
    district: str | None
    criteria: tuple[CriterionMet, ...]
    mentions: tuple[Mention, ...]  # every candidate, counted or not: the desk shows both
    decision: Decision
    deadlines: Deadlines
    flags: tuple[Flag, ...]
    received_on: date | None
    policy_name: str  # the policy file that applied, e.g. "wakefield"

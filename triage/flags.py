"""Flags (POLICY.md "Flags") and the reasons for a manual review (POLICY.md "Decision" rule 1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parsers.records import NOT_INVITATIONS, ErrorKind, Invitation, MessageKind, PoliceTick
from triage.records import CriterionMet, Deadlines, Flag, Suggestion

_KIND_WORDS = {
    MessageKind.MINUTES: "conference minutes",
    MessageKind.PLAN: "a child protection plan",
    MessageKind.LETTER: "a chair's letter",
    MessageKind.REPORT_REQUEST: "a report request",
    MessageKind.REPLY: "a reply",
    MessageKind.OTHER_MEETING: "an invitation to another kind of meeting",
    MessageKind.PAPERS: "papers for a conference the unit has already been invited to",
}


@dataclass(frozen=True, slots=True)
class Facts:
    """The message-level facts the flags and rule 1 read."""

    encrypted: bool
    not_invitation: bool
    cancelled: bool
    rescheduled: bool
    readable: bool
    verified: bool
    over_limits: bool = False  # over the message size or attachment count: attachments unread
    text_cut: bool = False  # text past the caps of parsers.textcap was not read
    form_read: bool = True  # a booking form was read (`form_read`)
    # the only conference date read is before the day received: a sitting already held (an
    # adjourned conference, the last review's), not the next one — no date (issue 11, set x)
    held_before: date | None = None

    @property
    def schedulable(self) -> bool:
        """Deadlines mean something: an invitation we could read that still stands."""
        return not (self.encrypted or self.not_invitation or self.cancelled)


def facts_of(invitation: Invitation, *, verified: bool) -> Facts:
    fields = invitation.fields
    return Facts(
        encrypted=invitation.encrypted
        or fields.message_kind is MessageKind.PORTAL_NOTICE
        or any(a.error_kind is ErrorKind.ENCRYPTED or a.encrypted for a in invitation.attachments),
        not_invitation=fields.message_kind in NOT_INVITATIONS,
        cancelled=fields.cancels or fields.message_kind is MessageKind.CANCELLATION,
        rescheduled=fields.reschedules or fields.message_kind is MessageKind.RESCHEDULE,
        readable=any(line.strip() for page in invitation.pages for line in page.lines),
        verified=verified,
        over_limits=invitation.over_limits,
        text_cut=invitation.text_cut,
        form_read=form_read(invitation),
    )


def form_read(invitation: Invitation) -> bool:
    """A booking form was read: a page looks like one and, when an attachment could not be
    read, what was read carries a form's substance — the reason, or the children and adults.
    A system's notice ("Meeting type: ICPC / Date / Time / Location", the booking record
    attached and damaged) has a form's labels and none of its content (issue 11, set h)."""
    fields = invitation.fields
    if not fields.booking_form_found:
        return False
    if not any(a.error for a in invitation.attachments):
        return True
    return bool(fields.reason and fields.reason.strip()) or bool(fields.children and fields.adults)


def manual_review_reasons(invitation: Invitation, facts: Facts) -> list[str]:
    """Rule 1's reasons, in the order a supervisor should read them (empty: not rule 1)."""
    fields = invitation.fields
    unread = [a.filename or "an unnamed attachment" for a in invitation.attachments if a.error]
    checks = (
        (not facts.verified, "the sender is not a verified council address"),
        (facts.encrypted, "the content is encrypted or behind a secure portal and cannot be read"),
        (facts.over_limits, "the message is over the size or attachment limit: its attachments "
         "were not read"),
        (facts.text_cut, "the text is longer than the processing limit and was cut: "
         "part of it was not read"),
        (facts.not_invitation, f"the email is {_KIND_WORDS.get(fields.message_kind, '')}, "
         "not an invitation"),
        (facts.cancelled, "the email says the conference is cancelled"),
        (bool(unread) and facts.schedulable and not facts.form_read,
         f"{_named(unread)} could not be read and no booking form was read anywhere else"),
        (not facts.readable, "nothing readable was found"),
        (fields.date is None, _no_date(facts)),
        (fields.kind is None, "the conference kind could not be read"),
    )  # fmt: skip
    return [f"Manual review: {words} (POLICY.md rule 1)." for failed, words in checks if failed]


def _no_date(facts: Facts) -> str:
    held = facts.held_before
    if held is None:
        return "the conference date could not be read"
    return (
        f"the only conference date read ({held:%d/%m/%Y}) is before the day the email was "
        "received: a sitting already held, not the next one"
    )


def _named(unread: list[str]) -> str:
    """The attachments that could not be read, named for the person (rule 1's reason)."""
    shown = ", ".join(repr(name[:80]) for name in unread[:3])
    more = f" and {len(unread) - 3} more" if len(unread) > 3 else ""
    return f"the attachment{'s' if len(unread) > 1 else ''} {shown}{more}"


def flags_for(
    invitation: Invitation,
    facts: Facts,
    *,
    deadlines: Deadlines,
    received: date | None,
    suggested: Suggestion,
    criteria: Sequence[CriterionMet] = (),
) -> tuple[Flag, ...]:
    fields = invitation.fields
    wanted = {
        Flag.UNVERIFIED_SENDER: not facts.verified,
        Flag.ENCRYPTED_UNREADABLE: facts.encrypted,
        Flag.NOT_AN_INVITATION: facts.not_invitation,
        Flag.CANCELLED: facts.cancelled,
        Flag.RESCHEDULED: facts.rescheduled,
        Flag.UNREADABLE_ATTACHMENT: any(a.error for a in invitation.attachments),
        Flag.OCR_USED: invitation.ocr_used,
        Flag.TEXT_TRUNCATED: facts.text_cut,
        Flag.DISTRICT_UNKNOWN: fields.district is None,
        Flag.LATE_NOTICE: deadlines.notice_ok is False,
        Flag.DEADLINE_PASSED: _passed(deadlines.report_due, received),
        Flag.TICKBOX_AMBIGUOUS: fields.police_tick in (PoliceTick.BOTH, PoliceTick.NEITHER),
        Flag.TICKBOX_CONFLICT: fields.police_tick is PoliceTick.REPORT_SUFFICIENT
        and suggested is Suggestion.ATTEND,
    }
    if facts.schedulable:  # an invitation's own details (000 §7.1-7.2, 001 §5.5)
        wanted[Flag.MISSING_REASON] = not reason_found(invitation, criteria)
        wanted[Flag.MISSING_FAMILY_DETAILS] = family_missing(invitation)
        wanted[Flag.MISSING_CONFERENCE_DATE] = fields.date is None
    if not (facts.not_invitation or facts.cancelled):
        # an invitation, readable or behind a password or a portal (POLICY.md rule 1:
        # `unreadable_attachment` with `no_booking_form`; set p, a password-protected PDF)
        wanted[Flag.NO_BOOKING_FORM] = not facts.form_read
    return tuple(flag for flag in Flag if wanted.get(flag))


def reason_found(invitation: Invitation, criteria: Sequence[CriterionMet]) -> bool:
    """Whether the email says why the conference is held (000 §7.2, 001 §5.5): a reason under
    its label, or — in a letter, a calendar invitation's description or a reply's few lines,
    which have no such label — what the text affirms about the harm: a criterion met with its
    evidence, or the plan's category (issue 11, set l: every prose booking flagged
    `missing_reason` although its concerns were read and decided on)."""
    fields = invitation.fields
    labelled = bool(fields.reason and fields.reason.strip())
    return labelled or bool(criteria) or bool(fields.harm_categories)


def answers_unread(invitation: Invitation, criteria: Sequence[CriterionMet]) -> bool:
    """A booking form was recognised and none of its answers was read: no reason (as
    `missing_reason` reads it), no child and no adult, and the police question asked with
    no box marked. Its labels were read and its answers were not — typed in annotations a
    reader missed, or printed where they were not found (issue 11, set s layout 91) — so
    "neither box marked" is no answer to follow (`triage.decide`: `discuss`, not rule 2's
    `report_only`)."""
    fields = invitation.fields
    return (
        fields.booking_form_found
        and fields.police_question
        and fields.police_tick in (PoliceTick.NEITHER, PoliceTick.NOT_FOUND)
        and not fields.children
        and not fields.adults
        and not reason_found(invitation, criteria)
    )


def nothing_read(invitation: Invitation, criteria: Sequence[CriterionMet]) -> bool:
    """Both `missing_reason` and `missing_family_details` would be raised: no reason for the
    conference, and no child or no adult. What was read cannot carry a `report_only` (issue 11:
    "report only when the reading is complete"; set v: a letter to a parent, a form pasted as a
    picture, read as `report_only` with nothing said); one of the two missing still follows
    the answers that were read."""
    return not reason_found(invitation, criteria) and family_missing(invitation)


def family_missing(invitation: Invitation) -> bool:
    """No child or no adult read (`missing_family_details`: Wakefield §7.2, Leeds §5.5)."""
    fields = invitation.fields
    return not fields.children or not fields.adults


def _passed(report_due: date | None, received: date | None) -> bool:
    return report_due is not None and received is not None and report_due < received


#: Flags that make a suggestion less certain (each lowers the confidence).
DOUBTS = frozenset({
    Flag.TICKBOX_AMBIGUOUS, Flag.TICKBOX_CONFLICT, Flag.OCR_USED, Flag.UNREADABLE_ATTACHMENT,
    Flag.NO_BOOKING_FORM, Flag.MISSING_REASON, Flag.MISSING_FAMILY_DETAILS,
    Flag.DISTRICT_UNKNOWN, Flag.RESCHEDULED,
})  # fmt: skip

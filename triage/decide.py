"""The suggested decision: POLICY.md "Decision" rules 1-4 applied with a district's policy file.

Rule 1 (manual review) is decided by the caller and passed in as `blockers`; rules 2-3 read the
policy file's lists for the conference kind (transfer-in and pre-birth initial count as initial,
pre-birth review as review); rule 4 is the fallback policy, named in the reasons. A written report
is always owed (000 §6.1, 001 §4.7, 003), so the decision is only about attendance.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from parsers.records import ConferenceKind, PoliceTick
from triage.config import KindRules, Policy
from triage.records import Criterion, Decision, Suggestion

WORDS: dict[Criterion, str] = {
    Criterion.CURRENT_INVESTIGATION: "police are currently investigating abuse of the child",
    Criterion.PREVIOUS_INVESTIGATION_ESCALATION: (
        "a past police investigation of abuse in the family and the risk is now escalating"
    ),
    Criterion.WILFUL_NEGLECT_INVESTIGATION: "police are actively investigating wilful neglect",
    Criterion.POLICE_PROTECTION: "the conference arises from the child's police protection",
    Criterion.CHILD_SEXUAL_EXPLOITATION: "child sexual exploitation is a considered risk",
    Criterion.DOMESTIC_ABUSE_CURRENT_INVOLVEMENT: (
        "serious domestic abuse with current police involvement to manage the risk"
    ),
    Criterion.REGISTERED_SEX_OFFENDER: "a registered sex offender is in or linked to the household",
    Criterion.NEGOTIATED_ATTENDANCE: "the chair and the police have agreed that police attend",
    Criterion.PRIOR_UNIT_INVOLVEMENT: "the police unit has had previous significant involvement",
    Criterion.CORE_GROUP_MEMBER: "police are members of the core group / child protection plan",
}  # fmt: skip

_BASE_CONFIDENCE = {
    Suggestion.ATTEND: 0.9,
    Suggestion.REPORT_ONLY: 0.8,
    Suggestion.DISCUSS: 0.6,
    Suggestion.MANUAL_REVIEW: 0.3,
}


@dataclass(frozen=True, slots=True)
class Case:
    """What the decision reads: the kind, the tick box and the criteria met."""

    kind: ConferenceKind | None
    pre_birth: bool
    tick: PoliceTick
    criteria: frozenset[Criterion]
    # the form asks whether police should attend (`tick` is NOT_FOUND when its answer is unread)
    police_question: bool = False
    # some text came from OCR of a scanned page: a hand-drawn tick or cross is not text
    scanned: bool = False
    # a booking form was recognised and none of its answers read (`triage.flags.answers_unread`)
    answers_unread: bool = False
    # no reason for the conference and no whole family read: `missing_reason` with
    # `missing_family_details` (`triage.flags.nothing_read`)
    nothing_read: bool = False
    # a sentence of the email asks for police attendance (`parsers.fields_tick
    # .police_asked_in_words`), whatever the tick box says
    asked_in_words: bool = False


def decide(
    case: Case, *, policy: Policy, blockers: Sequence[str], notes: Sequence[str] = ()
) -> Decision:
    """Rule 1 first (any blocker), else rules 2/3 of `policy`; `notes` lead the reasons."""
    if blockers or case.kind is None:
        reasons = [*blockers] or ["The conference kind could not be read (POLICY.md rule 1)."]
        return Decision(Suggestion.MANUAL_REVIEW, (*notes, *reasons), 0.0, "manual_review")
    is_review = case.kind is ConferenceKind.REVIEW
    rules = policy.review if is_review else policy.initial
    label = f"{policy.display_name} {_kind_words(case)} conference"
    rule_base = f"{policy.name}.{'review' if is_review else 'initial'}"
    suggested, reasons, rule = _apply(case, rules, policy=policy, label=label, rule_base=rule_base)
    return Decision(suggested, (*notes, *reasons), 0.0, rule)


def _apply(
    case: Case, rules: KindRules, *, policy: Policy, label: str, rule_base: str
) -> tuple[Suggestion, list[str], str]:
    attend = _present(rules.attend, case.criteria)
    if attend:
        return Suggestion.ATTEND, _because(attend, policy, label), f"{rule_base}.attend"
    discuss = _present(rules.discuss, case.criteria)
    if discuss:
        return Suggestion.DISCUSS, _because(discuss, policy, label), f"{rule_base}.discuss"
    if rules.discuss_when_tick_requested and case.tick in (PoliceTick.REQUIRED, PoliceTick.BOTH):
        marked = "asks for police attendance"
        if case.tick is PoliceTick.BOTH:
            marked = "has both boxes marked"
        cite = policy.citations.get("tick", "POLICY.md")
        reason = f"{label}: no attendance criterion met, but the booking form {marked}; "
        reason += f"the chair and the police discuss attendance ({cite})."
        return Suggestion.DISCUSS, [reason], f"{rule_base}.tick"
    if rules.discuss_when_tick_requested and case.asked_in_words:
        # the box says a report (or nothing) and the words ask for police: a request all the
        # same, and the two disagree; neither is dropped (issue 11, set B)
        cite = policy.citations.get("tick", "POLICY.md")
        reason = f"{label}: no attendance criterion met, but the email asks in words for police "
        reason += f"attendance; the chair and the police discuss attendance ({cite})."
        return Suggestion.DISCUSS, [reason], f"{rule_base}.asked"
    unread = _unread_police_question(case)
    if unread:
        reason = f"{label}: no attendance criterion met, but {unread}; a person decides "
        reason += "whether a written report is enough."
        return Suggestion.DISCUSS, [reason], f"{rule_base}.unread"
    reason = f"{label}: no attendance criterion of the policy is met; a written report is sent."
    return Suggestion.REPORT_ONLY, [reason], f"{rule_base}.report_only"


def _unread_police_question(case: Case) -> str | None:
    """Why the police question stops a `report_only`: the form asks it and its answer was
    not read.

    A report is suggested only when the reading is complete: a form that asks whether police
    should attend and whose answer we have not got may be asking for them (DESIGN.md: when
    unsure, say so and send it to a person). A question with *neither* box marked was read: it
    asks for nothing, and POLICY.md rule 2 gives `report_only` with `tickbox_ambiguous`."""
    if case.tick is PoliceTick.NOT_FOUND and case.police_question:
        return "the booking form asks whether police should attend and its answer could not be read"
    if case.answers_unread:
        # issue 11 ("report_only only when the reading is complete"): labels read, answers not
        # (set s layout 91: answers typed in annotations, or printed off their lines). "Neither
        # box marked" there says nothing about what the author asked for.
        return (
            "the booking form was recognised but its answers could not be read (no reason, "
            "no child or adult, and the police question unanswered)"
        )
    if case.nothing_read and case.tick is not PoliceTick.REPORT_SUFFICIENT:
        # issue 11: an invitation whose reason and family were both missed — a letter to the
        # parent, a form pasted as a picture, an easy-read page (set v) — says nothing a
        # written report could rest on; only the form's own "report sufficient" answer does
        return (
            "neither the reason for the conference nor the whole family could be read from the "
            "email"
        )
    if case.scanned and case.tick in (PoliceTick.NOT_FOUND, PoliceTick.NEITHER):
        # issue 11: a scan's boxes and pen marks are read from the image (`parsers.scan_boxes`),
        # and only a confident reading lifts this rule: each option's box found, every box
        # clearly marked or clearly empty (a mark in between is written "⍰" and makes the
        # question unread, as does an option with no box found beside it:
        # `parsers.police_boxes`), and exactly one marked. "Neither marked" on a scan is no such
        # reading — a faint pencil tick, a mark beside the box or a circled label is not seen —
        # so it stays with a person rather than following POLICY.md rule 2 as a typed form does.
        return "the booking form is a scanned image whose tick boxes could not be read for certain"
    return None


def _present(listed: Collection[Criterion], met: frozenset[Criterion]) -> list[Criterion]:
    return [c for c in listed if c in met]


def _because(criteria: Sequence[Criterion], policy: Policy, label: str) -> list[str]:
    return [
        f"{label}: {WORDS[c]} ({policy.citations.get(c.value, 'POLICY.md')})." for c in criteria
    ]


def _kind_words(case: Case) -> str:
    words = (
        {
            ConferenceKind.INITIAL: "initial",
            ConferenceKind.REVIEW: "review",
            ConferenceKind.TRANSFER_IN: "transfer-in (counted as initial)",
        }[case.kind]
        if case.kind
        else "unknown"
    )
    return f"pre-birth {words}" if case.pre_birth else words


def confidence(suggested: Suggestion, *, doubts: int, ignored: int) -> float:
    """Lower with each doubt (flags, ambiguity) and with mentions that were read as not counting."""
    value = _BASE_CONFIDENCE[suggested] - 0.1 * doubts - 0.05 * min(ignored, 3)
    return round(min(1.0, max(0.05, value)), 2)

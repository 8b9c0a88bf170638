"""`triage()`: one Invitation → one TriageResult. Pure: no clock, no I/O, no logging of content.

DESIGN.md step 3. Detection (district-blind) → the district's policy → deadlines → flags →
decision. The day received is an argument (the caller reads it from the headers or the command
line, POLICY.md "Deadlines"); without it, old years are judged against the conference date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from parsers.records import Invitation
from triage.config import Policy, TriageConfig
from triage.criteria import criteria_met, detect
from triage.deadlines import deadlines
from triage.decide import Case, confidence, decide
from triage.flags import (
    DOUBTS,
    answers_unread,
    facts_of,
    flags_for,
    manual_review_reasons,
    nothing_read,
)
from triage.nlp import Nlp
from triage.records import Context, Deadlines, Mention, TriageResult
from triage.senders import sender_verified


def triage(
    invitation: Invitation, *, config: TriageConfig, nlp: Nlp, received: date | None
) -> TriageResult:
    fields = invitation.fields
    policy = config.policy_for(fields.district)
    mentions = detect(invitation.pages, nlp=nlp, reference=received or fields.date)
    criteria = criteria_met(mentions)
    facts = facts_of(invitation, verified=sender_verified(invitation.message, config=config))
    held = fields.date if facts.schedulable and received and fields.date else None
    if held is not None and received is not None and held < received:
        # the only date read is a sitting already held (adjourned, the last review's)
        facts = replace(facts, held_before=held)
        invitation = replace(invitation, fields=replace(fields, date=None, time=None))
        fields = invitation.fields
    timing = (
        deadlines(policy=policy, kind=fields.kind, conference=fields.date, received=received)
        if facts.schedulable
        else Deadlines(None, None, None)
    )
    case = Case(
        fields.kind,
        fields.pre_birth,
        fields.police_tick,
        frozenset(c.criterion for c in criteria),
        police_question=fields.police_question,
        scanned=invitation.ocr_used,
        answers_unread=answers_unread(invitation, criteria),
        nothing_read=nothing_read(invitation, criteria),
        asked_in_words=fields.police_asked_in_words,
    )
    decision = decide(
        case,
        policy=policy,
        blockers=manual_review_reasons(invitation, facts),
        notes=_policy_notes(fields.district, policy, config=config),
    )
    flags = flags_for(
        invitation,
        facts,
        deadlines=timing,
        received=received,
        suggested=decision.suggested,
        criteria=criteria,
    )
    doubts = sum(flag in DOUBTS for flag in flags)
    score = confidence(decision.suggested, doubts=doubts, ignored=_ignored(mentions))
    return TriageResult(
        invitation=invitation,
        district=fields.district,
        criteria=criteria,
        mentions=mentions,
        decision=replace(decision, confidence=score),
        deadlines=timing,
        flags=flags,
        received_on=received,
        policy_name=policy.name,
    )


def _policy_notes(district: str | None, policy: Policy, *, config: TriageConfig) -> list[str]:
    """POLICY.md rule 4: say when another district's rules decided."""
    if district is None:
        return [f"District unknown: {policy.display_name}'s rules applied (POLICY.md rule 4)."]
    if district not in config.policies:
        return [
            f"No policy file for {district.title()}: {policy.display_name}'s rules applied "
            "(POLICY.md rule 4)."
        ]
    if policy.rules_from:
        return [f"{policy.display_name}: rules of {policy.rules_from}."]
    return []


def _ignored(mentions: tuple[Mention, ...]) -> int:
    """Mentions read as not counting (negated, historical…): a person may want to look."""
    return sum(m.context not in (Context.AFFIRMED, Context.TEMPLATE) for m in mentions)

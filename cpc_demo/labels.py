"""The expected result of a generated email, computed from the scenario chosen for it.

This is a second, independent reading of POLICY.md ("Decision", "Deadlines", "Flags"): it
starts from what the generator *put* in the email (the criteria it affirmed, the kind, the tick
box, the district, the sender) and never runs the project's parsers or triage, so the corpus can
catch them out.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cpc_demo.scenarios import NOT_INVITATIONS, Scenario
from cpc_demo.workdays import working_days_before, working_days_between

ALL_FLAGS = (
    "cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
    "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
    "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
    "tickbox_conflict", "unreadable_attachment", "unverified_sender",
)  # fmt: skip

WAKEFIELD_INITIAL = frozenset({
    "current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
    "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
    "registered_sex_offender", "negotiated_attendance",
})  # fmt: skip
LEEDS_INITIAL = WAKEFIELD_INITIAL - {"child_sexual_exploitation"}
CALDERDALE_INITIAL = frozenset({
    "current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance",
})  # fmt: skip
CALDERDALE_DISCUSS = frozenset(
    {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}
)
REVIEW_DISCUSS = frozenset({
    "child_sexual_exploitation", "current_investigation", "registered_sex_offender",
    "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation",
})  # fmt: skip

# POLICY.md "Deadlines": (report due N working days before, minimum notice initial, review)
DEADLINE_RULES: dict[str, tuple[int, int | None, int | None]] = {
    "wakefield": (3, 5, None),
    "leeds": (1, 5, 10),
    "calderdale": (3, None, None),
    "kirklees": (3, None, None),
    "bradford": (3, None, None),
}


def initial_decision(district: str, criteria: frozenset[str], tick: str) -> str:
    """POLICY.md "Decision" 2 and 4 (Kirklees and Bradford use the Wakefield rules)."""
    if district == "leeds":
        if criteria & LEEDS_INITIAL:
            return "attend"
        if "child_sexual_exploitation" in criteria:
            return "discuss"
    elif district == "calderdale":
        if criteria & CALDERDALE_INITIAL:
            return "attend"
        if criteria & CALDERDALE_DISCUSS:
            return "discuss"
    elif criteria & WAKEFIELD_INITIAL:
        return "attend"
    return "discuss" if tick in ("required", "both") else "report_only"


def review_decision(criteria: frozenset[str], tick: str) -> str:
    """POLICY.md "Decision" 3: reviews, pre-birth reviews included."""
    if "core_group_member" in criteria:
        return "attend"
    if criteria & REVIEW_DISCUSS or tick == "required":
        return "discuss"
    return "report_only"


def decide(scenario: Scenario) -> str:
    """The suggested decision, `manual_review` first (POLICY.md "Decision" 1)."""
    if scenario.message in NOT_INVITATIONS or scenario.message == "cancellation":
        return "manual_review"
    if not scenario.sender_verified:
        return "manual_review"
    criteria = frozenset(scenario.criteria)
    if scenario.kind == "review":
        return review_decision(criteria, scenario.tick)
    return initial_decision(scenario.district, criteria, scenario.tick)


def deadlines(
    district: str, kind: str, conference: date, received: date
) -> tuple[date, int, bool | None]:
    """(report_due, notice_working_days, notice_ok); transfer-in counts as initial."""
    before, initial_min, review_min = DEADLINE_RULES[district]
    minimum = review_min if kind == "review" else initial_min
    notice = working_days_between(received, conference)
    return (
        working_days_before(conference, before),
        notice,
        None if minimum is None else notice >= minimum,
    )


def tick_value(tick: str) -> bool | None:
    """The label's `police_attendance_requested`: true, false, or null (absent/ambiguous)."""
    return {"required": True, "report": False}.get(tick)


def _required_flags(
    s: Scenario, decision: str, due: date | None, notice_ok: bool | None
) -> list[str]:
    if s.message == "cancellation":
        return ["cancelled"]
    if s.message == "portal":
        return ["encrypted_unreadable"]
    if s.message in NOT_INVITATIONS:
        return ["not_an_invitation"]
    if not s.sender_verified:
        return ["unverified_sender"]
    flags = []
    if notice_ok is False:
        flags.append("late_notice")
    if due is not None and due < s.received_day:
        flags.append("deadline_passed")
    if s.tick == "report" and decision == "attend":
        flags.append("tickbox_conflict")
    if s.tick in ("both", "neither"):
        flags.append("tickbox_ambiguous")
    if s.message == "reschedule":
        flags.append("rescheduled")
    if s.fmt == "pdf_scanned":
        flags.append("ocr_used")
    return flags


MESSAGE_LEVEL = ("cancelled", "not_an_invitation", "rescheduled", "unverified_sender",
                 "encrypted_unreadable", "district_unknown", "possible_duplicate")  # fmt: skip


def _forbidden_flags(s: Scenario, required: list[str]) -> list[str]:
    """Flags that clearly must not be raised (a flag in neither list is not scored)."""
    if s.has_form and not s.sender_verified:
        return ["cancelled", "not_an_invitation", "possible_duplicate", "rescheduled"]
    if not s.has_form:
        unsure = "not_an_invitation" if s.message == "portal" else ""
        return [f for f in MESSAGE_LEVEL if f not in required and f != unsure]
    pool = MESSAGE_LEVEL if s.fmt == "pdf_scanned" else ALL_FLAGS
    maybe = {"no_booking_form"} if not s.fmt.startswith(("pdf_", "docx_")) else set()
    return sorted(f for f in pool if f not in required and f not in maybe)


def _children(s: Scenario) -> list[dict[str, str | None]]:
    """The children as the email names them: a cancellation names them in prose, without
    their dates of birth, so a reader cannot (and must not pretend to) give one."""
    dated = s.has_form
    return [
        {"name": c.name, "date_of_birth": c.dob.isoformat() if c.dob and dated else None}
        for c in s.family.children
    ]


def build_label(s: Scenario, *, texts: list[str], tags: list[str]) -> dict[str, Any]:
    """The label of one email, in the samples' format (samples/README.md)."""
    decision = decide(s)
    form = s.has_form
    named = form or s.message == "cancellation"
    due = notice = ok = None
    if form and s.sender_verified:
        due, notice, ok = deadlines(s.district, s.kind, s.conference.date(), s.received_day)
    required = _required_flags(s, decision, due, ok)
    return {
        "district": s.district if s.sender_verified else None,
        "kind": s.kind if named else None,
        "pre_birth": s.pre_birth if named else None,
        "date": s.conference.date().isoformat() if named else None,
        "time": f"{s.conference:%H:%M}" if named else None,
        "police_attendance_requested": tick_value(s.tick) if form else None,
        "harm_categories": list(s.harm) if form else None,
        "children": _children(s) if named else None,
        "adults": [a.name for a in s.family.adults] if form else None,
        "criteria": list(s.criteria) if form else ([] if named else None),
        "decision": decision,
        "report_due": due.isoformat() if due else None,
        "notice_working_days": notice,
        "notice_ok": ok,
        "flags_required": required,
        "flags_forbidden": _forbidden_flags(s, required),
        "source_texts": texts,
        "tags": tags,
        "notes": notes(s, decision),
    }


def notes(s: Scenario, decision: str) -> str:
    """One line on why the label is what it is."""
    if s.message != "invitation" and not s.has_form:
        return f"{s.message.replace('_', ' ')}: manual_review (POLICY.md Decision 1)"
    if not s.sender_verified:
        return f"sender not verified ({s.sender}): manual_review whatever the content"
    crits = ", ".join(s.criteria) or "no criterion"
    traps = ", ".join(t.category for t in s.traps)
    rule = "review rules" if s.kind == "review" else f"{s.district} initial rules"
    extra = f"; traps not met: {traps}" if traps else ""
    return f"{decision} by the {rule} from {crits}, tick box {s.tick}{extra}"

"""A TriageResult as the contract's JSON document and as text for a person.

The contract is `config/contracts/triage-result.schema.json` (schema_version 1); its README
says fields may grow but never change meaning.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from parsers.records import Attachment, Person, PoliceTick
from triage.records import Context, TriageResult

SCHEMA_VERSION = 1
_TICK = {PoliceTick.REQUIRED: True, PoliceTick.REPORT_SUFFICIENT: False}


def to_contract(result: TriageResult, *, input_path: str) -> dict[str, Any]:
    fields = result.invitation.fields
    return {
        "schema_version": SCHEMA_VERSION,
        "input": input_path,
        "message": _message(result),
        "district": result.district,
        "conference": {
            "kind": fields.kind.value if fields.kind else None,
            "pre_birth": fields.pre_birth,
            "date": _day(fields.date),
            "time": _hhmm(fields.time),
            "venue": fields.venue,
            "local_reference": fields.local_reference,
            "chair": fields.chair,
        },
        "police_attendance_requested": _TICK.get(fields.police_tick),
        "reason": fields.reason,
        "marking": fields.marking,
        "harm_categories": list(dict.fromkeys(fields.harm_categories)),
        # no category stated: each one read from the reason, with the sentence it came from
        "harm_categories_inferred": [
            {"category": category, "quote": quote} for category, quote in fields.harm_inferred
        ],
        "children": [_person(p) for p in fields.children],
        "adults": [{**_person(p), "relationship": p.relationship} for p in fields.adults],
        "criteria": [
            {
                "id": c.criterion.value,
                "evidence": [{"quote": e.quote, "location": e.location} for e in c.evidence],
            }
            for c in result.criteria
        ],
        "decision": {
            "suggested": result.decision.suggested.value,
            "reasons": list(result.decision.reasons) or ["No reason recorded."],
            "confidence": result.decision.confidence,
        },
        "deadlines": {
            "report_due": _day(result.deadlines.report_due),
            "notice_working_days": result.deadlines.notice_working_days,
            "notice_ok": result.deadlines.notice_ok,
        },
        "flags": [flag.value for flag in dict.fromkeys(result.flags)],
    }


def _message(result: TriageResult) -> dict[str, Any]:
    message = result.invitation.message
    address = message.sender.address
    return {
        "message_id": message.message_id,
        "sender": address.strip().lower() if address else None,
        "subject": message.subject,
        "received_at": _instant(message.received_at),
        "attachments": [_attachment(a) for a in result.invitation.attachments],
    }


def _attachment(attachment: Attachment) -> dict[str, Any]:
    return {
        "filename": attachment.filename,
        "media_type": attachment.media_type,
        "role": attachment.role.value,
        "error": attachment.error,
    }


def _person(person: Person) -> dict[str, Any]:
    # An unborn child has an expected date of delivery, not a date of birth: the contract's
    # field stays null and the EDD is given beside it.
    if person.expected:
        return {
            "name": person.name,
            "date_of_birth": None,
            "expected_date": _day(person.date_of_birth),
        }
    return {"name": person.name, "date_of_birth": _day(person.date_of_birth)}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _hhmm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _instant(value: datetime | None) -> str | None:
    """ISO 8601 with an offset; a naive time (should not happen) is not given one by guess."""
    if value is None or value.tzinfo is None:
        return None
    return value.isoformat()


def render_text(result: TriageResult) -> str:
    """The result for a person: decision and reasons first, then evidence, then what was ignored."""
    fields = result.invitation.fields
    decision = result.decision
    lines = [
        f"Suggested: {decision.suggested.value.upper()}  (confidence {decision.confidence:.2f})",
        *(f"  - {reason}" for reason in decision.reasons),
        f"District: {result.district or 'unknown'} (policy: {result.policy_name})",
        f"Conference: {fields.kind.value if fields.kind else 'unknown'}"
        f"{' (pre-birth)' if fields.pre_birth else ''} on {_day(fields.date) or 'unknown date'}"
        f" at {_hhmm(fields.time) or 'unknown time'}",
        f"Report due: {_day(result.deadlines.report_due) or '-'}; notice "
        f"{_or_dash(result.deadlines.notice_working_days)} working days"
        f" (ok: {_yes_no(result.deadlines.notice_ok)})",
        f"Flags: {', '.join(f.value for f in result.flags) or 'none'}",
    ]
    if fields.marking:
        lines.insert(0, fields.marking)
    for met in result.criteria:
        lines.append(f"Criterion {met.criterion.value}:")
        lines.extend(f'  "{e.quote}" [{e.location}]' for e in met.evidence)
    ignored = [m for m in result.mentions if m.context not in (Context.AFFIRMED,)]
    if ignored:
        lines.append("Read but not counted:")
        lines.extend(
            f"  {m.criterion.value} ({m.context.value}"
            f"{', ' + repr(m.trigger) if m.trigger else ''}):"
            f' "{m.evidence.quote}" [{m.evidence.location}]'
            for m in ignored
        )
    return "\n".join(lines)


def _or_dash(value: int | None) -> str:
    return "-" if value is None else str(value)


def _yes_no(value: bool | None) -> str:
    return "n/a" if value is None else ("yes" if value else "no")

"""Working-day deadlines (POLICY.md "Deadlines"; DOMAIN.md §4.4).

Working days are counted with the district's calendar (`triage.workdays`: England's bank
holidays and the district's closure days). Dates are the Europe/London calendar days the caller
gives; nothing here reads a clock.
"""

from __future__ import annotations

from datetime import date

from parsers.records import ConferenceKind
from triage.config import Policy
from triage.records import Deadlines
from triage.workdays import working_days

_MAX_SPAN_DAYS = 3 * 366  # a date further apart than this is a misread, not a deadline


def deadlines(
    *, policy: Policy, kind: ConferenceKind | None, conference: date | None, received: date | None
) -> Deadlines:
    """Report due date, notice counted and whether it met the district's minimum."""
    calendar = working_days(policy.closure_days)
    report_days = policy.deadlines.report_working_days
    minimum = _minimum_notice(policy, kind)
    if conference is None:
        return Deadlines(None, None, None, minimum, report_days)
    report_due = calendar.back(conference, report_days)
    if received is None or abs((conference - received).days) > _MAX_SPAN_DAYS:
        return Deadlines(report_due, None, None, minimum, report_days)
    notice = calendar.between(received, conference)
    notice_ok = None if minimum is None else notice >= minimum
    return Deadlines(report_due, notice, notice_ok, minimum, report_days)


def _minimum_notice(policy: Policy, kind: ConferenceKind | None) -> int | None:
    """Transfer-in counts as initial (POLICY.md); pre-birth follows its own kind."""
    if kind is None:
        return None
    minimum = policy.deadlines.minimum_notice
    return minimum.get("review") if kind is ConferenceKind.REVIEW else minimum.get("initial")

"""When the daily digest is due: working days in England, at a configured time in Europe/London.

Issue 7: "every working day at a configured time (APScheduler cron in Europe/London, skipping
English bank holidays)". Working days are Monday to Friday less the bank holidays of England
(POLICY.md "Deadlines"): `triage.workdays.ENGLAND`, the one calendar.

APScheduler's cron has no holiday calendar, so the job runs on weekdays (`digest_trigger`) and
`digest_due()` refuses bank holidays. The trigger fires every few minutes inside the sending
hours, not once: a daemon that was down at the set time catches up when it starts, and a failed
send is retried by the next firing (RELIABILITY R8). `digest_runs` UNIQUE(district, day) keeps
it to one digest a day however often the job fires.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from parsers.records import LONDON
from triage.workdays import ENGLAND

if TYPE_CHECKING:
    from apscheduler.triggers.base import BaseTrigger

DEFAULT_SEND_AT = time(7, 30)
LAST_HOUR = 18  # no first digest after 18:59: a late digest is still sent the same evening


def digest_day(now: datetime) -> date:
    """The London calendar day of `now` (an aware datetime): the day a digest belongs to."""
    if now.tzinfo is None:
        raise ValueError("digest times must be timezone-aware")
    return now.astimezone(LONDON).date()


def digest_due(now: datetime, *, send_at: time = DEFAULT_SEND_AT) -> bool:
    """True on a working day from `send_at` (London time) until the end of the sending hours."""
    local = now.astimezone(LONDON) if now.tzinfo else None
    if local is None:
        raise ValueError("digest times must be timezone-aware")
    if not ENGLAND.is_working_day(local.date()):
        return False
    return send_at <= local.time().replace(tzinfo=None) and local.hour <= LAST_HOUR


def next_digest_at(now: datetime, *, send_at: time = DEFAULT_SEND_AT) -> datetime:
    """The next working-day `send_at` (London) strictly after `now`, as an aware datetime."""
    day = digest_day(now)
    for _ in range(30):  # the longest run of non-working days in England is 4
        moment = datetime.combine(day, send_at, tzinfo=LONDON)
        if ENGLAND.is_working_day(day) and moment > now:
            return moment
        day += timedelta(days=1)
    raise RuntimeError("no working day within 30 days")  # pragma: no cover - calendar broken


def digest_trigger(*, send_at: time = DEFAULT_SEND_AT, every_minutes: int = 5) -> BaseTrigger:
    """Weekdays every few minutes from `send_at` until LAST_HOUR:59 (London); use with
    `digest_due`. The first firing is `send_at` itself, not the top of its hour.

    APScheduler is imported here, by the daemon's scheduler: the settings read this module's
    hours, and the `triage` command reads the settings (issue 11: its start-up)."""
    from apscheduler.triggers.combining import OrTrigger
    from apscheduler.triggers.cron import CronTrigger

    first_hour = CronTrigger(
        day_of_week="mon-fri",
        hour=send_at.hour,
        minute=f"{send_at.minute}-59/{every_minutes}",
        timezone=LONDON,
    )
    if send_at.hour >= LAST_HOUR:
        return first_hour
    later = CronTrigger(
        day_of_week="mon-fri",
        hour=f"{send_at.hour + 1}-{LAST_HOUR}",
        minute=f"*/{every_minutes}",
        timezone=LONDON,
    )
    return OrTrigger([first_hour, later])

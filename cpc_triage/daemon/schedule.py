"""The daemon's jobs on APScheduler 3.11, in one process (LIBRARIES.md "Scheduling").

Each pulled mailbox is polled on its own interval (a push mailbox has a watch thread of its
own instead: `Daemon.watch`); health as often as systemd's watchdog needs; the export outbox
every 30 s; the digest on its trigger, and once at start to catch up; retention daily.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from cpc_triage.notify import watchdog_interval_s
from cpc_triage.settings.mailbox import ImapMailboxSettings, MailboxSettings
from intake.sources import Source

if TYPE_CHECKING:
    from cpc_triage.bootstrap import App
    from cpc_triage.daemon.loop import Daemon


def pushed(app: App) -> list[tuple[Source, MailboxSettings]]:
    """Mailboxes that push (IMAP IDLE): watched by a thread of their own, not polled."""
    return [
        (source, mailbox)
        for source, mailbox in zip(app.sources, app.settings.mailboxes, strict=True)
        if isinstance(mailbox, ImapMailboxSettings)
        and mailbox.idle
        and hasattr(source, "wait_for_mail")
    ]


def build_scheduler(daemon: Daemon) -> BackgroundScheduler:
    app = daemon.app
    settings = app.settings
    zone = ZoneInfo(settings.schedule.timezone)
    scheduler = BackgroundScheduler(
        timezone=zone,
        executors={"default": ThreadPoolExecutor(max_workers=len(app.sources) + 4)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
    )
    now = datetime.now(zone)
    watched = {source.name for source, _ in pushed(app)}
    for source, mailbox in zip(app.sources, settings.mailboxes, strict=True):
        if source.name in watched:
            continue
        scheduler.add_job(
            daemon.poll,
            "interval",
            args=[source],
            seconds=mailbox.poll_seconds,
            id=f"poll:{mailbox.name}",
            next_run_time=now,
        )
    health_s = min(settings.schedule.health_seconds, watchdog_interval_s() or 3600.0)
    scheduler.add_job(daemon.health, "interval", seconds=health_s, id="health", next_run_time=now)
    scheduler.add_job(daemon.deliver, "interval", seconds=30, id="outbox", next_run_time=now)
    if app.digest is not None:  # [digest] enabled; at once on start to catch up
        scheduler.add_job(daemon.digest, app.digest.trigger(), id="digest", next_run_time=now)
    scheduler.add_job(
        daemon.retention, "cron", hour=settings.schedule.retention_hour, minute=17, id="retention"
    )
    return scheduler

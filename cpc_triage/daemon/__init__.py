"""The daemon: APScheduler 3.11 in one process runs the jobs (LIBRARIES.md "Scheduling").

Jobs: poll each mailbox on its own interval, the digest (cron), retention (daily), health
(heartbeat row + systemd watchdog). APScheduler 3.x cannot share a job store between processes,
so several daemons on one PostgreSQL database coordinate through the database instead: a poll
runs only while its daemon holds the mailbox's lease (`cpc_triage.db.Lease`: an advisory lock),
and filing is idempotent anyway.

One job a module (issue 14 item 6):

    loop.py       Daemon: the polls, the push mailboxes' watch threads, `run --once`, SIGTERM
    backoff.py    Backoff: after a failed poll, how long a mailbox waits (2, 4, 8 … s)
    watchdog.py   Watchdog: the heartbeat row and WATCHDOG=1, withheld while a poll is stuck
    schedule.py   the APScheduler jobs and their intervals
    jobs.py       the jobs that are not polls: the export outbox, the digest, retention
    start.py      `run()`: settle the previous process's death, then run

The state the daemon writes about mailboxes and itself belongs to intake (`intake.health`).
"""

from cpc_triage.daemon.loop import Daemon
from cpc_triage.daemon.start import run

__all__ = ["Daemon", "run"]

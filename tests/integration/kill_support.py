"""What the kill tests share: SIGKILL the daemon's whole tree, wait for it to report ready, read
the outcome from the database, and the full-form switch (issue 15: the heavy forms run by hand).

`CPC_FULL_SOAK=1` runs the kill and poison tests in the issue's full sizes (300 messages and 25
kills, the database locked for three minutes); `scripts/soak` sets it. Without it CI runs a
reduced form with the same assertions (README "Poison messages, budgets and transient faults").
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
from sqlalchemy import create_engine, func, select

from intake.dropfolder import source_id_of
from intake.tables import ledger
from tasks.tables import filed_messages, tasks

FULL = os.environ.get("CPC_FULL_SOAK") == "1"

#: A task's (suggested, rule, attempts, strikes), by the delivered file's name.
Outcome = dict[str, tuple[str, str, int, int]]


def ready_count(log: Path) -> int:
    if not log.exists():
        return 0
    return log.read_text(errors="replace").count('"event": "daemon_ready"')


def wait_ready(log: Path, before: int, *, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while ready_count(log) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ready_count(log) > before, "the daemon did not come up"


def kill_tree(pid: int) -> None:
    """SIGKILL the process and its children at once, as systemd's KillMode=control-group."""
    try:
        parent = psutil.Process(pid)
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for proc in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()
    psutil.wait_procs(family, timeout=10)


def outcome(database: Path, delivered: list[Path]) -> tuple[Outcome, int, dict[str, int]]:
    """file name → (suggested, rule, attempts, strikes); the number of filings; ledger states.

    The ledger knows a drop-folder message by the SHA-256 of its bytes, never by its file name
    (issue 13 item 4): `delivered` gives the names back."""
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(
                    filed_messages.c.source_id,
                    tasks.c.suggested,
                    tasks.c.rule,
                    ledger.c.attempts,
                    ledger.c.strikes,
                )
                .join(tasks, tasks.c.id == filed_messages.c.task_id)
                .join(ledger, ledger.c.source_id == filed_messages.c.source_id)
            ).all()
            states = conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state))
            by_state = {str(s): int(n) for s, n in states.all()}
    finally:
        engine.dispose()
    names = {source_id_of(p.read_bytes()): p.name for p in delivered}
    return {names[r[0]]: (r[1], r[2], r[3], r[4]) for r in rows}, len(rows), by_state


def hold_exclusive_lock(db: Path, *, seconds: float) -> subprocess.Popen[str]:
    """A second process holding `BEGIN EXCLUSIVE` on the SQLite file for `seconds`; returns
    once the lock is held."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "c.execute('ROLLBACK')\n",
            str(db),
            str(seconds),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.stdout.close()
    return holder

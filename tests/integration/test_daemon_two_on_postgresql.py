"""Two daemons, one PostgreSQL database, one drop folder: each email filed once, one leader.

The leader per mailbox is chosen with `pg_try_advisory_lock`; when it dies (SIGKILL) its
session ends, the lock goes with it and the other daemon takes over (DESIGN.md).
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cpc_demo import generate
from cpc_triage.db import make_engine
from intake.tables import ledger
from tasks.tables import filed_messages
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import (
    Backend,
    deliver,
    names_by_source_id,
    start_daemon,
    write_settings,
)

pg_backend_fixture = daemon_fixtures.pg_backend_fixture


def _events(log: Path, name: str) -> int:
    count = 0
    for line in log.read_text().splitlines() if log.exists() else []:
        try:
            count += json.loads(line).get("event") == name
        except json.JSONDecodeError:
            continue
    return count


@pytest.mark.slow
@pytest.mark.postgres
def test_two_daemons_file_each_email_once_and_the_survivor_takes_over(
    pg_backend: Backend, tmp_path: Path
) -> None:
    mail = generate(tmp_path / "mail", count=40, mix="demo", seed=7)
    config = write_settings(tmp_path, pg_backend)
    engine = make_engine(pg_backend.url, schema=pg_backend.schema)
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    procs = [start_daemon("run", "--config", str(config), log=log) for log in logs]

    def done() -> int:
        try:
            with engine.connect() as conn:
                return int(
                    conn.execute(
                        select(func.count()).select_from(ledger).where(ledger.c.state == "done")
                    ).scalar_one()
                )
        except Exception:  # the schema is being created by a daemon
            return -1

    try:
        deadline = time.monotonic() + 60
        while sum(_events(log, "daemon_ready") for log in logs) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        deliver(tmp_path / "var" / "mailbox" / "inbox", mail[:30])
        deadline = time.monotonic() + 180
        while done() < 30 and time.monotonic() < deadline:
            time.sleep(0.3)
        assert done() == 30
        leaders = [i for i, log in enumerate(logs) if _events(log, "mailbox_lease_acquired")]
        assert len(leaders) == 1
        leader = leaders[0]
        assert _events(logs[1 - leader], "message_filed") == 0
        procs[leader].send_signal(signal.SIGKILL)
        procs[leader].wait(timeout=30)
        deliver(tmp_path / "var" / "mailbox" / "inbox", mail[30:])
        deadline = time.monotonic() + 180
        while done() < 40 and time.monotonic() < deadline:
            time.sleep(0.3)
        assert done() == 40
        assert _events(logs[1 - leader], "mailbox_lease_acquired") == 1
        with engine.connect() as conn:
            filed = conn.execute(select(filed_messages.c.source_id)).scalars().all()
        names = names_by_source_id(mail)
        assert sorted(names[f] for f in filed) == sorted(p.name for p in mail)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=60)
        engine.dispose()

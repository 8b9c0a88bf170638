"""kill -9 soak (RELIABILITY.md R1, issue 4 "Crash safety"): 500 emails delivered while the
daemon is SIGKILLed at random moments at least 20 times and restarted. Afterwards every email
has exactly one filing (0 lost, 0 duplicated), every ledger row is done, every file is in
none left in the drop folder, SQLite's integrity check passes and the audit chain verifies.

Each kill takes the daemon's whole process tree (its parse workers too), as systemd does with
`KillMode=control-group`. The kill lands uniformly 0–2 s after the restart reports ready.
"""

from __future__ import annotations

import contextlib
import json
import random
import threading
import time
from pathlib import Path

import psutil
import pytest
from sqlalchemy import create_engine, func, select

from cpc_triage.demo import generate
from intake.tables import ledger
from tasks.audit import verify_chain
from tasks.tables import filed_messages
from tests.integration.daemon_fixtures import (
    Backend,
    deliver,
    left_in_drop_folder,
    names_by_source_id,
    start_daemon,
    write_settings,
)

EMAILS = 500
KILLS = 20


def _ready_count(log: Path) -> int:
    if not log.exists():
        return 0
    return log.read_text(errors="replace").count('"event": "daemon_ready"')


def _kill_tree(pid: int) -> None:
    try:
        parent = psutil.Process(pid)
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for proc in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()
    psutil.wait_procs(family, timeout=10)


@pytest.mark.slow
def test_500_emails_survive_20_sigkills_with_none_lost_and_none_filed_twice(tmp_path: Path) -> None:
    started = time.monotonic()
    mail = generate(tmp_path / "mail", count=EMAILS, mix="demo", seed=11)
    generated = time.monotonic()
    config = write_settings(tmp_path, Backend("sqlite", "", ""), poll_seconds=0.2)
    inbox = tmp_path / "var" / "mailbox" / "inbox"
    log = tmp_path / "daemon.log"
    rng = random.Random(20261123)
    delivered = threading.Event()

    def deliver_slowly() -> None:
        for start in range(0, EMAILS, 10):
            deliver(inbox, mail[start : start + 10])
            time.sleep(0.15)
        delivered.set()

    courier = threading.Thread(target=deliver_slowly)
    courier.start()
    kills = 0
    try:
        while kills < KILLS or not delivered.is_set():
            before = _ready_count(log)
            proc = start_daemon("run", "--config", str(config), log=log)
            deadline = time.monotonic() + 60
            while _ready_count(log) == before and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _ready_count(log) > before, "the daemon did not come up"
            time.sleep(rng.uniform(0.0, 2.0))
            _kill_tree(proc.pid)
            proc.wait()
            kills += 1
        courier.join()
        final = start_daemon("run", "--config", str(config), log=log)
        try:
            _wait_until_drained(tmp_path, timeout=180)
        finally:
            final.terminate()
            assert final.wait(timeout=60) == 0
    finally:
        courier.join()
    elapsed = time.monotonic() - started

    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'cpc-triage.db'}")
    with engine.connect() as conn:
        filed = conn.execute(select(filed_messages.c.source_id, filed_messages.c.task_id)).all()
        states = dict(
            conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state)).all()
        )
        integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        chain = verify_chain(conn)
    engine.dispose()
    names = sorted(p.name for p in mail)
    by_id = names_by_source_id(mail)
    assert sorted(by_id[r.source_id] for r in filed) == names  # each exactly once
    assert all(r.task_id for r in filed)
    assert states == {"done": EMAILS}
    assert left_in_drop_folder(tmp_path / "var" / "mailbox") == []
    assert integrity == "ok"
    assert chain.ok, chain.problem
    assert kills >= KILLS
    timing = {"generate_s": round(generated - started, 1), "total_s": round(elapsed, 1)}
    print(json.dumps({"kills": kills, "emails": EMAILS, **timing}))


def _wait_until_drained(tmp: Path, *, timeout: float) -> None:
    engine = create_engine(f"sqlite:///{tmp / 'var' / 'cpc-triage.db'}")
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                done = conn.execute(
                    select(func.count()).select_from(ledger).where(ledger.c.state == "done")
                ).scalar_one()
            waiting = any(
                any((tmp / "var" / "mailbox" / f).iterdir()) for f in ("inbox", "working")
            )
            if done >= EMAILS and not waiting:
                return
            time.sleep(0.5)
    finally:
        engine.dispose()
    raise AssertionError("the daemon did not drain the mailbox in time")

"""The daemon reading a real Dovecot over IMAP (issue 5): `[[mailboxes]] kind = "imap"`.

Dovecot runs on loopback with a self-signed certificate (tests/servers/dovecot.py); the daemon
is the real one — settings file, `open_app`, the watch thread that drains and waits in IDLE —
filing tasks in SQLite (and PostgreSQL for the first test). Each test asserts what a person
would check: every message is exactly one filed message with a task, the ledger says `done`,
INBOX is empty and the Processed folder holds the mail, and the daemon got there by itself.

The daemon runs in-process as `run_forever` runs it (scheduler plus watch threads) but without
installing signal handlers, which only the main thread may do; leaving `running()` sets the stop
flag exactly as the SIGTERM handler does. The SIGTERM test runs `cpc-triage run` as a process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import json
import os
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.elements import ColumnElement

from cpc_demo import generate
from cpc_triage.bootstrap import App, open_app
from cpc_triage.daemon import Daemon
from cpc_triage.logs import configure_logging, get_logger
from cpc_triage.pipeline import message_id_of
from cpc_triage.settings import load_settings
from intake.ledger import message_id_index
from intake.tables import ledger, mailbox_polls
from parsers.records import Invitation
from tasks.filing import FilingPlan
from tasks.records import SYSTEM_ACTOR
from tasks.store import Filed, TaskStore
from tasks.tables import filed_messages, tasks
from tests.integration import daemon_fixtures
from tests.integration.daemon_app import StandIn, fixed_triage
from tests.integration.daemon_fixtures import ROOT, Backend, start_daemon
from tests.integration.kill_support import hold_exclusive_lock
from tests.servers.dovecot import PASSWORD, USER, DovecotServer, dovecot_available
from triage.records import TriageResult

pytestmark = pytest.mark.skipif(not dovecot_available(), reason="dovecot-imapd not installed")

backend_fixture = daemon_fixtures.backend_fixture
SQLITE = Backend("sqlite", "", "")
MAILBOX = "cppu"
IDLE_LATENCY_LIMIT_S = 15.0  # the target is < 5 s (the benchmark measures it); margin for CI
STOP_LIMIT_S = 5.0  # IDLE looks at the stop flag once a second


# -- fixtures and helpers -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_mail(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Twelve realistic invitations (PDF and DOCX forms, a reschedule, a reply …)."""
    return [p.read_bytes() for p in generate(tmp_path_factory.mktemp("demo"), count=12, mix="demo")]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DovecotServer]:
    with DovecotServer(tmp_path) as srv:
        yield srv


def simple_mail(n: int) -> bytes:
    """A small text-only invitation, unique by its reference (the backlog tests)."""
    return (
        "From: Conferences <icpc.bookings@leeds.gov.uk>\r\n"
        "To: CPPU Conferences <leeds.cppu.conferences@westyorkshire.police.uk>\r\n"
        f"Subject: Initial Child Protection Conference - ref LCC-{n:05d}\r\n"
        "Date: Tue, 24 Nov 2026 13:40:48 +0000\r\n"
        f"Message-ID: <backlog-{n}@leeds.gov.uk>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "An Initial Child Protection Conference has been booked for Tuesday 1 December 2026\r\n"
        f"at 10:00 at Merrion House, Leeds. Our reference LCC-{n:05d}. Please confirm\r\n"
        "attendance and send a police report two working days before.\r\n"
    ).encode()


def write_imap_settings(
    tmp: Path,
    server: DovecotServer,
    backend: Backend = SQLITE,
    *,
    idle: bool = True,
    poll_seconds: float = 300.0,
    batch: int = 500,
    folders: str = "",
) -> Path:
    """A settings file with one IMAPS mailbox on `server`; the password in a 0600 file."""
    tmp.mkdir(parents=True, exist_ok=True)
    password = tmp / "imap-password"
    password.write_text(PASSWORD + "\n")
    password.chmod(0o600)
    path = tmp / "settings.toml"
    path.write_text(
        f'data_dir = "{tmp / "var"}"\n'
        f'config_dir = "{ROOT / "config"}"\n'
        f"{backend.toml()}\n"
        "[[mailboxes]]\n"
        'kind = "imap"\n'
        f'name = "{MAILBOX}"\n'
        'host = "127.0.0.1"\n'
        f"port = {server.imaps_port}\n"
        'security = "tls"\n'
        f'username = "{USER}"\n'
        f'password_file = "{password}"\n'
        f'ca_file = "{server.ca_path}"\n'
        f"idle = {'true' if idle else 'false'}\n"
        f"poll_seconds = {poll_seconds}\n"
        f"batch = {batch}\n"
        "timeout_seconds = 10\n"
        f"{folders}\n"
        "[schedule]\nhealth_seconds = 0.5\n"
        "[parsing]\nattachment_timeout_seconds = 20\nworkers = 1\n"
    )
    return path


@pytest.fixture
def logs() -> io.StringIO:
    """The daemon's JSON log lines, in memory."""
    return io.StringIO()


@pytest.fixture
def open_imap_app(logs: io.StringIO) -> Iterator[Callable[..., App]]:
    """Open apps on settings files; closes them (and their IMAP connections) afterwards."""
    apps: list[App] = []

    def open_(settings: Path, *, triage_fn: Callable[..., TriageResult] | None = None) -> App:
        configure_logging("info", stream=logs)
        app = open_app(load_settings(settings), log=get_logger(), load_nlp=triage_fn is None)
        if triage_fn is not None:  # no spaCy: the parse is real, the triage a fixed stand-in
            app.parts = dataclasses.replace(app.parts, reader=StandIn(app.parts.reader, triage_fn))
        apps.append(app)
        return app

    yield open_
    for app in apps:
        app.close()


@contextlib.contextmanager
def running(app: App) -> Iterator[Daemon]:
    """The daemon's threads as `run_forever` starts them; on leaving, stop as SIGTERM does and
    check the watch thread left IDLE promptly."""
    daemon = Daemon(app)
    scheduler = daemon._scheduler()
    scheduler.start()
    daemon._start_watchers()
    try:
        yield daemon
    finally:
        stop_at = time.monotonic()
        daemon.stopping.set()
        scheduler.shutdown(wait=True)
        for watcher in daemon._watchers:
            watcher.join(timeout=30)
        daemon._release()
    assert not any(w.is_alive() for w in daemon._watchers), "watch thread did not stop"
    assert time.monotonic() - stop_at < STOP_LIMIT_S


def count(app: App, table: object, *where: ColumnElement[bool]) -> int:
    query = select(func.count()).select_from(table)  # type: ignore[arg-type]
    with app.engine.connect() as conn:
        return int(conn.execute(query.where(*where)).scalar_one())


def done(app: App) -> int:
    return count(app, ledger, ledger.c.state == "done")


def states(app: App) -> dict[str, int]:
    with app.engine.connect() as conn:
        rows = conn.execute(select(ledger.c.state, func.count()).group_by(ledger.c.state)).all()
    return {str(state): int(n) for state, n in rows}


def poll_row(app: App) -> dict[str, object]:
    with app.engine.connect() as conn:
        row = conn.execute(select(mailbox_polls).where(mailbox_polls.c.mailbox == MAILBOX)).first()
    return dict(row._mapping) if row is not None else {}


def wait_for(predicate: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def wait_until_idle(app: App) -> None:
    """The first drain is recorded, and a moment more: the watch thread is now in IDLE."""
    assert wait_for(lambda: poll_row(app).get("last_ok_at") is not None, 30)
    time.sleep(0.5)


def assert_filed_once_each(app: App, expected: int) -> None:
    """`expected` messages, each filed once with a task, all done at the source."""
    with app.engine.connect() as conn:
        filed = conn.execute(select(filed_messages.c.sha256, filed_messages.c.task_id)).all()
        task_ids = set(conn.execute(select(tasks.c.id)).scalars())
    assert len(filed) == expected
    assert len({r.sha256 for r in filed}) == expected
    assert all(r.task_id in task_ids for r in filed)
    assert states(app) == {"done": count(app, ledger)}


def assert_folders(server: DovecotServer, *, processed: int, folder: str = "Processed") -> None:
    assert server.uids("INBOX") == []
    assert len(server.uids(folder)) == processed


# -- delivery and folder moves ------------------------------------------------------------------
def test_delivered_mail_is_filed_once_each_and_moved_to_processed(
    backend: Backend,
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    for raw in demo_mail[:6]:
        server.deliver(raw)  # waiting before the daemon starts
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, backend))
    with running(app):
        assert wait_for(lambda: done(app) == 6, 60)
        for raw in demo_mail[6:]:
            server.append(raw)  # arriving while it runs, by IMAP APPEND
        assert wait_for(lambda: done(app) == 12, 60)
        time.sleep(0.5)  # nothing more is filed: no message twice
    assert_filed_once_each(app, 12)
    assert_folders(server, processed=12)
    polls = poll_row(app)
    assert polls["processed"] == 12
    if polls["last_error"] is not None:
        # Seen once in five full-suite runs (PostgreSQL, both cores busy): a transient network
        # error, retried (R5). Allowed only as a network error the mailbox recovered from.
        assert str(polls["last_error"]).startswith("SourceUnavailable")
        assert polls["last_ok_at"] > polls["last_error_at"]  # type: ignore[operator]
    assert count(app, tasks) >= 10  # the dozen includes a reschedule and a reply to a booking


class RefusingStore(TaskStore):
    """The task database refusing one message's writes (a corrupt page, a full disk)."""

    refused_message_id = ""
    refused_index = ""  # the ledger keeps the Message-ID only as a keyed hash

    def apply(
        self, plan: FilingPlan, *, connection: Connection | None = None, actor: str = SYSTEM_ACTOR
    ) -> Filed:
        if plan.key.message_id_index == self.refused_index:
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))
        return super().apply(plan, connection=connection, actor=actor)


def test_polled_without_idle_into_folders_named_in_the_settings_failed_one_for_a_person(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    """idle = false: APScheduler polls; the folders are created; a message that cannot be
    filed at all (not even as manual_review) is moved to the failed folder, not lost."""
    folders = 'processed_folder = "Triaged"\nfailed_folder = "Needs a person"\n'
    settings = write_imap_settings(
        tmp_path / "app", server, idle=False, poll_seconds=0.5, folders=folders
    )
    app = open_imap_app(settings)
    refused = RefusingStore(app.engine, cipher=app.keyring, blind_index=app.keyring.blind_index)
    refused.refused_message_id = str(message_id_of(demo_mail[2]))
    refused.refused_index = str(
        message_id_index(refused.refused_message_id, index=app.keyring.blind_index)
    )
    app.parts = dataclasses.replace(app.parts, store=refused)
    for raw in demo_mail[:4]:
        server.deliver(raw)
    with running(app) as daemon:
        assert not daemon._watchers  # polled by the scheduler, no IDLE thread
        assert wait_for(lambda: count(app, ledger, ledger.c.state.in_(["done", "failed"])) == 4, 60)
    assert states(app) == {"done": 3, "failed": 1}
    assert count(app, filed_messages) == 3
    assert server.uids("INBOX") == []
    assert len(server.uids("Triaged")) == 3
    assert message_ids(server, "Needs a person") == [refused.refused_message_id]
    assert server.uids("Processed") == []  # auto-created by our Dovecot config, left unused


def test_mail_met_by_a_locked_database_is_offered_again_and_filed_once_none_failed(
    server: DovecotServer,
    tmp_path: Path,
    open_imap_app: Callable[..., App],
    logs: io.StringIO,
) -> None:
    """A second process holds `BEGIN EXCLUSIVE` on the SQLite file past the busy timeout while
    mail arrives: the message in flight meets "database is locked", is handed back to the
    source (`release`) and filed after the back-off, with the others; nothing goes to the
    failed folder (issue 15 item 6; it used to wait in flight until the process restarted)."""
    settings = write_imap_settings(
        tmp_path / "app", server, poll_seconds=1.0, folders='failed_folder = "Failed"\n'
    )
    with settings.open("a") as handle:  # SQLite writes no [database] table of its own
        handle.write("[database]\nbusy_timeout_seconds = 1\n")
    app = open_imap_app(settings, triage_fn=fixed_triage)
    with running(app):
        wait_until_idle(app)
        holder = hold_exclusive_lock(tmp_path / "app" / "var" / "cpc-triage.db", seconds=4)
        for n in range(5):
            server.append(simple_mail(n))
        assert holder.wait(timeout=60) == 0
        assert wait_for(lambda: done(app) == 5, 60), states(app)
        time.sleep(0.5)  # nothing more is filed: no message twice
    assert_filed_once_each(app, 5)
    assert_folders(server, processed=5)
    assert server.uids("Failed") == []
    assert '"transient_fault"' in logs.getvalue()


def test_polled_without_idle_mail_arriving_later_is_filed_at_the_next_poll(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    """A SEARCH alone answers from the mailbox as the server last showed it to this session:
    each poll must ask for news first, or mail waits for some other command to sync."""
    poll_s = 1.0
    app = open_imap_app(
        write_imap_settings(tmp_path / "app", server, idle=False, poll_seconds=poll_s)
    )
    latencies = []
    with running(app):
        wait_until_idle(app)  # (here: the first poll is recorded)
        for n, raw in enumerate(demo_mail[:4], start=1):
            delivered = time.monotonic()
            (server.deliver if n % 2 else server.append)(raw)
            assert wait_for(lambda n=n: done(app) == n, 30), states(app)  # type: ignore[misc]
            latencies.append(time.monotonic() - delivered)
    assert max(latencies) < 2 * poll_s + 2.0, latencies  # without a NOOP first: 5–6 s
    assert_filed_once_each(app, 4)
    assert_folders(server, processed=4)


# -- IDLE: latency, mail during processing, stopping ----------------------------------------------
def test_idle_files_a_new_message_within_seconds_not_at_the_safety_net_poll(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, poll_seconds=300))
    latencies = []
    with running(app):
        wait_until_idle(app)
        for n, raw in enumerate(demo_mail[:3], start=1):
            delivered = datetime.now(UTC)
            (server.append if n % 2 else server.deliver)(raw)  # APPEND and MTA-style delivery
            assert wait_for(lambda n=n: count(app, filed_messages) == n, 60)  # type: ignore[misc]
            with app.engine.connect() as conn:
                filed_at = conn.execute(select(func.max(ledger.c.filed_at))).scalar_one()
            latencies.append((filed_at - delivered).total_seconds())
            time.sleep(0.5)  # back in IDLE before the next one
    assert max(latencies) < IDLE_LATENCY_LIMIT_S, latencies
    assert_filed_once_each(app, 3)
    assert_folders(server, processed=3)


def test_a_message_arriving_while_another_is_processed_is_filed_without_the_poll(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    """The safety-net poll is 300 s away: only the drain going on (or IDLE) can pick it up."""
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, poll_seconds=300))
    real_triage = app.parts.reader.triage
    arrived: list[float] = []

    def triage_while_mail_arrives(invitation: Invitation, day: date | None) -> TriageResult:
        if not arrived:  # during the first message's processing, two more arrive
            server.deliver(demo_mail[1])
            server.append(demo_mail[2])
            arrived.append(time.monotonic())
        return real_triage(invitation, day)

    app.parts = dataclasses.replace(
        app.parts, reader=StandIn(app.parts.reader, triage_while_mail_arrives)
    )
    with running(app):
        wait_until_idle(app)
        server.append(demo_mail[0])
        assert wait_for(lambda: done(app) == 3, 60)
        took = time.monotonic() - arrived[0]
    assert took < IDLE_LATENCY_LIMIT_S
    assert_filed_once_each(app, 3)
    assert_folders(server, processed=3)


def test_a_message_arriving_between_the_drain_and_idle_is_not_left_for_the_poll(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The narrowest window: the drain's last SEARCH found nothing, the IDLE has not begun.
    Dovecot does not report such mail once IDLE begins; only the 300 s poll would find it."""
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, poll_seconds=300))
    source = app.sources[0]
    wait_in_idle = source.wait_for_mail  # type: ignore[attr-defined]
    arrived: list[float] = []

    def mail_arrives_first(seconds: float, *, interrupted: Callable[[], bool]) -> bool:
        if not arrived:
            server.append(demo_mail[0])
            arrived.append(time.monotonic())
        return bool(wait_in_idle(seconds, interrupted=interrupted))

    monkeypatch.setattr(source, "wait_for_mail", mail_arrives_first)
    with running(app):
        assert wait_for(lambda: done(app) == 1, 30), states(app)
        took = time.monotonic() - arrived[0]
    assert took < IDLE_LATENCY_LIMIT_S
    assert_filed_once_each(app, 1)
    assert_folders(server, processed=1)


@pytest.mark.slow
def test_sigterm_while_waiting_in_idle_stops_the_daemon_within_seconds(
    server: DovecotServer, tmp_path: Path, demo_mail: list[bytes]
) -> None:
    work = tmp_path / "app"
    config = write_imap_settings(work, server, poll_seconds=300)
    log = tmp_path / "daemon.log"
    proc = start_daemon("run", "--config", str(config), log=log)
    database = work / "var" / "cpc-triage.db"
    try:
        assert wait_for(lambda: "daemon_ready" in log.read_text(), 120, step=0.2), log.read_text()
        server.append(demo_mail[0])
        assert wait_for(lambda: _done_in(database) == 1, 60, step=0.2), log.read_text()[-3000:]
        time.sleep(2.0)  # drained: the watch thread is waiting in IDLE now
        stop_at = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        returncode = proc.wait(timeout=60)
        took = time.monotonic() - stop_at
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert returncode == 0
    assert took < STOP_LIMIT_S + 1.0  # +1: the main loop's own one-second wait
    events = [json.loads(line)["event"] for line in log.read_text().splitlines() if "{" in line]
    assert "daemon_stopped" in events
    assert events.count("message_filed") == 1
    assert "poll_failed" not in events


def _done_in(database: Path) -> int:
    if not database.exists():
        return -1
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            query = select(func.count()).select_from(ledger).where(ledger.c.state == "done")
            return int(conn.execute(query).scalar_one())
    except OperationalError:
        return -1
    finally:
        engine.dispose()


# -- the server going away, the mailbox recreated -----------------------------------------------
def test_a_dovecot_restart_while_a_message_is_processed_loses_nothing_files_nothing_twice(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
    logs: io.StringIO,
) -> None:
    """Dovecot dies after the third message is fetched and before it is moved; it is back a
    second later. The daemon records the error, backs off, reconnects by itself, moves the
    third message (already filed: only the move is left) and files the rest."""
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, poll_seconds=300))
    real_triage = app.parts.reader.triage
    calls = itertools.count(1)
    restarted = threading.Event()

    def restart_later() -> None:
        server.start()
        restarted.set()

    def triage_while_dovecot_dies(invitation: Invitation, day: date | None) -> TriageResult:
        if next(calls) == 3:
            server.stop()
            threading.Timer(1.0, restart_later).start()
        return real_triage(invitation, day)

    app.parts = dataclasses.replace(
        app.parts, reader=StandIn(app.parts.reader, triage_while_dovecot_dies)
    )
    for raw in demo_mail:
        server.deliver(raw)
    with running(app):
        assert wait_for(lambda: done(app) == 12, 90), states(app)
        time.sleep(0.5)
    assert restarted.is_set()
    assert_filed_once_each(app, 12)
    assert_folders(server, processed=12)
    polls = poll_row(app)
    assert str(polls["last_error"]).startswith("SourceUnavailable")
    assert isinstance(polls["last_ok_at"], datetime)
    assert isinstance(polls["last_error_at"], datetime)
    assert polls["last_ok_at"] > polls["last_error_at"]  # recovered by itself
    logged = logs.getvalue()
    assert '"poll_failed"' in logged
    assert PASSWORD not in logged


def test_a_dovecot_restart_while_waiting_in_idle_is_noticed_at_once_not_at_the_poll(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    """The IDLE connection dies under the daemon (imapclient's idle_check returns nothing on
    EOF, at once, forever): it must end the wait, back off and reconnect — not sit deaf,
    spinning, until the 300 s safety-net poll."""
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, poll_seconds=300))
    with running(app):
        wait_until_idle(app)
        server.restart()
        restarted = time.monotonic()
        server.append(demo_mail[0])
        assert wait_for(lambda: done(app) == 1, 60), states(app)
        took = time.monotonic() - restarted
    assert took < IDLE_LATENCY_LIMIT_S
    assert str(poll_row(app)["last_error"]).startswith("SourceUnavailable")
    assert_filed_once_each(app, 1)
    assert_folders(server, processed=1)


def test_dovecot_restarted_at_arbitrary_moments_of_a_backlog_drain(
    server: DovecotServer, tmp_path: Path, open_imap_app: Callable[..., App]
) -> None:
    """Two restarts timed by the test, not by the daemon: they fall in a SEARCH, a FETCH of
    a batch, a MOVE or between them. Nothing is lost and nothing is filed twice.

    A MOVE the server made but could not confirm leaves a `filed` row that no listing offers
    again: the daemon finishes it when it is back (`Daemon.poll` reconciles after a failure).
    A MOVE cut between Dovecot's copy and its expunge leaves the message in both folders; the
    daemon moves it again, so Processed may hold one copy too many per restart (mail is
    never lost; the task is still filed once)."""
    total, restarts = 300, (60, 180)
    for n in range(total):
        server.deliver(simple_mail(n))
    app = open_imap_app(
        write_imap_settings(tmp_path / "app", server, batch=50), triage_fn=fixed_triage
    )
    with running(app):
        for threshold in restarts:
            assert wait_for(lambda t=threshold: done(app) >= t, 90)  # type: ignore[misc]
            server.restart()
        # Generous: a Dovecot killed mid-command has been seen to stall new sessions for
        # about two minutes (a stale lock); the daemon's back-off waits it out.
        assert wait_for(lambda: done(app) == total, 240), states(app)
        time.sleep(0.5)
    assert_filed_once_each(app, total)
    assert server.uids("INBOX") == []
    processed = message_ids(server, "Processed")
    assert set(processed) == {f"<backlog-{n}@leeds.gov.uk>" for n in range(total)}
    assert len(processed) <= total + len(restarts)
    assert str(poll_row(app)["last_error"]).startswith("SourceUnavailable")


def message_ids(server: DovecotServer, folder: str) -> list[str]:
    """The Message-ID of every message in `folder` (duplicates kept)."""
    with server.client() as client:
        client.select_folder(folder, readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    headers = [d[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"] for d in fetched.values()]
    return [h.decode().split(":", 1)[1].strip() for h in headers]


def test_a_uidvalidity_reset_refiles_nothing_already_filed_and_files_the_new(
    server: DovecotServer,
    tmp_path: Path,
    demo_mail: list[bytes],
    open_imap_app: Callable[..., App],
) -> None:
    """The mailbox is recreated while the daemon runs: the three messages already filed come
    back (restored from a backup) under a new UIDVALIDITY, with two new ones. Every UID is new
    to the daemon; the SHA-256 of the bytes recognises the three."""
    app = open_imap_app(write_imap_settings(tmp_path / "app", server, poll_seconds=300))
    with running(app):
        for raw in demo_mail[:3]:
            server.deliver(raw)
        assert wait_for(lambda: done(app) == 3, 60)
        with app.engine.connect() as conn:
            before = {i.split(":")[0] for i in conn.execute(select(ledger.c.source_id)).scalars()}
        tasks_before = count(app, tasks)
        server.stop()  # the daemon's IDLE connection drops: it backs off
        processed = server.maildir / ".Processed"
        for path in [*(processed / "cur").iterdir(), *(processed / "new").iterdir()]:
            (server.maildir / "cur" / path.name).write_bytes(path.read_bytes())
        server.reset_uidvalidity()  # INBOX index removed: a new UIDVALIDITY; Dovecot started
        for raw in demo_mail[3:5]:
            server.deliver(raw)
        assert wait_for(lambda: done(app) == 8, 60), states(app)
        time.sleep(0.5)
    with app.engine.connect() as conn:
        ids = conn.execute(select(ledger.c.source_id)).scalars().all()
    by_validity = Counter(source_id.split(":")[0] for source_id in ids)
    (old,) = before
    assert by_validity.pop(old) == 3
    assert list(by_validity.values()) == [5]  # 3 seen again + 2 new, under the new UIDVALIDITY
    assert count(app, filed_messages) == 5  # …but the 3 are not filed a second time
    assert count(app, tasks) - tasks_before >= 1
    assert states(app) == {"done": 8}
    assert_folders(server, processed=3 + 5)  # the 3 restored copies were moved as well


# -- volume -------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_thousand_message_backlog_is_drained_once_each(
    server: DovecotServer, tmp_path: Path, open_imap_app: Callable[..., App]
) -> None:
    """1,000 small text invitations waiting in INBOX (300 in CI, the whole thousand with
    `CPC_FULL_SOAK=1`, `scripts/soak`). The triage is the fixed stand-in (no spaCy; the parse
    is real) so the test measures the IMAP path and filing; benchmarks/bench_imap.py drains
    real generated invitations with the real pipeline."""
    total = 1000 if os.environ.get("CPC_FULL_SOAK") == "1" else 300
    for n in range(total):
        server.deliver(simple_mail(n))
    app = open_imap_app(write_imap_settings(tmp_path / "app", server), triage_fn=fixed_triage)
    started = time.monotonic()
    with running(app):
        assert wait_for(lambda: done(app) == total, 150, step=0.5), states(app)
        seconds = time.monotonic() - started
        time.sleep(0.5)
    print(f"{total}-message IMAP backlog: {seconds:.1f} s, {total / seconds:.1f} emails/s")
    assert_filed_once_each(app, total)
    assert_folders(server, processed=total)
    assert poll_row(app)["processed"] == total

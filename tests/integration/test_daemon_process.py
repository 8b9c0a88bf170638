"""`cpc-triage run` as systemd runs it: READY and WATCHDOG, SIGTERM, fail-fast, status, rotate."""

from __future__ import annotations

import json
import os
import signal
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import OperationalError

from cpc_demo import generate
from intake.keys import read_keyring
from intake.tables import data_keys, ledger
from tasks.tables import filed_messages
from tests.integration.daemon_fixtures import (
    Backend,
    deliver,
    left_in_drop_folder,
    run_daemon,
    start_daemon,
    write_settings,
)

SQLITE = Backend("sqlite", "", "")


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("mail"), count=12, mix="demo")


@pytest.fixture
def notify_socket() -> Iterator[tuple[socket.socket, str]]:
    directory = tempfile.mkdtemp(prefix="cpcn", dir="/tmp")
    path = os.path.join(directory, "n.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(60)
    yield sock, path
    sock.close()
    os.unlink(path)
    os.rmdir(directory)


def _done(tmp: Path) -> int:
    """Messages done so far; -1 while the daemon has not created its database yet."""
    if not (tmp / "var" / "cpc-triage.db").exists():
        return -1
    engine = create_engine(f"sqlite:///{tmp / 'var' / 'cpc-triage.db'}")
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(ledger).where(ledger.c.state == "done")
                ).scalar_one()
            )
    except OperationalError:
        return -1
    finally:
        engine.dispose()


def _wait_for(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_the_daemon_says_ready_feeds_the_watchdog_files_mail_and_stops_on_sigterm(
    tmp_path: Path, mail: list[Path], notify_socket: tuple[socket.socket, str]
) -> None:
    sock, path = notify_socket
    config = write_settings(tmp_path, SQLITE)
    proc = start_daemon(
        "run", "--config", str(config), env={"NOTIFY_SOCKET": path}, log=tmp_path / "log"
    )
    try:
        messages = [sock.recv(4096).decode() for _ in range(3)]
        assert messages[0].startswith("READY=1")
        assert messages[1:] == ["WATCHDOG=1", "WATCHDOG=1"]
        deliver(tmp_path / "var" / "mailbox" / "inbox", mail)
        assert _wait_for(lambda: _done(tmp_path) == 12, 120)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    rest = []
    sock.settimeout(0.5)
    try:
        while True:
            rest.append(sock.recv(4096).decode())
    except TimeoutError:
        pass
    assert "STOPPING=1" in rest
    lines = [json.loads(line) for line in (tmp_path / "log").read_text().splitlines()]
    assert {"daemon_ready", "daemon_stopped"} <= {line["event"] for line in lines}
    assert sum(line["event"] == "message_filed" for line in lines) == 12


def test_run_once_with_the_demo_seed_files_it_and_status_shows_the_queue(tmp_path: Path) -> None:
    config = write_settings(tmp_path, SQLITE)
    ran = run_daemon("run", "--config", str(config), "--once", "--seed-demo", "6")
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert left_in_drop_folder(tmp_path / "var" / "mailbox") == []  # filed: only in the vault
    status = run_daemon("status", "--config", str(config))
    assert status.returncode == 0, status.stderr
    assert "Queue" in status.stdout and "done 6" in status.stdout
    assert "dropfolder:default" in status.stdout
    # the inbox is empty again, so it is seeded again — with the same bytes, filed once
    again = run_daemon("run", "--config", str(config), "--once", "--seed-demo", "6")
    assert again.returncode == 0
    assert left_in_drop_folder(tmp_path / "var" / "mailbox") == []
    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'cpc-triage.db'}")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(filed_messages)).scalar_one() == 6
    engine.dispose()


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ('[schedule]\ndigest_cron = "every morning"\n', "schedule.digest_cron"),
        ('config_dir = "/nonexistent/config"\n', "/nonexistent/config"),
        ('[keys]\nkeyring_file = "/nonexistent/keyring"\n', "/nonexistent/keyring"),
        ('[database]\nurl = "postgresql+psycopg://u:pw@127.0.0.1/x"\n', "database.url"),
    ],
)
def test_a_bad_configuration_stops_the_start_with_a_message_naming_it(
    tmp_path: Path, extra: str, named: str
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(f'data_dir = "{tmp_path / "var"}"\n{extra}')
    ran = run_daemon("run", "--config", str(config), "--once", timeout=120)
    assert ran.returncode == 2
    assert named in ran.stderr
    assert "pw@" not in ran.stderr


def test_db_upgrade_brings_an_empty_database_to_the_head(tmp_path: Path) -> None:
    config = write_settings(tmp_path, SQLITE)
    ran = run_daemon("db", "upgrade", "--config", str(config))
    assert ran.returncode == 0, ran.stderr
    assert "database at revision 0005_sender_ids" in ran.stdout


@pytest.mark.slow
def test_keys_rotate_while_the_daemon_runs_and_everything_still_reads(
    tmp_path: Path, mail: list[Path]
) -> None:
    config = write_settings(tmp_path, SQLITE, extra="")
    config.write_text(config.read_text() + "[keys]\nrotation_grace_seconds = 1.0\n")
    proc = start_daemon("run", "--config", str(config), log=tmp_path / "log")
    inbox = tmp_path / "var" / "mailbox" / "inbox"
    try:
        deliver(inbox, mail[:6])
        assert _wait_for(lambda: _done(tmp_path) == 6, 120)
        deliver(inbox, mail[6:])
        rotated = run_daemon("keys", "rotate", "--config", str(config))
        assert rotated.returncode == 0, rotated.stderr[-2000:]
        assert _wait_for(lambda: _done(tmp_path) == 12, 120)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    keyring = read_keyring(tmp_path / "var" / "keys" / "keyring")
    assert len(keyring.keks) == 1
    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'cpc-triage.db'}")
    with engine.connect() as conn:
        keks = set(conn.execute(select(data_keys.c.kek_id)).scalars())
    engine.dispose()
    assert keks == {keyring.current[0]}
    status = run_daemon("status", "--config", str(config))
    assert "done 12" in status.stdout


def test_a_configured_folder_sink_gets_one_json_and_one_xml_per_occurrence(
    tmp_path: Path,
) -> None:
    from lxml import etree  # type: ignore[import-untyped]

    export = tmp_path / "export"
    config = write_settings(
        tmp_path,
        SQLITE,
        extra=f'[[sinks]]\nname = "niche-drop"\nkind = "folder"\npath = "{export}"\n',
    )
    ran = run_daemon("run", "--config", str(config), "--once", "--seed-demo", "4")
    assert ran.returncode == 0, ran.stderr[-3000:]
    documents = sorted(export.glob("*.json"))
    assert len(documents) == 4
    assert len(sorted(export.glob("*.xml"))) == 4
    for document in documents:
        occurrence = json.loads(document.read_text())
        assert occurrence  # parses back
        etree.parse(str(document.with_suffix(".xml")))


def test_a_webhook_sink_without_a_secret_stops_the_start(tmp_path: Path) -> None:
    config = write_settings(
        tmp_path,
        SQLITE,
        extra='[[sinks]]\nname = "hook"\nkind = "webhook"\nurl = "https://127.0.0.1:9/x"\n',
    )
    ran = run_daemon("run", "--config", str(config), "--once")
    assert ran.returncode == 2
    assert "sink hook" in ran.stderr


def test_a_configured_mail_sink_sends_each_filing_to_the_tasking_mailbox_over_starttls(
    tmp_path: Path,
) -> None:
    from tests.unit.test_sinks_mail import Inbox, _serve
    from tests.unit.test_tasks_support import make_tls

    tls = make_tls(tmp_path)
    box = Inbox()
    controller = _serve(box, tls)
    try:
        config = write_settings(
            tmp_path,
            SQLITE,
            extra=(
                '[[sinks]]\nname = "tasking"\nkind = "mail"\nhost = "127.0.0.1"\n'
                f'port = {controller.port}\nsender = "cpc-triage@force.example"\n'
                f'to = "tasking@force.example"\nca_file = "{tls.ca_file}"\n'
            ),
        )
        ran = run_daemon("run", "--config", str(config), "--once", "--seed-demo", "3")
        assert ran.returncode == 0, ran.stderr[-3000:]
    finally:
        controller.stop()
    assert len(box.messages) == 3
    assert all(rcpt == ["tasking@force.example"] for _, rcpt, _ in box.messages)


def test_status_reports_what_waits_and_what_in_the_inbox_will_never_be_taken(
    tmp_path: Path,
) -> None:
    """Issue 15 item 7: nothing lies in the inbox unreported (counted, never named)."""
    config = write_settings(tmp_path, SQLITE)
    ran = run_daemon("run", "--config", str(config), "--once", "--seed-demo", "2")
    assert ran.returncode == 0, ran.stderr[-3000:]
    inbox = tmp_path / "var" / "mailbox" / "inbox"
    (inbox / "Smith family notes.txt").write_bytes(b"not mail")
    (inbox / "LATE.EML").write_bytes(b"Subject: x\r\n\r\nbody\r\n")
    status = run_daemon("status", "--config", str(config))
    assert status.returncode == 0, status.stderr
    assert "inbox 1, working 0, failed 0, 1 not taken (not .eml)" in status.stdout
    assert "Smith" not in status.stdout

"""`cpc-triage digest` (no --preview): send today's due digests now, through `[digest]`.

A real data directory (migrations, keyring), cases filed through `TaskStore`, and a real SMTP
server on loopback with STARTTLS. The sending path runs with the clock given (`_send(now=…)`)
so "Tuesday 07:45" is reproducible; one test runs the whole command line at the real time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import structlog
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from cpc_triage.bootstrap import open_database, open_keyring
from cpc_triage.cli.report import _send, register
from cpc_triage.settings import Settings, load_settings
from desk.digest_schedule import digest_due
from parsers.records import Person
from tasks.store import TaskStore
from tasks.tables import audit_log
from tests.servers.smtp import SmtpServer
from tests.unit.test_digest_support import ARRIVED, BASE_URL, NOW, SUPERVISOR, file_case
from tests.unit.test_tasks_support import make_result

LEEDS = "leeds.supervisors@force.example"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """The command points the logs at its stderr; put back what the test session had."""
    saved, handlers = structlog.get_config(), logging.getLogger().handlers[:]
    yield
    structlog.configure(**saved)
    logging.getLogger().handlers[:] = handlers


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[SmtpServer]:
    with SmtpServer(tmp_path / "smtp") as server:
        yield server


def _settings_file(tmp_path: Path, relay: SmtpServer, *, send_at: str = "07:30") -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(
        f'data_dir = "{tmp_path / "data"}"\n'
        "[digest]\nenabled = true\n"
        f'base_url = "{BASE_URL}"\nsender = "cpc-triage@force.example"\n'
        f'allow_list = ["@force.example"]\nsend_at = "{send_at}"\n'
        f'[digest.recipients]\nwakefield = ["{SUPERVISOR}"]\nleeds = ["{LEEDS}"]\n'
        '[digest.transport]\nkind = "relay"\nhost = "127.0.0.1"\n'
        f'port = {relay.port}\nca_file = "{relay.ca_file}"\ntimeout_seconds = 10\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def configured(tmp_path: Path, relay: SmtpServer) -> tuple[Settings, Path, dict[str, str]]:
    path = _settings_file(tmp_path, relay)
    settings = load_settings(path)
    engine = open_database(settings, upgrade=True)
    keyring = open_keyring(settings, engine)
    store = TaskStore(engine, cipher=keyring, blind_index=keyring.blind_index)
    bind = keyring.using
    ids = {
        "wakefield": file_case(
            store, engine, make_result(district="wakefield"), 1, at=ARRIVED, bind=bind
        ),
        "leeds": file_case(
            store,
            engine,
            make_result(district="leeds", children=(Person("Lara Leeds", None),)),
            2,
            at=ARRIVED,
            bind=bind,
        ),
    }
    engine.dispose()
    return settings, path, ids


def _exit_code(settings: Settings, **kwargs: object) -> int:
    try:
        _send(settings, **kwargs)  # type: ignore[arg-type]
    except typer.Exit as exit_:
        return exit_.exit_code
    return 0


def test_sending_now_delivers_each_due_digest_once_and_says_so(
    configured: tuple[Settings, Path, dict[str, str]],
    relay: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, _, ids = configured
    assert _exit_code(settings, district=None, now=NOW) == 0
    assert capsys.readouterr().out.splitlines() == ["leeds: sent", "wakefield: sent"]
    assert _exit_code(settings, district=None, now=NOW + timedelta(hours=1)) == 0
    again = capsys.readouterr().out.splitlines()
    assert again == [
        "leeds: skipped — already sent today at 07:45",
        "wakefield: skipped — already sent today at 07:45",
    ]
    assert len(relay.inbox.messages) == 2
    wakefield = next(m for m in relay.inbox.parsed() if m["To"] == SUPERVISOR)
    assert wakefield["Subject"].startswith("OFFICIAL-SENSITIVE: CPC digest – Wakefield")
    text = wakefield.get_body(("plain",))
    assert text is not None and f"{BASE_URL}/tasks/{ids['wakefield']}" in text.get_content()
    engine = open_database(settings, upgrade=False)
    with engine.connect() as conn:
        actors = conn.execute(
            select(audit_log.c.actor).where(audit_log.c.operation == "disclosure")
        ).scalars()
        assert {a.startswith("cli:") for a in actors} == {True}
    engine.dispose()


def test_a_send_the_relay_refuses_exits_1_and_is_left_for_a_retry(
    configured: tuple[Settings, Path, dict[str, str]],
    relay: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, _, _ = configured
    relay.inbox.refuse = 1
    assert _exit_code(settings, district="wakefield", now=NOW) == 1
    out = capsys.readouterr()
    assert out.out.strip() == (
        "wakefield: retrying — SMTP server answered 451; "
        "retried later (by the daemon, or run this again)"
    )
    retry = [json.loads(line) for line in out.err.splitlines() if "digest_retry" in line]
    assert retry and retry[0]["district"] == "wakefield"
    assert _exit_code(settings, district="wakefield", now=NOW + timedelta(minutes=3)) == 0
    assert capsys.readouterr().out.strip() == "wakefield: sent"
    assert [rcpt for rcpt, _ in relay.inbox.messages] == [[SUPERVISOR]]  # leeds not asked for


def test_on_a_bank_holiday_nothing_is_sent_and_the_reason_is_given(
    configured: tuple[Settings, Path, dict[str, str]],
    relay: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, _, _ = configured
    christmas = datetime(2026, 12, 25, 9, 0, tzinfo=UTC)
    assert _exit_code(settings, district=None, now=christmas) == 0
    assert capsys.readouterr().out.strip() == (
        "no digest is due now: Fri 25 Dec 2026 is not a working day in England"
    )
    assert relay.inbox.messages == []


def test_the_command_line_sends_what_is_due_at_the_real_time(
    tmp_path: Path, relay: SmtpServer
) -> None:
    """Whatever the day: a working day before 19:00 sends, any other time says why not."""
    path = _settings_file(tmp_path, relay, send_at="00:00")
    engine = open_database(load_settings(path), upgrade=True)
    open_keyring(load_settings(path), engine)  # admin commands never make a keyring themselves
    engine.dispose()
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["digest", "--config", str(path)])
    due = digest_due(datetime.now(UTC), send_at=time(0, 0))
    assert result.exit_code == 0, result.output
    if due:
        assert "leeds: sent" in result.stdout and "wakefield: sent" in result.stdout
        assert len(relay.inbox.messages) == 2
    else:
        assert "no digest is due now" in result.stdout and relay.inbox.messages == []


def test_an_unknown_district_is_a_usage_error(
    configured: tuple[Settings, Path, dict[str, str]],
) -> None:
    _, path, _ = configured
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["digest", "--district", "york", "--config", str(path)])
    assert result.exit_code == 2
    assert "--district york: no [digest.recipients] entry" in result.stderr


def test_the_preview_takes_the_links_from_the_digest_settings(
    configured: tuple[Settings, Path, dict[str, str]], relay: SmtpServer
) -> None:
    _, path, ids = configured
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(
        app, ["digest", "--preview", "--district", "leeds", "--config", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert f"{BASE_URL}/tasks/{ids['leeds']}" in result.stdout
    assert "Lara Leeds" not in result.stdout and relay.inbox.messages == []

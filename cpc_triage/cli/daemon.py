"""The daemon's commands, added to the main CLI by `register(app)` (STYLE.md: parse, call, print).

    cpc-triage run [--config FILE] [--once] [--seed-demo N]
    cpc-triage status [--config FILE]
    cpc-triage db upgrade [--config FILE]
    cpc-triage keys init [--config FILE]
    cpc-triage keys rotate [--config FILE]

Exit codes: 0 done; 1 `run --once` could not read a mailbox (each named on stderr, with why);
2 the configuration or the environment is unusable (the message names the problem); a daemon
that stops on SIGTERM exits 0.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.cli.common import (
    ConfigOption,
    current_database,
    fail,
    require_database,
    settings_from,
)
from cpc_triage.settings import Settings


def register(app: typer.Typer) -> None:
    """Add `run`, `status`, `check-config`, `db upgrade`, `keys rotate` and `audit verify`."""
    app.command("run")(run_command)
    app.command("status")(status_command)
    app.command("check-config")(check_config_command)
    db = typer.Typer(help="The database schema.", no_args_is_help=True)
    db.command("upgrade")(db_upgrade_command)
    app.add_typer(db, name="db")
    keys = typer.Typer(help="Encryption keys.", no_args_is_help=True)
    keys.command("init")(keys_init_command)
    keys.command("rotate")(keys_rotate_command)
    app.add_typer(keys, name="keys")
    audit = typer.Typer(help="The s.62 access log.", no_args_is_help=True)
    audit.command("verify")(audit_verify_command)
    app.add_typer(audit, name="audit")


def run_command(
    config: ConfigOption = None,
    once: Annotated[
        bool, typer.Option("--once", help="process what is waiting, then exit")
    ] = False,
    seed_demo: Annotated[
        int, typer.Option("--seed-demo", min=0, help="first put N demo emails in an empty inbox")
    ] = 0,
) -> None:
    """Run the daemon: poll the mailboxes, file tasks, keep going until SIGTERM."""
    from cpc_triage import daemon
    from cpc_triage.bootstrap import StartupError, open_app
    from cpc_triage.logs import configure_logging, get_logger
    from cpc_triage.status import mailbox_failures

    settings = settings_from(config)
    configure_logging(settings.log_level)
    log = get_logger()
    if seed_demo:
        seeded = seed_inbox(settings, count=seed_demo)
        log.info("demo_seeded", count=seeded)
    try:
        app = open_app(settings, log=log)
    except StartupError as exc:
        raise fail(str(exc)) from None
    started = datetime.now(UTC)
    try:
        with _health_listener(settings, enabled=not once):
            processed = daemon.run(app, once=once)
        failures = mailbox_failures(app.engine, since=started) if once else []
    finally:
        app.close()
    if once:
        log.info("run_once_done", processed=processed, failed_mailboxes=len(failures))
    for mailbox, error in failures:
        typer.echo(f"cpc-triage: mailbox {mailbox} could not be read: {error}", err=True)
    if failures:
        raise typer.Exit(code=1)


@contextlib.contextmanager
def _health_listener(settings: Settings, *, enabled: bool) -> Iterator[None]:
    """`/healthz` and `/metrics` while the daemon runs, when `[health] listen` is set."""
    if not enabled or not settings.health.listen:
        yield
        return
    from cpc_triage import metrics
    from cpc_triage.bootstrap import StartupError, open_database

    try:
        reader = open_database(settings, upgrade=False, reader=True)
        server = metrics.serve(
            reader,
            listen=settings.health.listen,
            alive_within=timedelta(seconds=max(30.0, 3 * settings.schedule.health_seconds)),
            stale=timedelta(minutes=15),
        )
    except (StartupError, OSError) as exc:
        raise fail(f"[health] listen {settings.health.listen}: {exc}") from None
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        reader.dispose()


def seed_inbox(settings: Settings, *, count: int) -> int:
    """Write `count` generated demo emails into the first drop folder's inbox if it is empty."""
    from cpc_demo import generate
    from cpc_triage.settings.mailbox import DropFolderMailbox
    from cpc_triage.startup import make_data_dir
    from intake.dropfolder import DropFolder

    folders = [m for m in settings.mailboxes if isinstance(m, DropFolderMailbox)]
    if not folders:
        raise fail("--seed-demo needs a dropfolder mailbox in the settings")
    mailbox = folders[0]
    make_data_dir(settings.data_path())
    folder = DropFolder(settings.mailbox_path(mailbox), mailbox=mailbox.name)
    folder.ensure()
    if folder.pending():
        return 0
    with tempfile.TemporaryDirectory(dir=folder.root, prefix=".seed-") as tmp:
        written = generate(Path(tmp), count=count, mix="demo")
        for path in written:
            path.replace(folder.inbox / f"demo-{path.name}")
    return len(written)


def check_config_command(config: ConfigOption = None) -> None:
    """Validate the settings and try every connection (database, keys, mailboxes); exit 1 if
    anything is wrong, saying what in plain words."""
    from cpc_triage.check_config import report_lines, run_checks, understood
    from cpc_triage.settings import find_settings

    settings = settings_from(config)
    console = Console(highlight=False, soft_wrap=True)
    for line in understood(settings, find_settings(config)):
        console.print(line, markup=False)
    console.print("")
    failed = 0
    for check in run_checks(settings):
        line = next(report_lines([check]))
        console.print(line, style=None if check.ok else "bold red", markup=False)
        failed += not check.ok
    if failed:
        console.print(f"{failed} problem(s) found", markup=False)
        raise typer.Exit(code=1)
    console.print("all checks passed", markup=False)


def status_command(
    config: ConfigOption = None,
    errors_since: Annotated[
        str | None,
        typer.Option("--errors-since", help="every error since this ISO 8601 time (local)"),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="one line and a Nagios exit code (0 ok, 1, 2, 3)")
    ] = False,
    stale_minutes: Annotated[
        int, typer.Option("--stale-minutes", min=1, help="--check: how old is too old")
    ] = 15,
) -> None:
    """Show whether a daemon runs, each mailbox's queue and last poll, errors and digests (no
    personal data). Answers within seconds even while the daemon holds the database."""
    from cpc_triage.diagnose import why
    from cpc_triage.status import read_status
    from cpc_triage.status_render import drop_folders, render_status

    if check:
        _check_health(config, stale=timedelta(minutes=stale_minutes))

    settings = settings_from(config)
    since = _since(errors_since, settings.schedule.timezone)
    engine = current_database(settings, reader=True)
    try:
        alive = timedelta(seconds=max(30.0, 3 * settings.schedule.health_seconds))
        status = read_status(engine, errors_since=since, alive_within=alive)
    except SQLAlchemyError as exc:
        raise fail(f"the database could not be read: {why(exc) or type(exc).__name__}") from None
    finally:
        engine.dispose()
    console = Console(width=None if sys.stdout.isatty() else 250)  # piped: one line a row
    for part in render_status(status, folders=drop_folders(settings), since=since):
        console.print(part, markup=False)


def _check_health(config: Path | None, *, stale: timedelta) -> None:
    """`status --check`: never a usage error's 2 for a broken setup — UNKNOWN (3) instead."""
    from cpc_triage.bootstrap import StartupError, open_database
    from cpc_triage.diagnose import why
    from cpc_triage.settings import SettingsError, load_settings
    from cpc_triage.status import health, read_status

    try:
        settings = load_settings(config)
        engine = open_database(settings, upgrade=False, reader=True)
    except (SettingsError, StartupError) as exc:
        typer.echo(f"CPC-TRIAGE UNKNOWN - {exc}")
        raise typer.Exit(code=3) from None
    try:
        alive = timedelta(seconds=max(30.0, 3 * settings.schedule.health_seconds))
        status = read_status(engine, alive_within=alive)
    except SQLAlchemyError as exc:
        typer.echo(f"CPC-TRIAGE CRITICAL - database unreadable: {why(exc) or type(exc).__name__}")
        raise typer.Exit(code=2) from None
    finally:
        engine.dispose()
    code, line = health(status, now=datetime.now(UTC), stale=stale)
    typer.echo(line)
    raise typer.Exit(code=code)


def _since(value: str | None, timezone: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise fail(f"--errors-since {value!r} is not an ISO 8601 date or time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def db_upgrade_command(config: ConfigOption = None) -> None:
    """Bring the database schema to the current revision."""
    from cpc_triage import migrations
    from cpc_triage.bootstrap import StartupError, open_database

    settings = settings_from(config)
    try:
        engine = open_database(settings, upgrade=True)
    except StartupError as exc:
        raise fail(str(exc)) from None
    try:
        typer.echo(f"database at revision {migrations.current_revision(engine)}")
    finally:
        engine.dispose()


def audit_verify_command(config: ConfigOption = None) -> None:
    """Walk the audit log's hash chain; name the first edited, missing or reordered row (exit 1)."""
    from tasks.audit import verify_chain

    settings = settings_from(config)
    engine = current_database(settings)
    try:
        with engine.connect() as conn:
            result = verify_chain(conn)
    finally:
        engine.dispose()
    if not result.ok:
        typer.echo(
            f"audit log BROKEN at row {result.first_bad_id}: {result.problem} "
            f"({result.checked} rows before it verified)"
        )
        raise typer.Exit(code=1)
    typer.echo(f"audit log intact: {result.checked} rows verified")


def keys_init_command(config: ConfigOption = None) -> None:
    """Make a new keyring (0600); refused if one exists or the database already holds keys."""
    from cpc_triage.bootstrap import StartupError, stored_keys
    from intake.keys import KeyringProblem, create_keyring, missing_keyring

    settings = settings_from(config)
    path = settings.keyring_path()
    if path.exists() or path.is_symlink():
        raise fail(f"keyring {path} already exists: it is never replaced")
    try:
        held = stored_keys(settings)
    except StartupError as exc:
        raise fail(str(exc)) from None
    if held:
        raise fail(missing_keyring(path, held))
    try:
        create_keyring(path)
    except (KeyringProblem, OSError) as exc:
        raise fail(f"keyring {path} cannot be made ({exc})") from None
    typer.echo(f"keyring {path} made (0600): back it up apart from the database")


def keys_rotate_command(config: ConfigOption = None) -> None:
    """Re-wrap every data key under a new key-encryption key (the daemon may keep running)."""
    from intake.files import write_atomically
    from intake.keys import KeyringProblem, read_keyring
    from intake.rotation import rotate_kek

    settings = settings_from(config)
    require_database(settings)
    path = settings.keyring_path()
    if not path.exists():
        raise fail(f"keyring {path} does not exist (`cpc-triage keys init` makes one)")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise fail(
            f"keyring {path} is not writable (a systemd credential?): "
            "run `keys rotate` with [keys] keyring_file set to the credential's source file"
        )
    engine = current_database(settings)
    try:
        before = read_keyring(path)
        retired = path.with_name(f"{path.name}.{before.current[0]}.retired")
        write_atomically(retired, before.render().encode(), mode=0o600)
        done = rotate_kek(engine, keyring_path=path, grace_s=settings.keys.rotation_grace_seconds)
    except KeyringProblem as exc:
        raise fail(str(exc)) from None
    finally:
        engine.dispose()
    typer.echo(f"rotated: {done.rewrapped} data keys now under KEK {done.new_kek_id}")
    typer.echo(
        f"backups made before now open only with the old keyring, kept at {retired}: "
        "archive it with them, then delete it here"
    )

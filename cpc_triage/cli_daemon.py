"""The daemon's commands, added to the main CLI by `register(app)` (STYLE.md: parse, call, print).

    cpc-triage run [--config FILE] [--once] [--seed-demo N]
    cpc-triage status [--config FILE]
    cpc-triage db upgrade [--config FILE]
    cpc-triage keys rotate [--config FILE]

Exit codes: 0 done; 2 the configuration or the environment is unusable (the message names
the problem); a daemon that stops on SIGTERM exits 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cpc_triage.cli_common import ConfigOption, current_database, fail, settings_from
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
    try:
        processed = daemon.run(app, once=once)
    finally:
        app.close()
    if once:
        log.info("run_once_done", processed=processed)


def seed_inbox(settings: Settings, *, count: int) -> int:
    """Write `count` generated demo emails into the first drop folder's inbox if it is empty."""
    from cpc_triage.demo import generate
    from cpc_triage.settings_mailbox import DropFolderMailbox
    from intake.dropfolder import DropFolder

    folders = [m for m in settings.mailboxes if isinstance(m, DropFolderMailbox)]
    if not folders:
        raise fail("--seed-demo needs a dropfolder mailbox in the settings")
    mailbox = folders[0]
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
    from cpc_triage.check_config import report_lines, run_checks

    settings = settings_from(config)
    console = Console(highlight=False, soft_wrap=True)
    failed = 0
    for check in run_checks(settings):
        line = next(report_lines([check]))
        console.print(line, style=None if check.ok else "bold red", markup=False)
        failed += not check.ok
    if failed:
        console.print(f"{failed} problem(s) found", markup=False)
        raise typer.Exit(code=1)
    console.print("all checks passed", markup=False)


def status_command(config: ConfigOption = None) -> None:
    """Show the queue, each mailbox's last poll, recent errors and digests (no personal data)."""
    from cpc_triage.status import read_status

    settings = settings_from(config)
    engine = current_database(settings)
    try:
        status = read_status(engine)
    finally:
        engine.dispose()
    console = Console(width=None if sys.stdout.isatty() else 160)
    queue = Table(title="Queue (tasks)")
    for column in ("district", "status", "suggested", "tasks"):
        queue.add_column(column, justify="right" if column == "tasks" else "left")
    for row in status.queue:
        queue.add_row(row.district, row.status, row.suggested, str(row.count))
    console.print(queue)
    polls = Table(title="Mailboxes")
    for column in ("mailbox", "last poll", "last success", "processed", "leader", "last error"):
        polls.add_column(column)
    for p in status.mailboxes:
        polls.add_row(
            p.mailbox,
            _when(p.last_poll_at),
            _when(p.last_ok_at),
            str(p.processed),
            p.leader or "-",
            p.last_error or "-",
        )
    console.print(polls)
    states = ", ".join(f"{k} {v}" for k, v in sorted(status.ledger.items())) or "empty"
    console.print(f"Ledger: {states}")
    for line in _drop_folders(settings):
        console.print(line, markup=False)
    errors = Table(title="Recent errors")
    for column in ("message", "state", "error", "at"):
        errors.add_column(column)
    for e in status.errors:
        errors.add_row(e.ref, e.state, e.error, _when(e.at))
    console.print(errors)
    if status.digests:
        digests = Table(title="Digests (latest)")
        for column in ("day", "district", "outcome", "attempts", "items", "last error"):
            digests.add_column(column)
        for d in status.digests:
            digests.add_row(
                d.day.isoformat(),
                d.district,
                d.outcome,
                str(d.attempts),
                "-" if d.items is None else str(d.items),
                d.last_error or "-",
            )
        console.print(digests)


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


def keys_rotate_command(config: ConfigOption = None) -> None:
    """Re-wrap every data key under a new key-encryption key (the daemon may keep running)."""
    from intake.keys import KeyringProblem
    from intake.rotation import rotate_kek

    settings = settings_from(config)
    path = settings.keyring_path()
    if not path.exists():
        raise fail(f"keyring {path} does not exist (start the daemon once to create it)")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise fail(
            f"keyring {path} is not writable (a systemd credential?): "
            "run `keys rotate` with [keys] keyring_file set to the credential's source file"
        )
    engine = current_database(settings)
    try:
        done = rotate_kek(engine, keyring_path=path, grace_s=settings.keys.rotation_grace_seconds)
    except KeyringProblem as exc:
        raise fail(str(exc)) from None
    finally:
        engine.dispose()
    typer.echo(f"rotated: {done.rewrapped} data keys now under KEK {done.new_kek_id}")


def _drop_folders(settings: Settings) -> list[str]:
    """Each drop folder's queue, and what lies in its inbox that will never be taken."""
    from cpc_triage.settings_mailbox import DropFolderMailbox
    from intake.dropfolder import DropFolder

    lines = []
    for mailbox in settings.mailboxes:
        if isinstance(mailbox, DropFolderMailbox):
            folder = DropFolder(settings.mailbox_path(mailbox), mailbox=mailbox.name)
            untaken = len(folder.untaken())  # counted, not named: a file name may name a family
            note = f", {untaken} file(s) in inbox/ not taken (not .eml)" if untaken else ""
            lines.append(f"Drop folder {mailbox.name}: {folder.pending()} waiting{note}")
    return lines


def _when(value: object) -> str:
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else "-"

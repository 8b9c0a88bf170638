"""Backup and restore commands, added to the main CLI by `register(app)` (cpc_triage.backup).

    cpc-triage backup DIR [--config FILE]                     a consistent copy, while it runs
    cpc-triage backup DIR --verify --keyring FILE             prove DIR opens with that keyring
    cpc-triage restore DIR --keyring FILE [--config FILE]     verify, then copy into the data dir

Exit codes: 0 done; 1 the backup does not verify; 2 unusable settings or folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cpc_triage.cli.common import ConfigOption, current_database, fail, settings_from

KeyringOption = Annotated[
    Path | None, typer.Option("--keyring", help="the keyring file archived with the backup")
]


def register(app: typer.Typer) -> None:
    """Add `backup` and `restore`."""
    app.command("backup")(backup_command)
    app.command("restore")(restore_command)


def backup_command(
    folder: Annotated[Path, typer.Argument(help="a new, empty folder (not beside the keyring)")],
    config: ConfigOption = None,
    verify: Annotated[
        bool, typer.Option("--verify", help="check FOLDER instead of writing it")
    ] = False,
    keyring: KeyringOption = None,
) -> None:
    """Back up the database and the vault with a manifest, or --verify a backup."""
    from cpc_triage.backup import BackupError, make_backup, verify_backup

    if verify:
        if keyring is None:
            raise fail("--verify needs --keyring FILE (the keyring kept with the backup)")
        try:
            done = verify_backup(folder, keyring=keyring)
        except BackupError as exc:
            typer.echo(f"backup {folder} does NOT verify: {exc}", err=True)
            raise typer.Exit(code=1) from None
        opened = "a vault file decrypted" if done.vault_file_opened else "no vault file to open"
        typer.echo(
            f"backup {folder} verified: {done.files} files intact, "
            f"{done.keys_opened} KEK(s) unwrap their data keys, {opened}"
        )
        return
    settings = settings_from(config)
    engine = current_database(settings, reader=True)  # never queues behind the daemon's writes
    try:
        made = make_backup(
            engine, data_dir=settings.data_path(), keyring=settings.keyring_path(), target=folder
        )
    except (BackupError, OSError) as exc:
        raise fail(str(exc)) from None
    finally:
        engine.dispose()
    typer.echo(f"backup written to {made.folder}: {made.files} files, manifest.json")
    typer.echo(
        f"it opens only with the keyring holding KEK(s) {', '.join(made.kek_ids) or '(none yet)'}"
        f" ({settings.keyring_path()}): keep a copy of that keyring apart from this folder"
    )
    if made.postgresql:
        typer.echo(f"PostgreSQL: take the pg_dump in {made.folder / 'postgresql.txt'} now")


def restore_command(
    folder: Annotated[Path, typer.Argument(help="a folder written by `cpc-triage backup`")],
    keyring: KeyringOption = None,
    config: ConfigOption = None,
) -> None:
    """Verify a backup with its keyring, then copy it into an empty data directory."""
    from cpc_triage.backup import BackupError, restore_backup
    from intake.files import write_atomically

    settings = settings_from(config)
    chosen = keyring or settings.keyring_path()
    try:
        done = restore_backup(
            folder,
            keyring=chosen,
            data_dir=settings.data_path(),
            database_url=settings.database_url(),
        )
    except (BackupError, OSError) as exc:
        raise fail(f"not restored: {exc}") from None
    target = settings.keyring_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(target, chosen.read_bytes(), mode=0o600)
    typer.echo(f"restored {done.files} files into {settings.data_path()}; keyring at {target}")

"""Backups that can be restored: a consistent copy, a manifest, and proof it opens (issue 13.2).

A backup folder holds the database (SQLite's online backup API: a consistent snapshot while the
daemon writes, sqlite3 "Online Backup API"), the vault's sealed files and `manifest.json` with a
SHA-256 per file and the KEK ids the data keys are wrapped under. It never holds the keyring:
whoever holds both holds everything, so the keyring is backed up apart (and a backup folder
that contains it, or sits beside it, is refused). For PostgreSQL the folder holds the vault and
a note of the `pg_dump` to pair with it.

`verify` proves a backup opens with a given keyring: every checksum, one data key unwrapped per
KEK and one vault file decrypted — on a scratch copy, so verifying never changes the backup.
`restore` verifies first, then copies into an empty data directory.

Errors:
    BackupError    the folder is unusable, incomplete, altered, or not for this keyring
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from cpc_triage.db import make_engine
from cpc_triage.errors import AppError
from intake import ledger
from intake.files import fsync_dir, write_atomically
from intake.keys import KeyRing, KeyringProblem, kek_ids_in_use, read_keyring
from intake.vault import Vault

MANIFEST = "manifest.json"
DATABASE = "cpc-triage.db"
FORMAT = 1


class BackupError(AppError, RuntimeError):
    """The backup cannot be made, verified or restored; the message says why."""


@dataclass(frozen=True, slots=True)
class Made:
    folder: Path
    files: int
    kek_ids: tuple[str, ...]
    postgresql: bool


@dataclass(frozen=True, slots=True)
class Verified:
    files: int
    keys_opened: int
    vault_file_opened: bool


def make_backup(engine: Engine, *, data_dir: Path, keyring: Path, target: Path) -> Made:
    """Copy the database and the vault into the new folder `target`, with a manifest."""
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} is not empty: give a new folder for each backup")
    if _inside(keyring.parent, target) or _inside(target, keyring.parent):
        raise BackupError(
            f"{target} and the keyring {keyring} would share a folder: back the keyring up apart"
        )
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    postgresql = engine.dialect.name == "postgresql"
    if postgresql:
        url = engine.url.render_as_string(hide_password=True)
        (target / "postgresql.txt").write_text(
            "Pair this folder with a dump taken at the same time:\n"
            f"  pg_dump --format=custom --file=cpc-triage.pgdump '{url}'\n"
            "Restore it with pg_restore before `cpc-triage restore` copies the vault back.\n"
        )
    else:
        _sqlite_online_backup(engine, target / DATABASE)
    vault = data_dir / "vault"
    if vault.is_dir():
        shutil.copytree(vault, target / "vault", copy_function=shutil.copy2)
    with engine.connect() as conn:
        kek_ids = kek_ids_in_use(conn)
    files = _checksums(target)
    manifest = {
        "format": FORMAT,
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": "postgresql" if postgresql else "sqlite",
        "kek_ids": list(kek_ids),
        "files": files,
    }
    write_atomically(target / MANIFEST, json.dumps(manifest, indent=1).encode(), mode=0o600)
    fsync_dir(target)
    return Made(target, len(files), kek_ids, postgresql)


def verify_backup(folder: Path, *, keyring: Path) -> Verified:
    """Prove the backup is whole and opens with `keyring`; `BackupError` says what fails."""
    manifest = _manifest(folder)
    files: dict[str, str] = manifest["files"]
    bad = [name for name, digest in files.items() if _sha256(folder / name) != digest]
    if bad:
        raise BackupError(f"{len(bad)} file(s) missing or altered since the backup, e.g. {bad[0]}")
    try:
        known = {kek_id for kek_id, _ in read_keyring(keyring).keks}
    except KeyringProblem as exc:
        raise BackupError(str(exc)) from None
    if missing := sorted(set(manifest["kek_ids"]) - known):
        raise BackupError(
            f"the keyring {keyring} lacks KEK {missing[0]} that this backup's data keys are "
            "wrapped under: use the keyring archived with the backup (before a `keys rotate`)"
        )
    if manifest["database"] != "sqlite":
        return Verified(len(files), 0, False)
    with tempfile.TemporaryDirectory(prefix="cpc-triage-verify-") as scratch:
        copy = Path(scratch) / DATABASE
        shutil.copy2(folder / DATABASE, copy)
        engine = make_engine(f"sqlite:///{copy}")
        try:
            ring = KeyRing(engine, keyring_path=keyring)
            opened = ring.check_opens_stored_keys()
            vault_opened = _open_one_vault_file(engine, ring, folder / "vault")
        except KeyringProblem as exc:
            raise BackupError(str(exc)) from None
        finally:
            engine.dispose()
    return Verified(len(files), opened, vault_opened)


def restore_backup(folder: Path, *, keyring: Path, data_dir: Path, database_url: str) -> Verified:
    """Verify, then copy the backup into `data_dir`, which must hold no database or vault."""
    verified = verify_backup(folder, keyring=keyring)
    manifest = _manifest(folder)
    if (data_dir / "vault").exists():
        raise BackupError(f"{data_dir / 'vault'} exists: restore only into an empty data directory")
    if manifest["database"] == "sqlite":
        url = make_url(database_url)
        if url.get_backend_name() != "sqlite" or not url.database:
            raise BackupError("this is an SQLite backup; the settings name another database")
        if Path(url.database).exists():
            raise BackupError(f"{url.database} exists: restore only over no database")
        Path(url.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.copy2(folder / DATABASE, url.database)
        Path(url.database).chmod(0o600)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if (folder / "vault").is_dir():
        shutil.copytree(folder / "vault", data_dir / "vault", copy_function=shutil.copy2)
    fsync_dir(data_dir)
    return verified


def _sqlite_online_backup(engine: Engine, target: Path) -> None:
    """SQLite's backup API: pages copied under a read transaction, a consistent snapshot."""
    source = engine.url.database
    if not source:
        raise BackupError("the SQLite database has no file to back up")
    with sqlite3.connect(source, timeout=60) as src, sqlite3.connect(target) as dst:
        src.backup(dst)  # one step, one read transaction: never restarted by a writer
    target.chmod(0o600)


def _open_one_vault_file(engine: Engine, ring: KeyRing, vault_dir: Path) -> bool:
    """Decrypt one vault file the database still holds a key for: the pair really opens."""
    with engine.connect() as conn:
        stored = ledger.one_openable(conn)
    if stored is None:
        return False
    try:
        Vault(vault_dir, cipher=ring).load(stored)
    except FileNotFoundError:
        raise BackupError(f"vault file {stored.name} is missing from the backup") from None
    except Exception as exc:  # InvalidTag and friends: the pair does not open
        raise BackupError(
            f"vault file {stored.name} does not open ({type(exc).__name__})"
        ) from None
    return True


def _manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BackupError(f"{folder / MANIFEST} is missing or unreadable") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{folder / MANIFEST} is not a cpc-triage backup manifest")
    return manifest


def _checksums(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): _sha256(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != MANIFEST
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return "missing"
    return digest.hexdigest()


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())

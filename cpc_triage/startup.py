"""What start-up checks share: the error that stops the daemon, and secrets read by reference.

Secrets live in files readable only by the service user or in systemd credentials
(`LoadCredential=`), never in the settings (RELIABILITY.md S7); they are read here, once, at
start-up, so a missing one stops the daemon with a message that names the file — not the secret.
"""

from __future__ import annotations

from pathlib import Path

from cpc_triage.errors import AppError
from cpc_triage.settings import credential_path
from intake.files import shared_mode


class StartupError(AppError, RuntimeError):
    """The daemon cannot start; the message says what to fix."""


class SchemaNotCurrent(StartupError):
    """Alembic says the database is not at this code's head revision (`cpc-triage db upgrade`,
    or the daemon's start-up upgrade, brings it there)."""


def secret_path(path: str, credential: str, what: str) -> Path | None:
    """Where a secret is: its file, else `$CREDENTIALS_DIRECTORY/<credential>`, else None.

    A secret file that group or others can read is refused (S7, as the keyring is): the secret
    may already have leaked, and a daemon that starts anyway says it is fine.
    """
    if path:
        return _private(Path(path), what)
    if credential:
        chosen = credential_path(credential)
        if chosen is None:
            raise StartupError(f"{what}: credential {credential!r} given but not run by systemd")
        return _private(chosen, what)
    return None


def _private(path: Path, what: str) -> Path:
    if (mode := shared_mode(path)) is not None:  # a missing file is named by its reader
        raise StartupError(
            f"{what}: secret file {path} is readable by group or others (mode {mode:o}): "
            "chmod 600 it"
        )
    return path


def make_data_dir(path: Path) -> None:
    """Create the data directory 0700 whatever the caller's umask (a command run by hand)."""
    if path.is_dir():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.mkdir(mode=0o700, exist_ok=True)
    path.chmod(0o700)


def read_secret(path: str, credential: str, what: str) -> str | None:
    """A secret from its file or systemd credential, stripped; None when neither is given."""
    chosen = secret_path(path, credential, what)
    if chosen is None:
        return None
    try:
        return chosen.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise StartupError(f"{what}: secret file {chosen} unreadable ({exc.strerror})") from None

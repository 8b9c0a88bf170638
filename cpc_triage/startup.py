"""What start-up checks share: the error that stops the daemon, and secrets read by reference.

Secrets live in files readable only by the service user or in systemd credentials
(`LoadCredential=`), never in the settings (RELIABILITY.md S7); they are read here, once, at
start-up, so a missing one stops the daemon with a message that names the file — not the secret.
"""

from __future__ import annotations

from pathlib import Path

from cpc_triage.settings import credential_path


class StartupError(RuntimeError):
    """The daemon cannot start; the message says what to fix."""


def secret_path(path: str, credential: str, what: str) -> Path | None:
    """Where a secret is: its file, else `$CREDENTIALS_DIRECTORY/<credential>`, else None."""
    if path:
        return Path(path)
    if credential:
        chosen = credential_path(credential)
        if chosen is None:
            raise StartupError(f"{what}: credential {credential!r} given but not run by systemd")
        return chosen
    return None


def read_secret(path: str, credential: str, what: str) -> str | None:
    """A secret from its file or systemd credential, stripped; None when neither is given."""
    chosen = secret_path(path, credential, what)
    if chosen is None:
        return None
    try:
        return chosen.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise StartupError(f"{what}: secret file {chosen} unreadable ({exc.strerror})") from None

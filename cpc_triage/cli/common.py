"""What every command module shares: the --config option, reading settings, a usage error."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cpc_triage.settings import (
    ENV_CONFIG,
    SYSTEM_CONFIG,
    Settings,
    SettingsError,
    load_settings,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="settings TOML file (default: $CPC_TRIAGE_CONFIG, else "
        "/etc/cpc-triage/settings.toml if present, else the embedded defaults)",
    ),
]


def fail(message: str) -> typer.Exit:
    """Print `cpc-triage: message` to stderr; the caller raises the returned exit (code 2)."""
    typer.echo(f"cpc-triage: {message}", err=True)
    return typer.Exit(code=2)


def settings_from(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except SettingsError as exc:
        raise fail(str(exc)) from None


def require_database(settings: Settings) -> None:
    """Refuse, as a usage error, an admin command whose SQLite database does not exist.

    A person who runs `status` or `report` outside the service's settings would otherwise get
    an empty database made in the current directory, and a misleading empty answer.
    """
    from sqlalchemy.engine import make_url  # not for `triage`: it opens no database

    url = make_url(settings.database_url())
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    if not Path(url.database).exists():
        raise fail(
            f"no database at {Path(url.database).absolute()}: give --config with the "
            f"service's settings or set ${ENV_CONFIG} (none found at {SYSTEM_CONFIG})"
        )


def current_database(settings: Settings, *, reader: bool = False) -> Engine:
    """The database for a command that reads or repairs it: never upgraded by the command (the
    daemon or `db upgrade` does that); a wrong schema or no answer is a usage error."""
    from cpc_triage.bootstrap import StartupError, open_database

    require_database(settings)
    try:
        return open_database(settings, upgrade=False, reader=reader)
    except StartupError as exc:
        raise fail(str(exc)) from None

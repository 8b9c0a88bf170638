"""What every command module shares: the --config option, reading settings, a usage error."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cpc_triage.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="settings TOML file (default: $CPC_TRIAGE_CONFIG, else none)"),
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


def current_database(settings: Settings) -> Engine:
    """The database for a command that reads or repairs it: never upgraded by the command (the
    daemon or `db upgrade` does that); a wrong schema or no answer is a usage error."""
    from cpc_triage.bootstrap import StartupError, open_database

    try:
        return open_database(settings, upgrade=False)
    except StartupError as exc:
        raise fail(str(exc)) from None

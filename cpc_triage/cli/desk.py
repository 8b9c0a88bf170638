"""The desk's commands, added to the main CLI by `register(app)` (STYLE.md: parse, call, print).

    cpc-triage web [--config FILE] [--host 127.0.0.1] [--port 8080] [--origin URL] [--oidc FILE]
                   [--trusted-proxy ADDRESS_OR_NETWORK ...]
    cpc-triage web-account USERNAME --role ROLE [--name TEXT] [--officer-id ID]
                           [--district D ...] [--config FILE]
    cpc-triage web-account-change USERNAME [--disable | --enable] [--role ROLE]
                                  [--reset-password] [--district D ... | --all-districts]
                                  [--config FILE]

Account changes are written to the access log with the actor "cli" (`desk.account_admin`).

Exit codes: 0 done; 2 the configuration or the environment is unusable.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from cpc_triage.cli.common import ConfigOption, fail, require_database, settings_from

CLI_ACTOR = "cli"


def register(app: typer.Typer) -> None:
    """Add `web` and `web-account` to the given Typer app."""
    app.command("web")(web_command)
    app.command("web-account")(web_account_command)
    app.command("web-account-change")(web_account_change_command)


def web_command(
    config: ConfigOption = None,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8080,
    origin: Annotated[
        str, typer.Option("--origin", help="the URL users type, e.g. https://desk.example")
    ] = "",
    oidc: Annotated[
        Path | None, typer.Option("--oidc", help="OIDC settings TOML (cpc_triage.desk_setup)")
    ] = None,
    trusted_proxy: Annotated[
        list[str] | None,
        typer.Option(
            "--trusted-proxy",
            help="a reverse proxy whose X-Forwarded-For names the real client (repeatable)",
        ),
    ] = None,
) -> None:
    """Serve the supervisors' desk (the review web app)."""
    from cpc_triage.bootstrap import StartupError
    from cpc_triage.desk_setup import open_desk
    from cpc_triage.logs import configure_logging
    from desk.web.serve import serve

    settings = settings_from(config)
    if problem := insecure_origin(host, origin):
        raise fail(problem)
    configure_logging(settings.log_level)
    proxies = tuple(trusted_proxy or ())
    with ExitStack() as stack:
        try:
            desk = open_desk(settings, origin=origin, trusted_proxies=proxies, oidc_file=oidc)
            app = stack.enter_context(desk)
        except (StartupError, OSError, ValueError, KeyError) as exc:
            raise fail(f"{type(exc).__name__}: {exc}") from None
        serve(app, host=host, port=port, trusted_proxy=",".join(proxies))


_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def insecure_origin(host: str, origin: str) -> str | None:
    """Why the desk would not work at `origin`, or None.

    Its cookies are `__Host-` and Secure (desk.web.sessions): browsers keep them over https, and
    over plain http only for localhost. A desk people reach over http on the network would
    send every sign-in straight back to the login page, so it refuses to start instead.
    """
    where = urlsplit(origin).hostname if origin else host
    if origin.startswith("https://") or (where or "") in _LOOPBACK:
        return None
    if origin:
        return (
            f"--origin {origin}: the desk's cookies are Secure, so browsers drop them over "
            "http and sign-in would loop; serve it behind a TLS proxy and give --origin https://…"
        )
    return (
        f"--host {host} without --origin: the desk's cookies are Secure, so sign-in over plain "
        "http would loop; listen on 127.0.0.1 behind a TLS proxy and give --origin https://…"
    )


def web_account_command(
    username: Annotated[str, typer.Argument(help="the sign-in name (a-z 0-9 . _ -)")],
    role: Annotated[str, typer.Option("--role", help="supervisor|officer|clerk|auditor|admin")],
    name: Annotated[str, typer.Option("--name", help="the name shown in the desk")] = "",
    officer_id: Annotated[str, typer.Option("--officer-id", help="collar number")] = "",
    district: Annotated[
        list[str] | None, typer.Option("--district", help="limit to this district (repeatable)")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Add a local desk account; the password is asked for and stored as an argon2id hash."""
    from cpc_triage.bootstrap import StartupError, open_database
    from desk.account_admin import create_account
    from desk.accounts import AccountError, Role

    settings = settings_from(config)
    require_database(settings)
    password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        engine = open_database(settings)
    except StartupError as exc:
        raise fail(str(exc)) from None
    try:
        with engine.begin() as conn:
            account = create_account(
                conn,
                username,
                password=password,
                role=Role(role),
                display_name=name or username,
                officer_id=officer_id or None,
                districts=tuple(district or ()),
                by=CLI_ACTOR,
                at=datetime.now(UTC),
            )
    except (AccountError, ValueError) as exc:
        raise fail(str(exc)) from None
    finally:
        engine.dispose()
    typer.echo(f"account {account.id} ({account.role.value}) added")


def web_account_change_command(
    username: Annotated[str, typer.Argument(help="the sign-in name")],
    disable: Annotated[
        bool, typer.Option("--disable", help="end its sessions, refuse sign-in")
    ] = False,
    enable: Annotated[bool, typer.Option("--enable", help="allow sign-in again")] = False,
    role: Annotated[str, typer.Option("--role", help="the new role")] = "",
    reset_password: Annotated[
        bool, typer.Option("--reset-password", help="ask for a new password")
    ] = False,
    district: Annotated[
        list[str] | None, typer.Option("--district", help="limit to this district (repeatable)")
    ] = None,
    all_districts: Annotated[
        bool, typer.Option("--all-districts", help="lift the district limit")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Disable, enable, change the role of, or reset the password of a desk account."""
    from cpc_triage.bootstrap import StartupError, open_database
    from desk import account_admin
    from desk.accounts import AccountError, Role

    if disable and enable:
        raise fail("give --disable or --enable, not both")
    if not (disable or enable or role or reset_password or district or all_districts):
        raise fail(
            "nothing to change: give --disable, --enable, --role, --reset-password or --district"
        )
    settings = settings_from(config)
    password = ""
    if reset_password:
        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    try:
        engine = open_database(settings)
    except StartupError as exc:
        raise fail(str(exc)) from None
    account_id, now = f"local:{username.strip().lower()}", datetime.now(UTC)
    try:
        with engine.begin() as conn:
            if disable or enable:
                account_admin.set_disabled(conn, account_id, disabled=disable, by=CLI_ACTOR, at=now)
            if role:
                account_admin.set_role(conn, account_id, role=Role(role), by=CLI_ACTOR, at=now)
            if district or all_districts:
                account_admin.set_districts(
                    conn, account_id, districts=tuple(district or ()), by=CLI_ACTOR, at=now
                )
            if reset_password:
                account_admin.reset_password(
                    conn, account_id, password=password, by=CLI_ACTOR, at=now
                )
    except (AccountError, ValueError) as exc:
        raise fail(str(exc)) from None
    finally:
        engine.dispose()
    typer.echo(f"account {account_id} changed")

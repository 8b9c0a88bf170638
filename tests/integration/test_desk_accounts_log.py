"""Accounts and sign-ins are accountable (issue 12 items 10 and 11).

Every sign-in, failed sign-in, sign-out and account change is a row of the access log; an
admin (in the app, or with the CLI) disables, re-enables, changes the role of and resets the
password of an account; a disabled account's sessions end at once; weak passwords are refused.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from desk.account_admin import check_password
from desk.accounts import AccountError, find_account
from desk.tables import desk_accounts, desk_denials
from tasks.tables import audit_log
from tests.integration.daemon_fixtures import CLI, ROOT
from tests.integration.test_desk_support import (
    PASSWORD,
    World,
    audit_rows,
    build_world,
    desk_client,
    post_form,
    sign_in,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


def _logged(world: World) -> list[tuple[str, str, list[str]]]:
    return [(r["actor"], r["purpose"], r["ids"]) for r in audit_rows(world)]


async def test_sign_ins_failures_and_sign_outs_are_in_the_access_log(world: World) -> None:
    async with desk_client(world) as client:
        assert (await sign_in(client, "ds.smith", "not the password")).status_code == 401
        assert (await sign_in(client, "nobody.here", "whatever it is")).status_code == 401
        await sign_in(client, "ds.smith")
        await post_form(client, "/logout", {})
    logged = _logged(world)
    assert ("local:ds.smith", "sign-in failed: wrong password", ["local:ds.smith"]) in logged
    with world.engine.connect() as conn:
        counted = conn.execute(select(desk_denials.c.source, desk_denials.c.why)).all()
    assert [tuple(c) for c in counted] == [("198.51.100.7", "sign-in failed: unknown username")]
    assert ("local:ds.smith", "sign-in: local password", []) in logged
    assert ("local:ds.smith", "sign-out", []) in logged
    assert not any("nobody" in purpose or "not the password" in purpose for _, purpose, _ in logged)


async def test_an_account_disabled_mid_session_is_out_at_once_and_it_is_logged(
    world: World,
) -> None:
    async with desk_client(world) as sergeant, desk_client(world) as admin:
        await sign_in(sergeant, "ds.smith")
        assert (await sergeant.get("/")).status_code == 200
        await sign_in(admin, "admin.ada")
        disabled = await post_form(
            admin,
            "/accounts/change",
            {"account": "local:ds.smith", "change": "disable"},
            page="/accounts",
        )
        assert disabled.status_code == 303
        assert (await sergeant.get("/")).status_code == 303  # back to sign-in
        assert (await sign_in(sergeant, "ds.smith")).status_code == 401
        enabled = await post_form(
            admin,
            "/accounts/change",
            {"account": "local:ds.smith", "change": "enable"},
            page="/accounts",
        )
        assert enabled.status_code == 303
        assert (await sign_in(sergeant, "ds.smith")).status_code == 303
    logged = _logged(world)
    assert ("local:admin.ada", "account: disabled", ["local:ds.smith"]) in logged
    assert ("local:admin.ada", "account: enabled", ["local:ds.smith"]) in logged
    assert ("local:ds.smith", "sign-in failed: account disabled", ["local:ds.smith"]) in logged


async def test_an_admin_changes_a_role_and_resets_a_password(world: World) -> None:
    async with desk_client(world) as admin, desk_client(world) as clerk:
        await sign_in(clerk, "clerk.jones")
        await sign_in(admin, "admin.ada")
        role = await post_form(
            admin,
            "/accounts/change",
            {"account": "local:clerk.jones", "change": "role", "role": "supervisor"},
            page="/accounts",
        )
        assert role.status_code == 303
        assert (await clerk.get("/")).status_code == 303  # the old role's session is over
        weak = await post_form(
            admin,
            "/accounts/change",
            {"account": "local:clerk.jones", "change": "password", "password": "Password2024!"},
            page="/accounts",
        )
        assert weak.status_code == 400 and "too common" in weak.text
        new = "violet kettle under the viaduct"
        reset = await post_form(
            admin,
            "/accounts/change",
            {"account": "local:clerk.jones", "change": "password", "password": new},
            page="/accounts",
        )
        assert reset.status_code == 303
        assert (await sign_in(clerk, "clerk.jones", PASSWORD)).status_code == 401
        assert (await sign_in(clerk, "clerk.jones", new)).status_code == 303
    with world.engine.connect() as conn:
        account = find_account(conn, "local:clerk.jones")
    assert account is not None and account.role.value == "supervisor"
    logged = _logged(world)
    assert ("local:admin.ada", "account: role clerk to supervisor", ["local:clerk.jones"]) in logged
    assert ("local:admin.ada", "account: password reset", ["local:clerk.jones"]) in logged
    assert not any(new in purpose for _, purpose, _ in logged)


@pytest.mark.parametrize(
    "password", ["short one", "Password2024!", "qwertyuiop123", "123456789012", "aaaaaaaaaaaaaa"]
)
def test_short_common_and_trivial_passwords_are_refused(password: str) -> None:
    with pytest.raises(AccountError):
        check_password(password)


def test_a_password_holding_the_username_is_refused_and_a_passphrase_is_not() -> None:
    with pytest.raises(AccountError):
        check_password("ds.smith-is-my-name", username="ds.smith")
    check_password("violet kettle under the viaduct", username="ds.smith")


def test_the_cli_disables_changes_the_role_of_and_re_enables_an_account(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n')
    secret = "violet kettle under the viaduct\n"

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [CLI, *args, "--config", str(settings)],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    upgraded = cli("db", "upgrade")  # admin commands never make an empty database (issue 13.7)
    assert upgraded.returncode == 0, upgraded.stderr
    made = cli("web-account", "pc.white", "--role", "officer", stdin=secret * 2)
    assert made.returncode == 0, made.stderr
    weak = cli("web-account", "pc.grey", "--role", "officer", stdin="password1234\n" * 2)
    assert weak.returncode != 0 and "too common" in weak.stdout + weak.stderr
    changed = cli("web-account-change", "pc.white", "--disable", "--role", "supervisor")
    assert changed.returncode == 0, changed.stderr
    database = next((tmp_path / "var").glob("*.db"))
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as conn:
        row = conn.execute(
            select(desk_accounts.c.role, desk_accounts.c.disabled).where(
                desk_accounts.c.username == "pc.white"
            )
        ).one()
        purposes = list(conn.execute(select(audit_log.c.purpose)).scalars())
    engine.dispose()
    assert (row.role, bool(row.disabled)) == ("supervisor", True)
    assert {"account: created, role officer", "account: disabled"} <= set(purposes)
    assert "account: role officer to supervisor" in purposes

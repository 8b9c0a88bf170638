"""Changing accounts, and signing in and out, each written to the access log (issue 12 items 10-11).

A force's auditors ask who could see case data, from when, granted by whom (DPA 2018 s.62 logs
serve self-monitoring and the integrity of the data). So every account change — created,
disabled, enabled, role changed, password reset — and every sign-in, failed sign-in and
sign-out is a row in the same hash-chained log as the case views, written in the transaction
that makes the change. The s.62 operations (`tasks.audit.Operation`) have no member for these,
so they are told apart by the purpose's prefix, as refusals are by "denied:":

    "account: …"   an alteration; record_ids = [the account's id]
    "sign-in…", "sign-out"   a consultation of the desk by that account

A failed sign-in for a username that is not an account is logged as "anonymous": the text
typed is never written (it may be a password typed into the wrong box).

Disabling an account, or resetting its password, ends its sessions at once (the rows go), so
a signed-in browser is out on its next request.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, delete, update

from desk.accounts import (
    MIN_PASSWORD,
    Account,
    AccountError,
    Role,
    create_local_account,
    districts_value,
    find_account,
    hash_password,
)
from desk.tables import desk_accounts, desk_sessions
from tasks import audit
from tasks.audit import Operation

_COMMON = Path(__file__).with_name("common_passwords.txt")
ANONYMOUS = "anonymous"


def check_password(password: str, *, username: str = "") -> None:
    """Raise `AccountError` for a password that is short, common, or the username.

    NCSC and NIST SP 800-63B §5.1.1.2: a minimum length and a check against passwords known
    from breaches, no composition rules. The list is matched after folding case and dropping
    the digits and symbols people add to meet rules ("Password2024!" is "password").
    """
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password: at least {MIN_PASSWORD} characters")
    folded = password.lower()
    core = re.sub(r"[^a-z]+", "", folded)
    if (
        folded in _common()
        or core in _common()
        or len(set(folded)) < 4
        or (username and username.lower() in folded)
    ):
        raise AccountError("password: too common or too easy to guess — choose another")


def create_account(
    conn: Connection,
    username: str,
    *,
    password: str,
    role: Role,
    display_name: str,
    by: str,
    at: datetime,
    officer_id: str | None = None,
    districts: Sequence[str] = (),
) -> Account:
    check_password(password, username=username)
    account = create_local_account(
        conn,
        username,
        password=password,
        role=role,
        display_name=display_name,
        officer_id=officer_id,
        at=at,
    )
    _logged(conn, by=by, account_id=account.id, what=f"created, role {role.value}", at=at)
    if districts:
        set_districts(conn, account.id, districts=districts, by=by, at=at)
    return account


def set_disabled(
    conn: Connection, account_id: str, *, disabled: bool, by: str, at: datetime
) -> Account:
    account = _existing(conn, account_id)
    if disabled and account_id == by:
        raise AccountError("you cannot disable your own account")
    conn.execute(
        update(desk_accounts).where(desk_accounts.c.id == account_id).values(disabled=disabled)
    )
    if disabled:
        end_sessions(conn, account_id)
    _logged(conn, by=by, account_id=account_id, what="disabled" if disabled else "enabled", at=at)
    return account


def set_role(conn: Connection, account_id: str, *, role: Role, by: str, at: datetime) -> Account:
    account = _existing(conn, account_id)
    if account_id == by:
        raise AccountError("you cannot change your own role")
    conn.execute(
        update(desk_accounts).where(desk_accounts.c.id == account_id).values(role=role.value)
    )
    end_sessions(conn, account_id)  # the new role applies from the next sign-in
    what = f"role {account.role.value} to {role.value}"
    _logged(conn, by=by, account_id=account_id, what=what, at=at)
    return account


def reset_password(
    conn: Connection, account_id: str, *, password: str, by: str, at: datetime
) -> Account:
    account = _existing(conn, account_id)
    if account_id.startswith("oidc:"):
        raise AccountError("this account signs in with the identity provider: no password here")
    check_password(password, username=account.username)
    conn.execute(
        update(desk_accounts)
        .where(desk_accounts.c.id == account_id)
        .values(password_hash=hash_password(password))
    )
    end_sessions(conn, account_id)
    _logged(conn, by=by, account_id=account_id, what="password reset", at=at)
    return account


def set_districts(
    conn: Connection, account_id: str, *, districts: Sequence[str], by: str, at: datetime
) -> Account:
    """Limit the account to these districts' cases (none: every district)."""
    account = _existing(conn, account_id)
    chosen = tuple(sorted(set(districts)))
    conn.execute(
        update(desk_accounts)
        .where(desk_accounts.c.id == account_id)
        .values(districts=districts_value(chosen))
    )
    what = f"districts {', '.join(chosen)}" if chosen else "districts all"
    _logged(conn, by=by, account_id=account_id, what=what, at=at)
    return account


def end_sessions(conn: Connection, account_id: str) -> int:
    """End every session of this account now (the cookie it holds stops working)."""
    result = conn.execute(delete(desk_sessions).where(desk_sessions.c.account_id == account_id))
    return int(result.rowcount or 0)


def log_sign_in(conn: Connection, *, actor: str, how: str, at: datetime) -> None:
    audit.append(
        conn,
        operation=Operation.CONSULTATION,
        actor=actor,
        purpose=f"sign-in: {how}",
        record_ids=[],
        at=at,
    )


def log_failed_sign_in(
    conn: Connection, *, account: Account | None, why: str, at: datetime
) -> None:
    audit.append(
        conn,
        operation=Operation.CONSULTATION,
        actor=account.id if account is not None else ANONYMOUS,
        purpose=f"sign-in failed: {why}",
        record_ids=[account.id] if account is not None else [],
        at=at,
    )


def log_sign_out(conn: Connection, *, actor: str, at: datetime) -> None:
    audit.append(
        conn,
        operation=Operation.CONSULTATION,
        actor=actor,
        purpose="sign-out",
        record_ids=[],
        at=at,
    )


def _existing(conn: Connection, account_id: str) -> Account:
    account = find_account(conn, account_id)
    if account is None:
        raise AccountError("no such account")
    return account


def _logged(conn: Connection, *, by: str, account_id: str, what: str, at: datetime) -> None:
    audit.append(
        conn,
        operation=Operation.ALTERATION,
        actor=by,
        purpose=f"account: {what}",
        record_ids=[account_id],
        at=at,
    )


@functools.cache
def _common() -> frozenset[str]:
    return frozenset(
        line.strip().lower()
        for line in _COMMON.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )

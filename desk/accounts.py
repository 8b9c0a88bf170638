"""Local accounts and roles for the desk: argon2id password hashes (OWASP Password Storage).

Local accounts serve small deployments and tests; a force signs in through its identity
provider (`desk.oidc`), whose users are recorded here on first sign-in without a password so
they can be allocated work. Roles (issue 6):

- supervisor: works the queue, decides, allocates, closes, escalates;
- officer: sees only the cases allocated to them, records the outcome after attending;
- clerk: sees the queue, records report sent and minutes received, cannot decide;
- auditor: reads the access log (DPA 2018 s.62(4) self-monitoring), no case data;
- admin: manages accounts, no case data.

argon2id with argon2-cffi's defaults (RFC 9106 "second recommended option": t=3, 64 MiB, p=4).
Verifying an unknown user still hashes once, so timing does not tell which usernames exist.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Row, insert, select, update

from desk.errors import DeskError
from desk.tables import desk_accounts

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,60}$")
_HASHER = PasswordHasher()
MIN_PASSWORD = 12


class Role(enum.StrEnum):
    SUPERVISOR = "supervisor"
    OFFICER = "officer"
    CLERK = "clerk"
    AUDITOR = "auditor"
    ADMIN = "admin"


class AccountError(DeskError, ValueError):
    """An account cannot be created as asked (the message says why, never the password)."""


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    username: str
    display_name: str
    role: Role
    officer_id: str | None
    disabled: bool = False
    districts: tuple[str, ...] = ()  # the districts whose cases it sees; empty: every one

    def sees(self, district: str | None) -> bool:
        """May this account see a case of `district` (issue 12 item 13)?"""
        return not self.districts or district in self.districts


def create_local_account(
    conn: Connection,
    username: str,
    *,
    password: str,
    role: Role,
    display_name: str,
    at: datetime,
    officer_id: str | None = None,
) -> Account:
    """Add a local account; the password is stored only as an argon2id hash."""
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise AccountError("username: 2-61 characters, a-z 0-9 . _ -")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password: at least {MIN_PASSWORD} characters")
    account = Account(
        id=f"local:{username}",
        username=username,
        display_name=display_name.strip() or username,
        role=role,
        officer_id=officer_id or (username if role is Role.OFFICER else None),
    )
    if find_account(conn, account.id) is not None:
        raise AccountError("username: already taken")
    _insert(conn, account, password_hash=_HASHER.hash(password), at=at)
    return account


def hash_password(password: str) -> str:
    """The argon2id hash stored for a password (never the password)."""
    return _HASHER.hash(password)


def record_oidc_account(conn: Connection, account: Account, *, at: datetime) -> Account:
    """Insert or refresh an identity-provider account (its role follows the provider)."""
    if find_account(conn, account.id) is None:
        _insert(conn, account, password_hash=None, at=at)
    else:
        conn.execute(
            update(desk_accounts)
            .where(desk_accounts.c.id == account.id)
            .values(
                role=account.role.value,
                display_name=account.display_name,
                districts=districts_value(account.districts),
            )
        )
    found = find_account(conn, account.id)
    assert found is not None
    return found


def authenticate(conn: Connection, username: str, password: str) -> Account | None:
    """The account if the password matches and the account is enabled, else None."""
    row = conn.execute(
        select(desk_accounts).where(desk_accounts.c.username == username.strip().lower())
    ).first()
    stored = row.password_hash if row is not None and row.password_hash else _dummy_hash()
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.password_hash or row.disabled:
        return None
    return _account(row)


def find_account(conn: Connection, account_id: str) -> Account | None:
    row = conn.execute(select(desk_accounts).where(desk_accounts.c.id == account_id)).first()
    return _account(row) if row is not None else None


def list_accounts(conn: Connection, *, role: Role | None = None) -> list[Account]:
    query = select(desk_accounts).order_by(desk_accounts.c.username)
    if role is not None:
        query = query.where(desk_accounts.c.role == role.value)
    return [_account(r) for r in conn.execute(query)]


def _insert(conn: Connection, account: Account, *, password_hash: str | None, at: datetime) -> None:
    conn.execute(
        insert(desk_accounts).values(
            id=account.id,
            username=account.username,
            display_name=account.display_name,
            role=account.role.value,
            officer_id=account.officer_id,
            password_hash=password_hash,
            disabled=account.disabled,
            created_at=at,
            districts=districts_value(account.districts),
        )
    )


@functools.cache
def _dummy_hash() -> str:
    return _HASHER.hash("not a password anyone has")


def _account(row: Row[Any]) -> Account:
    return Account(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        officer_id=row.officer_id,
        disabled=bool(row.disabled),
        districts=tuple(d for d in (row.districts or "").split("|") if d),
    )


def districts_value(districts: tuple[str, ...]) -> str | None:
    """The stored form: "|leeds|wakefield|", or None for every district."""
    return f"|{'|'.join(sorted(set(districts)))}|" if districts else None


def queue_seen(conn: Connection, account_id: str) -> datetime | None:
    """When the account last opened the queue (None: never)."""
    previous = conn.execute(
        select(desk_accounts.c.queue_seen_at).where(desk_accounts.c.id == account_id)
    ).scalar()
    return previous if isinstance(previous, datetime) else None


def mark_queue_seen(conn: Connection, account_id: str, *, now: datetime) -> None:
    conn.execute(
        update(desk_accounts).where(desk_accounts.c.id == account_id).values(queue_seen_at=now)
    )

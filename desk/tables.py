"""The tables the desk owns (SQLAlchemy Core), portable between SQLite and PostgreSQL.

- `desk_accounts`: who may sign in and with which role. Local accounts keep an argon2id hash
  (`desk.accounts`); accounts met through OIDC are recorded on first sign-in without one, so a
  supervisor can allocate to them. Staff identities are not case data (they act in an official
  capacity, `tasks.tables`).
- `desk_sessions`: server-side sessions (ASVS 3.3): the cookie holds a random token, the table
  only its SHA-256, so a copy of the database cannot be replayed as a cookie. Logout deletes the
  row; idle (15 min) and absolute (8 h) limits are checked against `last_seen_at`/`created_at`.
  A session without `account_id` is the anonymous pre-sign-in one that carries the sign-in
  form's CSRF token and the OIDC state, nonce and PKCE verifier.
Escalation notes are not here: they are entries of the task's history (`tasks.lifecycle`), sealed
under the occurrence's own key like every history detail.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
)

from intake.sqltypes import NAMING_CONVENTION, UtcDateTime

metadata = MetaData(naming_convention=NAMING_CONVENTION)

desk_accounts = Table(
    "desk_accounts",
    metadata,
    Column("id", String(120), primary_key=True),  # "local:ds.smith", "oidc:<sub>"
    Column("username", String(120), nullable=False, unique=True),
    Column("display_name", String(120), nullable=False),
    Column("role", String(16), nullable=False),
    Column("officer_id", String(120)),  # what `tasks.allocated_officer` holds for this person
    Column("password_hash", String(200)),  # argon2id; NULL for OIDC accounts
    Column("disabled", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    # "|leeds|wakefield|": the districts whose cases the account sees; NULL: every district.
    Column("districts", String(200)),
    Column("queue_seen_at", UtcDateTime),  # when the account last opened the queue
)

desk_sessions = Table(
    "desk_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("account_id", String(120), index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False, index=True),
    Column("oidc_state", String(64)),
    Column("oidc_nonce", String(64)),
    Column("oidc_verifier", String(128)),
)

desk_denials = Table(
    # Refusals of requests that carried no session (no sign-in, a forged cross-site form, an
    # unknown username), counted per source address, reason and hour instead of one s.62 row
    # each: 520 anonymous POSTs in 5 s had pushed the real accesses to a case off the
    # auditor's page (issue 12 item 14). A refusal of a signed-in person stays a row.
    "desk_denials",
    metadata,
    Column("source", String(64), primary_key=True),
    Column("why", String(200), primary_key=True),
    Column("hour", String(13), primary_key=True),  # "2026-11-23T09" (UTC)
    Column("count", Integer, nullable=False),
    Column("first_at", UtcDateTime, nullable=False),
    Column("last_at", UtcDateTime, nullable=False),
)

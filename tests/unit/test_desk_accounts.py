"""Local accounts (`desk.accounts`): argon2id hashes, refusals, and the sign-in limiter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select

from desk.accounts import AccountError, Role, authenticate, create_local_account
from desk.tables import desk_accounts, metadata
from desk.web.ratelimit import RateLimiter

AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_local_password_is_kept_only_as_an_argon2id_hash_and_checks() -> None:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        create_local_account(
            conn,
            "DS.Smith",
            password="a long enough secret",
            role=Role.SUPERVISOR,
            display_name="DS Smith",
            at=AT,
        )
        stored = conn.execute(select(desk_accounts.c.password_hash)).scalar_one()
        assert stored.startswith("$argon2id$") and "a long enough secret" not in stored
        assert authenticate(conn, "ds.smith", "a long enough secret") is not None
        assert authenticate(conn, "ds.smith", "a long enough secreT") is None
        assert authenticate(conn, "nobody", "a long enough secret") is None
        with pytest.raises(AccountError, match="at least 12"):
            create_local_account(
                conn, "pc.x", password="short", role=Role.OFFICER, display_name="", at=AT
            )


def test_the_limiter_blocks_after_the_limit_and_forgets_after_the_window() -> None:
    limiter = RateLimiter(limit=3, window_seconds=60)
    for _ in range(3):
        assert not limiter.blocked("ip:1", now=AT)
        limiter.failed("ip:1", now=AT)
    assert limiter.blocked("ip:1", now=AT) and not limiter.blocked("ip:2", now=AT)
    assert not limiter.blocked("ip:1", now=AT + timedelta(seconds=61))

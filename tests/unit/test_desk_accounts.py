"""Local accounts (`desk.accounts`): argon2id hashes, refusals, and the sign-in limiter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select

from desk.accounts import AccountError, Role, authenticate, create_local_account
from desk.tables import desk_accounts, metadata
from desk.web.ratelimit import RateLimiter, client_address

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


def test_the_back_off_is_per_username_and_client_and_forgets_after_the_window() -> None:
    limiter = RateLimiter(free=3, cap_seconds=60, window_seconds=600)
    for _ in range(3):
        assert limiter.wait_seconds(username="ds.smith", client="10.1.1.1", now=AT) == 0
        limiter.failed(username="ds.smith", client="10.1.1.1", now=AT)
    limiter.failed(username="ds.smith", client="10.1.1.1", now=AT)
    assert limiter.wait_seconds(username="ds.smith", client="10.1.1.1", now=AT) == 2
    assert limiter.wait_seconds(username="ds.smith", client="10.2.2.2", now=AT) == 0
    assert limiter.wait_seconds(username="pc.brown", client="10.1.1.1", now=AT) == 0
    later = AT + timedelta(seconds=2)
    assert limiter.wait_seconds(username="ds.smith", client="10.1.1.1", now=later) == 0
    for _ in range(10):
        limiter.failed(username="ds.smith", client="10.1.1.1", now=later)
    assert limiter.wait_seconds(username="ds.smith", client="10.1.1.1", now=later) == 60  # cap
    forgotten = later + timedelta(seconds=601)
    assert limiter.wait_seconds(username="ds.smith", client="10.1.1.1", now=forgotten) == 0


def test_spraying_many_usernames_from_one_client_slows_that_client() -> None:
    limiter = RateLimiter(free=5, per_client=20)
    for n in range(21):
        limiter.failed(username=f"user{n}", client="10.9.9.9", now=AT)
    assert limiter.wait_seconds(username="someone.else", client="10.9.9.9", now=AT) > 0
    assert limiter.wait_seconds(username="someone.else", client="10.8.8.8", now=AT) == 0


def test_the_forwarded_address_is_believed_only_from_a_trusted_proxy() -> None:
    forwarded = "203.0.113.50, 198.51.100.9"
    assert client_address("10.0.0.1", forwarded, trusted=()) == "10.0.0.1"
    assert client_address("10.0.0.1", forwarded, trusted=("10.0.0.0/8",)) == "198.51.100.9"
    assert client_address("192.0.2.1", forwarded, trusted=("10.0.0.0/8",)) == "192.0.2.1"
    chain = "203.0.113.50, 10.0.0.7"
    assert client_address("10.0.0.1", chain, trusted=("10.0.0.0/8",)) == "203.0.113.50"
    assert client_address("10.0.0.1", "not an address", trusted=("10.0.0.0/8",)) == "10.0.0.1"

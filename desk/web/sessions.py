"""Server-side sessions (ASVS 3.2–3.5; RELIABILITY.md S10).

The cookie is `__Host-desk` (RFC 6265bis: Secure, Path=/, no Domain), HttpOnly and
SameSite=Lax: a link followed from webmail or Teams (a cross-site top-level GET) carries it, so
the supervisor lands on the case instead of the sign-in page; no GET changes anything (S10) and
every POST needs the session's CSRF token and a same-origin request (`desk.web.guard`), so Lax
gives a forged form nothing. The browser holds a random 256-bit token; the table holds its
SHA-256. A session ends after 15 minutes without a request (idle) or 8 hours after sign-in
(absolute), whichever comes first, measured on the injected clock; logout deletes the row, so a
copied cookie is dead at once. Signing in issues a new token (no session fixation).

The sign-in form's anonymous session has a cookie of its own, `__Host-desk-pre` (Strict): the
sign-in page never writes the live session's cookie, so opening it (say in a tab a Strict
cookie did not reach) cannot sign anyone out of the other tabs (issue 12 item 9).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, insert, or_, select, update

from desk.tables import desk_sessions

COOKIE = "__Host-desk"
PRE_COOKIE = "__Host-desk-pre"
OIDC_COOKIE = "__Host-desk-oidc"
IDLE = timedelta(minutes=15)
ABSOLUTE = timedelta(hours=8)
_TOUCH_EVERY = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class Session:
    token_hash: str
    account_id: str | None
    csrf_token: str
    created_at: datetime
    last_seen_at: datetime
    oidc_state: str | None = None
    oidc_nonce: str | None = None
    oidc_verifier: str | None = None


def cookie_header(token: str) -> str:
    return f"{COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Lax"


def pre_cookie_header(token: str) -> str:
    """The sign-in form's anonymous session: posted back only from our own page."""
    return f"{PRE_COOKIE}={token}; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Strict"


def clearing_cookie_header(name: str = COOKIE, *, same_site: str = "Strict") -> str:
    return f"{name}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite={same_site}"


def oidc_cookie_header(token: str) -> str:
    """The pre-sign-in session of an OIDC round trip. Lax, not Strict: the provider's redirect
    back is a cross-site top-level GET, which carries Lax cookies only; it binds the callback
    to the browser that started it (OIDC Core §3.1.2.1 `state`), and lives 10 minutes."""
    return f"{OIDC_COOKIE}={token}; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax"


def start(
    conn: Connection,
    *,
    now: datetime,
    account_id: str | None = None,
    oidc: tuple[str, str, str] | None = None,
) -> tuple[str, Session]:
    """A new session; returns the cookie token (shown once) and the session."""
    token = secrets.token_urlsafe(32)
    state, nonce, verifier = oidc or (None, None, None)
    session = Session(
        token_hash=_hash(token),
        account_id=account_id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        oidc_state=state,
        oidc_nonce=nonce,
        oidc_verifier=verifier,
    )
    conn.execute(
        insert(desk_sessions).values(
            token_hash=session.token_hash,
            account_id=account_id,
            csrf_token=session.csrf_token,
            created_at=now,
            last_seen_at=now,
            oidc_state=state,
            oidc_nonce=nonce,
            oidc_verifier=verifier,
        )
    )
    return token, session


def load(
    conn: Connection, token: str | None, *, now: datetime, touch: bool = True
) -> Session | None:
    """The live session for this cookie token (touched unless `touch=False`); None if expired."""
    session = _stored(conn, token)
    if session is None:
        return None
    if _expired(session, now):
        return None  # kept until the next purge, so `expired_owner` can say whose it was
    if touch and needs_touch(session, now=now):
        touch_session(conn, session, now=now)
    return session


def _stored(conn: Connection, token: str | None) -> Session | None:
    """The session row this cookie token names, expired or not (None for no or a wild token)."""
    if not token or len(token) > 100:
        return None
    row = conn.execute(
        select(desk_sessions).where(desk_sessions.c.token_hash == _hash(token))
    ).first()
    return None if row is None else Session(**row._asdict())


def needs_touch(session: Session, *, now: datetime) -> bool:
    """Whether `last_seen_at` is stale enough to write (every 30 s, not every request)."""
    return now - session.last_seen_at > _TOUCH_EVERY


def touch_session(conn: Connection, session: Session, *, now: datetime) -> None:
    conn.execute(
        update(desk_sessions)
        .where(desk_sessions.c.token_hash == session.token_hash)
        .values(last_seen_at=now)
    )


def expired_owner(conn: Connection, token: str | None, *, now: datetime) -> str | None:
    """The account whose session this cookie held, if it has expired (else None).

    An expired session is no use to anyone, but it says who was working: their unsaved form is
    carried through signing in again, and the log names them, not "anonymous" (issue 12 item 7).
    """
    session = _stored(conn, token)
    if session is None:
        return None
    return session.account_id if _expired(session, now) else None


def _expired(session: Session, now: datetime) -> bool:
    return now - session.last_seen_at > IDLE or now - session.created_at > ABSOLUTE


def end(conn: Connection, session: Session) -> None:
    conn.execute(delete(desk_sessions).where(desk_sessions.c.token_hash == session.token_hash))


def purge_expired(conn: Connection, *, now: datetime) -> int:
    """Delete every session past either limit (called at each sign-in; cheap, indexed)."""
    result = conn.execute(
        delete(desk_sessions).where(
            or_(
                desk_sessions.c.last_seen_at < now - IDLE,
                desk_sessions.c.created_at < now - ABSOLUTE,
            )
        )
    )
    return int(result.rowcount or 0)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

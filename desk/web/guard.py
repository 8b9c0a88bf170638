"""Who is asking, may they, and did the form come from us (ASVS 3.x, 4.x, 50.x; S10).

Every view is a plain function, which Starlette runs in its thread pool: database work, argon2,
AES and rendering never block the event loop that serves everyone else (issue 12 item 2).
Every view calls `signed_in` (GET) or `posted` (POST) first:

- POST: `Sec-Fetch-Site` must say same-origin, or else the `Origin` (else `Referer`) must be the
  desk's own origin when the browser sends one (`same_origin`), and the form's `csrf` field
  must equal the session's token (synchronizer token, OWASP CSRF cheat sheet). SameSite=Lax
  already keeps the cookie off cross-site POSTs; these two checks hold where it does not.
- the session must be live (idle 15 min / absolute 8 h, `desk.web.sessions`);
- the account's role must be one the view allows.

A refusal of a signed-in person writes an audit row whose purpose starts with "denied:" (the
attempted operation, the caller, and the task id if the URL named a valid one); a refusal of a
request without a live session is counted per source instead (`desk.web.denials`). DPA 2018
s.62 logs serve self-monitoring, and refused attempts are what an auditor looks for.
`tasks.audit.Operation` has no "denied" member, hence the purpose prefix.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from anyio import from_thread
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.accounts import Account, Role, find_account
from desk.errors import DeskError
from desk.web import sessions
from desk.web.context import Desk
from desk.web.denials import count_denial
from desk.web.pages import error_page
from desk.web.ratelimit import client_address
from desk.web.resume import expired_sign_in
from desk.web.sessions import Session
from tasks import audit
from tasks.audit import Operation

MAX_FORM = 64 * 1024
TASK_ID = re.compile(r"^CPC-\d{4}-\d{6}-T\d{1,3}$")
ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class Caller:
    session: Session
    account: Account

    @property
    def actor(self) -> str:
        return self.account.id


class Refused(DeskError):
    """Stop the request with this response (raised by the guards, turned into the page)."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def desk_of(request: Request) -> Desk:
    desk = request.app.state.desk
    assert isinstance(desk, Desk)
    return desk


def session_of(request: Request, cookie: str = sessions.COOKIE) -> Session | None:
    desk = desk_of(request)
    with desk.reading() as conn:
        return sessions.load(conn, request.cookies.get(cookie), now=desk.clock(), touch=False)


def signed_in(
    request: Request, *, roles: Iterable[Role], task_id: str | None = None, what: str
) -> Caller:
    """The caller of a GET view, or `Refused` (sign-in redirect, or 403 plus a denied row)."""
    caller = _caller(request)
    if caller is None:
        raise Refused(RedirectResponse("/login", status_code=303))
    _require_role(
        request, caller, roles=roles, task_id=task_id, what=what, op=Operation.CONSULTATION
    )
    return caller


def posted(
    request: Request, *, roles: Iterable[Role], task_id: str | None = None, what: str
) -> tuple[Caller, dict[str, str]]:
    """The caller and form of a POST view, after the origin, session, token and role checks."""
    form = form_of(request)
    if not same_origin(request):  # named when the browser sent a live session, else counted
        why = f"cross-origin {what}"
        deny(request, _caller(request), op=Operation.ALTERATION, why=why, task_id=task_id)
    caller = _caller(request)
    if caller is None:
        owner = _expired_owner(request)
        if owner is not None:  # their session ran out: carry the work, do not accuse them
            ids = [task_id] if task_id and TASK_ID.match(task_id) else []
            page = expired_sign_in(
                request, desk_of(request), owner=owner, form=form, what=what, ids=ids
            )
            raise Refused(page)
        deny(request, None, op=Operation.ALTERATION, why=f"no session {what}", task_id=task_id)
        raise AssertionError  # deny raises
    if not hmac.compare_digest(form.get("csrf", ""), caller.session.csrf_token):
        deny(request, caller, op=Operation.ALTERATION, why=f"bad csrf {what}", task_id=task_id)
    _require_role(request, caller, roles=roles, task_id=task_id, what=what, op=Operation.ALTERATION)
    return caller, form


def form_of(request: Request) -> dict[str, str]:
    """`read_form` from a view running in the thread pool (the body is read on the loop)."""
    return from_thread.run(read_form, request)


async def read_form(request: Request) -> dict[str, str]:
    """A urlencoded form, size-capped; the last value of each field wins."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            raise Refused(Response("Request too large", status_code=413))
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        return {}
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {k: v[-1] for k, v in parsed.items()}


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another origin.

    Fetch Metadata first (`Sec-Fetch-Site`, W3C Fetch Metadata; every current browser sends
    it): anything but "same-origin" is refused. Then `Origin` (RFC 6454), else `Referer`. Our
    `Referrer-Policy: no-referrer` makes Chromium send `Origin: null` on our own forms, so
    "null" proves nothing either way: the CSRF token decides.
    """
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    expected = desk_of(request).config.origin or f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    if origin is None and request.headers.get("referer"):
        parts = urlsplit(request.headers["referer"])
        origin = f"{parts.scheme}://{parts.netloc}"
    return origin in (None, "null") or origin == expected.rstrip("/")


def deny(
    request: Request,
    caller: Caller | None,
    *,
    op: Operation,
    why: str,
    task_id: str | None = None,
    status: int = 403,
) -> None:
    """Write the denied row (count it, without a caller) and raise `Refused` (403 page)."""
    desk = desk_of(request)
    ids = [task_id] if task_id and TASK_ID.match(task_id) else []
    if caller is None:
        with desk.writing() as conn:
            count_denial(conn, source=source_of(request), why=why, at=desk.clock())
        raise Refused(error_page(request, status))
    with desk.writing() as conn:
        audit.append(
            conn,
            operation=op,
            actor=caller.actor,
            purpose=f"denied: {why}"[:200],
            record_ids=ids,
            at=desk.clock(),
        )
    raise Refused(error_page(request, status))


def _expired_owner(request: Request) -> str | None:
    desk = desk_of(request)
    with desk.reading() as conn:
        return sessions.expired_owner(conn, request.cookies.get(sessions.COOKIE), now=desk.clock())


def source_of(request: Request) -> str:
    """The client's address (`desk.web.ratelimit.client_address`, proxies as configured)."""
    return client_address(
        request.client.host if request.client else None,
        request.headers.get("x-forwarded-for"),
        trusted=desk_of(request).config.trusted_proxies,
    )


def _caller(request: Request) -> Caller | None:
    """Read in a read transaction; the write lock only for the 30-second `last_seen_at` touch."""
    desk = desk_of(request)
    now = desk.clock()
    with desk.reading() as conn:
        session = sessions.load(conn, request.cookies.get(sessions.COOKIE), now=now, touch=False)
        if session is None or session.account_id is None:
            return None
        account = find_account(conn, session.account_id)
    if sessions.needs_touch(session, now=now):
        with desk.writing() as conn:
            sessions.touch_session(conn, session, now=now)
    if account is None or account.disabled:
        return None
    return Caller(session, account)


def _require_role(
    request: Request,
    caller: Caller,
    *,
    roles: Iterable[Role],
    task_id: str | None,
    what: str,
    op: Operation,
) -> None:
    if caller.account.role not in set(roles):
        deny(
            request, caller, op=op, why=f"role {caller.account.role.value} {what}", task_id=task_id
        )

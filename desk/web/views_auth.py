"""Sign-in and sign-out: local accounts (argon2id) and OIDC (issue 6 "Security").

The sign-in form has its own CSRF token, carried by an anonymous server-side session; signing
in ends that session and starts a new one (ASVS 3.2.1, no fixation). Failed attempts are
counted per username and client address together (`desk.web.ratelimit`): past a few, that
pair backs off for seconds, and the answer is 429 whether or not the password is right.
"""

from __future__ import annotations

import functools
import hmac

from anyio import from_thread
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk.account_admin import log_failed_sign_in, log_sign_in, log_sign_out
from desk.accounts import Account, Role, authenticate, find_account, record_oidc_account
from desk.oidc import OidcError
from desk.web import sessions
from desk.web.denials import count_denial
from desk.web.guard import (
    Refused,
    desk_of,
    form_of,
    posted,
    same_origin,
    session_of,
    source_of,
)
from desk.web.pages import error_page, render
from desk.web.resume import NOTICE, carried_work, resume_page

ENDED = "Your session ended after 15 minutes without activity. Sign in again to carry on."

LANDING = {
    Role.SUPERVISOR: "/",
    Role.CLERK: "/",
    Role.OFFICER: "/",
    Role.AUDITOR: "/audit",
    Role.ADMIN: "/accounts",
}


def login_form(request: Request) -> Response:
    """The sign-in form, on an anonymous session of its own cookie (never the live one's)."""
    desk = desk_of(request)
    live = session_of(request)
    if live is not None and live.account_id is not None:
        return RedirectResponse("/", status_code=303)  # already signed in: nothing to do
    session = session_of(request, sessions.PRE_COOKIE)
    token = None
    if session is None or session.account_id is not None:
        with desk.writing() as conn:
            token, session = sessions.start(conn, now=desk.clock())
    response = _login_page(request, session.csrf_token, error=None)
    if token is not None:
        response.headers.append("set-cookie", sessions.pre_cookie_header(token))
    return response


def _session_ended(request: Request) -> bool:
    desk = desk_of(request)
    with desk.reading() as conn:
        owner = sessions.expired_owner(conn, request.cookies.get(sessions.COOKIE), now=desk.clock())
    return owner is not None


def login(request: Request) -> Response:
    desk = desk_of(request)
    form = form_of(request)
    session = session_of(request, sessions.PRE_COOKIE)
    if not same_origin(request) or session is None or session.account_id is not None:
        return error_page(request, 403)
    if not hmac.compare_digest(form.get("csrf", ""), session.csrf_token):
        return error_page(request, 403)
    username, now = form.get("username", "").strip().lower()[:120], desk.clock()
    client = source_of(request)
    if desk.limiter.wait_seconds(username=username, client=client, now=now) > 0:
        return error_page(request, 429)
    with desk.reading() as conn:  # argon2 takes a while: never under the write lock
        account = authenticate(conn, username, form.get("password", ""))
        named = find_account(conn, f"local:{username}") if account is None else None
    if account is None:
        desk.limiter.failed(username=username, client=client, now=now)
        why = "account disabled" if named and named.disabled else "wrong password"
        with desk.writing() as conn:  # against an account: a row; else counted per source
            if named is not None:
                log_failed_sign_in(conn, account=named, why=why, at=now)
            else:
                count_denial(conn, source=client, why="sign-in failed: unknown username", at=now)
        return _login_page(
            request, session.csrf_token, error="Wrong username or password.", form=form
        )
    desk.limiter.succeeded(username=username, client=client)
    return _signed_in(request, account, old=session, resume=carried_work(form))


def logout(request: Request) -> Response:
    caller, _ = posted(request, roles=list(Role), what="sign out")
    desk = desk_of(request)
    with desk.writing() as conn:
        sessions.end(conn, caller.session)
        log_sign_out(conn, actor=caller.actor, at=desk.clock())
    response = RedirectResponse("/login", status_code=303)
    response.headers.append("set-cookie", sessions.clearing_cookie_header())
    return response


def oidc_start(request: Request) -> Response:
    desk = desk_of(request)
    if desk.oidc is None:
        return error_page(request, 404)
    try:
        start = from_thread.run(desk.oidc.start)
    except OidcError:
        return error_page(request, 500)
    with desk.writing() as conn:
        token, _ = sessions.start(
            conn, now=desk.clock(), oidc=(start.state, start.nonce, start.verifier)
        )
    response = RedirectResponse(start.url, status_code=303)
    response.headers.append("set-cookie", sessions.oidc_cookie_header(token))
    return response


def oidc_callback(request: Request) -> Response:
    """The provider's redirect back: `state` must match the pre-sign-in session of this browser."""
    desk = desk_of(request)
    state, code = request.query_params.get("state", ""), request.query_params.get("code", "")
    if desk.oidc is None or not state or not code:
        return error_page(request, 400)
    with desk.writing() as conn:
        pending = sessions.load(conn, request.cookies.get(sessions.OIDC_COOKIE), now=desk.clock())
        if pending is not None:
            sessions.end(conn, pending)  # one use only
    if (
        pending is None
        or pending.oidc_state is None
        or pending.oidc_nonce is None
        or pending.oidc_verifier is None
        or not hmac.compare_digest(pending.oidc_state, state)
    ):
        return error_page(request, 403)
    try:
        account = from_thread.run(
            functools.partial(
                desk.oidc.finish,
                code=code,
                nonce=pending.oidc_nonce,
                verifier=pending.oidc_verifier,
            )
        )
    except OidcError:
        return error_page(request, 403)
    with desk.writing() as conn:
        account = record_oidc_account(conn, account, at=desk.clock())
        if account.disabled:
            log_failed_sign_in(conn, account=account, why="account disabled", at=desk.clock())
    if account.disabled:
        return error_page(request, 403)
    response = _signed_in(request, account, old=None, refresh=True)
    response.headers.append(
        "set-cookie", sessions.clearing_cookie_header(sessions.OIDC_COOKIE, same_site="Lax")
    )
    return response


def _signed_in(
    request: Request,
    account: Account,
    *,
    old: sessions.Session | None,
    refresh: bool = False,
    resume: tuple[str, dict[str, str]] | None = None,
) -> Response:
    desk = desk_of(request)
    now = desk.clock()
    with desk.writing() as conn:
        if old is not None:
            sessions.end(conn, old)
        sessions.purge_expired(conn, now=now)
        token, session = sessions.start(conn, now=now, account_id=account.id)
        how = "identity provider" if refresh else "local password"
        log_sign_in(conn, actor=account.id, how=how, at=now)
    target = LANDING[account.role]
    if resume is not None:  # work typed before the session expired: show it, one click saves
        path, fields = resume
        response: Response = resume_page(request, csrf=session.csrf_token, path=path, fields=fields)
    elif refresh:
        # A page that moves on by itself, not a redirect: after the provider's cross-site
        # redirect, a further redirect is still cross-site and would not carry a Strict cookie.
        response = render(request, "continue.html", {"target": target, "caller": None})
    else:
        response = RedirectResponse(target, status_code=303)
    response.headers.append("set-cookie", sessions.cookie_header(token))
    if old is not None:  # the sign-in form's session is over: so is its cookie
        response.headers.append("set-cookie", sessions.clearing_cookie_header(sessions.PRE_COOKIE))
    return response


def _login_page(
    request: Request, csrf: str, *, error: str | None, form: dict[str, str] | None = None
) -> Response:
    desk = desk_of(request)
    carried = carried_work(form or {})
    return render(
        request,
        "login.html",
        {
            "csrf": csrf,
            "error": error,
            "oidc": desk.oidc is not None,
            "caller": None,
            "notice": NOTICE if carried else (ENDED if _session_ended(request) else None),
            "resume_path": carried[0] if carried else "",
            "carried": carried[1] if carried else {},
        },
        status=200 if error is None else 401,
    )


__all__ = ["Refused", "login", "login_form", "logout", "oidc_callback", "oidc_start"]

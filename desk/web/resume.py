"""Work typed into an expired session is carried through signing in again (issue 12 item 7).

A sergeant who types a decision and a reason, takes a phone call and presses Save after the
15-minute idle limit used to get "Not allowed … This attempt is logged" and lose the text. Now
the sign-in page explains what happened, carries the form's fields (in the page, never in a
URL: they may hold case data), and after signing in shows them again with one button to save
them — under the new session's token and the task version the form was opened at, so a change
made meanwhile by someone else is still caught (`views_actions`). The log names the person the
expired session belonged to.
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from desk.web import sessions
from desk.web.context import Desk
from desk.web.pages import render
from tasks import audit
from tasks.audit import Operation

#: Only a case action is carried (decide, allocate, escalate, …): nothing else holds typed work.
RESUMABLE = re.compile(r"^/tasks/CPC-\d{4}-\d{6}-T\d{1,3}/[a-z_]{1,30}$")
CARRY = "carry_"
NOTICE = (
    "Your session ended after 15 minutes without activity, so nothing has been saved yet. "
    "Sign in again: what you typed is kept, and you can save it next."
)


def expired_sign_in(
    request: Request,
    desk: Desk,
    *,
    owner: str,
    form: dict[str, str],
    what: str,
    ids: list[str],
) -> Response:
    """The sign-in page, carrying the form, after logging whose session it was."""
    now = desk.clock()
    with desk.writing() as conn:
        token, session = sessions.start(conn, now=now)
        audit.append(
            conn,
            operation=Operation.ALTERATION,
            actor=owner,
            purpose=f"not saved, session expired: {what} (offered again after sign-in)"[:200],
            record_ids=ids,
            at=now,
        )
    path = request.url.path if RESUMABLE.match(request.url.path) else ""
    carried = {k: v for k, v in form.items() if k != "csrf"} if path else {}
    response = render(
        request,
        "login.html",
        {
            "csrf": session.csrf_token,
            "error": None,
            "notice": NOTICE,
            "resume_path": path,
            "carried": carried,
            "oidc": desk.oidc is not None,
            "caller": None,
        },
    )
    response.headers.append("set-cookie", sessions.pre_cookie_header(token))
    return response


def carried_work(form: dict[str, str]) -> tuple[str, dict[str, str]] | None:
    """The action and fields a sign-in form carried, if any."""
    path = form.get("resume_path", "")
    if not RESUMABLE.match(path):
        return None
    fields = {k[len(CARRY) :]: v for k, v in form.items() if k.startswith(CARRY)}
    return path, fields


def resume_page(request: Request, *, csrf: str, path: str, fields: dict[str, str]) -> Response:
    """After signing in again: the carried work, shown, with one button to save it."""
    return render(
        request,
        "resume.html",
        {
            "csrf": csrf,
            "path": path,
            "task_id": path.split("/")[2],
            "fields": fields,
            "shown": {k: v for k, v in fields.items() if k not in ("version", "confirm") and v},
            "caller": None,
        },
    )

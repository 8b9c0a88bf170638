"""The auditor's access log (GET /audit) and the admin's accounts page (GET/POST /accounts).

Account changes (POST /accounts, POST /accounts/change) go through `desk.account_admin`, which
writes each to the access log and ends a disabled account's sessions at once.

The access log shows the s.62 rows as stored — ids, operation, actor, purpose, recipients,
never case content (ICO logging guidance: logs are metadata) — newest first, filtered by actor
or record id, with the result of walking the hash chain (`tasks.audit.verify_chain`). Reading
the log is itself not case data, so it is not logged again.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from desk import account_admin
from desk.accounts import AccountError, Role, list_accounts
from desk.web.guard import desk_of, posted, signed_in
from desk.web.pages import render
from tasks.audit import verify_chain
from tasks.tables import audit_log

_TOKEN = re.compile(r"^[A-Za-z0-9@:._/+-]{1,120}$")


def audit_page(request: Request) -> Response:
    caller = signed_in(request, roles=(Role.AUDITOR,), what="access log")
    desk = desk_of(request)
    actor = request.query_params.get("actor", "")
    record = request.query_params.get("record", "")
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(500)
    if _TOKEN.match(actor):
        query = query.where(audit_log.c.actor == actor)
    else:
        actor = ""
    if _TOKEN.match(record):
        query = query.where(audit_log.c.record_ids.contains(json.dumps(record), autoescape=True))
    else:
        record = ""
    with desk.reading() as conn:
        rows = [
            {
                **r._asdict(),
                "record_list": json.loads(r.record_ids),
                "recipient_list": json.loads(r.recipients),
                "denied": r.purpose.startswith("denied:"),
            }
            for r in conn.execute(query)
        ]
        chain = verify_chain(conn)
    return render(
        request,
        "audit.html",
        {"caller": caller, "rows": rows, "chain": chain, "actor": actor, "record": record},
    )


def accounts_page(request: Request) -> Response:
    caller = signed_in(request, roles=(Role.ADMIN,), what="accounts")
    return _accounts(request, caller_error=None, caller=caller)


def create_account(request: Request) -> Response:
    caller, form = posted(request, roles=(Role.ADMIN,), what="create account")
    desk = desk_of(request)
    try:
        role = Role(form.get("role", ""))
        with desk.writing() as conn:
            account_admin.create_account(
                conn,
                form.get("username", ""),
                password=form.get("password", ""),
                role=role,
                display_name=form.get("display_name", ""),
                officer_id=form.get("officer_id", "").strip() or None,
                by=caller.actor,
                at=desk.clock(),
            )
    except (AccountError, ValueError) as exc:
        message = str(exc) if isinstance(exc, AccountError) else "Choose a role."
        return _accounts(request, caller_error=message, caller=caller)
    return RedirectResponse("/accounts", status_code=303)


def change_account(request: Request) -> Response:
    """Disable, enable, change the role of, or reset the password of one account."""
    caller, form = posted(request, roles=(Role.ADMIN,), what="change account")
    desk = desk_of(request)
    account_id, change = form.get("account", ""), form.get("change", "")
    try:
        with desk.writing() as conn:
            if change in ("disable", "enable"):
                account_admin.set_disabled(
                    conn, account_id, disabled=change == "disable", by=caller.actor, at=desk.clock()
                )
            elif change == "role":
                account_admin.set_role(
                    conn,
                    account_id,
                    role=Role(form.get("role", "")),
                    by=caller.actor,
                    at=desk.clock(),
                )
            elif change == "password":
                account_admin.reset_password(
                    conn,
                    account_id,
                    password=form.get("password", ""),
                    by=caller.actor,
                    at=desk.clock(),
                )
            else:
                raise AccountError("choose what to change")
    except (AccountError, ValueError) as exc:
        message = str(exc) if isinstance(exc, AccountError) else "Choose a role."
        return _accounts(request, caller_error=message, caller=caller)
    return RedirectResponse("/accounts", status_code=303)


def _accounts(request: Request, *, caller_error: str | None, caller: object) -> Response:
    desk = desk_of(request)
    with desk.reading() as conn:
        accounts = list_accounts(conn)
    return render(
        request,
        "accounts.html",
        {"caller": caller, "accounts": accounts, "roles": list(Role), "error": caller_error},
        status=400 if caller_error else 200,
    )

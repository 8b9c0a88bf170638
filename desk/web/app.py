"""`create_app`: the desk as an ASGI application (Starlette), wired from the adapters given.

Routes (no case data in any URL: opaque task ids only; searches are POSTed):

    GET  /login                      sign-in form (local accounts; link to OIDC if configured)
    POST /login                      local sign-in (rate-limited)
    POST /logout                     end the session server-side
    GET  /auth/oidc/start            go to the identity provider
    GET  /auth/oidc/callback         back from it
    GET  /                           the queue (supervisor, clerk; officer: allocated only)
    POST /search                     by council reference, task id or child's name
    GET  /tasks/{id}                 the case page
    GET  /cases/{id}                 → /tasks/{id} (links in digests sent before issue 12)
    GET  /tasks/{id}/original        the original email (.eml), logged
    GET  /tasks/{id}/attachments/{n} one attachment, logged
    POST /tasks/{id}/{verb}          decide, allocate, report_sent, outcome_recorded,
                                     minutes_received, close, withdraw, escalate
    GET  /audit                      the access log, paged and filtered (auditor)
    GET  /audit/verify               the same, after walking the hash chain
    GET  /audit.csv                  the filtered log as CSV (the export is logged)
    GET  /accounts, POST /accounts   local accounts (admin)
    POST /accounts/change            disable, enable, change role, reset password (admin)
    GET  /static/desk.css            the stylesheet

No GET changes case data (S10); every response carries the security headers; errors are the
generic pages of `desk.web.pages`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from desk.oidc import OidcProvider
from desk.web import views_actions, views_admin, views_auth, views_case, views_queue
from desk.web.context import Desk, DeskConfig, KeyBinder, unbound
from desk.web.guard import Refused
from desk.web.pages import SECURITY_HEADERS, SecurityHeaders, compile_templates, error_page
from desk.web.ratelimit import RateLimiter
from intake.vault import Vault
from tasks.ports import FieldCipher
from tasks.store import TaskStore
from triage.workdays import warm_calendar

STATIC = Path(__file__).parent / "static"


def create_app(
    engine: Engine,
    *,
    store: TaskStore,
    cipher: FieldCipher,
    blind_index: Callable[[str], str],
    vault: Vault | None = None,
    bind_keys: KeyBinder = unbound,
    oidc: OidcProvider | None = None,
    config: DeskConfig | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    open_message: Callable[[bytes], bytes] | None = None,
) -> Starlette:
    """The desk on these adapters. The tables of `desk.tables` must exist (the migration).

    `bind_keys` is the key ring's `using` when `cipher` is a `KeyRing` (it keeps its data keys
    in this database): without it a view on SQLite waits for its own write lock.
    `open_message` is the daemon's S/MIME opening (`cpc_triage.reader`): the attachments a case
    lists are those of the message the daemon read; None lists the original's as they came.
    """
    config = config or DeskConfig()
    desk = Desk(
        engine=engine,
        store=store,
        cipher=cipher,
        blind_index=blind_index,
        clock=clock,
        vault=vault,
        bind_keys=bind_keys,
        oidc=oidc,
        config=config,
        open_message=open_message or _as_it_came,
        limiter=RateLimiter(
            free=config.sign_in_attempts, window_seconds=config.sign_in_window_seconds
        ),
    )
    app = Starlette(
        routes=_routes(),
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={
            Refused: _refused,
            HTTPException: _http_error,
            Exception: _server_error,
        },
    )
    app.state.desk = desk
    _warm(clock)
    return app


def _as_it_came(raw: bytes) -> bytes:
    return raw


def _warm(clock: Callable[[], datetime]) -> None:
    """Build what every first request would otherwise build at once: the page templates and
    the bank-holiday calendars the queue counts working days with (last year to two ahead)."""
    compile_templates()
    year = clock().year
    warm_calendar(range(year - 1, year + 3))


def _routes() -> list[Route | Mount]:
    return [
        Route("/login", views_auth.login_form, methods=["GET"]),
        Route("/login", views_auth.login, methods=["POST"]),
        Route("/logout", views_auth.logout, methods=["POST"]),
        Route("/auth/oidc/start", views_auth.oidc_start, methods=["GET"]),
        Route("/auth/oidc/callback", views_auth.oidc_callback, methods=["GET"]),
        Route("/", views_queue.queue, methods=["GET"]),
        Route("/search", views_queue.search, methods=["POST"]),
        Route("/tasks/{task_id}", views_case.case_page, methods=["GET"]),
        Route("/cases/{task_id}", views_case.case_link, methods=["GET"]),
        Route("/tasks/{task_id}/original", views_case.download_original, methods=["GET"]),
        Route(
            "/tasks/{task_id}/attachments/{index:int}",
            views_case.download_attachment,
            methods=["GET"],
        ),
        Route("/tasks/{task_id}/{verb}", views_actions.act, methods=["POST"]),
        Route("/audit", views_admin.audit_page, methods=["GET"]),
        Route("/audit/verify", views_admin.audit_verify, methods=["GET"]),
        Route("/audit.csv", views_admin.audit_csv, methods=["GET"]),
        Route("/accounts", views_admin.accounts_page, methods=["GET"]),
        Route("/accounts", views_admin.create_account, methods=["POST"]),
        Route("/accounts/change", views_admin.change_account, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refused)
    return exc.response


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_page(request, exc.status_code)


async def _server_error(request: Request, exc: Exception) -> Response:
    """Runs outside the middleware stack (Starlette's ServerErrorMiddleware): add the headers."""
    response = error_page(request, 500)
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response

"""Rendering: Jinja2 with autoescape on, generic error pages, and the security headers.

Headers on every response (RELIABILITY.md S10; ASVS 14.4, 50.x; OWASP Secure Headers):
a CSP that allows only our own stylesheet and no script at all, framing refused
(`frame-ancestors 'none'`), forms posting only to us, no MIME sniffing, no Referer (URLs carry
opaque ids only, but still), and `no-store` so case pages do not linger in a shared browser's
cache. Error pages say only what happened in general terms (ASVS 16.5.1).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desk.web.wording import plain

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; script-src 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)
_GENERIC = {
    400: ("Request not understood", "The form was incomplete or malformed."),
    403: ("Not allowed", "You do not have access to this page or action. This attempt is logged."),
    404: ("Not found", "There is nothing at this address."),
    405: ("Not allowed", "This address does not accept that kind of request."),
    413: ("Too large", "The request was too large."),
    429: ("Too many attempts", "Too many sign-in attempts. Wait a few minutes and try again."),
    500: ("Something went wrong", "The desk could not complete this request. It has been logged."),
}
TEMPLATES = Path(__file__).parent / "templates"


@functools.cache
def environment() -> Environment:
    # auto_reload off: the templates ship with the package, so a stat() of each template and
    # its parents on every render buys nothing.
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["label"] = _label
    env.filters["plain"] = plain
    return env


def compile_templates() -> int:
    """Compile every page template now (a server's start); return how many.

    Jinja compiles a template on its first use; under a morning's first twenty requests that
    is twenty threads compiling at once, each request waiting for all of them.
    """
    env = environment()
    names = env.list_templates(extensions=["html"])
    for name in names:
        env.get_template(name)
    return len(names)


def render(
    request: Request, name: str, context: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    html = environment().get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int) -> HTMLResponse:
    title, text = _GENERIC.get(status, _GENERIC[500])
    return render(
        request, "error.html", {"title": title, "text": text, "caller": None}, status=status
    )


class SecurityHeaders:
    """Pure ASGI middleware: adds the headers, replacing any a view set itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in SECURITY_HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message["headers"] = kept + list(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _label(value: object) -> str:
    """An enum value for people: "report_only" → "Report only"."""
    text = str(getattr(value, "value", value) or "").replace("_", " ")
    return text[:1].upper() + text[1:]

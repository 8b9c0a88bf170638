"""The desk's review web app (issue 6): `create_app(...)` returns the ASGI application."""

from desk.web.app import create_app
from desk.web.context import DeskConfig

__all__ = ["DeskConfig", "create_app"]

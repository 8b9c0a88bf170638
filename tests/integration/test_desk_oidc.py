"""OIDC sign-in against a real local issuer (tests/servers/oidc.py) signing with a fixture key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from desk.accounts import Role, find_account
from desk.oidc import OidcConfig, OidcProvider
from desk.web import DeskConfig, create_app
from desk.web.sessions import COOKIE, OIDC_COOKIE
from tests.integration.test_desk_support import ORIGIN, World, build_world, desk_client
from tests.servers.oidc import CLIENT_ID, CLIENT_SECRET, LocalIssuer, running_issuer
from tests.unit.test_tasks_support import blind_index

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def issuer() -> Iterator[LocalIssuer]:
    with running_issuer() as running:
        yield running


@pytest.fixture
def world(tmp_path: Path, issuer: LocalIssuer) -> World:
    world = build_world(tmp_path)
    issuer.clock = world.clock
    provider = OidcProvider(
        OidcConfig(
            issuer=issuer.base,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uri=f"{ORIGIN}/auth/oidc/callback",
        ),
        clock=world.clock,
    )
    world.app = create_app(
        world.engine,
        store=world.store,
        cipher=world.cipher,
        blind_index=blind_index,
        vault=world.vault,
        oidc=provider,
        config=DeskConfig(origin=ORIGIN),
        clock=world.clock,
    )
    return world


async def _round_trip(client: httpx.AsyncClient) -> tuple[str, httpx.Response]:
    """Start, let the issuer approve, and come back: returns the callback URL and the answer."""
    start = await client.get("/auth/oidc/start")
    assert start.status_code == 303 and OIDC_COOKIE in start.headers["set-cookie"]
    async with httpx.AsyncClient() as browser:
        approved = await browser.get(start.headers["location"])
    callback = approved.headers["location"]
    parts = urlsplit(callback)
    return callback, await client.get(f"{parts.path}?{parts.query}")


async def test_an_oidc_sign_in_starts_a_session_with_the_role_the_token_grants(
    world: World,
) -> None:
    async with desk_client(world) as client:
        _, back = await _round_trip(client)
        assert back.status_code == 200 and 'http-equiv="refresh"' in back.text
        assert COOKIE in client.cookies
        queue = await client.get("/")
    assert queue.status_code == 200 and "DS Oidc" in queue.text
    with world.engine.connect() as conn:
        account = find_account(conn, "oidc:a1b2c3")
    assert account is not None and account.role is Role.SUPERVISOR


async def test_a_callback_replayed_or_with_another_state_is_refused(world: World) -> None:
    async with desk_client(world) as client:
        callback, first = await _round_trip(client)
        replay = await client.get(urlsplit(callback).path + "?" + urlsplit(callback).query)
        start = await client.get("/auth/oidc/start")
        async with httpx.AsyncClient() as browser:
            approved = await browser.get(start.headers["location"])
        parts = urlsplit(approved.headers["location"])
        forged = await client.get(f"{parts.path}?{parts.query.split('&state=')[0]}&state=forged")
    assert first.status_code == 200
    assert replay.status_code == 403 and forged.status_code == 403


async def test_an_id_token_for_another_audience_is_refused(
    world: World, issuer: LocalIssuer
) -> None:
    issuer.audience = "some-other-app"
    async with desk_client(world) as client:
        _, back = await _round_trip(client)
        assert back.status_code == 403 and COOKIE not in client.cookies


async def test_an_id_token_with_a_stale_nonce_is_refused(world: World, issuer: LocalIssuer) -> None:
    issuer.nonce_override = "replayed-nonce"
    async with desk_client(world) as client:
        _, back = await _round_trip(client)
    assert back.status_code == 403


async def test_an_account_the_provider_gives_no_desk_role_is_refused(
    world: World, issuer: LocalIssuer
) -> None:
    issuer.user = {**issuer.user, "roles": ["payroll"]}
    async with desk_client(world) as client:
        _, back = await _round_trip(client)
    assert back.status_code == 403

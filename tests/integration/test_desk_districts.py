"""District scoping (issue 12 item 13): a Leeds supervisor sees Leeds, set by the admin or by
the identity provider's group claims."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from desk.accounts import find_account
from desk.oidc import OidcConfig, OidcProvider
from desk.web import DeskConfig, create_app
from tests.integration.test_desk_support import (
    ORIGIN,
    World,
    audit_rows,
    build_world,
    desk_client,
    file_task,
    post_form,
    raw_invitation,
    result_for,
    sign_in,
)
from tests.servers.oidc import CLIENT_ID, CLIENT_SECRET, LocalIssuer, running_issuer
from tests.unit.test_tasks_support import blind_index

pytestmark = pytest.mark.anyio
LEEDS_CHILD = "Oakley Thistlewood"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = build_world(tmp_path)
    leeds = result_for(LEEDS_CHILD, reference="LS556677", district="leeds")
    world.task_ids["leeds"] = file_task(world, leeds, raw_invitation(LEEDS_CHILD, n=3), n=3)
    return world


async def test_a_supervisor_limited_to_leeds_sees_only_leeds(world: World) -> None:
    calderdale = world.task_ids["rso"]
    async with desk_client(world) as admin, desk_client(world) as leeds:
        await sign_in(admin, "admin.ada")
        limited = await post_form(
            admin,
            "/accounts/change",
            {"account": "local:ds.patel", "change": "districts", "district_leeds": "on"},
            page="/accounts",
        )
        assert limited.status_code == 303
        await sign_in(leeds, "ds.patel")
        queue = (await leeds.get("/")).text
        assert world.task_ids["leeds"] in queue and calderdale not in queue
        assert "of 1" in queue
        refused = await leeds.get(f"/tasks/{calderdale}")
        assert refused.status_code == 403
        assert (await leeds.get(f"/tasks/{calderdale}/original")).status_code == 403
        searched = await post_form(leeds, "/search", {"q": "LCS991421"})
        assert calderdale not in searched.text
        assert (await leeds.get(f"/tasks/{world.task_ids['leeds']}")).status_code == 200
    rows = audit_rows(world)
    assert any(
        r["purpose"] == "account: districts leeds" and r["ids"] == ["local:ds.patel"] for r in rows
    )
    assert any(
        r["purpose"] == "denied: other district case" and r["ids"] == [calderdale] for r in rows
    )
    assert not any(  # nothing of Calderdale was loaded for the Leeds supervisor
        r["actor"] == "local:ds.patel"
        and calderdale in r["ids"]
        and not r["purpose"].startswith("denied")
        for r in rows
    )


@pytest.fixture
def issuer() -> Iterator[LocalIssuer]:
    with running_issuer() as running:
        yield running


async def test_the_identity_provider_s_groups_set_the_districts(
    world: World, issuer: LocalIssuer
) -> None:
    issuer.clock = world.clock
    issuer.user = {**issuer.user, "groups": ["CPPU-Leeds", "Everyone"]}
    provider = OidcProvider(
        OidcConfig(
            issuer=issuer.base,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uri=f"{ORIGIN}/auth/oidc/callback",
            district_map={"CPPU-Leeds": "leeds", "CPPU-Wakefield": "wakefield"},
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
    async with desk_client(world) as client:
        start = await client.get("/auth/oidc/start")
        async with httpx.AsyncClient() as browser:
            approved = await browser.get(start.headers["location"])
        parts = urlsplit(approved.headers["location"])
        assert (await client.get(f"{parts.path}?{parts.query}")).status_code == 200
        queue = (await client.get("/")).text
    assert world.task_ids["leeds"] in queue and world.task_ids["rso"] not in queue
    with world.engine.connect() as conn:
        account = find_account(conn, "oidc:a1b2c3")
    assert account is not None and account.districts == ("leeds",)

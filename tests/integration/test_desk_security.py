"""The desk's sessions, CSRF, headers and sign-in limits (RELIABILITY.md S10), through the app."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desk.web.sessions import COOKIE, PRE_COOKIE
from tests.integration.test_desk_support import (
    ORIGIN,
    World,
    audit_rows,
    build_world,
    csrf_of,
    desk_client,
    later,
    post_form,
    sign_in,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


async def test_the_session_cookie_is_host_prefixed_secure_httponly_and_lax(world: World) -> None:
    async with desk_client(world) as client:
        response = await sign_in(client, "ds.smith")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and COOKIE.startswith("__Host-")
    for attribute in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/"):
        assert attribute in cookie
    assert "Domain" not in cookie


async def test_signing_in_replaces_the_pre_sign_in_session_token(world: World) -> None:
    async with desk_client(world) as client:
        await client.get("/login")
        before = client.cookies[PRE_COOKIE]
        await sign_in(client, "ds.smith")
        assert client.cookies[COOKIE] != before and PRE_COOKIE not in client.cookies
        client.cookies.set(COOKIE, before, domain="desk.test")
        assert (await client.get("/")).status_code == 303


async def test_opening_the_sign_in_page_never_signs_anyone_out(world: World) -> None:
    """Issue 12 item 9: the page wrote the live cookie, so a tab that reached it without the
    cookie (a link from webmail under SameSite=Strict) signed every tab out."""
    async with desk_client(world) as client, desk_client(world) as other_tab:
        await sign_in(client, "ds.smith")
        for name, value in client.cookies.items():
            other_tab.cookies.set(name, value, domain="desk.test")
        again = await other_tab.get("/login")
        assert again.status_code == 303  # signed in already: straight to the queue
        fresh = await other_tab.get("/login", headers={"Cookie": ""})
        written = fresh.headers.get_list("set-cookie")
        assert written and all(not c.startswith(f"{COOKIE}=") for c in written)
        assert (await client.get("/")).status_code == 200


async def test_every_response_carries_the_security_headers(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        for path in ("/", "/login", "/tasks/CPC-2026-000001-T1", "/no/such/page"):
            response = await client.get(path)
            csp = response.headers["content-security-policy"]
            assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
            assert "script-src 'none'" in csp
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["referrer-policy"] == "no-referrer"
            assert response.headers["cache-control"] == "no-store"


async def test_errors_are_generic_pages(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        missing = await client.get("/tasks/CPC-2099-999999-T1")
        wrong_verb = await client.get("/tasks/CPC-2026-000001-T1/close")
    assert missing.status_code == 404 and "Traceback" not in missing.text
    assert "There is nothing at this address" in missing.text
    assert wrong_verb.status_code == 405


async def test_a_cross_origin_post_is_refused_and_audited_as_denied(world: World) -> None:
    task = world.task_ids["rso"]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        token = csrf_of((await client.get(f"/tasks/{task}")).text)
        forged = await client.post(
            f"/tasks/{task}/close",
            data={"csrf": token, "reason": "x"},
            headers={"Origin": "https://evil.example"},
        )
    assert forged.status_code == 403
    denied = [r for r in audit_rows(world) if r["purpose"].startswith("denied:")]
    assert denied and denied[-1]["ids"] == [task] and "cross-origin" in denied[-1]["purpose"]


async def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(world: World) -> None:
    task = world.task_ids["rso"]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        response = await client.post(
            f"/tasks/{task}/decide", data={"decision": "not_attending", "reason": "x"}
        )
    assert response.status_code == 403
    _, stored = world.store.get_task(task, actor="test", purpose="check")
    assert stored.decision is None
    assert any("bad csrf" in r["purpose"] for r in audit_rows(world))


async def test_logout_invalidates_the_session_on_the_server(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        old = client.cookies[COOKIE]
        assert (await post_form(client, "/logout", {})).status_code == 303
        client.cookies.set(COOKIE, old, domain="desk.test")  # a copied cookie
        again = await client.get("/")
    assert again.status_code == 303 and again.headers["location"] == "/login"


async def test_a_session_idle_for_more_than_15_minutes_is_over(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        later(world, minutes=14)
        assert (await client.get("/")).status_code == 200
        later(world, minutes=15, seconds=1)
        assert (await client.get("/")).status_code == 303


async def test_a_session_ends_8_hours_after_sign_in_however_active(world: World) -> None:
    signed_in_at = world.clock.now
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        while world.clock.now - signed_in_at < timedelta(hours=7, minutes=50):
            later(world, minutes=10)  # a request every 10 minutes: never idle
            assert (await client.get("/")).status_code == 200
        later(world, minutes=10, seconds=1)
        assert (await client.get("/")).status_code == 303


async def test_sign_in_attempts_are_limited_even_for_the_right_password(world: World) -> None:
    async with desk_client(world) as client:
        for _ in range(5):
            wrong = await sign_in(client, "ds.smith", "not the password at all")
            assert wrong.status_code == 401 and "Wrong username or password" in wrong.text
        blocked = await sign_in(client, "ds.smith")
        assert blocked.status_code == 429
        later(world, minutes=16)
        assert (await sign_in(client, "ds.smith")).status_code == 303


async def test_a_sign_in_form_posted_from_another_origin_is_refused(world: World) -> None:
    async with desk_client(world) as client:
        page = await client.get("/login")
        response = await client.post(
            "/login",
            data={"csrf": csrf_of(page.text), "username": "ds.smith", "password": "x" * 20},
            headers={"Origin": "https://evil.example"},
        )
    assert response.status_code == 403


async def test_only_the_auditor_reads_the_access_log(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        await client.get(f"/tasks/{world.task_ids['rso']}")
        assert (await client.get("/audit")).status_code == 403
        await post_form(client, "/logout", {})
        await sign_in(client, "auditor.ali")
        log = await client.get("/audit")
        assert (await client.get("/")).status_code == 403
        verified = await client.get("/audit/verify")
    assert log.status_code == 200 and "Hash chain: intact" in verified.text
    assert "local:ds.smith" in log.text and "review case" in log.text
    assert "denied: role supervisor access log" in log.text
    assert ORIGIN not in log.text


async def test_fetch_metadata_saying_cross_site_is_refused_even_with_a_valid_token(
    world: World,
) -> None:
    task = world.task_ids["rso"]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        token = csrf_of((await client.get(f"/tasks/{task}")).text)
        response = await client.post(
            f"/tasks/{task}/withdraw",
            data={"csrf": token, "reason": "x"},
            headers={"Origin": "null", "Sec-Fetch-Site": "cross-site"},
        )
    assert response.status_code == 403


async def test_wrong_passwords_do_not_lock_a_colleague_out_for_a_quarter_of_an_hour(
    world: World,
) -> None:
    """Issue 12 item 15: five wrong passwords for ds.smith, typed by someone elsewhere."""
    async with desk_client(world, address="203.0.113.66") as guesser:
        for _ in range(5):
            assert (
                await sign_in(guesser, "ds.smith", "not the password at all")
            ).status_code == 401
        assert (await sign_in(guesser, "ds.smith", "still not it at all")).status_code == 429
    async with desk_client(world, address="198.51.100.7") as own_desk:
        assert (await sign_in(own_desk, "ds.smith")).status_code == 303
    later(world, seconds=2)  # the guesser's own wait is seconds, not 15 minutes
    async with desk_client(world, address="203.0.113.66") as same_machine:
        assert (await sign_in(same_machine, "ds.smith")).status_code == 303


async def test_one_colleague_s_typos_behind_the_proxy_do_not_lock_out_the_unit(
    world: World,
) -> None:
    """Every request comes from the proxy's address; the header is not trusted by default."""
    async with desk_client(world, address="10.0.0.1") as first:
        for _ in range(6):
            await sign_in(first, "pc.brown", "not the password at all")
    async with desk_client(world, address="10.0.0.1") as second:
        assert (await sign_in(second, "ds.smith")).status_code == 303


async def test_a_forged_forwarded_header_does_not_reset_the_back_off(world: World) -> None:
    async with desk_client(world, address="203.0.113.66") as guesser:
        for n in range(6):
            guesser.headers["X-Forwarded-For"] = f"192.0.2.{n}"
            await sign_in(guesser, "ds.smith", "not the password at all")
        guesser.headers["X-Forwarded-For"] = "192.0.2.99"
        assert (await sign_in(guesser, "ds.smith")).status_code == 429


async def test_behind_a_trusted_proxy_the_forwarded_client_is_the_one_slowed(
    tmp_path: Path,
) -> None:
    world = build_world(tmp_path, trusted_proxies=("10.0.0.0/8",))
    async with desk_client(world, address="10.0.0.1") as proxy:
        proxy.headers["X-Forwarded-For"] = "198.51.100.20"
        for _ in range(6):
            await sign_in(proxy, "ds.smith", "not the password at all")
        assert (await sign_in(proxy, "ds.smith")).status_code == 429
        proxy.headers["X-Forwarded-For"] = "198.51.100.21"
        assert (await sign_in(proxy, "ds.smith")).status_code == 303

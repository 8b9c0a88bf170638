"""The desk end to end in real headless Chromium (Debian's, driven by Playwright; no download).

The app runs under uvicorn on 127.0.0.1 with a real SQLite store, vault and accounts; a second
server on `localhost` (another site) plays the attacker for the forged cross-site POST.
Screenshots of the queue and a case page go to `test-artifacts/` for a person to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from desk.tables import desk_denials
from desk.web import DeskConfig, create_app
from tasks.records import TaskStatus
from tests.integration.test_desk_support import (
    PASSWORD,
    World,
    audit_rows,
    build_world,
    later,
)
from tests.servers.oidc import free_port, serve_in_thread
from tests.unit.test_tasks_support import blind_index

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright (the Python package) is not installed"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (apt-get install -y chromium)",
)


@dataclass
class Site:
    world: World
    base: str
    attacker: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    port, evil_port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    world = build_world(tmp_path_factory.mktemp("desk"))
    world.app = create_app(
        world.engine,
        store=world.store,
        cipher=world.cipher,
        blind_index=blind_index,
        vault=world.vault,
        config=DeskConfig(origin=base),
        clock=world.clock,
    )
    task = world.task_ids["rso"]

    async def evil(_request: Any) -> HTMLResponse:
        return HTMLResponse(
            f'<form method="post" action="{base}/tasks/{task}/withdraw">'
            '<input type="hidden" name="reason" value="forged">'
            '<button type="submit">Win a prize</button></form>'
        )

    async def webmail(_request: Any) -> HTMLResponse:
        return HTMLResponse(f'<p>Today\'s digest</p><a href="{base}/tasks/{task}">Open {task}</a>')

    attacker = Starlette(routes=[Route("/", evil), Route("/mail", webmail)])
    with serve_in_thread(world.app, port=port), serve_in_thread(attacker, port=evil_port):
        yield Site(world, base, f"http://localhost:{evil_port}")


@pytest.fixture
def page(site: Site) -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        yield context.new_page()
        context.close()
        browser.close()


def _sign_in(page: Any, site: Site, username: str) -> None:
    page.goto(f"{site.base}/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    with page.expect_navigation():  # a click does not wait for the page the POST leads to
        page.click("button:has-text('Sign in')")


def _status(site: Site, key: str) -> TaskStatus:
    task = site.world.task_ids[key]
    return site.world.store.get_task(task, actor="test", purpose="check")[1].status


def test_a_supervisor_works_the_queue_overrides_with_a_reason_allocates_and_closes(
    page: Any, site: Site
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    _sign_in(page, site, "ds.smith")
    assert page.locator("h1").first.inner_text().startswith("Open conferences")
    cookie = next(c for c in page.context.cookies() if c["name"] == "__Host-desk")
    assert cookie["secure"] and cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.screenshot(path=str(ARTIFACTS / "desk-queue.png"), full_page=True)
    late = site.world.task_ids["late"]
    page.click(f"a:has-text('Open {late}')")
    page.check("input[value='attend']")
    page.select_option("#officer", "PC1234")
    page.click("button:has-text('Record decision')")
    assert "Overriding the suggestion needs a reason" in page.inner_text(".error")
    page.check("input[value='attend']")
    page.select_option("#officer", "PC1234")
    page.fill("#reason", "Stepfather known to the unit: attend")
    page.click("button:has-text('Record decision')")
    assert "Stepfather known to the unit: attend" in page.inner_text(".history")
    page.select_option("form[action$='/allocate'] select[name='officer']", "PC5678")
    page.click("button:has-text('Allocate')")
    assert "PC5678" in page.inner_text(".facts")
    for button in ("Report sent", "Outcome recorded", "Minutes received"):
        page.click(f"button:has-text('{button}')")
        assert "cannot be undone" in page.inner_text("main")  # one-way: asked first
        page.click("button:has-text('Yes, ')")
    page.screenshot(path=str(ARTIFACTS / "desk-case.png"), full_page=True)
    page.click("button:has-text('Close task')")
    page.click("button:has-text('Yes, close')")
    assert "Status: Closed" in page.inner_text("h2 >> nth=0")
    assert _status(site, "late") is TaskStatus.CLOSED


def test_the_case_page_shows_the_evidence_marked_in_the_email(page: Any, site: Site) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    _sign_in(page, site, "ds.smith")
    page.goto(f"{site.base}/tasks/{site.world.task_ids['rso']}")
    marked = page.locator("pre.page mark.met").first.inner_text()
    assert " ".join(marked.split()).endswith("stepfather is a registered sex offender")
    page.screenshot(path=str(ARTIFACTS / "desk-case-evidence.png"), full_page=True)


def test_a_clerk_is_refused_a_decision(page: Any, site: Site) -> None:
    _sign_in(page, site, "clerk.jones")
    task = site.world.task_ids["rso"]
    page.goto(f"{site.base}/tasks/{task}")
    assert page.locator("button:has-text('Record decision')").count() == 0
    # The clerk crafts the form the page does not offer (DevTools), with a valid token.
    # form.submit() navigates later: wait for that navigation, not for the page already loaded
    with page.expect_navigation():
        page.evaluate(
            """(task) => {
                const token = document.querySelector("input[name=csrf]").value;
                const form = document.createElement("form");
                form.method = "post"; form.action = `/tasks/${task}/decide`;
                const fields = [["csrf", token], ["decision", "attend"], ["officer", "PC1234"]];
                for (const [k, v] of fields) {
                    const input = document.createElement("input");
                    input.type = "hidden"; input.name = k; input.value = v; form.appendChild(input);
                }
                document.body.appendChild(form); form.submit();
            }""",
            task,
        )
    assert "Not allowed" in page.inner_text("h1")
    assert _status(site, "rso") is TaskStatus.NEW
    assert any(r["purpose"] == "denied: role clerk decide" for r in audit_rows(site.world))


def test_a_forged_cross_site_post_is_refused_and_logged(page: Any, site: Site) -> None:
    _sign_in(page, site, "ds.smith")
    before = len(audit_rows(site.world))
    page.goto(site.attacker)
    with page.expect_navigation() as navigation:
        page.click("button:has-text('Win a prize')")
    assert navigation.value.status == 403
    assert _status(site, "rso") is not TaskStatus.CLOSED
    # No session reached us (the cookie is SameSite=Lax): counted per source, not a row.
    assert not [r for r in audit_rows(site.world)[before:] if r["purpose"].startswith("denied")]
    with site.world.engine.connect() as conn:
        counted = conn.execute(select(desk_denials.c.why, desk_denials.c.count)).all()
    assert ("cross-origin withdraw", 1) in [tuple(c) for c in counted]


def test_an_expired_session_sends_the_browser_back_to_sign_in(page: Any, site: Site) -> None:
    _sign_in(page, site, "ds.smith")
    assert page.url == f"{site.base}/"
    later(site.world, minutes=16)
    page.reload()
    assert page.url == f"{site.base}/login"
    assert page.locator("h1").inner_text() == "Sign in"


def test_a_link_followed_from_webmail_opens_the_case_and_signs_no_one_out(
    page: Any, site: Site
) -> None:
    """Issue 12 item 9: the link arrived without the Strict cookie, and the sign-in page it
    landed on overwrote the live session's cookie: every tab was signed out."""
    _sign_in(page, site, "ds.smith")
    task = site.world.task_ids["rso"]
    page.goto(f"{site.attacker}/mail")  # another site, as webmail or Teams is
    with page.expect_navigation():
        page.click(f"a:has-text('Open {task}')")
    assert page.url == f"{site.base}/tasks/{task}"
    page.goto(f"{site.base}/")
    assert page.url == f"{site.base}/"
    assert page.locator("h1").first.inner_text().startswith("Open conferences")


def test_the_evidence_is_in_view_beside_the_suggestion_and_no_text_box_scrolls(
    page: Any, site: Site
) -> None:
    """Issue 12 item 19: quotes sat in a small scrolling box under the forms."""
    _sign_in(page, site, "ds.smith")
    page.goto(f"{site.base}/tasks/{site.world.task_ids['rso']}")
    quote = page.locator("ul.criteria blockquote mark.met").first
    box = quote.bounding_box()
    assert box is not None and box["y"] + box["height"] <= page.viewport_size["height"]
    suggestion = page.locator(".suggest").bounding_box()
    assert suggestion is not None and box["y"] < suggestion["y"] + 700
    limits = page.eval_on_selector_all(
        "pre.page", "els => els.map(e => getComputedStyle(e).maxHeight)"
    )
    assert limits and all(limit == "none" for limit in limits)

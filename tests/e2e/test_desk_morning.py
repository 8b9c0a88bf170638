"""A sergeant's whole morning in Chromium, on SQLite and on PostgreSQL, with the real key ring
(issue 12 "Done when"): sign in, queue, open a case, override with a reason and an officer,
follow a digest link, two supervisors on one task, the idle timeout with typed work, an account
disabled mid-session, and district scoping. The desk is wired as `cpc-triage web` wires it
(`cpc_triage.desk_setup.desk_app`, migrations, `KeyRing`), served by uvicorn on loopback.
"""

from __future__ import annotations

import re
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from desk.digest_load import DigestConfig
from desk.digest_outbox import preview_digest
from tests.integration import daemon_fixtures
from tests.integration.daemon_fixtures import Backend
from tests.integration.desk_real import real_world
from tests.integration.test_desk_support import (
    NOW,
    PASSWORD,
    World,
    file_task,
    later,
    raw_invitation,
    result_for,
)
from tests.servers.oidc import free_port, serve_in_thread

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (apt-get install -y chromium)",
)
backend_fixture = daemon_fixtures.backend_fixture
LEEDS_CHILD = "Oakley Thistlewood"


def _sign_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("button:has-text('Sign in')")


def _account_form(page: Any, account: str, change: str) -> Any:
    return page.locator(
        f"form:has(input[name=account][value='{account}']):has(input[name=change][value={change}])"
    )


def test_the_whole_morning(backend: Backend, tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with real_world(backend, tmp_path, origin=base) as world, serve_in_thread(world.app, port=port):
        leeds = result_for(LEEDS_CHILD, reference="LS556677", district="leeds")
        world.task_ids["leeds"] = file_task(
            world, leeds, raw_invitation(LEEDS_CHILD, n=3), n=3, bind_keys=world.bind_keys
        )
        with playwright_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            try:
                _morning(browser, world, base)
            finally:
                browser.close()


def _morning(browser: Any, world: World, base: str) -> None:
    rso, late = world.task_ids["rso"], world.task_ids["late"]
    smith = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    patel = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    admin = browser.new_context(viewport={"width": 1400, "height": 1400}).new_page()

    # Sign in; the queue lists every open task.
    _sign_in(smith, base, "ds.smith")
    assert smith.locator("h1").first.inner_text().startswith("Open conferences")
    assert "of 3" in smith.inner_text(".paging")

    # Open a case: the evidence is marked in the text read at filing.
    smith.click(f"a:has-text('Open {rso}')")
    assert "registered sex offender" in " ".join(
        smith.locator("pre.page mark.met").first.inner_text().split()
    )
    smith.goto(f"{base}/tasks/{late}")
    # Override without a reason: refused, and the choice made is what comes back.
    smith.check("input[value='attend']")
    smith.select_option("#officer", "PC1234")
    smith.click("button:has-text('Record decision')")
    assert "Overriding the suggestion needs a reason" in smith.inner_text(".error")
    assert smith.is_checked("input[value='attend']")
    smith.fill("#reason", "Stepfather known to the unit: attend")
    smith.click("button:has-text('Record decision')")
    assert "Stepfather known to the unit: attend" in smith.inner_text(".history")

    # Follow a link from the rendered digest.
    rendered = preview_digest(
        world.store,
        engine=world.engine,
        district="calderdale",
        config=DigestConfig(
            base_url=base,
            sender="cppu-desk@westyorkshire.police.uk",
            recipients={"calderdale": ("ds.smith@westyorkshire.police.uk",)},
            allow_list=("@westyorkshire.police.uk",),
        ),
        now=NOW + timedelta(hours=1),
        bind_keys=world.bind_keys,
    )
    link = next(u for u in re.findall(r'href="([^"]+)"', rendered.html) if u.endswith(rso))
    smith.goto(link)
    assert smith.title().startswith(rso)

    # Two supervisors on one task: the second save is refused, naming the first.
    _sign_in(patel, base, "ds.patel")
    patel.goto(f"{base}/tasks/{rso}")
    smith.check("input[value='attend']")
    smith.select_option("#officer", "PC1234")
    smith.click("button:has-text('Record decision')")
    patel.check("input[value='not_attending']")
    patel.fill("#reason", "A written report is enough")
    patel.click("button:has-text('Record decision')")
    assert "changed by local:ds.smith" in patel.inner_text(".error")
    assert patel.is_checked("input[value='not_attending']")

    # The idle timeout with typed work: carried through signing in again.
    smith.fill("textarea[aria-label='Note']", "Chair wants the DI at the conference")
    later(world, minutes=16)
    smith.click("button:has-text('Escalate')")
    assert "session ended" in smith.inner_text("main")
    smith.fill("#username", "ds.smith")
    smith.fill("#password", PASSWORD)
    with smith.expect_navigation():
        smith.click("button:has-text('Sign in')")
    assert "Chair wants the DI at the conference" in smith.inner_text("main")
    with smith.expect_navigation():
        smith.click("button:has-text('Save it now')")
    assert "Chair wants the DI at the conference" in smith.inner_text("main")

    # An account disabled mid-session is out at its next request.
    _sign_in(patel, base, "ds.patel")
    _sign_in(admin, base, "admin.ada")
    with admin.expect_navigation():
        _account_form(admin, "local:ds.patel", "disable").locator("button").click()
    patel.goto(f"{base}/")
    assert patel.url == f"{base}/login"

    # District scoping: the clerk limited to Leeds sees Leeds only.
    clerk_row = _account_form(admin, "local:clerk.jones", "districts")
    clerk_row.locator("input[name=district_leeds]").check()
    with admin.expect_navigation():
        clerk_row.locator("button").click()
    clerk = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    _sign_in(clerk, base, "clerk.jones")
    queue = clerk.inner_text("table.queue")
    assert world.task_ids["leeds"] in queue and rso not in queue and late not in queue

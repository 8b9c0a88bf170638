"""Working the queue through the desk: views, decisions, roles, downloads, search (issue 6)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

import pytest

from parsers import parse_email
from tasks.records import Attendance, TaskStatus
from tests.integration.test_desk_support import (
    NEGATED_QUOTE,
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
from tests.unit.test_tasks_support import CANARY_CHILD

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path)


def _task(world: World, task_id: str):  # type: ignore[no-untyped-def]
    return world.store.get_task(task_id, actor="test", purpose="test check")[1]


async def test_the_queue_puts_the_past_deadline_case_first_and_marks_it(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = (await client.get("/")).text
    late, rso = world.task_ids["late"], world.task_ids["rso"]
    assert page.index(late) < page.index(rso)
    late_row = page[page.rindex("<tr", 0, page.index(late)) : page.index(late)]
    assert 'class="is-past"' in late_row and "Past deadline" in late_row
    assert "Late notice" in late_row
    assert re.search(r"<strong>1</strong> past deadline", page)
    assert re.search(r"<strong>2</strong> to decide", page)


async def test_every_task_shown_in_the_queue_is_audited_as_consulted(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        await client.get("/")
    seen = {i for r in audit_rows(world) if r["actor"] == "local:ds.smith" for i in r["ids"]}
    assert set(world.task_ids.values()) <= seen


async def test_a_queue_filter_shows_only_matching_tasks(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = (await client.get("/?suggested=report_only&district=<script>")).text
    assert world.task_ids["late"] in page and world.task_ids["rso"] not in page
    assert "<script>" not in page


async def test_the_case_page_marks_the_evidence_where_it_was_found(world: World) -> None:
    task = world.task_ids["rso"]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = (await client.get(f"/tasks/{task}")).text
    pre = page[page.index('<pre class="page">') :]
    marked = re.search(r'<mark class="met" title="registered_sex_offender">(.*?)</mark>', pre, re.S)
    assert marked is not None
    assert (
        " ".join(marked.group(1).split())
        == f"{CANARY_CHILD}&#39;s stepfather is a registered sex offender"
    )
    assert re.search(r'<mark class="ignored"[^>]*>' + re.escape(NEGATED_QUOTE), pre)
    assert "Police tick box" in page and "Required" in page
    assert "booking-form.txt" in page


async def test_the_case_page_shows_the_forms_answers_the_reader_did_not_understand(
    world: World,
) -> None:
    """Issue 11: an answer under a label the reader does not know is shown, not dropped."""
    msg = EmailMessage()
    msg["From"] = "CP Admin <cp.admin@calderdale.gov.uk>"
    msg["Subject"] = "ICPC booking"
    msg["Message-ID"] = "<desk-90@calderdale.gov.uk>"
    msg.set_content("Please see the attached booking form.\n")
    form = (
        "Child Protection Conference Booking Form\n"
        "Type of conference: Initial\n"
        "Date of conference: 3 December 2026\n"
        "Pets at the property: two large dogs, kept in the yard\n"
    )
    msg.add_attachment(form.encode(), maintype="text", subtype="plain", filename="form.txt")
    raw = msg.as_bytes()

    def read_whole(result, raw: bytes):  # type: ignore[no-untyped-def]
        return replace(result, invitation=parse_email(raw))  # the parsers' own fields

    task = file_task(world, result_for("Ellie Marsh"), raw, n=90, read=read_whole)
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = (await client.get(f"/tasks/{task}")).text
    section = page[page.index('id="unread-labels"') :]
    assert re.search(
        r"<dt>Pets at the property</dt><dd>two large dogs, kept in the yard</dd>", section
    )
    assert "<dt>Type of conference</dt>" not in section


async def test_the_case_page_says_which_categories_were_inferred_and_from_what(
    world: World,
) -> None:
    """Issue 11: no category stated, so the reason's words are shown with what was read."""
    msg = EmailMessage()
    msg["From"] = "CP Admin <cp.admin@calderdale.gov.uk>"
    msg["Subject"] = "ICPC booking"
    msg["Message-ID"] = "<desk-91@calderdale.gov.uk>"
    msg.set_content(
        "Initial Child Protection Conference\n"
        "Date of conference: 3 December 2026\n"
        "Reason for conference: The school saw bruising to Ellie's arm on 20 November.\n"
    )
    raw = msg.as_bytes()

    def read_whole(result, raw: bytes):  # type: ignore[no-untyped-def]
        return replace(result, invitation=parse_email(raw))

    task = file_task(world, result_for("Ellie Marsh"), raw, n=91, read=read_whole)
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = (await client.get(f"/tasks/{task}")).text
    assert "inferred from the reason" in page
    assert re.search(r"<li>physical: <q>The school saw bruising to Ellie(&#39;|')s arm", page)


async def test_viewing_a_case_is_logged_with_user_case_and_purpose(world: World) -> None:
    task = world.task_ids["rso"]
    async with desk_client(world) as client:
        await sign_in(client, "clerk.jones")
        await client.get(f"/tasks/{task}")
    row = audit_rows(world)[-1]
    assert row["operation"] == "consultation" and row["actor"] == "local:clerk.jones"
    assert row["ids"] == ["CPC-2026-000001", task] and row["purpose"] == "review case"
    assert row["at"].startswith("2026-11-23T09:30")


async def test_overriding_the_suggestion_needs_a_reason_and_goes_into_history(world: World) -> None:
    task = world.task_ids["late"]  # suggested report only
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = f"/tasks/{task}"
        refused = await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC1234"}, page=page
        )
        assert (
            refused.status_code == 400
            and "Overriding the suggestion needs a reason" in refused.text
        )
        assert _task(world, task).status is TaskStatus.NEW
        done = await post_form(
            client,
            f"{page}/decide",
            {"decision": "attend", "officer": "PC1234", "reason": "Known risk to the unit"},
            page=page,
        )
    assert done.status_code == 303
    stored = _task(world, task)
    assert stored.decision is Attendance.ATTEND and stored.decided_by == "local:ds.smith"
    assert stored.history[-1].detail == "officer PC1234; Known risk to the unit"
    assert any(r["operation"] == "alteration" and task in r["ids"] for r in audit_rows(world))


async def test_not_attending_always_needs_a_reason(world: World) -> None:
    task = world.task_ids["late"]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = f"/tasks/{task}"
        refused = await post_form(
            client, f"{page}/decide", {"decision": "not_attending"}, page=page
        )
        accepted = await post_form(
            client,
            f"{page}/decide",
            {"decision": "not_attending", "reason": "No police involvement; report sent"},
            page=page,
        )
    assert refused.status_code == 400 and accepted.status_code == 303
    assert _task(world, task).decision_reason == "No police involvement; report sent"


async def test_a_clerk_records_the_report_but_cannot_decide(world: World) -> None:
    task = world.task_ids["rso"]
    page = f"/tasks/{task}"
    async with desk_client(world) as client:
        await sign_in(client, "clerk.jones")
        shown = (await client.get(page)).text
        refused = await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC1234"}, page=page
        )
        assert "Record decision" not in shown
        assert refused.status_code == 403 and _task(world, task).decision is None
        await post_form(client, "/logout", {}, page=page)
        await sign_in(client, "ds.smith")
        await post_form(
            client, f"{page}/decide", {"decision": "attend", "officer": "PC1234"}, page=page
        )
        await post_form(client, "/logout", {}, page=page)
        await sign_in(client, "clerk.jones")
        sent = await post_form(client, f"{page}/report_sent", {"confirm": "yes"}, page=page)
    assert sent.status_code == 303 and _task(world, task).status is TaskStatus.REPORT_SENT
    denied = [r for r in audit_rows(world) if r["purpose"] == "denied: role clerk decide"]
    assert denied and denied[0]["ids"] == [task] and denied[0]["actor"] == "local:clerk.jones"


async def test_the_whole_lifecycle_attend_allocate_report_outcome_minutes_close(
    world: World,
) -> None:
    task = world.task_ids["rso"]
    page = f"/tasks/{task}"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        for verb, data in (
            ("decide", {"decision": "attend", "officer": "PC1234"}),
            ("allocate", {"officer": "PC5678"}),
            ("report_sent", {"confirm": "yes"}),
            ("outcome_recorded", {"confirm": "yes"}),
            ("minutes_received", {"confirm": "yes"}),
            ("close", {"confirm": "yes"}),
        ):
            response = await post_form(client, f"{page}/{verb}", data, page=page)
            assert response.status_code == 303, (verb, response.text[:300])
        queue = (await client.get("/")).text
    stored = _task(world, task)
    assert stored.status is TaskStatus.CLOSED and stored.allocated_officer == "PC5678"
    assert [h.action for h in stored.history][-6:] == [
        "attend",
        "allocate",
        "report_sent",
        "outcome_recorded",
        "minutes_received",
        "close",
    ]
    assert task not in queue


async def test_an_officer_sees_only_what_is_allocated_to_them(world: World) -> None:
    rso, late = world.task_ids["rso"], world.task_ids["late"]
    world.store.record_transition(
        rso,
        action=__import__("tasks").Action.ATTEND,
        actor="local:ds.smith",
        purpose="set up",
        officer="PC1234",
    )
    async with desk_client(world) as client:
        await sign_in(client, "pc.brown")
        queue = (await client.get("/")).text
        own = await client.get(f"/tasks/{rso}")
        other = await client.get(f"/tasks/{late}")
        download = await client.get(f"/tasks/{late}/original")
    assert rso in queue and late not in queue
    assert own.status_code == 200 and other.status_code == 403 and download.status_code == 403
    rows = audit_rows(world)
    denied = [
        r for r in rows if r["actor"] == "local:pc.brown" and r["purpose"].startswith("denied")
    ]
    assert [r["ids"] for r in denied] == [[late], [late]]
    consulted = {
        i
        for r in rows
        if r["actor"] == "local:pc.brown"
        and r["operation"] == "consultation"
        and not r["purpose"].startswith("denied")
        for i in r["ids"]
    }
    assert late not in consulted


async def test_downloading_the_original_gives_its_bytes_and_logs_a_disclosure(world: World) -> None:
    task = world.task_ids["rso"]
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        original = await client.get(f"/tasks/{task}/original")
        attachment = await client.get(f"/tasks/{task}/attachments/1")
        missing = await client.get(f"/tasks/{task}/attachments/9")
    assert hashlib.sha256(original.content).hexdigest() == _task(world, task).source_sha256
    assert original.headers["content-disposition"] == f'attachment; filename="{task}.eml"'
    assert attachment.content.startswith(b"Booking form (text copy)")
    assert CANARY_CHILD not in attachment.headers["content-disposition"]
    assert missing.status_code == 404
    disclosures = [r for r in audit_rows(world) if r["operation"] == "disclosure"]
    assert [r["purpose"] for r in disclosures] == [
        "download original email",
        "download attachment 1",
    ]
    assert all(r["recipients"] == '["local:ds.smith"]' for r in disclosures)


async def test_a_child_is_found_by_name_through_the_blind_index(world: World) -> None:
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        by_name = await post_form(client, "/search", {"q": "QUILLFEATHER,  zebedee"})
        by_ref = await post_form(client, "/search", {"q": "lcs 000777"})
        by_id = await post_form(client, "/search", {"q": world.task_ids["late"].lower()})
        first_name = await post_form(client, "/search", {"q": "Zebedee"})  # part of a name
        nothing = await post_form(client, "/search", {"q": "Xanthippe"})
    assert world.task_ids["rso"] in by_name.text and world.task_ids["late"] not in by_name.text
    assert world.task_ids["late"] in by_ref.text
    assert (
        by_id.status_code == 303 and by_id.headers["location"] == f"/tasks/{world.task_ids['late']}"
    )
    assert (
        world.task_ids["rso"] in first_name.text and world.task_ids["late"] not in first_name.text
    )
    assert "Nothing here" in nothing.text
    assert all(
        "Zebedee" not in str(r.url) and "zebedee" not in str(r.url) for r in (by_name, first_name)
    )


async def test_an_escalation_note_is_kept_sealed_and_shown_on_the_case(world: World) -> None:
    task = world.task_ids["rso"]
    page = f"/tasks/{task}"
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        empty = await post_form(client, f"{page}/escalate", {"reason": "  "}, page=page)
        done = await post_form(
            client, f"{page}/escalate", {"reason": "Chair wants the DI"}, page=page
        )
        shown = (await client.get(page)).text
    assert empty.status_code == 400 and done.status_code == 303
    assert "Discuss with chair / DI" in shown and "Chair wants the DI" in shown
    assert b"Chair wants the DI" not in (Path(str(world.engine.url.database))).read_bytes()
    assert any(r["purpose"].startswith("escalate") for r in audit_rows(world))
    last = _task(world, task).history[-1]  # every change is in the task's history
    assert (last.action, last.detail) == ("escalate", "Chair wants the DI")


async def test_case_text_is_escaped_not_run(world: World) -> None:
    hostile = "<script>alert(1)</script> Smith"
    task = file_task(
        world, result_for(hostile, reference="LCS4"), raw_invitation(hostile, n=7), n=7
    )
    async with desk_client(world) as client:
        await sign_in(client, "ds.smith")
        page = (await client.get(f"/tasks/{task}")).text
        queue = (await client.get("/")).text
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<script>" not in queue

"""A parse pool that cannot start its workers is the daemon's fault, not the message's (issue 15
item 6, "a worker pool that restarts"): the message stays in the queue with no task and no
attempt counted, and is filed once the pool works — never filed with its attachment unreadable."""

from __future__ import annotations

import dataclasses
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from cpc_triage.bootstrap import App
from cpc_triage.pipeline import Parts, process_one
from cpc_triage.setaside import TransientFault
from intake.dropfolder import source_id_of
from intake.tables import ledger
from parsers import Limits, ParsePool
from parsers.sandbox import HOOK_ENV
from tasks.tables import filed_messages, tasks
from tests.integration.daemon_app import StandIn, fixed_triage, open_test_app
from tests.integration.daemon_fixtures import Backend


def _invitation_with_a_form() -> bytes:
    message = EmailMessage()
    message["From"] = "Conferences <icpc.bookings@leeds.gov.uk>"
    message["To"] = "CPPU <leeds.cppu.conferences@westyorkshire.police.uk>"
    message["Subject"] = "Initial Child Protection Conference - ref LCC-00015"
    message["Message-ID"] = "<pool-15@leeds.gov.uk>"
    message.set_content("Please find the booking form attached.")
    form = "Conference date: 1 December 2026 at 10:00\nVenue: Merrion House, Leeds\n"
    message.add_attachment(form.encode(), maintype="text", subtype="plain", filename="form.txt")
    return message.as_bytes()


def _reading_with(pool: ParsePool, app: App) -> Parts:
    """The app's parts with the daemon's reader reading through `pool`."""
    stand_in = app.parts.reader
    assert isinstance(stand_in, StandIn)
    reader = dataclasses.replace(stand_in.reader, pool=pool)
    return dataclasses.replace(app.parts, reader=dataclasses.replace(stand_in, reader=reader))


def test_a_pool_that_cannot_start_workers_leaves_the_message_queued_then_it_is_filed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ = open_test_app(tmp_path, Backend("sqlite", "", ""), triage_fn=fixed_triage)
    source = app.sources[0]
    inbox = tmp_path / "var" / "mailbox"  # write_settings's drop folder
    raw = _invitation_with_a_form()
    (inbox / "inbox" / "0001.eml").write_bytes(raw)
    try:
        monkeypatch.setenv(HOOK_ENV, "no_start")  # every worker exits before it is ready
        with ParsePool(workers=1, limits=Limits(timeout_s=5)) as broken:
            parts = _reading_with(broken, app)
            with pytest.raises(TransientFault) as fault:
                process_one(parts, source)
        assert fault.value.kind == "parse_pool"
        with app.engine.connect() as conn:
            row = conn.execute(select(ledger.c.state, ledger.c.attempts)).one()
            assert conn.execute(select(filed_messages)).all() == []
        assert (row.state, row.attempts) == ("received", 0)  # its attempt given back
        # still in working/, under its content name (the sender's name is never kept)
        assert [p.name for p in (inbox / "working").iterdir()] == [source_id_of(raw)]

        monkeypatch.delenv(HOOK_ENV)
        with ParsePool(workers=1, limits=Limits(timeout_s=5)) as healthy:
            parts = _reading_with(healthy, app)
            assert process_one(parts, source)
        with app.engine.connect() as conn:
            row = conn.execute(select(ledger.c.state, ledger.c.attempts)).one()
            rule = conn.execute(select(tasks.c.rule)).scalar_one()
    finally:
        app.close()
    assert (row.state, row.attempts) == ("done", 1)
    assert rule == "interim.rule"  # read and triaged, not a person's "processing failed"
    assert not any((inbox / "working").iterdir())  # filed: nothing readable left behind
    assert not (inbox / "processed").exists()

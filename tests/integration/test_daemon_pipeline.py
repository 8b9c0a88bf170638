"""The pipeline end to end in one process: drop folder → vault → ledger → task → deleted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cpc_demo import generate
from cpc_triage.daemon import Daemon
from intake.tables import ledger
from parsers.records import Invitation
from tasks.tables import filed_messages, tasks
from tests.integration import daemon_fixtures
from tests.integration.daemon_app import StandIn, fixed_triage, open_test_app
from tests.integration.daemon_fixtures import (
    Backend,
    deliver,
    left_in_drop_folder,
    names_by_source_id,
)
from triage.records import TriageResult

backend_fixture = daemon_fixtures.backend_fixture


@pytest.fixture(scope="module")
def demo_mail(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("demo"), count=12, mix="demo")


def _inbox(app) -> Path:  # type: ignore[no-untyped-def]
    return app.settings.mailbox_path(app.settings.mailboxes[0])


def test_every_delivered_email_is_filed_once_and_then_gone_from_the_drop_folder(
    backend: Backend, tmp_path: Path, demo_mail: list[Path]
) -> None:
    app, _ = open_test_app(tmp_path, backend)
    try:
        deliver(_inbox(app) / "inbox", demo_mail)
        assert Daemon(app).run_once() == 12
        with app.engine.connect() as conn:
            filed = conn.execute(select(filed_messages.c.source_id, filed_messages.c.task_id)).all()
            states = conn.execute(
                select(ledger.c.state, func.count()).group_by(ledger.c.state)
            ).all()
    finally:
        app.close()
    names = names_by_source_id(demo_mail)
    assert sorted(names[r.source_id] for r in filed) == sorted(p.name for p in demo_mail)
    assert all(r.task_id for r in filed)
    assert dict(states) == {"done": 12}
    assert left_in_drop_folder(_inbox(app)) == []  # the originals live only in the vault


def test_the_same_files_delivered_again_are_not_filed_twice(
    backend: Backend, tmp_path: Path, demo_mail: list[Path]
) -> None:
    app, _ = open_test_app(tmp_path, backend)
    try:
        deliver(_inbox(app) / "inbox", demo_mail[:4])
        Daemon(app).run_once()
        deliver(_inbox(app) / "inbox", demo_mail[:4])
        Daemon(app).run_once()
        with app.engine.connect() as conn:
            filed = conn.execute(select(func.count()).select_from(filed_messages)).scalar_one()
            task_count = conn.execute(select(func.count()).select_from(tasks)).scalar_one()
    finally:
        app.close()
    assert filed == 4
    assert task_count <= 4
    assert left_in_drop_folder(_inbox(app)) == []


def test_a_triage_failure_files_a_manual_review_task_and_the_next_email_goes_on(
    backend: Backend, tmp_path: Path, demo_mail: list[Path]
) -> None:
    poisoned = demo_mail[0].name

    def fragile_triage(invitation: Invitation, day):  # type: ignore[no-untyped-def]
        if invitation.message.subject and "FIRTH" in invitation.message.subject.upper():
            raise RuntimeError("Yusuf Firth broke the detector")  # content in the error text
        return fixed_triage(invitation, day)

    first = json.loads(demo_mail[0].with_suffix(".json").read_text())
    assert any("Firth" in c["name"] for c in first["children"]), "fixture changed"
    app, logs = open_test_app(tmp_path, backend, triage_fn=fragile_triage)
    try:
        deliver(_inbox(app) / "inbox", demo_mail[:3])
        assert Daemon(app).run_once() == 3
        with app.engine.connect() as conn:
            rows = conn.execute(
                select(filed_messages.c.source_id, tasks.c.suggested, tasks.c.rule).join(
                    tasks, tasks.c.id == filed_messages.c.task_id
                )
            ).all()
            errors = conn.execute(select(ledger.c.error).where(ledger.c.error.is_not(None))).all()
    finally:
        app.close()
    names = names_by_source_id(demo_mail[:3])
    by_file = {names[r.source_id]: (r.suggested, r.rule) for r in rows}
    assert by_file[poisoned] == ("manual_review", "pipeline.processing_failed")
    assert [s for f, (s, _) in by_file.items() if f != poisoned] == ["discuss", "discuss"]
    assert [e.error for e in errors] == ["triage:RuntimeError"]
    assert "Firth" not in logs.getvalue()
    assert "triage:RuntimeError" in logs.getvalue()


def test_a_parse_crash_is_a_manual_review_task_too(
    backend: Backend, tmp_path: Path, demo_mail: list[Path]
) -> None:
    app, _ = open_test_app(tmp_path, backend, triage_fn=fixed_triage)

    class ExplodingRead(StandIn):
        def read(self, raw: bytes, *, source: str | None = None) -> Invitation:
            raise MemoryError

    import dataclasses

    app.parts = dataclasses.replace(app.parts, reader=ExplodingRead(app.parts.reader, fixed_triage))
    try:
        deliver(_inbox(app) / "inbox", demo_mail[:2])
        assert Daemon(app).run_once() == 2
        with app.engine.connect() as conn:
            suggested = conn.execute(select(tasks.c.suggested)).scalars().all()
    finally:
        app.close()
    assert suggested == ["manual_review", "manual_review"]


def test_a_result_with_no_triage_at_all_still_reaches_a_person(tmp_path: Path) -> None:
    # the type the pipeline hands to filing is the shared record, not a local stand-in
    assert TriageResult.__module__ == "triage.records"
    shutil.rmtree(tmp_path)


def test_originals_an_older_version_kept_in_processed_are_deleted_at_start_if_filed(
    tmp_path: Path, demo_mail: list[Path]
) -> None:
    """Issue 12 item 16: earlier versions kept every filed original in `processed/` for ever.
    At start the ones the ledger shows filed go; one it does not know is kept (and logged).
    SQLite only: the ledger query is the same on both, and PostgreSQL's mailbox lease is one
    advisory lock per database, which parallel tests in other schemas contend for."""
    backend = Backend("sqlite", "", "")
    app, _ = open_test_app(tmp_path, backend, triage_fn=fixed_triage)
    try:
        deliver(_inbox(app) / "inbox", demo_mail[:2])
        assert Daemon(app).run_once() == 2
    finally:
        app.close()
    processed = _inbox(app) / "processed"
    processed.mkdir()
    for path in demo_mail[:3]:  # the third was never filed here
        shutil.copy(path, processed / path.name)
    app, logs = open_test_app(tmp_path, backend, triage_fn=fixed_triage)
    app.close()
    assert left_in_drop_folder(_inbox(app)) == [f"processed/{demo_mail[2].name}"]
    assert '"deleted": 2' in logs.getvalue() and '"kept_not_in_ledger": 1' in logs.getvalue()

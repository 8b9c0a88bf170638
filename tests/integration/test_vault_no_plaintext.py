"""Canary personal data appears nowhere at rest or in the logs (RELIABILITY.md S8, S9).

A real pipeline run over a canary email and the demo dozen; then the raw bytes of the SQLite
file with its -wal and -shm (or a pg_dump of the schema), every vault file, every log line and
every file left in the drop folder (names and bytes) are searched for the canary strings,
plain, UTF-16 and base64. The canary is in the identifiers a sender chooses too — the
Message-ID and the file name (issue 13 item 4) — and the drop folder keeps no original once it
is filed (issue 12 item 16).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from cpc_demo import generate
from cpc_triage.daemon import Daemon
from cpc_triage.db import sqlite_files
from tests.integration import daemon_fixtures
from tests.integration.daemon_app import open_test_app
from tests.integration.daemon_fixtures import Backend, deliver, pg_dump_data

CHILD = "Zebedee Quillfeather"
ADULT = "Marigold Quillfeather"
DOB = "14/03/2019"
ALLEGATION = "tangerine-cupboard allegation"

backend_fixture = daemon_fixtures.backend_fixture


def _canary_email(path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "Graham Riley <graham.riley@calderdale.gov.uk>"
    msg["To"] = "cd.safeguarding.caseconference@westyorkshire.police.uk"
    msg["Subject"] = f"Conference invitation - {CHILD.split()[1].upper()} - 10/12/2026"
    msg["Date"] = format_datetime(datetime(2026, 11, 25, 11, 7, tzinfo=UTC))
    msg["Message-ID"] = "<Zebedee.Quillfeather.ICPC.20261210@mx-out.calderdale.gov.uk>"
    msg.set_content(
        "Child Protection Conference Notification\n\nConference: ICPC\nDate: 10.12.26\n"
        "Time: 9.30 am\nVenue: Northgate House\nLCS number: LCS424242\n\n"
        f"Children:\n1. {CHILD}  DOB: {DOB}  Male\n\nAdults:\n- {ADULT} (Mother)\n\n"
        f"REASON FOR CONFERENCE:\nThere is a current police investigation into the {ALLEGATION}.\n"
    )
    path.write_bytes(msg.as_bytes())
    return path


def _needles() -> list[bytes]:
    found = []
    for text in (CHILD, ADULT, DOB, ALLEGATION, "Quillfeather", "tangerine-cupboard"):
        found += [text.encode(), text.encode("utf-16-le"), base64.b64encode(text.encode())]
        found.append(text.upper().encode())
    return found


def test_no_canary_appears_in_the_database_the_vault_or_the_logs(
    backend: Backend, tmp_path: Path
) -> None:
    mail = [
        _canary_email(tmp_path / "0000-Zebedee Quillfeather ICPC.eml"),
        *generate(tmp_path / "demo", count=12, mix="demo"),
    ]
    app, logs = open_test_app(tmp_path / "run", backend)
    drop_folder = app.settings.mailbox_path(app.settings.mailboxes[0])
    try:
        deliver(drop_folder / "inbox", mail)
        assert Daemon(app).run_once() == 13
        at_rest = [p.read_bytes() for p in sqlite_files(app.engine)]
    finally:
        app.close()
    left = [p for p in drop_folder.rglob("*") if p.is_file()]
    at_rest += [str(p.relative_to(drop_folder)).encode() for p in left]
    if backend.name == "postgresql":
        at_rest.append(pg_dump_data(backend.schema))
    vault_files = list((tmp_path / "run" / "var" / "vault").rglob("*.msg"))
    assert len(vault_files) == 13
    at_rest += [p.read_bytes() for p in vault_files]
    at_rest.append(logs.getvalue().encode())
    assert b"message_filed" in at_rest[-1]
    labelled = [n.encode() for p in mail[1:] for n in _label_names(p)]
    for blob in at_rest:
        for needle in _needles() + labelled:
            assert needle not in blob, needle
    assert [p for p in left if p.stat().st_size] == []  # nothing readable after filing


def _label_names(eml: Path) -> list[str]:
    import json

    label = json.loads(eml.with_suffix(".json").read_text())
    return [c["name"] for c in label.get("children") or []] + list(label.get("adults") or [])

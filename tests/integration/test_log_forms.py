"""Log lines in the form their reader needs (issue 13.10).

journald reads a priority prefix (`<4>` warning, sd-daemon(3)) on each line of a stream it
owns — systemd names that stream in `$JOURNAL_STREAM` as "device:inode" — so `journalctl -p
warning` finds warnings; a terminal gets a line a person reads; a pipe or file gets plain JSON
lines (what the tests and log shippers parse). A library's traceback (uvicorn's, APScheduler's)
is reduced to the exception's type in every form. Real files and a real pseudo-terminal.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpc_triage.logs import configure_logging, get_logger


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    yield
    configure_logging("info")


def _log_some(secret: str) -> None:
    log = get_logger()
    log.info("poll_done", mailbox="dropfolder:default", processed=3)
    log.warning("mailbox_led_elsewhere", mailbox="dropfolder:default")
    log.error("poll_failed", mailbox="dropfolder:default", error="SourceUnavailable")
    try:
        raise ValueError(secret)
    except ValueError:
        logging.getLogger("uvicorn.error").exception("Exception in ASGI application")


def test_lines_to_journald_carry_their_syslog_priority(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal-stream"
    with path.open("w") as stream:
        info = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino}")
        configure_logging("info", stream=stream)
        _log_some("Zebedee Canaryfield")
    lines = path.read_text().splitlines()
    by_event = {json.loads(line[3:])["event"]: line[:3] for line in lines}
    assert by_event["poll_done"] == "<6>"
    assert by_event["mailbox_led_elsewhere"] == "<4>"
    assert by_event["poll_failed"] == "<3>"
    assert by_event["Exception in ASGI application"] == "<3>"
    assert "Zebedee" not in path.read_text() and "Traceback" not in path.read_text()


def test_a_file_that_is_not_the_journal_gets_plain_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNAL_STREAM", "1:1")
    path = tmp_path / "log.jsonl"
    with path.open("w") as stream:
        configure_logging("info", stream=stream)
        _log_some("Zebedee Canaryfield")
    events = [json.loads(line) for line in path.read_text().splitlines()]
    assert [e["event"] for e in events][:3] == ["poll_done", "mailbox_led_elsewhere", "poll_failed"]
    assert events[3]["error"] == "ValueError"


def test_a_terminal_gets_lines_a_person_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    leader, follower = os.openpty()
    with os.fdopen(follower, "w") as terminal:
        configure_logging("info", stream=terminal)
        _log_some("Zebedee Canaryfield")
        terminal.flush()
    written = os.read(leader, 65536).decode()
    os.close(leader)
    lines = [line for line in written.splitlines() if line.strip()]
    warning = next(line for line in lines if "mailbox_led_elsewhere" in line)
    assert " WARNING " in warning and "mailbox=dropfolder:default" in warning
    assert not warning.lstrip().startswith("{")
    assert "Zebedee" not in written and "Traceback" not in written

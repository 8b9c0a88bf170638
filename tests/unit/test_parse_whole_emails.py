"""Whole emails read in the pool's workers (the batch's way) give the daemon's result, and every
attachment keeps its own limits: real workers, real timeouts, real kills."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from parsers import Limits, MessageLimits, ParsePool, parse_email, parse_emails
from parsers.district import DEFAULT_DOMAINS
from parsers.records import ErrorKind, Invitation
from parsers.sandbox import HOOK_ENV
from parsers.sandbox_email import Step, Unread, read_frame
from tests.builders.mail_builder import plain

ROOT = Path(__file__).parents[2]
SAMPLES = sorted((ROOT / "tests" / "corpus" / "samples").glob("*.eml"))
SLEEP = b"CPC-TEST-HOOK:sleep"
ALLOC = b"CPC-TEST-HOOK:alloc"


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pools created inside the test may run the test hooks (`parsers.sandbox` docstring)."""
    monkeypatch.setenv(HOOK_ENV, "alloc,sleep")
    yield


def email_with(*attachments: tuple[str, bytes]) -> bytes:
    return plain(
        "Please see the attached booking form.",
        attachments=[(name, data, "text/plain") for name, data in attachments],
    )


def the_daemons_way(raw: bytes, pool: ParsePool) -> Invitation:
    return parse_email(raw, pool=pool)


def test_the_public_samples_read_whole_are_the_daemons_invitations() -> None:
    raws = [p.read_bytes() for p in SAMPLES]
    with ParsePool(workers=2, limits=Limits()) as pool:
        whole = list(parse_emails(raws, pool=pool))
        split = [the_daemons_way(raw, pool) for raw in raws]
    assert whole == split
    assert any(a.media_type == "application/pdf" for i in whole for a in i.attachments)


def test_many_emails_come_back_in_the_order_given() -> None:
    raws = [email_with((f"{n}.txt", f"line {n}".encode())) for n in range(40)]
    with ParsePool(workers=2, limits=Limits()) as pool:
        read = list(parse_emails(raws, pool=pool, window=5))
    assert [i.attachments[0].pages[0].lines for i in read] == [(f"line {n}",) for n in range(40)]


def test_an_attachment_over_time_costs_that_attachment_once_and_the_others_are_read(
    hooked: None,
) -> None:
    raw = email_with(("a.txt", b"first"), ("slow.txt", SLEEP), ("c.txt", b"third"))
    with ParsePool(workers=2, limits=Limits(timeout_s=1.5)) as pool:
        started = time.monotonic()
        (whole,) = parse_emails([raw], pool=pool)
        elapsed = time.monotonic() - started
        split = the_daemons_way(raw, pool)
    assert [a.error_kind for a in whole.attachments] == [None, ErrorKind.TIMEOUT, None]
    assert whole.attachments[1].error == "gave up after 1.5 s"
    assert whole.attachments[2].pages[0].lines == ("third",)
    assert whole == split
    assert elapsed < 2.9  # the slow attachment was not given its 1.5 s a second time


def test_the_step_over_time_is_named_with_its_error(hooked: None) -> None:
    raw = email_with(("a.txt", b"first"), ("slow.txt", SLEEP))
    with ParsePool(workers=1, limits=Limits(timeout_s=1)) as pool:
        outcome = pool.submit_email(
            raw, domains=DEFAULT_DOMAINS, message_limits=MessageLimits()
        ).result(timeout=60)
    assert outcome == Unread(2, ErrorKind.TIMEOUT, "gave up after 1 s")


def test_an_attachment_out_of_memory_is_read_the_daemons_way(hooked: None) -> None:
    raw = email_with(("hog.txt", ALLOC), ("after.txt", b"still here"))
    with ParsePool(workers=1, limits=Limits(memory_mb=300)) as pool:
        (whole,) = parse_emails([raw], pool=pool)
        split = the_daemons_way(raw, pool)
    assert whole.attachments[0].error_kind is ErrorKind.MEMORY
    assert whole.attachments[0].error == "reading it exceeded the 300 MB memory limit"
    assert whole.attachments[1].pages[0].lines == ("still here",)
    assert whole == split


def test_a_worker_killed_mid_email_leaves_the_email_to_the_daemons_way(hooked: None) -> None:
    raw = email_with(("slow.txt", SLEEP))
    with ParsePool(workers=1, limits=Limits(timeout_s=30)) as pool:
        pool.submit(b"warm", filename=None, declared_type=None).result(60)
        (pid,) = pool.worker_pids()
        future = pool.submit_email(raw, domains=DEFAULT_DOMAINS, message_limits=MessageLimits())
        deadline = time.monotonic() + 30
        while not future.running():
            assert time.monotonic() < deadline, "the job never started"
            time.sleep(0.01)
        time.sleep(0.3)
        os.kill(pid, signal.SIGKILL)
        outcome = future.result(timeout=10)
        after = pool.submit(b"still here", filename="a.txt", declared_type=None).result(60)
    assert outcome == Unread()
    assert after.pages[0].lines == ("still here",)


def test_an_email_over_the_attachment_limit_is_refused_the_same_way() -> None:
    raw = email_with(*((f"{n}.txt", b"x") for n in range(3)))
    limits = MessageLimits(max_attachments=2)
    with ParsePool(workers=1, limits=Limits()) as pool:
        (whole,) = parse_emails([raw], pool=pool, message_limits=limits)
        split = parse_email(raw, pool=pool, message_limits=limits)
    assert {a.error_kind for a in whole.attachments} == {ErrorKind.NOT_READ}
    assert whole.over_limits
    assert whole == split


@pytest.mark.parametrize(
    ("frame", "read"),
    [
        (b"s0", Step(None)),
        (b"s3", Step(3)),
        (b"sf", Step(None)),
        (b"r", Unread()),
    ],
)
def test_a_workers_frames_are_read(frame: bytes, read: object) -> None:
    assert read_frame(frame) == read


@pytest.mark.parametrize(
    "frame", [b"", b"x", b"s", b"s-1", b"s1234567", b"sx", b"rr", b"i{}", b"i\x80\x04K\x01."]
)
def test_a_malformed_frame_is_refused(frame: bytes) -> None:
    with pytest.raises(ValueError):
        read_frame(frame)


OWNER = """
import sys
from pathlib import Path

if __name__ != "__main__":  # this module imported again, in a worker
    Path(sys.argv[1]).write_text("imported")

from parsers.attachment import Limits
from parsers.sandbox import ParsePool

if __name__ == "__main__":
    with ParsePool(workers=1, limits=Limits()) as pool:
        content = pool.submit(b"hello", filename="a.txt", declared_type=None).result(60)
    print(content.pages[0].lines[0])
"""


def test_a_worker_does_not_import_the_programs_main_module(tmp_path: Path) -> None:
    """The `cpc-triage` script's import cost every worker a second and 65 MB."""
    script, marker = tmp_path / "owner.py", tmp_path / "marker"
    script.write_text(OWNER)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(script), str(marker)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "hello"
    assert not marker.exists()


def test_a_worker_announcing_files_without_end_in_an_email_leaves_it_to_the_daemons_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(HOOK_ENV, "endless_files")
    raw = email_with(("papers.zip", b"CPC-TEST-HOOK:endless_files"), ("b.txt", b"second"))
    limits = MessageLimits(max_attachments=2)  # the cap on frames follows the message's limits
    with ParsePool(workers=1, limits=Limits(timeout_s=5)) as pool:
        outcome = pool.submit_email(raw, domains=DEFAULT_DOMAINS, message_limits=limits)
        assert outcome.result(timeout=60) == Unread()
        (whole,) = parse_emails([raw], pool=pool, message_limits=limits)
    assert whole.attachments[0].error_kind is ErrorKind.PARSER_ERROR
    assert whole.attachments[1].pages[0].lines == ("second",)

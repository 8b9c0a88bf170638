"""The parse pool: real worker processes, real limits, real kills."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from parsers.attachment import AttachmentContent, Limits, Member
from parsers.errors import PoolUnavailable
from parsers.records import ErrorKind, Page
from parsers.sandbox import HOOK_ENV, ParsePool, parse_inline
from parsers.sandbox_worker import decode_content, encode_content

MB = 1024 * 1024


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pools created inside the test may run the test hooks (`parsers.sandbox` docstring)."""
    monkeypatch.setenv(HOOK_ENV, "alloc,sleep")
    yield


def text(pool: ParsePool, body: str, *, name: str = "note.txt") -> AttachmentContent:
    return pool.submit(body.encode(), filename=name, declared_type=None).result(timeout=60)


def wait_until_running(future: object) -> None:
    deadline = time.monotonic() + 30
    while not future.running():  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, "the job never started"
        time.sleep(0.01)


def test_a_text_attachment_comes_back_as_a_page_named_after_the_file() -> None:
    with ParsePool(workers=1, limits=Limits()) as pool:
        content = text(pool, "Conference at 10:00\nLeeds", name="invite.txt")
    assert content.error is None
    assert [(p.location, p.lines) for p in content.pages] == [
        ("invite.txt", ("Conference at 10:00", "Leeds"))
    ]


def test_an_attachment_without_a_filename_is_named_by_its_index() -> None:
    with ParsePool(workers=1, limits=Limits()) as pool:
        content = pool.submit(b"hello", filename=None, declared_type=None, index=3).result(60)
    assert content.pages[0].location == "attachment 3"


def test_many_jobs_each_get_their_own_result() -> None:
    with ParsePool(workers=2, limits=Limits()) as pool:
        futures = [
            pool.submit(f"line {n}".encode(), filename=f"{n}.txt", declared_type=None)
            for n in range(40)
        ]
        results = [f.result(timeout=60) for f in futures]
    assert [r.pages[0].lines for r in results] == [(f"line {n}",) for n in range(40)]


def test_two_workers_read_two_slow_attachments_at_the_same_time(hooked: None) -> None:
    with ParsePool(workers=2, limits=Limits(timeout_s=1.5)) as pool:
        text(pool, "warm")  # both workers are started by the time one has answered
        started = time.monotonic()
        futures = [
            pool.submit(b"CPC-TEST-HOOK:sleep", filename=None, declared_type=None) for _ in range(2)
        ]
        kinds = [f.result(timeout=60).error_kind for f in futures]
        elapsed = time.monotonic() - started
    assert kinds == [ErrorKind.TIMEOUT, ErrorKind.TIMEOUT]
    assert elapsed < 2.8  # in series it would take at least 3 s


def test_a_job_over_the_wall_clock_limit_times_out_and_the_pool_keeps_working(
    hooked: None,
) -> None:
    with ParsePool(workers=1, limits=Limits(timeout_s=1)) as pool:
        started = time.monotonic()
        slow = pool.submit(b"CPC-TEST-HOOK:sleep", filename=None, declared_type=None).result(60)
        elapsed = time.monotonic() - started
        after = text(pool, "still here")
    assert slow.error_kind is ErrorKind.TIMEOUT
    assert slow.error == "gave up after 1 s"
    assert elapsed < 5
    assert after.pages[0].lines == ("still here",)


def test_a_worker_that_runs_out_of_memory_reports_memory_and_is_replaced(hooked: None) -> None:
    with ParsePool(workers=1, limits=Limits(memory_mb=300)) as pool:
        text(pool, "warm")
        before = pool.worker_pids()
        hog = pool.submit(b"CPC-TEST-HOOK:alloc", filename=None, declared_type=None).result(60)
        after = text(pool, "still here")
        assert pool.worker_pids() != before
    assert hog.error_kind is ErrorKind.MEMORY
    assert hog.error == "reading it exceeded the 300 MB memory limit"
    assert after.pages[0].lines == ("still here",)


def test_a_worker_killed_mid_job_is_a_parser_error_and_the_pool_recovers(hooked: None) -> None:
    with ParsePool(workers=1, limits=Limits(timeout_s=30)) as pool:
        text(pool, "warm")
        (pid,) = pool.worker_pids()
        future = pool.submit(b"CPC-TEST-HOOK:sleep", filename=None, declared_type=None)
        wait_until_running(future)
        time.sleep(0.2)
        os.kill(pid, signal.SIGKILL)
        killed = future.result(timeout=10)
        after = text(pool, "still here")
    assert killed.error_kind is ErrorKind.PARSER_ERROR
    assert killed.error == "the parser process died"
    assert after.pages[0].lines == ("still here",)


def test_a_worker_killed_while_idle_is_replaced_before_the_next_job() -> None:
    with ParsePool(workers=1, limits=Limits()) as pool:
        text(pool, "warm")
        (pid,) = pool.worker_pids()
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.1)
        after = text(pool, "still here")
    assert after.error is None


def test_workers_run_under_the_address_space_limit_and_write_no_core_files() -> None:
    with ParsePool(workers=1, limits=Limits(memory_mb=700)) as pool:
        text(pool, "warm")
        (pid,) = pool.worker_pids()
        with open(f"/proc/{pid}/limits") as limits_file:
            limits = {
                line[:26].strip(): line[26:].split()[:2] for line in limits_file.readlines()[1:]
            }
    assert limits["Max address space"] == [str(700 * MB), str(700 * MB)]
    assert limits["Max core file size"] == ["0", "0"]


def test_workers_have_the_pdf_libraries_loaded_before_their_first_pdf() -> None:
    with ParsePool(workers=1, limits=Limits()) as pool:
        text(pool, "warm")  # a text job imports no PDF library itself
        (pid,) = pool.worker_pids()
        with open(f"/proc/{pid}/maps") as maps:
            mapped = maps.read()
    assert "lxml/etree" in mapped  # the fork server's preload (pdfplumber, pypdf: pure Python)
    # the scan renderer is imported at a worker's first scan, not preloaded (sandbox_worker)
    assert "pdfium" not in mapped


def test_the_test_hook_is_inert_without_its_environment_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(HOOK_ENV, raising=False)
    with ParsePool(workers=1, limits=Limits(timeout_s=5)) as pool:
        content = text(pool, "CPC-TEST-HOOK:sleep")
    assert content.error is None
    assert content.pages[0].lines == ("CPC-TEST-HOOK:sleep",)


def test_closing_the_pool_ends_queued_and_running_jobs_without_hanging(hooked: None) -> None:
    pool = ParsePool(workers=1, limits=Limits(timeout_s=60))
    futures = [
        pool.submit(b"CPC-TEST-HOOK:sleep", filename=None, declared_type=None) for _ in range(3)
    ]
    wait_until_running(futures[0])
    started = time.monotonic()
    pool.close()
    for future in futures:  # the pool's fault, not the attachments': no unreadable content
        with pytest.raises(PoolUnavailable):
            future.result(timeout=10)
    assert time.monotonic() - started < 10
    assert pool.worker_pids() == ()
    with pytest.raises(PoolUnavailable):
        pool.submit(b"late", filename=None, declared_type=None)


def test_a_worker_that_cannot_start_is_the_pools_fault_not_the_attachments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A parse pool whose workers die before they are ready (the test hook `no_start`) says
    so; the daemon retries the message rather than file its attachment `parser_error` (issue
    15 item 6)."""
    monkeypatch.setenv(HOOK_ENV, "no_start")
    with ParsePool(workers=1, limits=Limits(timeout_s=5)) as pool:
        future = pool.submit(b"Conference at 10:00", filename="a.txt", declared_type=None)
        with pytest.raises(PoolUnavailable, match="could not start"):
            future.result(timeout=60)


def test_parse_inline_reads_in_this_process_with_the_same_result_as_the_pool() -> None:
    data = b"Conference at 10:00\nLeeds"
    inline = parse_inline(data, filename="a.txt", declared_type=None, limits=Limits())
    with ParsePool(workers=1, limits=Limits()) as pool:
        pooled = pool.submit(data, filename="a.txt", declared_type=None).result(timeout=60)
    assert inline == pooled


OWNER = """
import sys, time
from parsers.attachment import Limits
from parsers.sandbox import ParsePool

if __name__ == "__main__":
    pool = ParsePool(workers=1, limits=Limits(timeout_s=600))
    pool.submit(b"warm", filename=None, declared_type=None).result(60)
    future = pool.submit(b"CPC-TEST-HOOK:sleep", filename=None, declared_type=None)
    while not future.running():
        time.sleep(0.01)
    print(pool.worker_pids()[0], flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_a_busy_worker_dies_when_the_process_that_owns_the_pool_is_killed(
    tmp_path: Path,
) -> None:
    script = tmp_path / "owner.py"
    script.write_text(OWNER)
    env = {**os.environ, HOOK_ENV: "sleep", "PYTHONPATH": str(Path(__file__).parents[2])}
    with subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, env=env, text=True
    ) as owner:
        try:
            assert owner.stdout is not None
            worker = int(owner.stdout.readline())
            assert alive(worker)
        finally:
            owner.kill()
        owner.wait(timeout=10)
    deadline = time.monotonic() + 10
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(worker)


def test_a_worker_answer_survives_the_round_trip_through_json() -> None:
    content = AttachmentContent(
        media_type="application/pdf",
        pages=(Page(location="form.pdf p1", lines=("☒ Police", "a\tb"), number=1),),
        error=None,
        error_kind=None,
        ocr_used=True,
        encrypted=True,
    )
    assert decode_content(encode_content(content)) == content


@pytest.mark.parametrize(
    "answer",
    [
        b"\x80\x04K\x01.",  # a pickle: never unpickled
        b"[]",
        b'{"media_type": "x", "pages": [{"location": "p", "lines": [1]}], "error": null,'
        b' "error_kind": null, "ocr_used": false, "encrypted": false}',
        b'{"media_type": "x", "pages": [], "error": "e", "error_kind": "no_such_kind",'
        b' "ocr_used": false, "encrypted": false}',
        b'{"media_type": "x", "pages": [], "error": null, "error_kind": null,'
        b' "ocr_used": "yes", "encrypted": false}',
    ],
)
def test_a_malformed_worker_answer_is_refused(answer: bytes) -> None:
    with pytest.raises(ValueError):
        decode_content(answer)


@pytest.fixture
def hooked_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(HOOK_ENV, "slow_files,endless_files")
    yield


def test_each_file_of_a_container_gets_the_time_limit_of_an_attachment(hooked_files: None) -> None:
    with ParsePool(workers=1, limits=Limits(timeout_s=1.5)) as pool:
        started = time.monotonic()
        content = pool.submit(b"CPC-TEST-HOOK:slow_files", filename=None, declared_type=None)
        answer = content.result(60)
        elapsed = time.monotonic() - started
    assert elapsed > 2.5  # three files of 0.9 s: longer than one attachment's 1.5 s
    assert answer.error is None and answer.pages[0].lines == ("read",)


def test_a_worker_announcing_files_without_end_is_stopped_and_the_pool_carries_on(
    hooked_files: None,
) -> None:
    with ParsePool(workers=1, limits=Limits(timeout_s=5)) as pool:
        endless = pool.submit(b"CPC-TEST-HOOK:endless_files", filename=None, declared_type=None)
        stopped = endless.result(60)
        after = text(pool, "still here")
    assert stopped.error_kind is ErrorKind.PARSER_ERROR
    assert stopped.error == "the parser process announced more files than an attachment may hold"
    assert after.pages[0].lines == ("still here",)


def test_a_containers_files_survive_the_round_trip_through_json() -> None:
    inner = AttachmentContent(
        media_type="application/rtf",
        pages=(Page(location="body (winmail.dat)", lines=("Date: 1 May",)),),
        error=None,
        error_kind=None,
        ocr_used=False,
        encrypted=False,
    )
    locked = AttachmentContent("application/octet-stream", (), "locked", ErrorKind.ENCRYPTED,
                               False, True)  # fmt: skip
    content = AttachmentContent(
        media_type="application/zip",
        pages=(),
        error=None,
        error_kind=None,
        ocr_used=False,
        encrypted=False,
        members=(
            Member("papers.zip/message text.rtf", 12, "ab" * 32, inner, body=True),
            Member("papers.zip/secret.docx", 0, "cd" * 32, locked),
        ),
    )
    assert decode_content(encode_content(content)) == content


@pytest.mark.parametrize(
    "members",
    [
        b'"not a list"',
        b'[{"path": "a", "size": -1, "sha256": "x", "body": false, "content": {"media_type": "x",'
        b' "pages": [], "error": null, "error_kind": null, "ocr_used": false,'
        b' "encrypted": false}}]',
        b'[{"path": "a", "size": 1, "sha256": "x", "body": false, "content": {"media_type": "x",'
        b' "pages": [], "error": null, "error_kind": null, "ocr_used": false, "encrypted": false,'
        b' "members": [{"path": "b"}]}}]',  # members inside a member: the list is flat
    ],
)
def test_a_malformed_list_of_a_containers_files_is_refused(members: bytes) -> None:
    answer = (
        b'{"media_type": "application/zip", "pages": [], "error": null, "error_kind": null,'
        b' "ocr_used": false, "encrypted": false, "members": ' + members + b"}"
    )
    with pytest.raises(ValueError):
        decode_content(answer)

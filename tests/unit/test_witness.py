"""The crash witness against real deaths: a process that segfaults in the thread reading one
message, and a process SIGKILLed from outside while it reads another (issue 15 item 8)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from cpc_triage.witness import Deaths, Witness

#: Two threads each reading a message; the one reading entry 7 segfaults (as a broken C
#: extension would), the one reading entry 8 is only waiting when the process dies.
_CRASHES = """
import ctypes, sys, threading, time
from pathlib import Path
from cpc_triage.witness import Witness
witness = Witness(Path(sys.argv[1]))
witness.arm()
ready = threading.Event()
def bystander():
    with witness.reading(8):
        ready.set()
        time.sleep(60)
threading.Thread(target=bystander, daemon=True).start()
ready.wait()
with witness.reading(7):
    ctypes.string_at(0)
"""

#: One thread reading entry 9 until the process is killed from outside.
_KILLED = """
import sys, time
from pathlib import Path
from cpc_triage.witness import Witness
witness = Witness(Path(sys.argv[1]))
witness.arm()
with witness.reading(9):
    print("reading", flush=True)
    time.sleep(60)
"""


def _run(code: str, directory: Path, *, stdout: int = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, str(directory)],
        stdout=stdout,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_a_segfault_counts_against_the_message_its_thread_was_reading_and_no_other(
    tmp_path: Path,
) -> None:
    crashed = _run(_CRASHES, tmp_path, stdout=subprocess.DEVNULL)
    assert crashed.wait(timeout=60) == -signal.SIGSEGV
    deaths = Witness(tmp_path).read()
    assert deaths == Deaths(caused=((7, "crash:SIGSEGV"),), interrupted=(8,))


def test_a_sigkill_from_outside_counts_against_no_message(tmp_path: Path) -> None:
    killed = _run(_KILLED, tmp_path)
    assert killed.stdout is not None and killed.stdout.readline().strip() == "reading"
    assert Witness(tmp_path).read() == Deaths(), "a process still alive is left alone"
    killed.send_signal(signal.SIGKILL)
    assert killed.wait(timeout=30) == -signal.SIGKILL
    killed.stdout.close()
    witness = Witness(tmp_path)
    assert witness.read() == Deaths(caused=(), interrupted=(9,))
    witness.clear()
    assert witness.read() == Deaths()
    assert list(tmp_path.iterdir()) == []


def test_a_message_read_to_the_end_leaves_no_evidence(tmp_path: Path) -> None:
    witness = Witness(tmp_path)
    with witness.reading(3):
        assert len(list(tmp_path.iterdir())) == 1
        assert oct(next(tmp_path.iterdir()).stat().st_mode & 0o777) == "0o600"
    assert list(tmp_path.iterdir()) == []


def _killed_while_reading(directory: Path) -> None:
    killed = _run(_KILLED, directory)
    assert killed.stdout is not None and killed.stdout.readline().strip() == "reading"
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    killed.stdout.close()


def test_an_oom_kill_systemd_reports_counts_against_the_message_in_flight(tmp_path: Path) -> None:
    """The unit's ExecStopPost= writes $SERVICE_RESULT: `oom-kill` is the message's doing,
    `signal` (a kill from outside) is not."""
    _killed_while_reading(tmp_path)
    (tmp_path / "exit").write_text("oom-kill\n")
    assert Witness(tmp_path).read() == Deaths(caused=((9, "crash:oom"),))
    (tmp_path / "exit").write_text("signal\n")
    assert Witness(tmp_path).read() == Deaths(interrupted=(9,))
    Witness(tmp_path).clear()
    assert list(tmp_path.iterdir()) == []

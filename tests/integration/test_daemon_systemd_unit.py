"""The systemd unit is hardened (RELIABILITY.md S4) and asks for what the daemon relies on."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "systemd" / "cpc-triage.service"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
def test_the_unit_scores_at_most_1_5_with_systemd_analyze_security() -> None:
    proc = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", "--threshold=15", str(UNIT)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    score = re.search(r"Overall exposure level for \S+: (\d+\.\d)", proc.stdout)
    assert score is not None, proc.stdout[-2000:] + proc.stderr
    assert float(score.group(1)) <= 1.5
    assert proc.returncode == 0


def test_the_unit_is_a_notify_service_with_a_watchdog_and_a_credential() -> None:
    text = UNIT.read_text()
    for line in (
        "Type=notify",
        "WatchdogSec=60",
        "DynamicUser=yes",
        "StateDirectory=cpc-triage",
        "LoadCredential=cpc-triage-kek:",
        "KillMode=control-group",
    ):
        assert line in text
    stop_post = [line for line in text.splitlines() if line.startswith("ExecStopPost=")]
    # how the service ended, for the crash witness (cpc_triage.witness): $$ is a literal $
    assert stop_post and "$${SERVICE_RESULT}" in stop_post[0] and "/witness/exit" in stop_post[0]
    filters = [line for line in text.splitlines() if line.startswith("SystemCallFilter=~")]
    assert filters and all("@resources" not in f for f in filters)  # the sandbox calls setrlimit


def test_the_units_memory_ceiling_fits_the_main_budget_and_two_parse_workers() -> None:
    """Issue 15 item 8: MemoryMax=2G did not hold two 1 GiB workers plus the main process, so
    the cgroup killed the whole service; the ceiling is said once, in the settings and here."""
    from cpc_triage.budget import workers_that_fit
    from cpc_triage.settings import ParsingSettings
    from parsers import Limits

    (value,) = re.findall(r"^MemoryMax=(\d+)G$", UNIT.read_text(), re.MULTILINE)
    parsing = ParsingSettings()
    assert int(value) * 1024 == parsing.service_memory_mb
    fit = dict(service_mb=parsing.service_memory_mb, main_mb=parsing.main_memory_mb)
    worker_mb = Limits().memory_mb
    assert workers_that_fit(wanted=2, worker_mb=worker_mb, **fit) == 2
    assert workers_that_fit(wanted=16, worker_mb=worker_mb, **fit) == 2  # more cores: no more

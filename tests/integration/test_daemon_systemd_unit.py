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
    filters = [line for line in text.splitlines() if line.startswith("SystemCallFilter=~")]
    assert filters and all("@resources" not in f for f in filters)  # the sandbox calls setrlimit

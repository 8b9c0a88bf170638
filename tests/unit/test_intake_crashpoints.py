"""The crash hook is inert in production and fatal exactly where a test asks (RELIABILITY R2)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from intake.crashpoints import POINTS, crash_point


def test_without_the_variable_every_point_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CPC_CRASH_AT", raising=False)
    for point in POINTS:
        crash_point(point)


def test_the_named_point_ends_the_process_with_137_and_others_do_not() -> None:
    code = (
        "from intake.crashpoints import crash_point as c; "
        "c('after_fetch'); c('after_task_commit'); print('alive')"
    )
    env = {"CPC_CRASH_AT": "after_task_commit", "PATH": "/usr/bin"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert proc.returncode == 137
    assert "alive" not in proc.stdout

"""`cpc-triage --version` prints the installed distribution's version (issue 13.9)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

CLI = str(Path(sys.executable).parent / "cpc-triage")


def test_the_version_is_the_installed_distributions() -> None:
    ran = subprocess.run(
        [CLI, "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == f"cpc-triage {version('cpc-triage')}\n"

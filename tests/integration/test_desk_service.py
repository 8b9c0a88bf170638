"""The desk as a service (issue 13.8): a clear refusal instead of a sign-in that loops, and a
hardened unit of its own.

The desk's cookies are `__Host-` (Secure): a browser drops them on a plain-http origin other
than localhost, so a desk reached over `http://` on the network would send every sign-in back
to the login page. `web` refuses to start like that and says what to do.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cpc_triage.cli.desk import register

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "systemd" / "cpc-triage-desk.service"


def _web(tmp_path: Path, *args: str) -> tuple[int, str]:
    config = tmp_path / "settings.toml"
    config.write_text(f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n')
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["web", "--config", str(config), *args])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--origin", "http://desk.force.example"],
        ["--host", "0.0.0.0"],  # the refusal is what is tested
        ["--host", "10.1.2.3", "--origin", "http://10.1.2.3:8080"],
    ],
)
def test_a_plain_http_origin_off_loopback_is_refused_at_start(
    tmp_path: Path, args: list[str]
) -> None:
    code, output = _web(tmp_path, *args)
    assert code == 2
    assert "Secure" in output and "https://" in output
    assert not (tmp_path / "var").exists()  # refused before anything was opened


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
def test_the_desk_unit_is_hardened_and_behind_a_tls_proxy() -> None:
    proc = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", "--threshold=25", str(UNIT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    score = re.search(r"Overall exposure level for \S+: (\d+\.\d)", proc.stdout)
    assert score is not None, proc.stdout[-2000:] + proc.stderr
    assert float(score.group(1)) <= 2.0
    text = UNIT.read_text()
    assert "--host 127.0.0.1" in text and "--origin https://" in text
    assert "User=cpc-triage" in text and "StateDirectory=cpc-triage" in text


_ECHO = """
import sys
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from desk.web.serve import serve

async def peer(request):
    return PlainTextResponse(request.client.host if request.client else "-")

serve(Starlette(routes=[Route("/", peer)]), host="127.0.0.1", port=int(sys.argv[1]),
      trusted_proxy=sys.argv[2])
"""


@pytest.mark.parametrize(("trusted", "seen"), [("127.0.0.1", "203.0.113.9"), ("", "127.0.0.1")])
def test_x_forwarded_for_counts_only_from_the_trusted_proxy(trusted: str, seen: str) -> None:
    import socket
    import sys
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", _ECHO, str(port), trusted], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60  # a bound on start-up, not a measurement
        while True:
            try:
                answer = httpx.get(
                    f"http://127.0.0.1:{port}/", headers={"X-Forwarded-For": "203.0.113.9"}
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert answer.text == seen

"""The daemon's `/healthz` and Prometheus `/metrics` (issue 13.13), read over real HTTP.

First on a database holding rows as a daemon leaves them, then from a real daemon process
started with `[health] listen`, which files seeded demo mail while it is scraped.
"""

from __future__ import annotations

import signal
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert

from cpc_triage.bootstrap import open_database
from cpc_triage.metrics import serve
from cpc_triage.settings import load_settings
from intake.tables import heartbeats, ledger, mailbox_polls
from tests.integration.daemon_fixtures import ROOT, start_daemon


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(f'data_dir = "{tmp_path / "var"}"\nconfig_dir = "{ROOT / "config"}"\n{extra}')
    return path


def test_metrics_and_healthz_report_what_the_database_holds(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    settings = load_settings(_config(tmp_path))
    open_database(settings, upgrade=True).dispose()
    engine = open_database(settings, upgrade=False, reader=True)
    port = _free_port()
    server = serve(
        engine,
        listen=f"127.0.0.1:{port}",
        alive_within=timedelta(seconds=60),
        stale=timedelta(minutes=15),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert httpx.get(f"{base}/healthz").status_code == 503
        writer = open_database(settings, upgrade=False)
        with writer.begin() as conn:
            conn.execute(insert(heartbeats).values(instance="cpc1:1", at=now, started_at=now))
            conn.execute(
                insert(mailbox_polls).values(
                    mailbox="dropfolder:default", last_ok_at=now, processed=0, leader="cpc1:1"
                )
            )
            conn.execute(
                insert(ledger),
                [
                    {
                        "source": "dropfolder:default",
                        "source_id": f"m{n}.eml",
                        "sha256": f"{n:064x}",
                        "size": 1,
                        "attempts": 0,
                        "state": "done" if n < 3 else "received",
                        "received_at": now - timedelta(minutes=5),
                        "error": "ParseTimeout" if n == 0 else None,
                        "error_at": now if n == 0 else None,
                    }
                    for n in range(4)
                ],
            )
        writer.dispose()
        healthz = httpx.get(f"{base}/healthz")
        assert healthz.status_code == 200 and healthz.text.startswith("CPC-TRIAGE OK")
        samples = _samples(httpx.get(f"{base}/metrics").text)
    finally:
        server.shutdown()
        server.server_close()
        engine.dispose()
    assert samples[("cpc_triage_daemon_up", ())] == 1.0
    assert (
        samples[("cpc_triage_messages", (("mailbox", "dropfolder:default"), ("state", "done")))]
        == 3
    )
    assert samples[("cpc_triage_message_errors", (("kind", "ParseTimeout"),))] == 1
    age = samples[("cpc_triage_oldest_pending_age_seconds", ())]
    assert 240 < age < 3600
    last = samples[
        ("cpc_triage_mailbox_last_success_timestamp_seconds", (("mailbox", "dropfolder:default"),))
    ]
    assert last == now.timestamp()


def test_a_running_daemon_serves_healthz_and_counts_what_it_filed(tmp_path: Path) -> None:
    port = _free_port()
    config = _config(tmp_path, f'[health]\nlisten = "127.0.0.1:{port}"\n')
    proc = start_daemon("run", "--seed-demo", "3", "--config", str(config), log=tmp_path / "log")
    filed = 0.0
    try:
        deadline = time.monotonic() + 300  # a bound on waiting for start-up, not a measurement
        while time.monotonic() < deadline and filed < 3:
            try:
                samples = _samples(httpx.get(f"http://127.0.0.1:{port}/metrics").text)
                key = (
                    "cpc_triage_messages",
                    (("mailbox", "dropfolder:default"), ("state", "done")),
                )
                filed = samples.get(key, 0.0)
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        healthz = httpx.get(f"http://127.0.0.1:{port}/healthz")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 0
    assert filed == 3, (tmp_path / "log").read_text()[-2000:]
    assert healthz.status_code == 200, healthz.text

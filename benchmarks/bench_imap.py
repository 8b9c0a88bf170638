"""The daemon on a real Dovecot over IMAPS: delivery-to-task latency, and a backlog's throughput.

    .venv/bin/python -m benchmarks.bench_imap [--count 1000] [--latency-count 50] [--repeat 1]
                                              [--poll-seconds 5]

Dovecot is started on loopback with a self-signed certificate exactly as the tests start it
(`tests/servers/dovecot.py`; needs dovecot-imapd and root). The daemon is `cpc-triage run` as
a process, the real pipeline (parser workers, spaCy, triage), SQLite in a fresh data directory.

- Latency: `--latency-count` generated invitations sent one at a time by IMAP APPEND with random
  gaps of 0.2–1.5 s, into a running daemon; for each, the time from just before the APPEND to
  the `filed_at` of its ledger row (written in the task's own transaction). Once with IDLE
  (`idle = true`, the safety-net poll at 300 s so only IDLE can find the mail), once polling
  (`idle = false`, `poll_seconds = --poll-seconds`). Target: p95 under 5 s with IDLE.
- Throughput: `--count` generated invitations (mix "bench": PDF and DOCX booking forms) waiting
  in INBOX, then `cpc-triage run --once` timed from process start to exit; also the drain alone
  (first received to last filed, from the ledger). Checks each was filed once and INBOX empty.

`--repeat` runs both parts that many times; the table shows medians (latency: pooled samples).
"""

from __future__ import annotations

import argparse
import math
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from benchmarks.common import generated_batch
from cpc_triage.db import make_engine
from cpc_triage.pipeline import message_id_of
from intake.tables import ledger
from tasks.tables import filed_messages
from tests.servers.dovecot import PASSWORD, USER, DovecotServer, dovecot_available

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "cpc-triage")


def _settings(work: Path, server: DovecotServer, *, idle: bool, poll_seconds: float) -> Path:
    password = work / "imap-password"
    password.write_text(PASSWORD + "\n")
    password.chmod(0o600)
    path = work / "settings.toml"
    path.write_text(
        f'data_dir = "{work / "var"}"\nconfig_dir = "{ROOT / "config"}"\n'
        "[[mailboxes]]\n"
        'kind = "imap"\nname = "bench"\nhost = "127.0.0.1"\n'
        f'port = {server.imaps_port}\nsecurity = "tls"\nusername = "{USER}"\n'
        f'password_file = "{password}"\nca_file = "{server.ca_path}"\n'
        f"idle = {'true' if idle else 'false'}\npoll_seconds = {poll_seconds}\n"
        "timeout_seconds = 30\n"
    )
    return path


def _engine(work: Path) -> Engine:
    return make_engine(f"sqlite:///{work / 'var' / 'cpc-triage.db'}")


def _wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def latency_run(emails: list[Path], *, idle: bool, poll_seconds: float, seed: int) -> list[float]:
    """Seconds from APPEND to filed, one sample per email, against a running daemon."""
    rng = random.Random(seed)
    raws = [p.read_bytes() for p in emails]
    with tempfile.TemporaryDirectory(prefix="cpcb") as tmp:
        root = Path(tmp)
        with DovecotServer(root) as server:
            work = root / "app"
            work.mkdir()
            config = _settings(work, server, idle=idle, poll_seconds=poll_seconds)
            log = root / "daemon.log"
            with log.open("ab") as out:
                proc = subprocess.Popen(
                    [CLI, "run", "--config", str(config)], stdout=out, stderr=subprocess.STDOUT
                )
            try:
                _wait_for(lambda: "daemon_ready" in log.read_text(), 180, "daemon_ready")
                time.sleep(2.0)  # the first drain (of an empty INBOX) is over
                sent: dict[str, datetime] = {}
                with server.client() as client:
                    for raw in raws:
                        sent[str(message_id_of(raw))] = datetime.now(UTC)
                        client.append("INBOX", raw)
                        time.sleep(rng.uniform(0.2, 1.5))
                engine = _engine(work)
                query = select(ledger.c.message_id, ledger.c.filed_at).where(
                    ledger.c.filed_at.is_not(None)
                )

                def all_filed() -> bool:
                    with engine.connect() as conn:
                        return len(conn.execute(query).all()) >= len(raws)

                _wait_for(all_filed, 120 + 2 * poll_seconds, "every email filed")
                with engine.connect() as conn:
                    filed = {r.message_id: r.filed_at for r in conn.execute(query)}
                engine.dispose()
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    if sorted(filed) != sorted(sent):
        raise SystemExit("the filed Message-IDs are not the ones sent")
    return [(filed[m] - sent[m]).total_seconds() for m in sent]


def backlog_run(emails: list[Path]) -> dict[str, float]:
    """`cpc-triage run --once` over `emails` waiting in INBOX: start to exit, and the drain."""
    with tempfile.TemporaryDirectory(prefix="cpcb") as tmp:
        root = Path(tmp)
        with DovecotServer(root) as server:
            for path in emails:
                server.deliver(path.read_bytes())
            work = root / "app"
            work.mkdir()
            config = _settings(work, server, idle=True, poll_seconds=300)
            started = time.perf_counter()
            ran = subprocess.run(
                [CLI, "run", "--config", str(config), "--once"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
            )
            seconds = time.perf_counter() - started
            if ran.returncode != 0:
                raise SystemExit(f"cpc-triage exited {ran.returncode}: {ran.stderr[-500:]!r}")
            engine = _engine(work)
            with engine.connect() as conn:
                filed = conn.execute(select(func.count()).select_from(filed_messages)).scalar_one()
                first, last = conn.execute(
                    select(func.min(ledger.c.received_at), func.max(ledger.c.filed_at))
                ).one()
            engine.dispose()
            left = len(server.uids("INBOX"))
    if filed != len(emails) or left:
        raise SystemExit(f"{filed} filed of {len(emails)}, {left} left in INBOX")
    drain = (last - first).total_seconds()
    return {"seconds": seconds, "rate": len(emails) / seconds, "drain": drain}


def percentile(values: list[float], q: float) -> float:
    """Nearest rank: the smallest value with at least `q` of the samples at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--count", type=int, default=1000, help="backlog size")
    ap.add_argument("--latency-count", type=int, default=50, help="emails sent one at a time")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--poll-seconds", type=float, default=5.0, help="the polling mode's interval")
    args = ap.parse_args()
    if not dovecot_available():
        raise SystemExit("dovecot-imapd is not installed")
    emails = generated_batch(
        Path(tempfile.gettempdir()) / "cpc-bench-mail", count=max(args.count, args.latency_count)
    )
    modes = {"IDLE": (True, 300.0), f"poll {args.poll_seconds:g} s": (False, args.poll_seconds)}
    samples: dict[str, list[float]] = {mode: [] for mode in modes}
    backlogs = []
    for run in range(args.repeat):
        for mode, (idle, poll) in modes.items():
            samples[mode] += latency_run(
                emails[: args.latency_count], idle=idle, poll_seconds=poll, seed=run
            )
        backlogs.append(backlog_run(emails[: args.count]))
    print(f"{'delivery to task':<18}{'emails':>8}{'median s':>10}{'p95 s':>8}{'max s':>8}")
    for mode, values in samples.items():
        print(
            f"{mode:<18}{len(values):>8}{statistics.median(values):>10.2f}"
            f"{percentile(values, 0.95):>8.2f}{max(values):>8.2f}"
        )
    seconds = statistics.median(b["seconds"] for b in backlogs)
    drain = statistics.median(b["drain"] for b in backlogs)
    print(
        f"\nbacklog of {args.count}: start to exit {seconds:.1f} s "
        f"({args.count / seconds:.1f} emails/s); drain alone {drain:.1f} s "
        f"({args.count / drain:.1f} emails/s)"
    )


if __name__ == "__main__":
    main()

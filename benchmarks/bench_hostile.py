"""The hostile corpus through the daemon (issue 15): every input a task, nothing left queued,
memory under its ceilings, the slowest message named.

    .venv/bin/python -m benchmarks.bench_hostile --qpdf ../shared/corpora/qpdf-qtest

builds the corpus (`benchmarks.hostile_corpus`, cached in /tmp/cpc-hostile), starts the default
daemon (`cpc-triage run`, SQLite, drop folder) and delivers the messages in batches of 100, each
batch when the one before is filed. It samples the main process's and the whole tree's resident
memory, and reads each message's arrival-to-task time from the ledger. Exit 1 when a message
has no task, anything is left in inbox/, working/ or failed/, a peak is over its ceiling, or a
message took longer than `--within` seconds. `tests/integration/test_hostile_corpus.py` runs a
reduced form of the same in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, select

from benchmarks.common import MB, TreeRss
from benchmarks.hostile_corpus import build
from cpc_triage.settings import ParsingSettings
from intake.dropfolder import source_id_of
from intake.tables import ledger
from tasks.tables import tasks

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "cpc-triage")


@dataclass(frozen=True, slots=True)
class Report:
    inputs: int
    tasks: int
    left: list[str]
    main_peak_mb: float
    tree_peak_mb: float
    slowest: str  # the message the daemon spent longest on (its own time, not its wait)
    slowest_s: float
    latency_max_s: float  # arrival to task, queueing behind its batch included
    over: list[str]  # messages whose arrival to task took longer than `within`
    suggested: dict[str, int]

    def ok(self, *, within: float) -> bool:
        parsing = ParsingSettings()
        return (
            self.tasks == self.inputs
            and not self.left
            and self.main_peak_mb < parsing.main_memory_mb
            and self.tree_peak_mb < parsing.service_memory_mb
            and not self.over
        )


def run_corpus(
    paths: list[Path],
    work: Path,
    *,
    batch: int = 100,
    within: float = 60.0,
    timeout_s: float = 3600,
) -> Report:
    """Deliver `paths` to a fresh daemon in batches and wait until all are filed."""
    data = work / "var"
    work.mkdir(parents=True, exist_ok=True)
    config = work / "settings.toml"
    config.write_text(
        f'data_dir = "{data}"\nconfig_dir = "{ROOT / "config"}"\n'
        '[[mailboxes]]\nname = "default"\npoll_seconds = 1\n'
    )
    inbox = data / "mailbox" / "inbox"
    inbox.mkdir(parents=True)
    arrived: dict[str, float] = {}
    log = (work / "daemon.log").open("wb")
    proc = subprocess.Popen(
        [CLI, "run", "--config", str(config)], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
    )
    deadline = time.monotonic() + timeout_s
    try:
        while b'"daemon_ready"' not in (work / "daemon.log").read_bytes():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the daemon did not start")
            time.sleep(0.2)  # arrival is counted from delivery to a daemon that is up
        with TreeRss(proc.pid, interval=0.1) as rss:
            for start in range(0, len(paths), batch):
                for path in paths[start : start + batch]:
                    tmp = inbox / f".{path.name}.tmp"
                    tmp.write_bytes(path.read_bytes())
                    os.replace(tmp, inbox / path.name)
                    arrived[path.name] = time.time()
                _wait(data, count=min(len(paths), start + batch), deadline=deadline)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
        log.close()
    return _report(data, paths, arrived, rss, within=within)


def _filed(data: Path) -> list[tuple[str, datetime | None, str | None]]:
    engine = create_engine(f"sqlite:///{data / 'cpc-triage.db'}")
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(ledger.c.source_id, ledger.c.filed_at, tasks.c.suggested).join(
                    tasks, tasks.c.id == ledger.c.task_id, isouter=True
                )
            ).all()
    except Exception:  # the database not created yet
        return []
    finally:
        engine.dispose()
    return [(r[0], r[1], r[2]) for r in rows]


def _wait(data: Path, *, count: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        if sum(1 for _, at, _ in _filed(data) if at is not None) >= count:
            return
        time.sleep(1.0)
    raise SystemExit(f"not all filed before the deadline ({count} wanted)")


def _report(
    data: Path, paths: list[Path], arrived: dict[str, float], rss: TreeRss, *, within: float
) -> Report:
    rows = _filed(data)
    # The ledger knows a dropped file by the SHA-256 of its bytes, never by its name.
    names = {source_id_of(p.read_bytes()): p.name for p in paths}
    latency: dict[str, float] = {}
    suggested: dict[str, int] = {}
    for source_id, at, suggestion in rows:
        name = names.get(source_id, source_id)
        if at is not None and name in arrived:
            latency[name] = at.replace(tzinfo=at.tzinfo or UTC).timestamp() - arrived[name]
        suggested[suggestion or "none"] = suggested.get(suggestion or "none", 0) + 1
    box = data / "mailbox"
    left = [p.name for f in ("inbox", "working", "failed") for p in (box / f).iterdir()]
    own = _own_time(rows, arrived, names)
    slowest = max(own, key=own.__getitem__) if own else "-"
    return Report(
        inputs=len(paths),
        tasks=sum(1 for _, at, s in rows if at is not None and s is not None),
        left=left,
        main_peak_mb=rss.peak_main / MB,
        tree_peak_mb=rss.peak_tree / MB,
        slowest=slowest,
        slowest_s=own.get(slowest, 0.0),
        latency_max_s=max(latency.values(), default=0.0),
        over=sorted(n for n, s in latency.items() if s > within),
        suggested=suggested,
    )


def _own_time(
    rows: list[tuple[str, datetime | None, str | None]],
    arrived: dict[str, float],
    names: dict[str, str],
) -> dict[str, float]:
    """The time the daemon spent on each message: it files one at a time, so from the later of
    its arrival and the previous filing to its own filing."""
    filed = sorted(
        (at.replace(tzinfo=at.tzinfo or UTC).timestamp(), names.get(source_id, source_id))
        for source_id, at, _ in rows
        if at is not None and names.get(source_id, source_id) in arrived
    )
    own: dict[str, float] = {}
    previous = 0.0
    for at, name in filed:
        own[name] = at - max(previous, arrived[name])
        previous = at
    return own


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--qpdf", type=Path, default=None)
    ap.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "cpc-hostile")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--variants", type=int, default=13)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--within", type=float, default=60.0)
    ap.add_argument(
        "--only", default="", help="comma-separated kinds alone, e.g. mime_long_boundary"
    )
    args = ap.parse_args()
    only = frozenset(args.only.split(",")) if args.only else None
    paths = build(args.corpus, qpdf=args.qpdf, scale=args.scale, variants=args.variants, only=only)
    with tempfile.TemporaryDirectory(prefix="cpc-hostile-run-") as tmp:
        report = run_corpus(paths, Path(tmp), batch=args.batch, within=args.within)
    shown = {**asdict(report), "over": report.over[:20], "over_count": len(report.over)}
    print(json.dumps(shown, indent=1, default=str))
    raise SystemExit(0 if report.ok(within=args.within) else 1)


if __name__ == "__main__":
    main()

"""The daemon on a backlog: N emails waiting in the drop folder, from start to every task filed.

    .venv/bin/python benchmarks/bench_daemon.py [--count 1000] [--backends sqlite,postgresql]

For each backend: a fresh data directory (and a fresh PostgreSQL schema), the backlog copied
into `inbox/`, then `cpc-triage run --once` timed from process start to exit (start-up, spaCy
and the parse workers included), with the peak RSS of the main process and of the whole tree
(the attachment workers). Prints a table; checks every email was filed once.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from sqlalchemy import func, select

from benchmarks.common import MB, TreeRss, generated_batch
from cpc_triage.db import make_engine
from tasks.tables import filed_messages

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "cpc-triage")
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PG_DSN = "postgresql://postgres@127.0.0.1:5432/test"


def _settings(work: Path, backend: str, schema: str) -> Path:
    database = f'[database]\nurl = "{PG_URL}"\nschema = "{schema}"\n' if backend != "sqlite" else ""
    path = work / "settings.toml"
    path.write_text(f'data_dir = "{work / "var"}"\nconfig_dir = "{ROOT / "config"}"\n{database}')
    return path


def run_backend(backend: str, emails: list[Path]) -> dict[str, float]:
    schema = f"bench_{secrets.token_hex(4)}"
    with tempfile.TemporaryDirectory(prefix="cpc-bench-") as tmp:
        work = Path(tmp)
        inbox = work / "var" / "mailbox" / "inbox"
        inbox.mkdir(parents=True)
        for path in emails:
            shutil.copyfile(path, inbox / path.name)
        if backend != "sqlite":
            with psycopg.connect(PG_DSN, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "{schema}"')
        try:
            config = _settings(work, backend, schema)
            started = time.perf_counter()
            proc = subprocess.Popen(
                [CLI, "run", "--config", str(config), "--once"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            with TreeRss(proc.pid) as rss:
                _, err = proc.communicate()
            seconds = time.perf_counter() - started
            if proc.returncode != 0:
                raise SystemExit(f"{backend}: cpc-triage exited {proc.returncode}: {err[-500:]!r}")
            engine = make_engine(
                f"sqlite:///{work / 'var' / 'cpc-triage.db'}" if backend == "sqlite" else PG_URL,
                schema="" if backend == "sqlite" else schema,
            )
            with engine.connect() as conn:
                filed = conn.execute(select(func.count()).select_from(filed_messages)).scalar_one()
            engine.dispose()
        finally:
            if backend != "sqlite":
                with psycopg.connect(PG_DSN, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    if filed != len(emails):
        raise SystemExit(f"{backend}: {filed} filed of {len(emails)}")
    return {
        "seconds": seconds,
        "rate": len(emails) / seconds,
        "rss_main": rss.peak_main / MB,
        "rss_tree": rss.peak_tree / MB,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--backends", default="sqlite,postgresql")
    args = ap.parse_args()
    emails = generated_batch(Path(tempfile.gettempdir()) / "cpc-bench-mail", count=args.count)
    rows = [(b, run_backend(b, emails)) for b in args.backends.split(",")]
    print(
        f"{'backend':<12}{'emails':>8}{'seconds':>10}{'emails/s':>10}"
        f"{'RSS main MB':>13}{'RSS tree MB':>13}"
    )
    for backend, r in rows:
        print(
            f"{backend:<12}{len(emails):>8}{r['seconds']:>10.1f}{r['rate']:>10.1f}"
            f"{r['rss_main']:>13.0f}{r['rss_tree']:>13.0f}"
        )


if __name__ == "__main__":
    main()

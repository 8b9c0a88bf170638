"""The daemon's health and metrics listener: `/healthz` and Prometheus `/metrics` (issue 13.13).

Off unless `[health] listen = "127.0.0.1:9464"`. Every figure is read from the database at
scrape time — the ledger, the tasks, the polls, the heartbeats, the digests — through a reader
engine of its own (`cpc_triage.db.make_engine(reader=True)`), so a scrape never waits behind the
daemon's writes and the figures survive restarts. Labels carry mailboxes, districts, states and
error kinds, never case data. `/healthz` answers 200 or 503 with the `status --check` line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, make_wsgi_app
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Engine

from cpc_triage.status import OK, Status, health, read_status
from intake import ledger

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


class StateCollector(Collector):
    """Gauges computed from the database on each scrape."""

    def __init__(self, engine: Engine, *, alive_within: timedelta) -> None:
        self._engine = engine
        self._alive = alive_within

    def collect(self) -> Iterator[Metric]:
        now = datetime.now(UTC)
        status = read_status(self._engine, alive_within=self._alive, now=now)
        up = GaugeMetricFamily("cpc_triage_daemon_up", "1 when a daemon's heartbeat is fresh")
        up.add_metric([], 1.0 if any(d.alive for d in status.daemons) else 0.0)
        yield up
        messages = GaugeMetricFamily(
            "cpc_triage_messages", "Messages in the ledger", labels=["mailbox", "state"]
        )
        for source, states in sorted(status.by_source.items()):
            for state, count in sorted(states.items()):
                messages.add_metric([source, state], count)
        yield messages
        tasks = GaugeMetricFamily(
            "cpc_triage_tasks", "Tasks filed", labels=["district", "status", "suggested"]
        )
        for row in status.queue:
            tasks.add_metric([row.district, row.status, row.suggested], row.count)
        yield tasks
        yield from self._errors()
        polled = GaugeMetricFamily(
            "cpc_triage_mailbox_last_success_timestamp_seconds",
            "When each mailbox was last read without error",
            labels=["mailbox"],
        )
        for poll in status.mailboxes:
            if poll.last_ok_at is not None:
                polled.add_metric([poll.mailbox], poll.last_ok_at.timestamp())
        yield polled
        age = GaugeMetricFamily(
            "cpc_triage_oldest_pending_age_seconds", "Age of the oldest message not yet done"
        )
        pending = status.oldest_pending
        age.add_metric([], (now - pending).total_seconds() if pending else 0.0)
        yield age
        yield _digests(status)

    def _errors(self) -> Iterable[Metric]:
        with self._engine.connect() as conn:
            rows = ledger.error_counts(conn)
        kinds: dict[str, int] = {}
        for error, count in rows.items():
            kind = str(error).split(":", 1)[0].split("(", 1)[0].strip()[:60] or "unknown"
            kinds[kind] = kinds.get(kind, 0) + int(count)
        family = GaugeMetricFamily(
            "cpc_triage_message_errors", "Messages with a recorded error, by kind", labels=["kind"]
        )
        for kind, count in sorted(kinds.items()):
            family.add_metric([kind], count)
        yield family


def _digests(status: Status) -> Metric:
    family = GaugeMetricFamily(
        "cpc_triage_digests", "Recent digest runs by outcome", labels=["outcome"]
    )
    outcomes: dict[str, int] = {}
    for run in status.digests:
        outcomes[run.outcome] = outcomes.get(run.outcome, 0) + 1
    for outcome, count in sorted(outcomes.items()):
        family.add_metric([outcome], count)
    return family


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No access log lines: a scrape every 15 s is not news."""


def serve(engine: Engine, *, listen: str, alive_within: timedelta, stale: timedelta) -> WSGIServer:
    """Start the listener in a daemon thread; the caller calls `shutdown()` and
    `server_close()` on the result."""
    registry = CollectorRegistry(auto_describe=True)
    registry.register(StateCollector(engine, alive_within=alive_within))
    metrics = make_wsgi_app(registry)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            status = read_status(engine, alive_within=alive_within)
            code, line = health(status, now=datetime.now(UTC), stale=stale)
            start_response(
                "200 OK" if code == OK else "503 Service Unavailable",
                [("Content-Type", "text/plain; charset=utf-8")],
            )
            return [line.encode() + b"\n"]
        return metrics(environ, start_response)  # type: ignore[no-any-return]

    host, _, port = listen.rpartition(":")
    server = make_server(host.strip("[]"), int(port), app, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, name="health", daemon=True).start()
    return server

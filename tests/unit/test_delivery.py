"""The one lease-and-retry helper (`tasks.delivery`) and the one mail-out port under the sink."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, create_engine, insert

from tasks.delivery import RetryPolicy, claim, retry_later
from tasks.mailout import OutgoingMail, graph_message, to_mime
from tasks.sinks.mail import MailSink
from tests.unit.test_tasks_support import stored_occurrence

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def test_the_wait_doubles_from_a_minute_up_to_the_queues_cap() -> None:
    export = RetryPolicy(max_wait=timedelta(hours=1))
    digest = RetryPolicy(max_wait=timedelta(minutes=30), max_attempts=6)
    assert [export.wait(n) / MINUTE for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert [digest.wait(n) / MINUTE for n in range(1, 7)] == [1, 2, 4, 8, 16, 30]
    assert export.wait(10_000) == timedelta(hours=1)


def test_a_longer_retry_after_wins_and_only_a_limited_queue_gives_up() -> None:
    policy = RetryPolicy(max_wait=timedelta(hours=1), max_attempts=3)
    assert policy.wait(1, retry_after=600) == timedelta(minutes=10)
    assert policy.wait(3, retry_after=5) == timedelta(minutes=4)
    assert (policy.gives_up(2), policy.gives_up(3)) == (False, True)
    assert not RetryPolicy(max_wait=MINUTE).gives_up(1_000)


def test_of_two_claims_on_a_due_row_one_wins_until_the_row_is_due_again() -> None:
    metadata = MetaData()
    queue = Table(
        "queue",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("attempts", Integer, nullable=False),
        Column("next_attempt_at", DateTime(timezone=True), nullable=False),
        Column("last_error", String(200)),
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(queue).values(id=1, attempts=0, next_attempt_at=NOW))
        row = queue.c.id == 1
        assert claim(conn, queue, row, now=NOW)
        assert not claim(conn, queue, row, now=NOW + MINUTE)  # leased for five minutes
        retry_later(conn, queue, 1, at=NOW + 2 * MINUTE, error="DeliveryError")
        assert not claim(conn, queue, row, now=NOW + MINUTE)
        assert claim(conn, queue, row, now=NOW + 2 * MINUTE)
        assert conn.execute(queue.select()).one().attempts == 2


class RecordingMailOut:
    """A fake of the port that keeps what it was given."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []

    @property
    def name(self) -> str:
        return "recording"

    def send(self, mail: OutgoingMail) -> None:
        self.sent.append(mail)

    def probe(self) -> str:
        return "recording"


def test_the_mail_sink_hands_a_plain_text_mail_to_the_mail_out_port() -> None:
    port = RecordingMailOut()
    sink = MailSink(mailout=port, sender="cpc@example.police.uk", to="tasks@example.police.uk")
    sink.deliver(stored_occurrence(), event="new_occurrence", delivery_id="outbox-3")
    (mail,) = port.sent
    message = to_mime(mail)
    assert message.get_content_type() == "text/plain" and "X-CPC-Digest-Id" not in message
    assert message["Message-ID"] == "<outbox-3.CPC-2026-000001@cpc-triage.invalid>"
    body = graph_message(mail)["message"]
    assert isinstance(body, dict) and body["body"]["contentType"] == "Text"
    assert "internetMessageHeaders" not in body

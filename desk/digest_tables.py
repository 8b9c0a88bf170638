"""The table the digest owns: one row per district and working day (RELIABILITY R8).

UNIQUE(district, day) is what makes it one digest a day per district across restarts and
between two daemons: the row is inserted before anything is sent, and whoever inserts it (or
finds it) claims it with a conditional UPDATE. The row holds no case data: the window the
digest covers, its deterministic Message-ID, counts, attempts and the error class.

Its own MetaData (the desk stage owns it); the migration adds it beside the tasks tables.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, UniqueConstraint

from intake.sqltypes import NAMING_CONVENTION, UtcDateTime

metadata = MetaData(naming_convention=NAMING_CONVENTION)

digest_runs = Table(
    "digest_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("district", String(40), nullable=False),
    Column("day", Date, nullable=False),  # the London working day it is for
    Column("message_id", String(200), nullable=False),
    Column("window_start", UtcDateTime),  # the previous digest's window_end; NULL: none before
    Column("window_end", UtcDateTime, nullable=False),  # fixed at creation: retries match
    Column("created_at", UtcDateTime, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UtcDateTime, nullable=False),  # a lease while a send is running
    Column("sent_at", UtcDateTime),
    Column("failed_at", UtcDateTime),  # gave up after MAX_ATTEMPTS: reported, not retried
    Column("items", Integer),  # how many cases the last attempt listed
    Column("recipients", Integer),  # how many allowed recipients it went to
    Column("last_error", String(200)),  # an error class and status code, never content
    UniqueConstraint("district", "day"),
)

"""Read one district's open tasks through `TaskStore` and select its digest (desk.digest).

`DigestConfig` is what the composition root gives the digest (from the `[digest]` settings).
Tasks whose district was not found go to the digest configured for `UNKNOWN_DISTRICT`, so a
manual-review item with no district still reaches a person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import Connection

from desk.digest import Digest, MailboxHealth, select_digest
from desk.digest_recipients import UNKNOWN_DISTRICT
from desk.digest_schedule import DEFAULT_SEND_AT
from tasks import audit
from tasks.records import SYSTEM_ACTOR, Occurrence, Task, TaskStatus
from tasks.store import TaskStore
from triage.workdays import district_calendar

#: Binds the cipher's key reads to our transaction (`intake.keys.KeyRing.using`): on SQLite a
#: second connection could not begin while ours holds the write lock.
KeyBinder = Callable[[Connection], AbstractContextManager[object]]


def unbound(_conn: Connection) -> AbstractContextManager[object]:
    return nullcontext()


@dataclass(frozen=True, slots=True)
class DigestConfig:
    base_url: str  # the review app, e.g. "https://cpc-desk.force.example"
    sender: str
    recipients: Mapping[str, tuple[str, ...]]  # district (or UNKNOWN_DISTRICT) → addresses
    allow_list: tuple[str, ...]  # exact addresses, or "@domain" for a whole domain
    include_names: bool = False
    send_at: time = DEFAULT_SEND_AT
    message_domain: str = "cpc-triage.invalid"
    max_attempts: int = 6
    max_marking: str = "OFFICIAL-SENSITIVE"  # above it, e-mail is not the channel (GSCP)
    load_limit: int = 1000
    #: District → closure days (`triage.config.load_closures`): the next working day and the
    #: horizon of a district's digest skip its closure days.
    closures: Mapping[str, frozenset[date]] = field(default_factory=dict)


def build_digest(
    store: TaskStore,
    conn: Connection,
    *,
    district: str,
    day: date,
    since: datetime | None,
    until: datetime,
    config: DigestConfig,
    health: Sequence[MailboxHealth],
    purpose: str = "preparing the daily digest",
    actor: str = SYSTEM_ACTOR,
) -> Digest:
    """Read the district's open tasks through the store (audited) and select the digest."""
    wanted = None if district == UNKNOWN_DISTRICT else district
    pairs: list[tuple[Occurrence, Task]] = []
    truncated = False
    for status in (TaskStatus.NEW, TaskStatus.DECIDED):
        found = store.list_queue(
            actor=actor,
            purpose=purpose,
            district=wanted,
            status=status.value,
            limit=config.load_limit,
            connection=conn,
        )
        truncated |= len(found) >= config.load_limit
        pairs += [(o, t) for o, t in found if wanted is not None or o.district is None]
    head = audit.chain_head(conn)
    return select_digest(
        pairs,
        district=district,
        day=day,
        since=since,
        until=until,
        health=health,
        include_names=config.include_names,
        truncated=truncated,
        audit_head=f"{head.last_id}:{head.last_hash}",
        calendar=district_calendar(config.closures, district),
    )

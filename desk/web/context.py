"""What the desk's views share: the store, the vault, the clock, the configuration.

Built once by `desk.web.create_app` (the composition root hands in real adapters; tests hand
in the same classes on a temporary database). Nothing here touches I/O at import time.

Every database use goes through `reading()` or `writing()`, which bind the key ring to that
connection (`bind_keys`, `intake.keys.KeyRing.using`) as the daemon does: on SQLite a data key
read on a second connection waits for the write lock our own transaction holds — 60 s, then
"database is locked" (issue 12 item 1). `reading()` is a read transaction (SQLite's deferred
`BEGIN`, PostgreSQL `READ ONLY`), so looking something up never takes the write lock.

`reading()` inside `reading()` on the same thread joins the outer transaction: a view opens one
around its checks and look-ups (session, account, the task's ids, the case, the officers), so
a page is one read transaction and one short write, not six of each. Under issue 12's load
test each extra transaction was a pool checkout, a PostgreSQL ping, a BEGIN and an end — a
dozen round trips a case view on two busy cores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, Engine

from desk.oidc import OidcProvider
from desk.web.ratelimit import RateLimiter
from intake.vault import Vault
from tasks.ports import FieldCipher
from tasks.store import TaskStore
from triage.workdays import WorkingDays, district_calendar

#: `KeyRing.using`: route the cipher's data-key reads and writes through this connection.
KeyBinder = Callable[[Connection], AbstractContextManager[object]]
#: The engine option `cpc_triage.db` reads to begin a SQLite transaction deferred, not IMMEDIATE.
READ_ONLY = {"read_only": True, "postgresql_readonly": True}


def unbound(_conn: Connection) -> AbstractContextManager[object]:
    """For a cipher that keeps no keys in the database (the tests' stand-in)."""
    return nullcontext()


#: The read transaction this request's thread has open, if any (`Desk.reading`).
_OPEN_READ: ContextVar[Connection | None] = ContextVar("desk_open_read", default=None)

WEST_YORKSHIRE = ("bradford", "calderdale", "kirklees", "leeds", "wakefield")


@dataclass(frozen=True, slots=True)
class DeskConfig:
    """`origin` is the address users type ("https://desk.cppu.example"): POSTs must come from it.

    Empty means "the origin the request was addressed to" (direct loopback use); behind a
    reverse proxy set it, so a forged Host header cannot make a foreign origin look local.
    """

    origin: str = ""
    districts: tuple[str, ...] = WEST_YORKSHIRE
    sign_in_attempts: int = 5  # free failures per username and client, then back-off
    sign_in_window_seconds: int = 900
    #: The reverse proxies whose X-Forwarded-For is believed (addresses or networks); empty:
    #: the header is ignored and the peer's address is the client's.
    trusted_proxies: tuple[str, ...] = ()
    #: District → closure days, from the policy files (`triage.config.load_closures`).
    closures: Mapping[str, frozenset[date]] = field(default_factory=dict)


@dataclass(slots=True)
class Desk:
    engine: Engine
    store: TaskStore
    cipher: FieldCipher
    blind_index: Callable[[str], str]
    clock: Callable[[], datetime]
    vault: Vault | None = None
    bind_keys: KeyBinder = unbound
    oidc: OidcProvider | None = None
    config: DeskConfig = field(default_factory=DeskConfig)
    limiter: RateLimiter = field(default_factory=RateLimiter)
    #: The message as the daemon read it (S/MIME opened), for the attachments a case lists.
    open_message: Callable[[bytes], bytes] = field(default=lambda raw: raw)

    def districts(self) -> Sequence[str]:
        return self.config.districts

    def calendar(self, district: str | None) -> WorkingDays:
        """The district's working days: England's, less its closure days."""
        return district_calendar(self.config.closures, district)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction with the key ring bound to it (takes no write lock); inside
        another `reading()` of this thread, that one."""
        joined = _OPEN_READ.get()
        if joined is not None:
            with self.bind_keys(joined):
                yield joined
            return
        with self.engine.connect() as conn:
            conn.execution_options(**READ_ONLY)
            with conn.begin(), self.bind_keys(conn):
                token = _OPEN_READ.set(conn)
                try:
                    yield conn
                finally:
                    _OPEN_READ.reset(token)

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction with the key ring bound to it; commits on leaving."""
        with self.engine.begin() as conn, self.bind_keys(conn):
            yield conn

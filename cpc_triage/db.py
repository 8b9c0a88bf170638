"""The database engine: SQLite (WAL) by default, PostgreSQL (psycopg 3) by URL.

Durability is checked, not assumed (RELIABILITY.md R3): the daemon refuses to start unless
SQLite runs with `journal_mode=wal`, `synchronous=FULL` (NORMAL can lose the last commits on
power loss) and `secure_delete=ON` (freed pages are zeroed, so erased records do not linger in
the file), or PostgreSQL with `fsync=on` and `synchronous_commit` flushing locally.

SQLite transactions begin with `BEGIN IMMEDIATE`: a transaction that would later write takes the
write lock at once, so two processes never deadlock upgrading a read lock (the pysqlite recipe
in SQLAlchemy's SQLite dialect documentation, which also makes SAVEPOINT work). A connection
given the execution option `read_only=True` begins with a plain `BEGIN` instead: it only reads,
so it need not wait for (or hold) the write lock.

Leadership (one daemon per mailbox, DESIGN.md): a PostgreSQL session advisory lock held on a
connection of its own, or an `flock` on a file in the data directory for SQLite.

Errors:
    DatabaseError
    └── DurabilityRefused    the database would not keep what it acknowledged
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from cpc_triage.errors import AppError

READER_BUSY_S = 5  # how long a read-only command waits for a lock before it says so
WRITER_BUSY_S = 60.0  # the daemon's default ([database] busy_timeout_seconds)
#: Connections a pool keeps open, and how many more it opens under a burst. Sized for the desk:
#: Starlette runs each view on one of anyio's 40 threads and a view holds one connection at a
#: time. SQLAlchemy's default (5 kept) made every request past the fifth concurrent one open a
#: connection and close it again afterwards — on PostgreSQL a new server session (fork,
#: authentication) per request under the load test of issue 12. A pool opens connections only
#: when asked, so a daemon using two never holds twenty.
POOL_SIZE = 20
POOL_OVERFLOW = 20
_PG_FLUSHING = frozenset({"on", "local", "remote_write", "remote_apply"})


class DatabaseError(AppError, RuntimeError):
    """Base of the database errors."""


class DurabilityRefused(DatabaseError):
    """A durability setting is off; the message names it and the value found."""


def make_engine(
    url: str | URL,
    *,
    schema: str = "",
    password: str | None = None,
    reader: bool = False,
    busy_s: float = WRITER_BUSY_S,
) -> Engine:
    """An engine with the durability settings applied on every new connection.

    `reader`: for a command that only reads (`status`): SQLite transactions begin deferred, so
    they never queue for the write lock a busy daemon holds (WAL lets them read beside it), and
    wait at most a few seconds for any other lock. `busy_s`: how long a SQLite writer waits
    for another process's lock (`[database] busy_timeout_seconds`); past it the driver says
    "database is locked", which the pipeline treats as a transient fault.
    """
    parsed = make_url(url)
    if password is not None:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, reader=reader, busy_s=busy_s)
    connect_args: dict[str, Any] = {}
    if schema:
        connect_args["options"] = f"-csearch_path={schema}"
    return create_engine(
        parsed,
        connect_args=connect_args,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
    )


def _sqlite_engine(url: URL, *, reader: bool = False, busy_s: float = WRITER_BUSY_S) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Made 0600 here, whatever the umask: SQLite gives -wal and -shm the main file's mode.
        os.close(os.open(url.database, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600))
    busy_s = READER_BUSY_S if reader else busy_s
    in_file = bool(url.database) and url.database != ":memory:"
    pool: dict[str, int] = {"pool_size": POOL_SIZE, "max_overflow": POOL_OVERFLOW}
    engine = create_engine(url, connect_args={"timeout": busy_s}, **(pool if in_file else {}))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "secure_delete=ON",
            "foreign_keys=ON",
            f"busy_timeout={int(busy_s * 1000)}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A reader engine (status, metrics) or a connection marked read_only (the desk's
        # look-ups) begins deferred: no write lock.
        read_only = reader or conn.get_execution_options().get("read_only")
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def check_durability(engine: Engine) -> None:
    """Raise `DurabilityRefused` unless the database keeps what it acknowledges (R3)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            _expect(conn, "PRAGMA journal_mode", {"wal"}, "SQLite journal_mode")
            _expect(conn, "PRAGMA synchronous", {"2", "3"}, "SQLite synchronous (2 = FULL)")
            _expect(conn, "PRAGMA secure_delete", {"1"}, "SQLite secure_delete")
        elif engine.dialect.name == "postgresql":
            _expect(conn, "SHOW fsync", {"on"}, "PostgreSQL fsync")
            _expect(conn, "SHOW synchronous_commit", _PG_FLUSHING, "PostgreSQL synchronous_commit")
        else:
            raise DurabilityRefused(f"unsupported database {engine.dialect.name}")


def _expect(conn: Connection, query: str, allowed: set[str] | frozenset[str], what: str) -> None:
    value = str(conn.exec_driver_sql(query).scalar()).lower()
    if value not in allowed:
        raise DurabilityRefused(
            f"{what} is {value!r}; refusing to run (needs {' or '.join(sorted(allowed))})"
        )


def sqlite_files(engine: Engine) -> list[Path]:
    """The SQLite main file and its -wal and -shm companions (for the leak tests and backups)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database:
        return []
    main = Path(database)
    return [p for p in (main, Path(f"{main}-wal"), Path(f"{main}-shm")) if p.exists()]


class Lease:
    """Leadership of one mailbox: `try_acquire()` until True, hold until `release()`."""

    def __init__(self, engine: Engine, *, name: str, lock_dir: Path) -> None:
        self._engine = engine
        self._name = name
        self._lock_dir = lock_dir
        self._conn: Connection | None = None
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None or self._fd is not None

    def try_acquire(self) -> bool:
        if self.held:
            return self._still_held()
        if self._engine.dialect.name == "postgresql":
            return self._try_pg()
        return self._try_flock()

    def release(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                # End the session itself (a pooled connection would keep the lock): the
                # server releases a session's advisory locks when the session ends.
                self._conn.invalidate()
                self._conn.close()
            self._conn = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _try_pg(self) -> bool:
        conn = self._engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _lock_key(self._name)})
        if got.scalar():
            conn.commit()
            self._conn = conn
            return True
        conn.close()
        return False

    def _try_flock(self) -> bool:
        self._lock_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        safe = hashlib.sha256(self._name.encode()).hexdigest()[:16]
        fd = os.open(self._lock_dir / f"{safe}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def _still_held(self) -> bool:
        """A PostgreSQL session can die under us; then the lock is gone with it."""
        if self._conn is None:
            return True
        try:
            self._conn.execute(text("SELECT 1"))
            self._conn.commit()
        except SQLAlchemyError:
            self.release()
            return False
        return True


def _lock_key(name: str) -> int:
    """A signed 64-bit key for `pg_try_advisory_lock` from the mailbox's name."""
    return int.from_bytes(
        hashlib.sha256(f"cpc-triage:{name}".encode()).digest()[:8], "big", signed=True
    )

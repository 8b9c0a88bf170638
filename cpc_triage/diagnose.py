"""Why a storage or mailbox operation failed, in plain words, from codes and types only.

An operator reading the journal or `cpc-triage status` needs "disk full" or "connection refused
on port 5432", not "OperationalError". The phrase is chosen from the error's code — SQLite's
extended result code name (`sqlite_errorname`, Python 3.11), `errno`, PostgreSQL's SQLSTATE —
or its type, never from a message's own text, so no subject, name or allegation can reach a log
through it (STYLE.md 10). The only words taken from a driver's text are the PostgreSQL port,
role and database names, which come from the settings.
"""

from __future__ import annotations

import errno
import re
import socket
import sqlite3
import ssl
from collections.abc import Iterator

from intake.imap import MailboxRefused

_SQLITE = {
    "SQLITE_BUSY": "the database is locked by another process (SQLITE_BUSY)",
    "SQLITE_LOCKED": "the database is locked by another connection (SQLITE_LOCKED)",
    "SQLITE_READONLY": "the database is read-only (SQLITE_READONLY): check its file and folder",
    "SQLITE_FULL": "the disk is full (SQLITE_FULL): free space in the data directory",
    "SQLITE_CANTOPEN": "the database file cannot be opened (SQLITE_CANTOPEN): check the path",
    "SQLITE_IOERR": "the disk reported an I/O error (SQLITE_IOERR)",
    "SQLITE_CORRUPT": "the database file is damaged (SQLITE_CORRUPT): restore it from a backup",
    "SQLITE_NOTADB": "the file is not an SQLite database (SQLITE_NOTADB)",
    "SQLITE_PERM": "access to the database was denied (SQLITE_PERM)",
}
_ERRNO = {
    errno.ENOSPC: "the disk is full (ENOSPC)",
    errno.EDQUOT: "the disk quota is used up (EDQUOT)",
    errno.EROFS: "the file system is read-only (EROFS)",
    errno.EACCES: "permission denied (EACCES): check the owner and mode of the data directory",
    errno.EPERM: "operation not permitted (EPERM)",
    errno.EIO: "the disk reported an I/O error (EIO)",
}
_SQLSTATE = {
    "28P01": "PostgreSQL refused the password: check password_file",
    "57P03": "PostgreSQL is starting up or shutting down",
    "53300": "PostgreSQL has no free connection slots",
    "53100": "PostgreSQL's disk is full",
    "25006": "PostgreSQL is read-only (a standby?)",
}


def why(exc: BaseException) -> str | None:
    """A phrase for the first cause in `exc`'s chain a person can act on; None if none is known."""
    for cause in _chain(exc):
        phrase = _sqlite(cause) or _postgres(cause) or _network(cause) or _oserror(cause)
        if phrase:
            return phrase
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 10:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
        if isinstance(orig, BaseException) and id(orig) not in seen:
            yield orig
            seen.add(id(orig))
        current = current.__cause__ or current.__context__


def _sqlite(exc: BaseException) -> str | None:
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, phrase in _SQLITE.items():  # SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE …
        if name == prefix or name.startswith(prefix + "_"):
            return phrase
    return None


def _postgres(exc: BaseException) -> str | None:
    sqlstate = getattr(exc, "sqlstate", None)
    module = type(exc).__module__
    if not module.startswith("psycopg"):
        return None
    text = str(exc)
    if sqlstate in _SQLSTATE:
        return _SQLSTATE[sqlstate]
    if role := re.search(r'role "([^"]{1,63})" does not exist', text):
        return f'PostgreSQL role "{role.group(1)}" does not exist: create it or fix the URL'
    if database := re.search(r'database "([^"]{1,63})" does not exist', text):
        return f'PostgreSQL database "{database.group(1)}" does not exist'
    if "Connection refused" in text:
        port = re.search(r"port (\d{1,5})", text)
        where = f" on port {port.group(1)}" if port else ""
        return f"connection refused{where}: is PostgreSQL running there?"
    if "no pg_hba.conf entry" in text:
        return "PostgreSQL's pg_hba.conf has no entry for this host, user and database"
    if "timeout expired" in text:
        return "PostgreSQL did not answer in time: check the host and the firewall"
    return None


def _network(exc: BaseException) -> str | None:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "the server's certificate is not trusted: set ca_file to the CA that signed it"
    if isinstance(exc, ssl.SSLError):
        return "TLS failed"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused: check host and port"
    if isinstance(exc, socket.gaierror):
        return "the host name is not known: check host"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer in time: check the host, the port and the firewall"
    if isinstance(exc, MailboxRefused):
        return "the mail server refused the login: check username and the password file"
    return None


def _oserror(exc: BaseException) -> str | None:
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return _ERRNO[exc.errno]
    return None

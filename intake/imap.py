"""IMAP mailbox adapter (imapclient): fetch new mail, mark it done, wait with IDLE.

The INBOX is the queue: a message stays there until its task is committed, then it is flagged
and moved to the processed folder. Nothing depends on `\\Seen` or other flags as state
(LIBRARIES.md: a person opening the mail in Outlook would hide it): every poll lists the UIDs
in INBOX and the caller's ledger says which are already done. A message whose task was filed
but whose move failed (a crash between the two) is listed again, found in the ledger and only
moved.

Identity: `UIDVALIDITY:UID` (RFC 3501 §2.3.1.1). When UIDVALIDITY changes (the mailbox was
recreated) every UID is new to us, so each message is read again — and the ledger's hash of
the raw bytes recognises the ones already filed: nothing is lost and nothing is filed twice.

Safety (LIBRARIES.md "Mail in"): TLS is always verified (IMAPS, or STARTTLS that refuses to go
on in clear); every socket has a timeout; `idle_check()` never raises on a dead socket, so IDLE
is renewed well inside the server's timeout and a NOOP probes the connection after each wait.

Errors:
    MailboxError                 base
    ├── MailboxUnavailable       network, TLS or server failure: retry with back-off
    └── MailboxRefused           authentication or permission: a person must fix the config
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from intake.errors import RemoteMailboxError

FETCH_BATCH = 25  # one FETCH per batch is 2–3× faster than one per message (LIBRARIES.md)
IDLE_CHECK_SECONDS = 1.0  # how often a wait in IDLE looks at its `interrupted` callback
IDLE_RENEW_SECONDS = 540.0  # below the 10 minutes LIBRARIES.md asks for, far below RFC 2177's 29


class MailboxError(RemoteMailboxError):
    """Base of the IMAP adapter's errors."""


class MailboxUnavailable(MailboxError):
    """The server could not be reached or failed; try again later."""


class MailboxRefused(MailboxError):
    """The server refused our credentials or the mailbox: configuration must change."""


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    port: int = 993
    username: str = ""
    security: str = "tls"  # "tls" (IMAPS) or "starttls"; never clear text
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"  # for a person: not even a manual_review task could be filed
    ca_file: str | None = None  # extra CA bundle (a test server, a force's internal CA)
    timeout_s: float = 60.0


@dataclass(frozen=True, slots=True)
class ImapMessage:
    uidvalidity: int
    uid: int
    raw: bytes

    @property
    def source_id(self) -> str:
        return f"{self.uidvalidity}:{self.uid}"


#: How to authenticate: given a connected client, log in. Built by `password_login` or
#: `xoauth2_login` so the secret is read from its file only when needed and never stored here.
Authenticator = Callable[[IMAPClient], None]


def password_login(username: str, read_password: Callable[[], str]) -> Authenticator:
    def login(client: IMAPClient) -> None:
        client.login(username, read_password())

    return login


def xoauth2_login(username: str, token: Callable[[], str]) -> Authenticator:
    """XOAUTH2 with a bearer token (for Microsoft 365: msal client credentials)."""

    def login(client: IMAPClient) -> None:
        client.oauth2_login(username, token())

    return login


class ImapMailbox:
    """One IMAP mailbox folder, connected lazily; not thread-safe (one per poll job)."""

    def __init__(self, settings: ImapSettings, *, authenticate: Authenticator) -> None:
        self.settings = settings
        self._authenticate = authenticate
        self._client: IMAPClient | None = None
        self.uidvalidity: int | None = None

    # -- connection ---------------------------------------------------------------------------
    def connect(self) -> None:
        if self._client is not None:
            return
        context = ssl.create_default_context(cafile=self.settings.ca_file)
        client: IMAPClient | None = None
        try:
            client = IMAPClient(
                self.settings.host,
                port=self.settings.port,
                ssl=self.settings.security == "tls",
                ssl_context=context,
                timeout=self.settings.timeout_s,
            )
            if self.settings.security == "starttls":
                client.starttls(context)  # raises if the server cannot: we never go on in clear
            self._authenticate(client)
            for folder in (self.settings.processed_folder, self.settings.failed_folder):
                if not client.folder_exists(folder):
                    client.create_folder(folder)
            status = client.select_folder(self.settings.folder)
        except LoginError as exc:
            _shutdown(client)
            raise MailboxRefused(f"IMAP login refused by {self.settings.host}") from exc
        except (OSError, IMAPClientError) as exc:
            _shutdown(client)
            raise MailboxUnavailable(
                f"IMAP server {self.settings.host}:{self.settings.port} unavailable "
                f"({type(exc).__name__})"
            ) from exc
        self._client = client
        self.uidvalidity = int(status[b"UIDVALIDITY"])

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (OSError, IMAPClientError):
            _shutdown(client)

    def __enter__(self) -> ImapMailbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the queue ------------------------------------------------------------------------------
    def pending_uids(self) -> list[int]:
        """Every UID now in the folder, oldest first (the folder is the queue).

        A NOOP first: a SEARCH answers from the mailbox as this session last saw it, and
        the server tells a session of new mail only in reply to a command (RFC 3501 §5.2,
        NOOP §6.1.2) — without it a poll finds mail one poll late, or later.
        """
        client = self._connected()
        self._call(client.noop)
        uids = self._call(lambda: client.search(["ALL"]))
        return sorted(int(u) for u in uids)

    def fetch(self, uids: Sequence[int]) -> Iterator[ImapMessage]:
        """The raw bytes of these messages, in batches, in UID order; vanished UIDs skipped."""
        client = self._connected()
        assert self.uidvalidity is not None
        for start in range(0, len(uids), FETCH_BATCH):
            batch = list(uids[start : start + FETCH_BATCH])
            found = self._call(lambda b=batch: client.fetch(b, ["BODY.PEEK[]"]))  # type: ignore[misc]
            for uid in batch:
                data = found.get(uid)
                raw = data.get(b"BODY[]") if data else None
                if isinstance(raw, bytes):
                    yield ImapMessage(self.uidvalidity, uid, raw)

    def mark_done(self, uid: int) -> None:
        """Flag and move to the processed folder (MOVE, else COPY + \\Deleted + UID EXPUNGE)."""
        self._move(uid, self.settings.processed_folder)

    def mark_failed(self, uid: int) -> None:
        """Move to the failed folder, where a person will look."""
        self._move(uid, self.settings.failed_folder)

    def _move(self, uid: int, target: str) -> None:
        client = self._connected()
        self._call(lambda: client.add_flags([uid], [b"$CpcTriaged"]))
        if client.has_capability("MOVE"):
            self._call(lambda: client.move([uid], target))
            return
        self._call(lambda: client.copy([uid], target))
        self._call(lambda: client.add_flags([uid], [b"\\Deleted"]))
        if client.has_capability("UIDPLUS"):
            self._call(lambda: client.uid_expunge([uid]))
        else:
            self._call(lambda: client.expunge())

    def wait_for_mail(
        self, seconds: float, *, interrupted: Callable[[], bool] = lambda: False
    ) -> bool:
        """IDLE for up to `seconds` (capped below the server's timeout); True if mail came.

        A NOOP first: mail that came after the caller's last command is not reported by
        IDLE (Dovecot 2.3 stays silent about it until the next command), so it would wait
        for the safety-net poll; the NOOP reports it and we return at once.

        `interrupted` is asked about once a second, so a daemon that is stopping leaves IDLE
        promptly. `idle_check()` swallows a dead socket: it returns nothing, at once, every
        time (EOF is always readable). So an empty answer well before its timeout, or a BYE,
        ends the wait — instead of spinning a core, deaf, until `seconds` pass — and the NOOP
        after every wait proves the connection alive; a failure raises `MailboxUnavailable`.
        """
        client = self._connected()
        deadline = time.monotonic() + min(seconds, IDLE_RENEW_SECONDS)
        arrived = False
        try:
            _, news = client.noop()
            if any(_is_new_mail(r) for r in news):
                return True
            client.idle()
            # Servers send keep-alives ("* OK Still here") that end idle_check early: wait on.
            while not arrived and not interrupted():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                step = min(remaining, IDLE_CHECK_SECONDS)
                asked = time.monotonic()
                responses = client.idle_check(timeout=step)
                arrived = any(_is_new_mail(r) for r in responses)
                if any(_is_bye(r) for r in responses) or (
                    not responses and time.monotonic() - asked < step / 2
                ):
                    break  # closed (or a half line): let idle_done and the NOOP say which
            client.idle_done()
            client.noop()
        except (OSError, IMAPClientError) as exc:
            self._drop()
            raise MailboxUnavailable(f"IMAP IDLE on {self.settings.host} failed") from exc
        return arrived

    # -- internals ------------------------------------------------------------------------------
    def _connected(self) -> IMAPClient:
        self.connect()
        assert self._client is not None
        return self._client

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except (OSError, IMAPClientError) as exc:
            self._drop()
            raise MailboxUnavailable(
                f"IMAP command failed on {self.settings.host} ({type(exc).__name__})"
            ) from exc

    def _drop(self) -> None:
        client, self._client = self._client, None
        _shutdown(client)


def _shutdown(client: IMAPClient | None) -> None:
    if client is None:
        return
    with contextlib.suppress(OSError, IMAPClientError):
        client.shutdown()


def _is_bye(response: object) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"BYE"


def _is_new_mail(response: object) -> bool:
    return (
        isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")
    )

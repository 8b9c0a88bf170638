"""Exchange Server (on-premises) mailbox adapter over EWS, with exchangelib.

Only for forces that run their own Exchange Server: Exchange Online blocks EWS from October
2026 and switches it off in April 2027 (LIBRARIES.md "Mail in"), so Microsoft 365 mailboxes are
read through Graph (`intake/graph.py`). The semantics are those of the IMAP and Graph sources:
the folder is the queue (no read flags as state — a person opening the mail in Outlook must not
hide it), the raw RFC 5322 bytes come from the item's `MimeContent`, and after its task is
committed an item is moved to the processed folder (a child of the inbox or of the top of the
mailbox, found by name). EWS gives a moved item a new id; the ledger's hash of the raw bytes
recognises it if it ever comes back.

No autodiscover and no version probing: the service endpoint and `Version(build=EXCHANGE_2016)`
are configured, so the first request is real work. Authentication is NTLM with a service
account that has Full Access to the mailbox (delegate access) or an OAuth bearer token from our
msal `TokenProvider` (app-only, which EWS only accepts with impersonation). The token is asked
for again every `TOKEN_REUSE_S`: msal serves it from its cache and renews it before it expires.

TLS is always verified. exchangelib's documented hook for a custom CA is an `HTTPAdapter`
subclass in `BaseProtocol.HTTP_ADAPTER_CLS`; ours picks the CA file registered for the request's
origin, which also beats `REQUESTS_CA_BUNDLE` (requests merges the environment into `verify`
before the adapter sees it) and refuses `verify=False` from anyone.

Throttling: EWS answers `ErrorServerBusy` with a `BackOffMilliseconds` hint (LIBRARIES.md). We
use exchangelib's `FailFast` policy and honour the hint ourselves, because `FaultTolerance`
(a) turns every HTTP 401 into "server busy" and replays wrong credentials until `max_wait` —
enough to lock the service account out of Active Directory and to hide a configuration error as
slowness — and (b) sleeps inside the library, on a `Protocol` shared by every mailbox with the
same endpoint and credentials, for as long as the server asks (Exchange hints run to minutes),
which would hold up a clean shutdown. Here a hint up to `MAX_BACK_OFF_S` is slept (sleep is
injectable) and the call retried; a longer one is `EwsUnavailable` and the daemon polls later —
the mail stays in the inbox, nothing is lost.

Errors:
    EwsError                 base
    ├── EwsUnavailable       network, TLS, throttling or server failure: retry with back-off
    └── EwsRefused           credentials, permission, mailbox or folder: fix the configuration
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import requests
from exchangelib import (
    DELEGATE,
    IMPERSONATION,
    UTC,
    Account,
    Configuration,
    Credentials,
    FailFast,
    OAuth2AuthorizationCodeCredentials,
    Q,
    Version,
)
from exchangelib.errors import (
    CASError,
    ErrorAccessDenied,
    ErrorFolderNotFound,
    ErrorImpersonateUserDenied,
    ErrorImpersonationDenied,
    ErrorInvalidIdMalformed,
    ErrorItemNotFound,
    ErrorNonExistentMailbox,
    ErrorServerBusy,
    EWSError,
    UnauthorizedError,
)
from exchangelib.folders import SHALLOW, FolderCollection
from exchangelib.properties import ItemId
from exchangelib.protocol import BaseProtocol, Protocol
from exchangelib.transport import NTLM, OAUTH2
from exchangelib.version import EXCHANGE_2016

from intake.errors import RemoteMailboxError

MAX_BACK_OFF_S = 60.0  # a longer ErrorServerBusy hint ends the poll: the scheduler retries later
DEFAULT_BACK_OFF_S = 10.0  # exchangelib's RETRY_WAIT, for a busy answer without a hint
ATTEMPTS = 4
TOKEN_REUSE_S = 240  # below msal's 5-minute renewal margin, so a token is never used stale

_REFUSED = (
    UnauthorizedError,
    CASError,
    ErrorAccessDenied,
    ErrorNonExistentMailbox,
    ErrorImpersonateUserDenied,
    ErrorImpersonationDenied,
)
_GONE = (ErrorItemNotFound, ErrorInvalidIdMalformed)
T = TypeVar("T")


class EwsError(RemoteMailboxError):
    """Base of the EWS adapter's errors."""


class EwsUnavailable(EwsError):
    """The server could not be reached, failed, or asked us to wait too long: try later."""


class EwsRefused(EwsError):
    """Credentials, permission, mailbox or folder refused: the configuration must change."""


@dataclass(frozen=True, slots=True)
class EwsSettings:
    service_endpoint: str  # https://mail.force.example/EWS/Exchange.asmx
    mailbox: str  # primary SMTP address of the (shared) mailbox
    auth: Literal["ntlm", "oauth"]
    username: str | None = None  # NTLM: DOMAIN\user or user@domain
    folder: str = "inbox"  # a distinguished folder id, or a folder's name (found like the next)
    processed_folder: str = "Processed"  # a child of the inbox or of the top of the mailbox
    failed_folder: str = "Failed"  # where a person looks when not even a task could be filed
    ca_file: str | None = None  # the force's internal CA, or a test server's certificate
    timeout_s: float = 60.0


@dataclass(frozen=True, slots=True)
class EwsMessage:
    id: str  # the EWS item id (it changes when the item is moved)
    raw: bytes


class EwsMailbox:
    """One mailbox folder through EWS, connected lazily; not thread-safe (one per poll job)."""

    def __init__(
        self,
        settings: EwsSettings,
        *,
        password: Callable[[], str] | None = None,
        token: Callable[[], str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        token_reuse_s: int = TOKEN_REUSE_S,
    ) -> None:
        if settings.auth == "ntlm" and (password is None or not settings.username):
            raise EwsRefused("EWS with NTLM needs a username and a password")
        if settings.auth == "oauth" and token is None:
            raise EwsRefused("EWS with OAuth needs a token provider")
        self.settings = settings
        self._password = password
        self._token = token
        self._sleep = sleep
        self._token_reuse_s = token_reuse_s
        self._account: Any = None
        self._folder: Any = None
        self._processed: Any = None
        self._failed: Any = None

    # -- connection ---------------------------------------------------------------------------
    def connect(self) -> None:
        """Open the account and find both folders (GetFolder, then FindFolder by name)."""
        if self._account is not None:
            return
        _quiet_exchangelib()
        _trust(self.settings.service_endpoint, self.settings.ca_file)
        account = self._call(self._open_account)
        try:
            self._folder = self._call(lambda: _find_folder(account, self.settings.folder))
            self._processed = self._call(
                lambda: _find_folder(account, self.settings.processed_folder)
            )
        except EwsError:
            _close_account(account)
            raise
        self._account = account

    def close(self) -> None:
        self._failed = None
        account, self._account = self._account, None
        if account is not None:
            _close_account(account)

    def __enter__(self) -> EwsMailbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the queue ----------------------------------------------------------------------------
    def pending_ids(self) -> list[str]:
        """Every item id now in the folder, oldest first (FindItem, IdOnly, paged)."""
        self.connect()
        query = self._folder.all().order_by("datetime_received").only("id", "changekey")
        return self._call(lambda: [str(item.id) for item in query])

    def fetch(self, item_id: str) -> EwsMessage | None:
        """The item's raw MIME content, or None when it has gone (moved or deleted)."""
        self.connect()
        ids = [ItemId(id=item_id)]
        only = ["mime_content"]
        found = self._call(lambda: list(self._account.fetch(ids=ids, only_fields=only)))
        item = found[0] if found else None
        if item is None or isinstance(item, _GONE):
            return None
        if isinstance(item, Exception):
            raise _translate(item)
        return EwsMessage(id=item_id, raw=bytes(item.mime_content or b""))

    def mark_done(self, item_id: str) -> None:
        """Move the item to the processed folder; an item already gone counts as done."""
        self.connect()
        self._move(item_id, self._processed)

    def mark_failed(self, item_id: str) -> None:
        """Move the item to the failed folder for a person (found by name on first use; the
        mail administrators create it, as the processed folder: a delegate may not)."""
        self.connect()
        if self._failed is None:
            account, name = self._account, self.settings.failed_folder
            self._failed = self._call(lambda: _find_folder(account, name))
        self._move(item_id, self._failed)

    # -- internals ----------------------------------------------------------------------------
    def _move(self, item_id: str, folder: Any) -> None:
        ids = [ItemId(id=item_id)]
        moved = self._call(lambda: self._account.bulk_move(ids=ids, to_folder=folder))
        for result in moved:
            if isinstance(result, Exception) and not isinstance(result, _GONE):
                raise _translate(result)

    def _open_account(self) -> Any:
        settings = self.settings
        if settings.auth == "ntlm":
            assert self._password is not None and settings.username
            credentials: Any = Credentials(settings.username, self._password())
            auth_type, access = NTLM, DELEGATE
        else:
            assert self._token is not None
            credentials = _BearerCredentials(self._token, reuse_s=self._token_reuse_s)
            auth_type, access = OAUTH2, IMPERSONATION
        config = Configuration(
            service_endpoint=settings.service_endpoint,
            credentials=credentials,
            auth_type=auth_type,
            version=Version(build=EXCHANGE_2016),
            retry_policy=FailFast(),
        )
        account = Account(
            primary_smtp_address=settings.mailbox,
            config=config,
            autodiscover=False,
            access_type=access,
            locale="en_GB",
            default_timezone=UTC,
        )
        account.protocol.TIMEOUT = settings.timeout_s  # per Protocol instance, not the class
        return account

    def _call(self, fn: Callable[[], T]) -> T:
        """Run one EWS call; honour ErrorServerBusy's back-off hint; translate errors."""
        for attempt in range(ATTEMPTS):
            try:
                return fn()
            except ErrorServerBusy as exc:
                wait = DEFAULT_BACK_OFF_S if exc.back_off is None else float(exc.back_off)
                if wait > MAX_BACK_OFF_S or attempt == ATTEMPTS - 1:
                    raise EwsUnavailable(f"EWS busy, asked to wait {wait:.0f} s") from exc
                self._sleep(wait)
            except (EWSError, requests.RequestException, OSError) as exc:
                raise _translate(exc) from exc
        raise AssertionError("unreachable")


class _BearerCredentials(OAuth2AuthorizationCodeCredentials):  # type: ignore[misc]
    """A bearer token from our provider; exchangelib calls `refresh` when it has expired.

    The token is declared to expire after `reuse_s`, so oauthlib raises
    `TokenExpiredError` before sending, exchangelib calls `refresh()` and opens a new session
    with the token our provider gives now (msal's cache, renewed by msal before expiry).
    """

    def __init__(self, token: Callable[[], str], *, reuse_s: int) -> None:
        super().__init__(access_token=_bearer(token(), reuse_s))
        self._source = token
        self._reuse_s = reuse_s
        _ = self.client  # cache it now: the Protocol cache key hashes this object's attributes

    def refresh(self, session: object) -> None:
        self.access_token = _bearer(self._source(), self._reuse_s)


def _bearer(token: str, reuse_s: int) -> dict[str, Any]:
    return {"access_token": token, "token_type": "Bearer", "expires_in": reuse_s}


def _find_folder(account: Any, name: str) -> Any:
    """The inbox by its distinguished id, or a folder by name under the inbox or the top."""
    if name.lower() == "inbox":
        return account.inbox
    parents: tuple[Callable[[], Any], ...] = (
        lambda: account.inbox,
        lambda: account.msg_folder_root,
    )
    for parent in parents:
        found = FolderCollection(account=account, folders=[parent()]).find_folders(
            q=Q(name=name), depth=SHALLOW
        )
        for folder in found:
            if isinstance(folder, Exception):
                raise folder
            if str(folder.name).lower() == name.lower():
                return folder
    raise EwsRefused(f"no folder named {name!r} under the inbox or the top of the mailbox")


def _translate(exc: BaseException) -> EwsError:
    if isinstance(exc, EwsError):
        return exc
    if isinstance(exc, _REFUSED):
        return EwsRefused(f"EWS refused the request ({type(exc).__name__}): check the account")
    if isinstance(exc, ErrorFolderNotFound):
        return EwsRefused("EWS folder not found: check the folder names")
    return EwsUnavailable(f"EWS unavailable ({type(exc).__name__})")


def _quiet_exchangelib() -> None:
    """Keep exchangelib's DEBUG records out of our logs: they carry the whole SOAP exchange —
    message content and the Authorization header (STYLE.md habit 10: references, never content)."""
    library = logging.getLogger("exchangelib")
    if library.getEffectiveLevel() < logging.INFO:
        library.setLevel(logging.INFO)


def _close_account(account: Any) -> None:
    """Close the sessions and drop the Protocol from exchangelib's process-wide cache."""
    protocol = account.protocol
    protocol.close()
    with contextlib.suppress(KeyError):
        del Protocol[protocol.config]


# -- TLS: one CA file per EWS origin, verification never off ----------------------------------
_ca_files: dict[str, str] = {}
_ca_lock = threading.Lock()


class _VerifyingAdapter(requests.adapters.HTTPAdapter):
    """Verify with the CA file registered for the request's origin, else the default bundle.

    requests has already merged `REQUESTS_CA_BUNDLE` into `verify` when `send` is called, so
    choosing here is the only per-endpoint choice that the environment cannot override.
    """

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        with _ca_lock:
            ca_file = _ca_files.get(_origin(request.url or ""))
        if ca_file is not None:
            kwargs["verify"] = ca_file
        elif kwargs.get("verify") is False:
            kwargs["verify"] = True
        return super().send(request, *args, **kwargs)


def _trust(endpoint: str, ca_file: str | None) -> None:
    with _ca_lock:
        if ca_file is None:
            _ca_files.pop(_origin(endpoint), None)
        else:
            _ca_files[_origin(endpoint)] = ca_file
        BaseProtocol.HTTP_ADAPTER_CLS = _VerifyingAdapter


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or 443}"

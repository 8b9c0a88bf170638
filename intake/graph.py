"""Microsoft Graph mailbox adapter (httpx): the inbox as a queue, read by the delta query.

Exchange Online blocks EWS from October 2026 (LIBRARIES.md), so Microsoft 365 mailboxes are
read through Graph with an app-only token limited to the one mailbox:

- `GET /users/{mailbox}/mailFolders/{folder}/messages/delta` lists what changed since the last
  delta link (paging through `@odata.nextLink`); a 410 Gone means the link expired: start again
  from scratch (the ledger deduplicates, so a resync files nothing twice);
- `GET /users/{mailbox}/messages/{id}/$value` gives the raw MIME;
- `POST /users/{mailbox}/messages/{id}/move` to the processed folder after filing.

Every request sends `Prefer: IdType="ImmutableId"` so ids survive the move (LIBRARIES.md).
Throttling: a 429 or 503 is retried after its `Retry-After` (capped), other 5xx with back-off.
Change notifications need a public HTTPS endpoint a police server does not have: we poll.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from intake.errors import RemoteMailboxError

GRAPH_ROOT = "https://graph.microsoft.com/v1.0"
MAX_RETRY_AFTER_S = 300.0  # never sleep longer than 5 minutes for one request (RELIABILITY R5)
ATTEMPTS = 6


class GraphError(RemoteMailboxError):
    """Base of the Graph adapter's errors."""


class GraphUnavailable(GraphError):
    """Network failure, throttling beyond our patience, or a server error: try later."""


class GraphRefused(GraphError):
    """401/403/404: the app's permission or the mailbox name is wrong (configuration)."""


@dataclass(frozen=True, slots=True)
class GraphSettings:
    mailbox: str  # the user principal name or id of the shared mailbox
    folder: str = "inbox"  # a well-known folder name or a folder id
    processed_folder: str = "Processed"  # display name of a child of the mailbox root
    failed_folder: str = "Failed"  # where a person looks when not even a task could be filed
    root: str = GRAPH_ROOT
    ca_file: str | None = None
    timeout_s: float = 30.0


@dataclass(frozen=True, slots=True)
class GraphMessage:
    id: str  # an immutable id
    raw: bytes
    internet_message_id: str | None = None


class GraphMailbox:
    """One mailbox folder through Graph; `sleep` is injectable so tests need not wait."""

    def __init__(
        self,
        settings: GraphSettings,
        *,
        token: Callable[[], str],
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self._token = token
        self._sleep = sleep
        verify: ssl.SSLContext | bool = (
            ssl.create_default_context(cafile=settings.ca_file) if settings.ca_file else True
        )
        self._http = httpx.Client(verify=verify, timeout=settings.timeout_s, follow_redirects=False)
        self.delta_link: str | None = None
        self._folder_ids: dict[str, str] = {}

    def close(self) -> None:
        self._http.close()

    # -- the queue ----------------------------------------------------------------------------
    def changed_ids(self) -> list[str]:
        """Ids of messages added to the folder since the last call (all of them, the first time).

        On 410 Gone (an expired delta link) the sync starts again from scratch.
        """
        url = self.delta_link or self._url(
            f"mailFolders/{quote(self.settings.folder)}/messages/delta"
        )
        params = None if self.delta_link else {"$select": "id,internetMessageId"}
        ids: list[str] = []
        while True:
            response = self._request("GET", url, params=params, allow_gone=True)
            if response.status_code == 410:
                self.delta_link = None
                return self.changed_ids()
            page = response.json()
            ids += [m["id"] for m in page.get("value", []) if "@removed" not in m]
            if next_link := page.get("@odata.nextLink"):
                url, params = next_link, None
                continue
            self.delta_link = page.get("@odata.deltaLink")
            return ids

    def fetch(self, message_id: str) -> GraphMessage | None:
        """The raw MIME of one message, or None when it has gone (moved or deleted)."""
        response = self._request(
            "GET", self._url(f"messages/{quote(message_id)}/$value"), allow_missing=True
        )
        if response.status_code == 404:
            return None
        return GraphMessage(id=message_id, raw=response.content)

    def mark_done(self, message_id: str) -> None:
        """Move the message to the processed folder (its immutable id stays the same)."""
        self._move(message_id, self.settings.processed_folder)

    def mark_failed(self, message_id: str) -> None:
        """Move the message to the failed folder, where a person will look."""
        self._move(message_id, self.settings.failed_folder)

    # -- internals ----------------------------------------------------------------------------
    def _move(self, message_id: str, folder: str) -> None:
        body = {"destinationId": self._folder_id(folder)}
        self._request("POST", self._url(f"messages/{quote(message_id)}/move"), json=body)

    def _folder_id(self, display_name: str) -> str:
        if display_name not in self._folder_ids:
            name = display_name.replace("'", "''")
            response = self._request(
                "GET", self._url("mailFolders"), params={"$filter": f"displayName eq '{name}'"}
            )
            found = response.json().get("value", [])
            if not found:
                raise GraphRefused(f"no folder named {display_name!r} in the mailbox")
            self._folder_ids[display_name] = str(found[0]["id"])
        return self._folder_ids[display_name]

    def _url(self, path: str) -> str:
        return f"{self.settings.root}/users/{quote(self.settings.mailbox)}/{path}"

    def _request(
        self,
        method: str,
        url: str,
        *,
        allow_gone: bool = False,
        allow_missing: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        for attempt in range(ATTEMPTS):
            headers = {
                "Authorization": f"Bearer {self._token()}",
                "Prefer": 'IdType="ImmutableId"',
            }
            try:
                response = self._http.request(method, url, headers=headers, **kwargs)
            except httpx.HTTPError as exc:
                if attempt == ATTEMPTS - 1:
                    raise GraphUnavailable(f"Graph unreachable ({type(exc).__name__})") from exc
                self._sleep(min(2.0**attempt, MAX_RETRY_AFTER_S))
                continue
            if response.status_code in (429, 503, 504) or response.status_code >= 500:
                self._sleep(_retry_after(response, attempt))
                continue
            if response.status_code == 410 and allow_gone:
                return response
            if response.status_code == 404 and allow_missing:
                return response
            if response.status_code in (401, 403, 404):
                raise GraphRefused(
                    f"Graph refused {method} ({response.status_code}): check the app's "
                    "Mail.ReadWrite permission and the mailbox name"
                )
            if response.status_code >= 400:
                raise GraphUnavailable(f"Graph answered {response.status_code} to {method}")
            return response
        raise GraphUnavailable(f"Graph kept throttling or failing after {ATTEMPTS} attempts")


def _retry_after(response: httpx.Response, attempt: int) -> float:
    try:
        seconds = float(response.headers.get("Retry-After", ""))
    except ValueError:
        seconds = 2.0**attempt
    return max(0.0, min(seconds, MAX_RETRY_AFTER_S))


def iter_new(mailbox: GraphMailbox) -> Iterator[GraphMessage]:
    """Every message that arrived since the last poll, raw, in the order Graph listed them."""
    for message_id in mailbox.changed_ids():
        message = mailbox.fetch(message_id)
        if message is not None:
            yield message

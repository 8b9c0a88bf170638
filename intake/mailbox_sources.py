"""`Source` adapters for the remote mailboxes: IMAP, Microsoft Graph and EWS.

Each wraps its technology's mailbox class (`intake.imap.ImapMailbox`, `intake.graph.GraphMailbox`,
`intake.ews.EwsMailbox`) in the `intake.sources.Source` contract: one message per
`fetch_next()`, kept at the source until `mark_done()`, offered again after a crash.

Within one process a message handed out is not handed out again until it is done or failed
(`_Queue.in_flight`) or its move failed (the server went away: the next listing offers it again,
the ledger finds it filed and only the move is left), or the pipeline hands it back: `release`
after a transient fault (the database locked or gone: offered again first, after the daemon's
back-off, issue 15 item 6) and `defer` after it went over its budget (offered again once nothing
else waits, as the drop folder does). Across a crash it is offered again, and the ledger
recognises it (source identity, Message-ID, SHA-256 of the raw bytes), so nothing is filed
twice. Network failures become `SourceUnavailable` for the daemon's back-off; configuration
failures (`…Refused`) too, with words a person can act on.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Generic, Protocol, TypeVar

from intake.errors import RemoteMailboxError
from intake.ews import EwsMailbox
from intake.graph import GraphMailbox
from intake.imap import ImapMailbox
from intake.sources import Fetched, SourceRef, SourceUnavailable

T = TypeVar("T")


class _Queue:
    """Messages fetched in a batch, handed out one at a time, tracked until done."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.buffer: collections.deque[Fetched] = collections.deque()
        self.in_flight: dict[str, Fetched] = {}
        self.deferred: collections.deque[Fetched] = collections.deque()

    def pop(self) -> Fetched | None:
        """The next fetched message; a deferred one (marked `retry`) only when none is left."""
        if self.buffer:
            fetched = self.buffer.popleft()
        elif self.deferred:
            fetched = replace(self.deferred.popleft(), retry=True)
        else:
            return None
        self.in_flight[fetched.ref.source_id] = fetched
        return fetched

    def release(self, fetched: Fetched) -> None:
        """Not finished for a reason not its own: the first to be offered again."""
        self.in_flight.pop(fetched.ref.source_id, None)
        self.buffer.appendleft(replace(fetched, retry=False))

    def defer(self, ref: SourceRef) -> None:
        """Over its budget: offered again only when nothing else is waiting."""
        fetched = self.in_flight.pop(ref.source_id, None)
        if fetched is not None:
            self.deferred.append(replace(fetched, retry=False))

    def fill(self, items: Iterable[tuple[str, bytes]]) -> None:
        for source_id, raw in items:
            self.buffer.append(Fetched(SourceRef(self.name, source_id), raw))

    def wanted(self, source_ids: Iterable[str]) -> list[str]:
        queued = {f.ref.source_id for f in (*self.buffer, *self.deferred)}
        return [i for i in source_ids if i not in self.in_flight and i not in queued]

    def finish(self, ref: SourceRef) -> None:
        self.in_flight.pop(ref.source_id, None)


class _QueueSource:
    """What the three adapters share: the pipeline handing a message back (`release`, `defer`)."""

    _queue: _Queue

    @property
    def name(self) -> str:
        return self._queue.name

    def release(self, fetched: Fetched) -> None:
        self._queue.release(fetched)

    def defer(self, ref: SourceRef) -> None:
        self._queue.defer(ref)


class ImapSource(_QueueSource):
    """An IMAP folder as a `Source`; fetches in batches, moves each message when done."""

    def __init__(self, name: str, mailbox: ImapMailbox, *, batch: int = 25) -> None:
        self._queue = _Queue(name)
        self.mailbox = mailbox
        self.batch = batch

    def fetch_next(self) -> Fetched | None:
        if not self._queue.buffer:
            self._refill()
        return self._queue.pop()

    def mark_done(self, ref: SourceRef) -> None:
        self._move(ref, done=True)

    def mark_failed(self, ref: SourceRef) -> None:
        self._move(ref, done=False)

    def wait_for_mail(
        self, seconds: float, *, interrupted: Callable[[], bool] = lambda: False
    ) -> bool:
        """Block in IDLE until mail arrives, `seconds` pass or `interrupted()` (push, with the
        daemon's periodic poll as the safety net)."""
        return _guard(lambda: self.mailbox.wait_for_mail(seconds, interrupted=interrupted))

    def close(self) -> None:
        self.mailbox.close()

    def _refill(self) -> None:
        def fetch() -> list[tuple[str, bytes]]:
            self.mailbox.connect()
            validity = self.mailbox.uidvalidity
            ids = self._queue.wanted(f"{validity}:{uid}" for uid in self.mailbox.pending_uids())
            uids = [int(i.split(":", 1)[1]) for i in ids[: self.batch]]
            return [(m.source_id, m.raw) for m in self.mailbox.fetch(uids)]

        self._queue.fill(_guard(fetch))

    def _move(self, ref: SourceRef, *, done: bool) -> None:
        validity, uid = (int(part) for part in ref.source_id.split(":", 1))

        def move() -> None:
            self.mailbox.connect()
            if self.mailbox.uidvalidity == validity:  # else the UID means nothing any more
                if done:
                    self.mailbox.mark_done(uid)
                else:
                    self.mailbox.mark_failed(uid)

        try:
            _guard(move)
        finally:  # failed: offered again by the next listing, found filed, only moved (R5)
            self._queue.finish(ref)


class _Message(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def raw(self) -> bytes: ...


class _ByIdMailbox(Protocol):
    """What Graph and EWS mailboxes share: messages fetched and moved by id."""

    def fetch(self, item_id: str, /) -> _Message | None: ...
    def mark_done(self, item_id: str, /) -> None: ...
    def mark_failed(self, item_id: str, /) -> None: ...
    def close(self) -> None: ...


M = TypeVar("M", bound=_ByIdMailbox)


class _ByIdSource(_QueueSource, Generic[M]):
    """A folder whose messages are listed by id (`_listed`), fetched one by one, moved by id."""

    def __init__(self, name: str, mailbox: M, *, batch: int | None) -> None:
        self._queue = _Queue(name)
        self.mailbox = mailbox
        self.batch = batch

    def fetch_next(self) -> Fetched | None:
        if not self._queue.buffer:
            for item_id in self._queue.wanted(self._listed())[: self.batch]:
                message = _guard(lambda i=item_id: self.mailbox.fetch(i))  # type: ignore[misc]
                if message is not None:
                    self._queue.fill([(message.id, message.raw)])
        return self._queue.pop()

    def mark_done(self, ref: SourceRef) -> None:
        try:
            _guard(lambda: self.mailbox.mark_done(ref.source_id))
        finally:  # as ImapSource._move: a failed move leaves it to be listed again
            self._queue.finish(ref)

    def mark_failed(self, ref: SourceRef) -> None:
        try:
            _guard(lambda: self.mailbox.mark_failed(ref.source_id))
        finally:
            self._queue.finish(ref)

    def close(self) -> None:
        self.mailbox.close()

    def _listed(self) -> list[str]:
        raise NotImplementedError


class GraphSource(_ByIdSource[GraphMailbox]):
    """A Graph mailbox folder as a `Source`, polled with the delta query.

    The delta query reports each arrival once, so every id it lists is fetched (no batch
    limit); a message handed out but not yet done stays in the inbox, so a periodic full
    reconcile (`reconcile_every` polls) lists it again — the ledger dedupes — which also covers
    a crash between filing and the move.
    """

    def __init__(self, name: str, mailbox: GraphMailbox, *, reconcile_every: int = 20) -> None:
        super().__init__(name, mailbox, batch=None)
        self.reconcile_every = reconcile_every
        self._polls = 0

    def _listed(self) -> list[str]:
        self._polls += 1
        if self._polls % self.reconcile_every == 0:
            self.mailbox.delta_link = None  # a full listing: reconcile with the ledger
        return _guard(self.mailbox.changed_ids)


class EwsSource(_ByIdSource[EwsMailbox]):
    """An Exchange Server folder as a `Source`: every poll lists the folder (FindItem), the
    ledger says which items are already filed; items are moved when done."""

    def __init__(self, name: str, mailbox: EwsMailbox, *, batch: int = 25) -> None:
        super().__init__(name, mailbox, batch=batch)

    def _listed(self) -> list[str]:
        return _guard(self.mailbox.pending_ids)


def _guard(call: Callable[[], T]) -> T:
    """The adapters' errors (and a refused token) as `SourceUnavailable`, words kept."""
    try:
        return call()
    except RemoteMailboxError as exc:
        raise SourceUnavailable(str(exc)) from exc

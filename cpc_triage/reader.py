"""The one message reader: raw bytes → `Invitation` → `TriageResult`, as the daemon reads them.

Issue 14 item 2: reading a message was wired three times (the daemon's bootstrap, the
`triage` batch, the `parse` command) and only the daemon opened S/MIME, applied the mailbox's
district and passed the policy files' sender domains to the parser, so `cpc-triage triage` could
decide a message differently from the daemon that filed it. Every caller now builds this reader
from `Settings` (`build_reader`) and reads through it:

    open S/MIME (the unit's key, the CAs)  →  parse (policy domains, message limits, the pool)
    →  the signature's verdict  →  the mailbox's district  →  triage (policy, NLP, day received)

The day received is decided here only (`day_received`). The NLP pipeline loads on the first
triage, not when the reader is built: the batch sends its first emails to the parse workers
before spaCy loads, and `parse` never loads it.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpc_triage.budget import workers_that_fit
from cpc_triage.heap import long_lived
from cpc_triage.settings import Settings
from cpc_triage.smime_reader import Opener, as_it_came, smime_opener, with_signature
from cpc_triage.startup import StartupError
from intake.rawmessage import RawMessage
from intake.smime import Opened
from parsers import Limits, MessageLimits, ParsePool, parse_email, parse_emails
from parsers.records import LONDON, Invitation
from triage.records import TriageResult

if TYPE_CHECKING:
    from triage.config import TriageConfig


@dataclass
class MessageReader:
    """Reads and triages messages exactly as the daemon does; built by `build_reader`."""

    config: TriageConfig
    limits: Limits
    message_limits: MessageLimits
    opener: Opener
    districts: Mapping[str, str] = field(default_factory=dict)  # source name → its district
    pool: ParsePool | None = None
    _nlp: Any = None

    def read(self, raw: bytes | RawMessage, *, source: str | None = None) -> Invitation:
        """One message, as it reached `source` (a mailbox's source name, for its district); its
        attachments are read in the parse workers (the daemon: one message at a time).

        A message in a file (the drop folder's) is handed to a worker as the file, never read
        whole here — unless S/MIME must open it first, which needs it whole, and then only
        when it is within `max_message_bytes` (issue 15 item 4)."""
        if isinstance(raw, RawMessage):
            if self.opener is as_it_came or raw.size > self.message_limits.max_message_bytes:
                invitation = parse_email(
                    raw,
                    limits=self.limits,
                    pool=self.pool,
                    domains=self.config.domains,
                    message_limits=self.message_limits,
                )
                return self._finish(invitation, as_it_came(b""), source)
            raw = raw.read()
        opened = self.opener(raw)
        invitation = parse_email(
            opened.raw,
            limits=self.limits,
            pool=self.pool,
            domains=self.config.domains,  # the policy files' domains, as triage trusts them
            message_limits=self.message_limits,
        )
        return self._finish(invitation, opened, source)

    def read_many(
        self, raws: Iterable[bytes], *, source: str | None = None
    ) -> Iterator[Invitation]:
        """Messages in order, each whole in a parse worker, up to a window of them at once; the
        first are sent to the workers before this returns (commands that read many)."""
        opened: deque[Opened] = deque()

        def opening() -> Iterator[bytes]:
            for raw in raws:
                opened.append(self.opener(raw))
                yield opened[-1].raw

        invitations = parse_emails(
            opening(),
            limits=self.limits,
            pool=self.pool,
            domains=self.config.domains,
            message_limits=self.message_limits,
        )
        return (self._finish(invitation, opened.popleft(), source) for invitation in invitations)

    def opened(self, raw: bytes) -> bytes:
        """The message with its S/MIME body opened, for the desk's list of attachments."""
        return self.opener(raw).raw

    def triage(self, invitation: Invitation, day: date | None) -> TriageResult:
        """The triage of a read message; `day`: the day received (`day_received`)."""
        from triage import triage

        self.load_nlp()
        return triage(invitation, config=self.config, nlp=self._nlp, received=day)

    def load_nlp(self) -> None:
        """Load the NLP pipeline now (the daemon: before it says READY, not at the first mail).

        spaCy's import and the pipeline it builds live as long as the process: built with the
        cyclic collector paused and then frozen (`cpc_triage.heap`), so that no later
        collection walks them again."""
        if self._nlp is None:
            with long_lived():
                from triage import build_nlp

                self._nlp = build_nlp(self.config)

    def _finish(self, invitation: Invitation, opened: Opened, source: str | None) -> Invitation:
        invitation = with_signature(invitation, opened)
        return with_mailbox_district(invitation, self.districts.get(source or ""))


def day_received(invitation: Invitation) -> date | None:
    """The day the message was received, in London (POLICY.md); None when no header says."""
    at = invitation.message.received_at
    return at.astimezone(LONDON).date() if at is not None else None


def with_mailbox_district(invitation: Invitation, district: str | None) -> Invitation:
    """A district's own mailbox names the district when the sender and the content do not."""
    if district is None or invitation.fields.district is not None:
        return invitation
    fields = replace(invitation.fields, district=district, district_source="mailbox")
    return replace(invitation, fields=fields)


def mailbox_districts(settings: Settings, source_names: Iterable[str]) -> dict[str, str]:
    """Each mailbox's district by its source's name (the ledger's `source`, e.g. "imap:x")."""
    return {
        name: mailbox.district
        for name, mailbox in zip(source_names, settings.mailboxes, strict=True)
        if mailbox.district
    }


def build_reader(
    settings: Settings,
    stack: ExitStack,
    *,
    districts: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
    limits: Limits | None = None,
    workers: int | None = None,
    service: bool = True,
) -> MessageReader:
    """The reader `settings` describe; its parse pool closes with `stack`.

    `config_dir`, `limits` and `workers` (0: no pool, parse in this process) are a command's
    overrides; the daemon takes them all from the settings. `service`: only as many workers as
    fit in the service's memory (the daemon); a command run by hand takes one a core.
    """
    from triage import load_config

    config_dir = config_dir or settings.triage_config_dir()
    try:
        config = load_config(config_dir)
    except Exception as exc:
        raise StartupError(f"triage configuration {config_dir} invalid ({exc})") from None
    opener = smime_opener(settings.smime)
    limits = limits or Limits(timeout_s=settings.parsing.attachment_timeout_seconds)
    pool = None
    if workers != 0:
        count = workers
        if count is None:
            count = _workers(settings, limits) if service else settings.parsing.workers or None
        pool = stack.enter_context(ParsePool(workers=count, limits=limits))
    message_limits = MessageLimits(
        max_attachments=settings.parsing.max_attachments,
        max_message_bytes=int(settings.parsing.max_message_mb * 1024 * 1024),
    )
    return MessageReader(config, limits, message_limits, opener, dict(districts or {}), pool)


def _workers(settings: Settings, limits: Limits) -> int:
    """As many parse workers as asked (else one a core) that fit in the service's memory."""
    parsing = settings.parsing
    workers = workers_that_fit(
        wanted=parsing.workers or max(1, len(os.sched_getaffinity(0))),
        service_mb=parsing.service_memory_mb,
        main_mb=parsing.main_memory_mb,
        worker_mb=limits.memory_mb,
    )
    if workers < 1:
        raise StartupError(
            f"[parsing] service_memory_mb = {parsing.service_memory_mb} leaves no room for one "
            f"parse worker ({limits.memory_mb} MB) beside main_memory_mb = {parsing.main_memory_mb}"
        )
    return workers

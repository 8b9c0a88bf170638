"""Is the sender a council we know? (POLICY.md "Sender allow-lists", flag `unverified_sender`.)

The domain must be an allow-listed council domain or a sub-domain of one; a CJSM address
carries the council's domain before `.cjsm.net`; look-alikes do not count
(`parsers.district.district_from_address` applies exactly that rule). An
`Authentication-Results` header (RFC 8601) is believed only when its authserv-id is one of
ours (`config/senders.toml`): a header from anyone else may have been written by the sender
(RFC 8601 §5), so it is ignored. Only failures are read, so the one exception is safe: a failure
reported by any server under the force's own domain (`failures_believed_under`) is believed too —
issue 11, set r: a DMARC failure reported by the force's second MX, not on the list, filed a
spoofed invitation as attend. An S/MIME signature that does not verify against the
configured CAs (`intake.smime`) makes the sender unverified too.

A colleague's forward (issue 11, set v: a DS, a researcher or a clerk forwarding a council's
invitation from inside the force) comes from the force's own domain (`own_domains`): it is
verified by the council sender it carries (`parsers.forwarded_from`), on the allow-list like any
other; a forward from the force that carries none stays unverified.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.district import district_from_address, within
from parsers.records import MessageInfo
from triage.config import TriageConfig

_FAILURE = re.compile(r"\b(?:dmarc|dkim|spf)\s*=\s*fail\b", re.IGNORECASE)


def sender_verified(message: MessageInfo, *, config: TriageConfig) -> bool:
    if message.signature_valid is False:  # S/MIME-signed, and not by anyone our CAs vouch for
        return False
    council = district_from_address(message.sender.address, config.domains) is not None
    if not council and not _forwarded_by_colleague(message, config=config):
        return False
    trusted = {a.lower() for a in config.senders.trusted_authserv_ids}
    under = tuple("." + d.lower().lstrip(".") for d in config.senders.failures_believed_under)
    return not any(_believed_failure(h, trusted, under) for h in message.authentication_results)


def _forwarded_by_colleague(message: MessageInfo, *, config: TriageConfig) -> bool:
    """A colleague in the force forwarding a council's message: the outer sender is under one of
    the force's own domains and a forwarded message's sender is on a district's allow-list."""
    host = (message.sender.address or "").rpartition("@")[2]
    own = any(within(host, domain) for domain in config.senders.own_domains)
    return own and any(district_from_address(a, config.domains) for a in message.forwarded_from)


def _believed_failure(header: str, trusted: Iterable[str], under: tuple[str, ...]) -> bool:
    """RFC 8601 §2.2: the authserv-id comes first, before an optional version and ';'."""
    head, _, results = header.partition(";")
    words = head.split()
    authserv_id = words[0].strip().lower().rstrip(".") if words else ""
    ours = authserv_id in set(trusted) or (bool(under) and authserv_id.endswith(under))
    return ours and bool(_FAILURE.search(results))

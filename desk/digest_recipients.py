"""Who may receive a digest, how refusals are logged, and the digest's Message-ID.

RELIABILITY S12: recipients come from an allow-list (exact addresses, or "@domain"); any other
address is dropped and logged as a short hash, never as the address (STYLE.md habit 10).
R8: the Message-ID is derived from the district and the day, so a resend is recognisably the
same message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from intake.ports import EventLog

UNKNOWN_DISTRICT = "unknown"  # the digest that lists tasks whose district was not found


def allowed_recipients(
    addresses: Sequence[str], *, allow_list: Sequence[str], district: str, log: EventLog
) -> tuple[str, ...]:
    """The addresses the allow-list permits; each refusal is logged as a hash (S12)."""
    exact = {a.lower() for a in allow_list if not a.startswith("@")}
    domains = {a.lower() for a in allow_list if a.startswith("@")}
    allowed = []
    for address in addresses:
        cleaned = address.strip().lower()
        well_formed = cleaned.count("@") == 1 and not any(c in cleaned for c in " ,;<>\r\n\t")
        domain = "@" + cleaned.rpartition("@")[2]
        if well_formed and (cleaned in exact or domain in domains):
            allowed.append(address.strip())
        else:
            log.warning(
                "digest_recipient_refused", district=district, recipient_hash=address_hash(address)
            )
    return tuple(dict.fromkeys(allowed))


def address_hash(address: str) -> str:
    """A short SHA-256 of the normalised address: enough to find it, not to read it."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()[:16]


def message_id_for(district: str, day: date, *, domain: str) -> str:
    """Deterministic, so a resend after a crash carries the same id (R8)."""
    slug = "".join(c if c.isalnum() else "-" for c in district.lower())
    return f"<cpc-digest.{slug}.{day:%Y%m%d}@{domain}>"

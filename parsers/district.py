"""Which council sent the email: from the sender's address first, else from the content.

POLICY.md "Sender allow-lists": the council's domain or a sub-domain of it counts; look-alikes
(`wakefield-gov.uk`, `wakefield.gov.uk.example.com`, `notwakefield.gov.uk`) do not. A CJSM
secure-email address carries the council's domain before `.cjsm.net`
(`name@wakefield.gov.uk.cjsm.net` → wakefield). The content is read only when the address gives
no district, and `BookingFields.district_source` then says "content" so a person knows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from parsers.records import Page

DEFAULT_DOMAINS: Mapping[str, str] = {
    "wakefield.gov.uk": "wakefield",
    "leeds.gov.uk": "leeds",
    "calderdale.gov.uk": "calderdale",
    "kirklees.gov.uk": "kirklees",
    "bradford.gov.uk": "bradford",
}

_CJSM_SUFFIX = ".cjsm.net"

#: How each council names itself in letters, forms and signatures.
_CONTENT_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("wakefield", re.compile(r"\bWakefield\s+(?:Metropolitan\s+District\s+)?Council\b|\bWMDC\b")),
    ("leeds", re.compile(r"\bLeeds\s+City\s+Council\b")),
    (
        "calderdale",
        re.compile(r"\bCalderdale\s+(?:MBC|Metropolitan\s+Borough\s+Council|Council)\b"),
    ),
    ("kirklees", re.compile(r"\bKirklees\s+(?:Metropolitan\s+)?Council\b")),
    (
        "bradford",
        re.compile(
            r"\bCity\s+of\s+Bradford\s+(?:MDC|Metropolitan\s+District\s+Council)\b"
            r"|\bBradford\s+(?:Metropolitan\s+District\s+|City\s+)?Council\b"
        ),
    ),
)


def district_from_address(address: str | None, domains: Mapping[str, str]) -> str | None:
    """The district of an address whose domain is an allowed domain or a sub-domain of one."""
    if not address or address.count("@") != 1:
        return None
    host = address.rsplit("@", 1)[1].strip().strip(".").lower()
    if host.endswith(_CJSM_SUFFIX):
        host = host[: -len(_CJSM_SUFFIX)]
    return next((district for domain, district in domains.items() if within(host, domain)), None)


def within(host: str, domain: str) -> bool:
    """Whether `host` is `domain` or a sub-domain of it (never a look-alike such as
    "evilwakefield.gov.uk": the sub-domain must end at a dot)."""
    host, allowed = host.lower().strip("."), domain.lower().strip(".")
    return host == allowed or host.endswith("." + allowed)


def district_from_content(pages: Sequence[Page]) -> str | None:
    """The one council the text names; None when it names none or several."""
    found: set[str] = set()
    for page in pages:
        text = page.text
        found.update(name for name, pattern in _CONTENT_NAMES if pattern.search(text))
    return found.pop() if len(found) == 1 else None

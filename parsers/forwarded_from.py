"""Who wrote the messages a forward carries: their senders' addresses, outermost first.

Why: a colleague in the force forwards a council's invitation to the mailbox — a DS with a
note on top, a MASH researcher, a clerk, sometimes a chain of three of them. The message's own
sender is then the force, on no district's allow-list, and the council that wrote the
invitation is known only from the forward: an attached `message/rfc822`'s From header, or the
header block a mail program writes above forwarded text ("From: Name <address>" with a "Sent:"
or "Date:" line beside it: Outlook, Gmail, Apple Mail, Thunderbird). DOMAIN.md §4.5 expects
forwards ("a forwarded email's original date may be earlier — record both"). The district is
then read from the innermost council sender (`parsers.fields_conference.district`), and
`triage.senders` trusts it only when the outer message comes from the force's own domain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: "From:" starting a line (after quote marks, Markdown-ish asterisks or a bullet), then a
#: display name and an address in angle brackets, or the address alone, or "[mailto:…]".
_FROM = re.compile(r"^[\s>*]*From:\**\s*(?P<rest>.+)$", re.I)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
#: The other lines of a mail program's header block: one of them within a few lines of "From:"
#: tells a header block from a form's "From: the social worker" row.
HEADER_LINE = re.compile(r"^[\s>*]*(?:Sent|Date|To|Subject|Cc)\s*:", re.I)
_NEAR = 4


def inline_senders(lines: Sequence[str]) -> tuple[str, ...]:
    """The addresses of header blocks in one message's text, top (outermost) first."""
    found: list[str] = []
    for at, line in enumerate(lines):
        match = _FROM.match(line)
        if match is None:
            continue
        address = _ADDRESS.search(match["rest"])
        if address is None:
            continue
        near = [*lines[max(0, at - 2) : at], *lines[at + 1 : at + 1 + _NEAR]]
        if any(HEADER_LINE.match(other) for other in near):
            found.append(address.group(0).lower())
    return tuple(found)

"""Envelopes: council relays, police mailboxes, and the outer message of each case."""
from __future__ import annotations

import datetime as dt

import common as C

DOMAIN = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
          "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
RELAY = {"wakefield": "mail1.wakefield.gov.uk", "leeds": "smtp-out2.leeds.gov.uk",
         "calderdale": "mx-out.calderdale.gov.uk", "kirklees": "mailgw.kirklees.gov.uk",
         "bradford": "smtp.bradford.gov.uk"}
MAILBOX = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit - Conferences <kirklees.sgu.conferences@westyorkshire.police.uk>",
    "bradford": "Bradford CPPU Conferences <bradford.cppu.conferences@westyorkshire.police.uk>",
}


def envelope(cid: str, district: str, rx: dt.datetime, sender: str, subject_header: str, top: C.Part, *,
             sent_minutes_before: int = 6, to: str | None = None, cc: str | None = None,
             auth: str | None = None, received: list[str] | None = None, date_header: str | None = None,
             extra: list[str] | None = None, mailer: str = "Microsoft Outlook 16.0") -> bytes:
    domain = DOMAIN[district]
    relay = RELAY[district]
    rec = received or C.received_chain(cid, domain, rx, outer_host=relay)
    date = date_header or C.rfc_date(rx - dt.timedelta(minutes=sent_minutes_before, seconds=13))
    return C.message(cid, sender=sender, to=to or MAILBOX[district], cc=cc, subject_header=subject_header,
                     date=date, received=rec, auth=auth or C.auth_pass(domain), top=top, extra=extra,
                     mailer=mailer, host=relay)


def boundary(cid: str, n: int = 0) -> str:
    return f"----=_NextPart_{C.hexid(cid + str(n), 16)}"

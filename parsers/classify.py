"""What an email is, what kind of conference it is about, and what each attachment is.

POLICY.md "Not every email is an invitation": the mailbox also receives minutes, plans, chair's
letters, report requests, replies and secure-portal notices; a reschedule or a cancellation
changes a conference already filed. When unsure between an invitation and anything else, the
answer is `INVITATION`: the triage then files it and a person checks (DESIGN.md: when unsure,
send it to a person — an invitation read as "minutes" could be missed).

Conference kinds (DOMAIN.md §3.8): ICPC / initial; RCPC, CPRC, review; transfer-in; pre-birth
("unborn", "Baby <Surname>", EDD/EDC) is a flag on either.

Protective marking: the highest found in the subject or the text, in the order
OFFICIAL-SENSITIVE > OFFICIAL > RESTRICTED > PROTECT (choice: the current Government Security
Classifications first; RESTRICTED and PROTECT are the pre-2014 markings still seen on old
templates, kept and shown but ranked below the current ones they were mapped to).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from parsers.calendar_part import CANCELLED_LINE, UPDATED_LINE
from parsers.calendar_part import LOCATION as MEETING_REQUEST
from parsers.dates import find_dates
from parsers.fields_tick import page_observations
from parsers.inline_answers import answers_the_booking
from parsers.labels import DATE, KIND, LABELS, fold, logical_lines, newest_message, unstruck
from parsers.records import AttachmentRole, ConferenceKind, MessageInfo, MessageKind, Page
from parsers.reply_change import reply_date

_TRANSFER = re.compile(
    r"\btransfer[\s\-]*in\b|\bTI\s+(?:conference|CPC|ICPC)\b|\btransfer\s+(?:child\s+protection\s+)?conference\b",
    re.I,
)
_REVIEW = re.compile(
    r"\bR\s?CPCC?\b|\bCPRC\b|\breview\s+(?:child\s+protection\s+)?(?:case\s+)?conference\b|"
    r"\breview\s+CPC\b|\breview\s+of\s+(?:the\s+)?child\s+protection\s+plan\b|\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+review\b|"
    r"\bCP\s+review\b|\bpre[\s\-]?birth\s+(?:review|RCPC)\b",
    re.I,
)
_INITIAL = re.compile(
    r"\bICPCC?\b|\binitial\s+(?:child\s+protection\s+)?(?:case\s+)?conference\b|\binitial\s+CPC\b|"
    r"\binitial\s+pre[\s\-]?birth\b|"
    # in plain English (set v): "the first child protection conference for Ava"
    r"\bfirst\s+(?:child\s+protection\s+)?(?:case\s+)?conference\b",
    re.I,
)
_BARE_REVIEW = re.compile(r"^\W*review\b", re.I)
_BARE_INITIAL = re.compile(r"^\W*initial\b", re.I)
_PRE_BIRTH = re.compile(
    r"(?i:\bpre[\s\-]?birth\b|\bunborn\b)|\bEDD\b|\bEDC\b|\b[Bb]aby\s+[A-Z][a-z]+\b"
)

_MARKINGS = (
    ("OFFICIAL-SENSITIVE", re.compile(r"\bOFFICIAL\s*[-–_ ]\s*SENSITIVE\b", re.I)),
    ("OFFICIAL", re.compile(r"\bOFFICIAL\b(?!\s*[-–_ ]\s*SENSITIVE)")),
    ("RESTRICTED", re.compile(r"\bRESTRICTED\b")),
    ("PROTECT", re.compile(r"\bPROTECT\b")),
)

_CANCEL = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?been\s+cancell?ed\b|\bwill\s+no\s+longer\s+(?:go\s+ahead|take\s+place|be\s+(?:held|going\s+ahead))\b|"
    # the meeting stood down, not a member of it ("DC Sadiq stood down from the core group":
    # set D, read as a cancellation)
    r"\b(?:conference|meeting|ICPC|RCPC|review|it|this)\s+(?:has\s+)?(?:now\s+)?(?:been\s+|is\s+|was\s+)?"
    r"stood\s+down\b(?!\s+from)|\bis\s+(?:now\s+)?cancell?ed\b|\bcancellation\s+of\b|\bno\s+longer\s+required\b|"
    # the meeting denied in the future, or asked to be cancelled: "no Wakefield conference
    # will take place", "the ICPC will not now go ahead", "Request type: Cancel a conference"
    # (set q: an online form's cancellation read as an invitation)
    r"\b(?:conference|meeting|ICPC|RCPC|it|this)\s+(?:(?:will|shall|is)\s+not|won'?t|isn'?t)\s+"
    r"(?:now\s+)?(?:be\s+)?(?:go(?:ing)?\s+ahead|tak(?:e|ing)\s+place|be\s+held|held|proceed(?:ing)?|"
    r"happen(?:ing)?)\b|"
    r"\bno\s+(?:\w+\s+){0,3}(?:conference|meeting)\s+will\s+(?:now\s+)?(?:take\s+place|be\s+held|go\s+ahead)\b|"
    # the same in a social worker's words: "it has been called off", "there won't be a
    # conference in Leeds", "please take this one out of your diaries" (set A)
    r"\b(?:it|this|conference|meeting|review|ICPC|RCPC|one)\s+(?:has|have|had|is|was)\s+(?:now\s+)?"
    r"(?:been\s+)?called\s+off\b|\bthere\s+(?:won'?t|will\s+not|will\s+no\s+longer)\s+be\s+(?:a|an|the|any)\s+"
    r"(?:\w+\s+){0,2}(?:conference|meeting|ICPC|RCPC)\b|"
    r"\b(?:take|remove)\s+(?:this|it|the\s+\w+)\s+(?:one\s+)?(?:out\s+of|from)\s+(?:your\s+)?diar(?:y|ies)\b|"
    r"(?<!not\s)\bcancel\s+(?:a|the|this|our)\s+(?:\w+\s+){0,3}(?:conference|meeting|ICPC|RCPC)\b",
    re.I,
)
_RESCHEDULE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?been\s+(?:re-?scheduled|re-?arranged|moved|postponed|re-?booked)\b|"
    r"\bnew\s+date\b|\bpostponed\s+(?:to|until)\b|\bchange\s+of\s+(?:date|time)\b|"
    r"\bre-?scheduled\s+(?:to|for)\b|\bre-?arranged\s+(?:to|for)\b",
    re.I,
)
#: "will now take place on 12/01" moves the meeting; "will now be held virtually on Teams" (a
#: change of venue, "date and time unchanged") does not: POLICY.md's `rescheduled` is a new
#: date (issue 11, set s). Counted only with a date after it.
_NOW_HELD = re.compile(r"\bwill\s+now\s+(?:take\s+place|be\s+held)\b", re.I)
_NOW_HELD_REACH = 120
_PORTAL = re.compile(
    r"\begress\b|\byou\s+have\s+received\s+a\s+(?:new\s+)?secure\s+(?:message|email)\b|"
    r"\bclick\s+(?:on\s+)?the\s+link\s+(?:below\s+)?to\s+(?:view|read|access|open)\b|\bsecure\s+(?:message|email)\s+portal\b|"
    r"\bswitch\s+secure\b|\bvirtru\b|\bcjsm\s+secure\s+portal\b|"
    # file-transfer and rights-protection services: the content is behind their link, not in
    # the mail ("has sent you files via Cryptshare", "your files are waiting for you", "has
    # sent you a protected message", Microsoft Purview Message Encryption)
    r"\bsent\s+you\s+(?:\w+\s+)?(?:files?|documents?)\s+(?:via|using|through)\b|"
    r"\b(?:your\s+)?files?\s+(?:is|are)\s+(?:waiting|ready|available)\s+(?:for\s+you|to\s+(?:download|collect))\b|"
    r"\bsent\s+you\s+an?\s+(?:protected|encrypted|secure)\s+(?:message|e-?mail)\b|"
    r"\bmessage\s+encryption\b|\bprotected\s+the\s+message\s+text\b",
    re.I,
)
#: A mail system's own message about another: an out-of-office reply, a delivery failure, a
#: read receipt, a recall — by the subject prefix Exchange, Outlook and other servers write
#: (issue 11, set v: an automatic reply quoting an invitation was filed as that invitation). It
#: may carry the invitation whole; it is still no invitation to act on, and a person looks.
_MAIL_SYSTEM = re.compile(
    r"^\s*(?:automatic\s+reply|auto[-\s]?(?:reply|response)|autoreply|out\s+of\s+(?:the\s+)?office|"
    r"undeliverable|undelivered\s+mail(?:\s+returned\s+to\s+sender)?|"
    r"delivery\s+(?:status\s+notification(?:\s+\(failure\))?|has\s+failed|failure)|"
    r"mail\s+delivery\s+(?:failed|failure|system)|returned\s+mail|read|not\s+read|"
    r"(?:message\s+)?recall)\s*:",
    re.I,
)
_SUBJECT_KINDS = (
    (
        MessageKind.CANCELLATION,
        re.compile(
            r"\bcancell?ed\b|\bcancellation\b|\bstood\s+down\b|[-:–]\s*CANCEL\s*$|"
            r"\bcalled\s+off\b|\bnot\s+(?:going\s+ahead|taking\s+place|proceeding)\b",
            re.I,
        ),
    ),
    (
        MessageKind.RESCHEDULE,
        re.compile(
            r"\bre-?scheduled?\b|\bre-?arranged\b|\bpostponed\b|\bchange\s+of\s+date\b|\bnew\s+date\b",
            re.I,
        ),
    ),
    (MessageKind.MINUTES, re.compile(r"\bminutes\b", re.I)),
    (MessageKind.PLAN, re.compile(r"\b(?:child\s+protection|CP)\s+plan\b(?!\s+review)", re.I)),
    (
        MessageKind.LETTER,
        re.compile(
            r"\b(?:outcome|chair'?s?)\s+letter\b|\b(?:conference|[IR]?CPCC?|CPRC)\s+outcomes?\b|"
            r"\boutcome\s+(?:of|from)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:conference|[IR]?CPCC?|CPRC)\b|"
            r"\boutcome\s+record\b|\bdecision\s+(?:record|letter|sheet)\b|"
            # a record of a conference already held: "Chair's summary - ICPC held 04/12/2026"
            r"\bchair'?s?\s+summary\b|\b(?:conference|[IR]?CPCC?|CPRC)\s+held\b",
            re.I,
        ),
    ),
)
_BODY_KINDS = (
    (
        MessageKind.MINUTES,
        re.compile(
            r"\b(?:attached|enclosed|find)\b[^.\n]{0,40}\bminutes\b|\bminutes\s+(?:of|from)\s+the\s+(?:\w+\s+){0,3}conference\s+(?:held|on)\b",
            re.I,
        ),
    ),
    (
        MessageKind.PLAN,
        re.compile(
            r"\b(?:attached|enclosed|find)\b[^.\n]{0,40}\b(?:child\s+protection|CP)\s+plan\b", re.I
        ),
    ),
    (
        MessageKind.LETTER,
        re.compile(
            r"\b(?:attached|enclosed|find)\b[^.\n]{0,40}\b(?:outcome|chair'?s?)\s+letter\b|"
            r"\bconfirm(?:ing)?\s+the\s+outcome\s+of\s+the\s+(?:\w+\s+){0,3}conference\b|"
            # the outcome of a conference already held: "Outcome of the Initial Child
            # Protection Conference held on Thursday …"
            r"\boutcome\s+(?:of|from)\s+(?:the|today'?s|yesterday'?s)\s+(?:\w+\s+){0,4}"
            r"(?:conference|[IR]?CPCC?|CPRC)\s+(?:held|which\s+took\s+place|that\s+took\s+place)\b|"
            r"\bthis\s+is\s+not\s+an\s+invitation\b",
            re.I,
        ),
    ),
)
_REPORT_REQUEST = re.compile(
    r"\bplease\s+(?:could\s+you\s+)?(?:provide|send|submit|forward)\s+(?:your|a|the)\s+(?:police\s+)?report\b|\breport\s+request\b|\brequest\s+for\s+(?:a\s+)?(?:police\s+)?report\b"
    # a request for police information or checks (a section 47 enquiry, a strategy
    # discussion): the police are asked for what they hold, not invited to a conference
    r"|\brequest\s+for\s+(?:police\s+)?(?:information|checks)\b|\binformation\s+held\s+by\s+(?:the\s+)?police\b"
    r"|\b(?:provide|share|send)\s+(?:us\s+with\s+)?(?:any\s+)?(?:relevant\s+)?information\s+(?:you\s+)?(?:hold|held)\b"
    r"|\b(?:complete|carry\s+out|undertake|do|run)\s+(?:the\s+)?police\s+checks?\b|\bpolice\s+checks?\s+(?:on|for)\b",
    re.I,
)
#: A reminder that a report is still owed ("REMINDER - outstanding police report", "we have not
#: yet received a police report"): about an invitation sent before, not one.
_CHASER = re.compile(
    r"\b(?:reminder|chaser|chasing|outstanding|overdue|not\s+yet\s+(?:been\s+)?received|"
    r"still\s+(?:awaiting|waiting\s+for))\b[^.\n]{0,60}\b(?:police\s+)?reports?\b|"
    r"\breports?\b[^.\n]{0,30}\b(?:is|are|remains?)\s+(?:still\s+)?(?:outstanding|overdue)\b",
    re.I,
)
#: The email follows an invitation sent before it.
_EARLIER_INVITATION = re.compile(
    r"\b(?:further\s+to|following(?:\s+on\s+from)?|as\s+per|further\s+to\s+our)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:invitation|invite|booking)\s+(?:(?:which\s+)?(?:was\s+)?sent|of|dated|on|emailed)\b",
    re.I,
)
#: The email says the invitation reached the reader before it, by another message: what it
#: carries is papers for that conference (the child's words, a report), not the booking
#: (issue 11, set z: "You already have the invitation and booking form from the SRU - this is
#: just her voice to go with your report" read as an invitation and `report_only`).
_ALREADY_INVITED = re.compile(
    r"\b(?:you|police|the\s+unit)\s+(?:should\s+|will\s+)?(?:already\s+)?(?:have|has|had|received)\s+"
    r"(?:already\s+)?(?:had\s+|received\s+)?(?:the|an?|your|our)\s+(?:\w+\s+){0,2}"
    r"(?:invitation|invite|booking(?:\s+form)?)\b(?![^.\n]{0,40}\b(?:not|yet)\b)"
    r"|\b(?:invitation|invite|booking\s+form)\s+(?:was|has\s+been|went)\s+(?:already\s+)?sent\s+"
    r"(?:separately|already|earlier|previously|last\s+week|on\b)",
    re.I,
)
_INVITATION_WORDS = re.compile(
    r"\binvit|\bbooking\s+form\b|\bhas\s+been\s+(?:arranged|booked)\b|\bwill\s+(?:take\s+place|be\s+held)\b|\bconference\s+(?:request|notification|details)\b|\brequest\s+for\s+child\s+protection\s+conference\b"
    # police asked to come, beside what they hold: "request for police information and
    # attendance", "confirm attendance", "could the officer in the case attend" (issue 11,
    # set r: a checks-and-attendance request read as a report request, not an invitation)
    r"|\b(?:information|checks)\s+(?:and|&)\s+attendance\b|\battendance\s+(?:request|required|requested)\b"
    r"|\brequest(?:ing)?\s+(?:police\s+)?attendance\b|\bconfirm\s+(?:your\s+|police\s+)?attendance\b"
    r"|\b(?:could|can|would|please)\s+(?:an?\s+|the\s+|your\s+)?(?:police\s+)?(?:officer|you|OIC)\b[^.?!\n]{0,30}?\battend\b",
    re.I,
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)
_OUR_REPORT = re.compile(
    r"\bpolice\s+report\b|\bwest\s+yorkshire\s+police\b|\bsafeguarding\s+unit\b|\bCPPU\b|@westyorkshire\.police\.uk",
    re.I,
)
_REPORT_DOC = re.compile(
    r"\bminutes\b|\bchild\s+protection\s+plan\b|\bpolice\s+report\b|\breport\s+(?:to|for)\s+(?:the\s+)?(?:child\s+protection\s+)?conference\b|\boutcome\s+letter\b|\bagency\s+report\b",
    re.I,
)
#: Words before a date that make it the old one ("originally 3 December", "Was: Thu 14 Jan");
#: a quoted message's "From:" header is no "from" (its "Sent:" date is the day it was written).
_FROM_DATE = re.compile(
    r"\b(?:from(?!:)|originally|previously|was\s+(?:due|booked|arranged|scheduled))\b"
    r"|\b(?:was|old(?:\s+date)?|original(?:\s+date)?|previous(?:\s+date)?)\s*:"
    r"|\b(?:old|original|previous)\s+date\b",  # a label over its value: "ORIGINAL DATE" / "07-DEC"
    re.I,
)
_TO_DATE = re.compile(r"\b(?:to|for|new\s+date|now\s+(?:take\s+place|be\s+held)|on)\b", re.I)
#: The words right before the old date of a moved meeting, however long: "It was due to take
#: place on Thursday 10 December" (issue 11, sets a and b: read as the new date).
_WAS_DUE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+)?(?:due|booked|arranged|scheduled|planned|set)"
    r"(?:\s+to\s+(?:take\s+place|be\s+held|go\s+ahead|happen))?\s+(?:on|for)\s+(?:the\s+)?$",
    re.I,
)


def conference_kind(text: str) -> ConferenceKind | None:
    """The kind a text names, strongest words first; a form's value may be just "Review".

    Struck options are deleted ones; a menu of kinds left whole ("Initial / Review / Transfer
    In", nothing struck or marked) names none of them."""
    text = unstruck(text)
    parts = [p for p in _MENU_SPLIT.split(text) if p.strip()]
    if len(parts) >= 2 and len({_one_kind(p) for p in parts} - {None}) >= 2:
        return None
    return _one_kind(text)


_MENU_SPLIT = re.compile(r"\s/\s|\s\|\s|\bor\b|☐|□")


def _one_kind(text: str) -> ConferenceKind | None:
    if _TRANSFER.search(text):
        return ConferenceKind.TRANSFER_IN
    hits = [
        (m.start(), k)
        for k, p in ((ConferenceKind.REVIEW, _REVIEW), (ConferenceKind.INITIAL, _INITIAL))
        if (m := p.search(text))
    ]
    if hits:
        return min(hits)[1]
    if _BARE_REVIEW.search(text):
        return ConferenceKind.REVIEW
    if _BARE_INITIAL.search(text) or re.search(r"\bpre[\s\-]?birth\b", text, re.I):
        return ConferenceKind.INITIAL
    return None


def is_pre_birth(text: str) -> bool:
    return _PRE_BIRTH.search(text) is not None


def marking(texts: Sequence[str]) -> str | None:
    """The highest protective marking in the texts (module docstring for the order)."""
    for name, pattern in _MARKINGS:
        if any(pattern.search(t) for t in texts):
            return name
    return None


def classify_message(
    info: MessageInfo, pages: Sequence[Page]
) -> tuple[MessageKind, bool, bool, date | None]:
    """(kind, cancels, reschedules, previous date) for one email."""
    subject = info.subject or ""
    if _MAIL_SYSTEM.match(subject):
        return MessageKind.REPLY, False, False, None
    bodies = [p for p in pages if p.is_body]
    body_text = "\n".join(p.text for p in bodies)
    # the sender's own words: the bodies and a meeting request's (its description is the
    # booking when the body is one line, `parsers.calendar_part`)
    requests = [p for p in pages if p.location == MEETING_REQUEST]
    said = "\n".join(p.text for p in (*bodies, *requests))
    has_form = any(looks_like_booking_form(p) for p in pages)
    cancels = bool(
        _CANCEL.search(said)
        or _SUBJECT_KINDS[0][1].search(subject)
        or any(CANCELLED_LINE in p.lines for p in requests)
    )
    replied = reply_date((p.text for p in bodies), reference=_sent(info))
    reschedules = not cancels and bool(
        _RESCHEDULE.search(said)
        or _SUBJECT_KINDS[1][1].search(subject)
        or any(
            moved_to_a_day(said, cue.end(), reference=_sent(info))
            for cue in _MOVED_TO.finditer(said)
        )
        or any(UPDATED_LINE in p.lines for p in requests)
        or any(
            new_date(said[cue.end() : cue.end() + _NOW_HELD_REACH], reference=_sent(info))
            for cue in _NOW_HELD.finditer(said)
        )
        or replied is not None
    )
    previous = None
    if reschedules:
        # a reply's old date is the one it names, else the quoted booking's (`parsers.fields`)
        previous = replied.replaced if replied else previous_date(said, reference=_sent(info))
    if cancels:
        return MessageKind.CANCELLATION, True, False, None
    if reschedules:
        return MessageKind.RESCHEDULE, False, True, previous
    if not has_form and _PORTAL.search(body_text + "\n" + subject) and len(body_text) < 2500:
        return MessageKind.PORTAL_NOTICE, False, False, None
    kind = _other_kind(subject, body_text, has_form=has_form, pages=pages)
    return kind, False, False, None


#: Meetings the unit is invited to that are no conference (DOMAIN.md §2: the mailbox gets
#: core groups, strategy meetings, CIN and LAC reviews too).
_OTHER_MEETING = re.compile(
    r"\bcore\s+group\b|\bstrategy\s+(?:meeting|discussion)\b|\bprofessionals?'?\s+meeting\b|"
    r"\b(?:CIN|child\s+in\s+need)\s+(?:meeting|review|plan\s+review)\b|"
    r"\b(?:LAC|CLA|looked\s+after(?:\s+child(?:ren)?)?)\s+review\b|\bfamily\s+group\s+conference\b|"
    r"\bMARAC\b|\bPLO\s+meeting\b",
    re.I,
)
_CONFERENCE = re.compile(r"\b(?:child\s+protection|case|CP)\s+conference\b|\bconference\b", re.I)


def _other_meeting(subject: str) -> bool:
    """The subject names another kind of meeting and no conference: "Core Group Meeting -
    WARD" is about a plan a conference made, not an invitation to one (issue 11, set h). A
    subject that also names a conference ("ICPC following the strategy meeting") is one."""
    other = _OTHER_MEETING.search(subject)
    if other is None or conference_kind(subject) is not None:
        return False
    rest = subject[: other.start()] + subject[other.end() :]
    return not _CONFERENCE.search(rest)


def _other_kind(subject: str, body: str, *, has_form: bool, pages: Sequence[Page]) -> MessageKind:
    newest = newest_message(body)  # a reply's own words: the message it quotes is older
    if _other_meeting(subject):
        return MessageKind.OTHER_MEETING
    for kind, pattern in _SUBJECT_KINDS[2:]:
        if kind is MessageKind.PLAN and re.search(r"\btransfer", subject, re.I):
            continue  # "Transfer of CP plan": how a transfer-in conference arrives
        if pattern.search(subject) and not _INITIAL_OR_INVITE.search(subject):
            return kind
    if _CHASER.search(subject + "\n" + newest):
        return MessageKind.REPORT_REQUEST  # a reminder about a report: the invitation was earlier
    if _EARLIER_INVITATION.search(newest) and _REPORT_REQUEST.search(subject + "\n" + body):
        # "Further to the invitation sent on 26 November, please complete the attached agency
        # report template": the request for the report, the invitation came before (set i)
        return MessageKind.REPORT_REQUEST
    if has_form:
        return MessageKind.INVITATION
    if _ALREADY_INVITED.search(newest):
        return MessageKind.PAPERS  # "You already have the invitation … this is her voice"
    for kind, pattern in _BODY_KINDS:
        if pattern.search(body):
            return kind
    if answers_the_booking(pages):
        # the council's answers to questions about a conference to come — its time, place,
        # the police request — written into the question: the booking the unit will get
        return MessageKind.INVITATION
    if _REPLY_SUBJECT.match(subject) and _OUR_REPORT.search(body) and not _invites(newest):
        return MessageKind.REPLY
    papers = "\n".join(p.text for p in pages if not p.is_body)  # the request's own title
    if _REPORT_REQUEST.search(body + "\n" + subject) and not _invites(
        body + "\n" + subject + "\n" + papers
    ):
        return MessageKind.REPORT_REQUEST
    return MessageKind.INVITATION


_INITIAL_OR_INVITE = re.compile(r"\binvit|\bbooking\b", re.I)


_DENIAL = re.compile(r"\b(?:no|not|nor)\b", re.I)


def _invites(text: str) -> bool:
    """Words of an invitation not denied in their sentence ("No child protection conference
    has been arranged at this stage" invites nobody)."""
    for found in _INVITATION_WORDS.finditer(text):
        sentence = re.split(r"[.!?\n]\s", text[max(0, found.start() - 80) : found.start()])[-1]
        if not _DENIAL.search(sentence):
            return True
    return False


#: "Brought forward" moves a meeting only with the day it now falls on: "brought forward to
#: Wednesday 20 January"; "apologies for the short notice, this ICPC has been brought forward"
#: explains why a first invitation comes late, and moves nothing the unit was told of (issue
#: 11: sets j, m, p, r, f and y say it of a first invitation, set s of a new date).
_MOVED_TO = re.compile(r"\b(?:moved|brought\s+forward)\s+to\b", re.I)
#: What a meeting is moved to besides a date or a time: "a new date", "next week", "later".
_MOVED_WHEN = re.compile(
    r"^\s*(?:(?:a|an)\s+)?(?:new|later|earlier|different|another|alternative)\s+(?:date|time|day)"
    r"|^\s*(?:next|the\s+following)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)"
    r"|^\s*(?:the\s+)?(?:morning|afternoon)\b",
    re.I,
)
#: What may stand between "moved to" and the date: "on", "the", a weekday ("Thu", "Thursday,").
_BEFORE_DAY = re.compile(
    r"^\W*(?:on\s+)?(?:the\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:the\s+)?$", re.I
)
_CLOCK_FIRST = re.compile(
    r"^\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b|hrs\b)|^\s*\d{1,2}[.:]\d{2}\b", re.I
)


def moved_to_a_day(text: str, end: int, *, reference: date | None) -> bool:
    """Whether the "moved to" ending at `end` moves a meeting: to a day, a time, or "a new
    date" — not a family to a town ("Her mother and her partner moved to Leeds (Armley) on
    14/12/2026", issue 11, set g: a transfer-in request read as a reschedule to that date)."""
    after = text[end : end + 40]
    if _MOVED_WHEN.match(after) or _CLOCK_FIRST.match(after):
        return True
    found = find_dates(after, reference=reference)
    return bool(found) and _BEFORE_DAY.match(after[: found[0][1]]) is not None


def previous_date(text: str, *, reference: date | None) -> date | None:
    """The date a reschedule moves the conference from ("from 3rd December", "originally ...")."""
    for found, start, _ in find_dates(text, reference=reference):
        before = text[max(0, start - 40) : start]
        if _FROM_DATE.search(before) and not _TO_DATE.search(
            before.split()[-1] if before.split() else ""
        ):
            return found
        if _WAS_DUE.search(_without_weekday(before)):
            return found
    return None


_WEEKDAY_END = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.I)


def _without_weekday(before: str) -> str:
    """The words before a date without the weekday that opens it ("… on Thursday" + "10 Dec")."""
    return _WEEKDAY_END.sub("", before)


def new_date(text: str, *, reference: date | None) -> date | None:
    """The date a reschedule moves the conference to (the first date not marked as the old one)."""
    for found, start, _ in find_dates(text, reference=reference):
        before = text[max(0, start - 40) : start]
        last = before.split()[-3:] if before.split() else []
        if _FROM_DATE.search(" ".join(last)) and not _TO_DATE.search(" ".join(last[-1:])):
            continue
        if _WAS_DUE.search(_without_weekday(before)):
            continue
        if re.search(r"\b(?:DOB|born|birth|completed|dated|sent)\b", before, re.I):
            continue
        return found
    return None


@lru_cache(maxsize=64)
def looks_like_booking_form(page: Page) -> bool:
    """A page with a conference-date label and a kind, or the police tick-box question.

    Kept for the last pages seen (a `Page` is compared by its content): the message kind,
    each attachment's role and the field reader ask it of the same pages, two or three
    times an email."""
    folded = [fold(line.split("\t")[0].split(":")[0]) for line in logical_lines(page)]
    has_date = any(
        f in _DATE_LABELS
        or (
            f.split(" ")[:1] == ["date"]
            and f.split(" ")[1:2] not in (["completed"], ["of"])
            and bool(find_dates(f))
        )
        or any(f.startswith(label + " ") for label in _DATE_LABELS if label != "date")
        for f in folded
    )
    has_kind = any(f in _KIND_LABELS for f in folded) or any(
        conference_kind(line) for line in page.lines[:40]
    )
    return (has_date and has_kind) or bool(page_observations(page))


_DATE_LABELS = frozenset(fold(x) for x in LABELS[DATE]) - {"when", "new date"}
_KIND_LABELS = frozenset(fold(x) for x in LABELS[KIND])


def attachment_role(pages: Sequence[Page], *, filename: str | None) -> AttachmentRole:
    """What one attachment is: booking form, invitation letter, report/minutes/plan, other."""
    text = "\n".join(p.text for p in pages)
    name = filename or ""
    head = "\n".join(text.splitlines()[:15]) + "\n" + name
    if re.search(
        r"\bminutes\b|\bchild\s+protection\s+plan\b|\boutcome\s+letter\b", head, re.I
    ) and not re.search(r"booking|request\s+for|notification", head, re.I):
        return AttachmentRole.REPORT
    if any(looks_like_booking_form(p) for p in pages) or re.search(r"booking\s+form", head, re.I):
        return AttachmentRole.BOOKING_FORM
    if re.search(r"\binvit(?:e|ed|ation)\b", text, re.I) and conference_kind(text):
        return AttachmentRole.INVITATION
    if _REPORT_DOC.search(head):
        return AttachmentRole.REPORT
    return AttachmentRole.OTHER


def _sent(info: MessageInfo) -> date | None:
    moment = info.received_at or info.date_header
    return moment.date() if moment else None

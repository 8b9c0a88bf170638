"""The `Invitation` record: everything the parsers read from one email.

Defined once, here, in the stage that produces it (STYLE.md: frozen, typed records). Later
stages read it and never change it.

One text representation serves every format, so the field reader and the criteria detector
never care where text came from:

- a `Page` is an ordered tuple of lines with a `location` ("body", "form.pdf p2", "form.docx");
- table cells on one line are separated by a TAB;
- every tick box, whatever its encoding (AcroForm state, ☒/☑/✓ glyph, Wingdings letter,
  a cross drawn in a square, w14:checkbox, FORMCHECKBOX, a struck or circled "Yes"), is
  rendered as the glyph `MARKED` ("☒") or `UNMARKED` ("☐") immediately before its label —
  or `UNREAD` ("⍰") for a box found on a scanned page whose mark could be neither told there
  nor told absent (`parsers.scan_boxes`), or a drawn box holding a shape or a fill that is no
  mark we know (`parsers.pdf_box_state`): a question with such a box is not answered;
- text struck through (Word's strike / double strike, HTML's <s>, <strike>, <del>) — the way a
  form says "delete as appropriate" — is wrapped in `STRUCK` ("~~deleted~~"): the field reader
  and the criteria read it as deleted, the tick-box reader as the option not chosen;
- text the form prints to help whoever fills it in — guidance, help and hint text, an example,
  the attendance criteria themselves, a placeholder or mail-merge leftover — is wrapped in
  `GUIDE_OPEN` … `GUIDE_CLOSE` (`parsers.guidance`): kept for a person to see, never read for
  a fact, a name or a date. The two are Unicode noncharacters, which no document carries.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from typing import Final
from zoneinfo import ZoneInfo

#: The unit's clock: the day a message was received, the day of a deadline and every wall time
#: a person reads are Europe/London (POLICY.md "Deadlines"). The one zone constant: parsers is
#: the lowest stage that needs it, and every later stage imports it from here (issue 14 item 5).
LONDON: Final = ZoneInfo("Europe/London")

MARKED = "☒"
UNMARKED = "☐"
UNREAD = "⍰"  # U+2370 APL FUNCTIONAL SYMBOL QUAD QUESTION: a box whose mark was not read
CELL = "\t"
STRUCK = "~~"
GUIDE_OPEN = "\ufdd0"
GUIDE_CLOSE = "\ufdd1"


class AttachmentRole(enum.StrEnum):
    BOOKING_FORM = "booking_form"
    INVITATION = "invitation"
    REPORT = "report"
    OTHER = "other"
    UNREADABLE = "unreadable"


class ErrorKind(enum.StrEnum):
    """Why an attachment could not be read (RELIABILITY.md S1's reasons)."""

    TOO_LARGE = "too_large"
    NOT_READ = "not_read"  # the message is over its size or attachment-count limit (issue 5)
    BOMB = "bomb"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    PARSER_ERROR = "parser_error"
    MACRO = "macro"
    ENCRYPTED = "encrypted_unreadable"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported"
    OCR_UNAVAILABLE = "ocr_unavailable"


class ConferenceKind(enum.StrEnum):
    INITIAL = "initial"
    REVIEW = "review"
    TRANSFER_IN = "transfer_in"


class PoliceTick(enum.StrEnum):
    """The booking form's police tick box (POLICY.md, DOMAIN.md §2.2)."""

    REQUIRED = "required"
    REPORT_SUFFICIENT = "report_sufficient"
    BOTH = "both"
    NEITHER = "neither"  # the form has the boxes but none is marked
    NOT_FOUND = "not_found"


class MessageKind(enum.StrEnum):
    """What the email is (POLICY.md "Not every email is an invitation")."""

    INVITATION = "invitation"
    RESCHEDULE = "reschedule"
    CANCELLATION = "cancellation"
    MINUTES = "minutes"
    PLAN = "plan"
    LETTER = "letter"
    REPORT_REQUEST = "report_request"
    REPLY = "reply"
    PORTAL_NOTICE = "portal_notice"
    OTHER_MEETING = "other_meeting"  # a core group, a strategy meeting: no conference
    # papers for a conference the unit was already invited to (the child's views, a report)
    PAPERS = "papers"
    UNKNOWN = "unknown"


#: Kinds of email that are no invitation to a conference (POLICY.md rule 1, `not_an_invitation`).
NOT_INVITATIONS = frozenset({
    MessageKind.MINUTES, MessageKind.PLAN, MessageKind.LETTER, MessageKind.REPORT_REQUEST,
    MessageKind.REPLY, MessageKind.OTHER_MEETING, MessageKind.PAPERS,
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mailbox:
    address: str | None  # lower case
    display_name: str | None

    @property
    def domain(self) -> str | None:
        if not self.address or "@" not in self.address:
            return None
        return self.address.rsplit("@", 1)[1]


@dataclass(frozen=True, slots=True)
class MessageInfo:
    message_id: str | None
    sender: Mailbox
    to: tuple[str, ...]
    subject: str | None
    date_header: dt.datetime | None
    received_at: dt.datetime | None  # newest Received: date, else Date:, in Europe/London
    authentication_results: tuple[str, ...]
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # S/MIME signature checked against the configured CAs: None = not signed or not checked.
    signature_valid: bool | None = None
    # the senders of the messages a forward carries, outermost first (`parsers.forwarded_from`)
    forwarded_from: tuple[str, ...] = ()

    @classmethod
    def unknown(cls, message_id: str | None = None) -> MessageInfo:
        """Nothing read from the headers (the message could not be read as MIME at all)."""
        return cls(
            message_id=message_id,
            sender=Mailbox(address=None, display_name=None),
            to=(),
            subject=None,
            date_header=None,
            received_at=None,
            authentication_results=(),
        )


@dataclass(frozen=True, slots=True)
class Page:
    """Lines of readable text from one place: the body, a page of a PDF, a Word file."""

    location: str
    lines: tuple[str, ...]
    number: int | None = None  # 1-based page number for paged formats
    # the text is an OCR engine's (Tesseract's, or a scan's invisible text layer): the field
    # reader undoes its commonest confusions (`parsers.ocr_reading`)
    ocr: bool = False
    # every line is a whole paragraph as its author wrote it (a word processor's: Word, ODT,
    # RTF), never a piece of one that a page width or a mailer wrapped: `triage.segments` joins
    # no two of its lines into one sentence (issue 11, set u: rough notes typed one fact a line,
    # in lower case and with no full stops, read as one sentence — "?NFA" on one line made the
    # agreement on the next historical)
    paragraphs: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def document(self) -> str:
        """The file a page belongs to: its location less the page number ("x.pdf p2")."""
        return re.sub(r"\s+p\d+$", "", self.location)

    @property
    def is_body(self) -> bool:
        """Whether the page is a message's own text ("body", "body (winmail.dat)"), not a file."""
        return self.location.lower().startswith("body")


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str | None
    declared_type: str | None  # what the MIME header claimed; never trusted
    media_type: str  # sniffed from the bytes
    size: int
    sha256: str
    role: AttachmentRole
    pages: tuple[Page, ...] = ()
    error: str | None = None  # a specific sentence for a person; None when read
    error_kind: ErrorKind | None = None
    ocr_used: bool = False
    encrypted: bool = False


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    date_of_birth: dt.date | None = None
    relationship: str | None = None
    expected: bool = False  # the date is an expected date of delivery (unborn child)


@dataclass(frozen=True, slots=True)
class BookingFields:
    """The booking-form fields, read from every document of the email together."""

    district: str | None = None
    district_source: str | None = None  # "sender" | "forwarded" | "content" | "mailbox"
    kind: ConferenceKind | None = None
    pre_birth: bool = False
    date: dt.date | None = None
    time: dt.time | None = None
    venue: str | None = None
    chair: str | None = None
    local_reference: str | None = None
    social_worker: str | None = None
    strategy_discussion_date: dt.date | None = None
    reason: str | None = None
    harm_categories: tuple[str, ...] = ()  # neglect | physical | sexual | emotional
    # where no category is stated: (category, the reason's sentence it was inferred from)
    harm_inferred: tuple[tuple[str, str], ...] = ()
    police_tick: PoliceTick = PoliceTick.NOT_FOUND
    children: tuple[Person, ...] = ()
    adults: tuple[Person, ...] = ()
    message_kind: MessageKind = MessageKind.UNKNOWN
    cancels: bool = False
    reschedules: bool = False
    previous_date: dt.date | None = None  # the date a reschedule moves the conference from
    marking: str | None = None  # OFFICIAL-SENSITIVE, OFFICIAL, RESTRICTED, PROTECT
    booking_form_found: bool = False
    # the form asks whether police should attend (answered or not: `police_tick` says which)
    police_question: bool = False
    # a sentence of the email asks for the police to attend, whatever the form's box says: the
    # covering note above the form, a chair's direction written on it (issue 11, set B)
    police_asked_in_words: bool = False
    # a form's answers whose labels no reader understood, shown on the desk (issue 11)
    unread_labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Invitation:
    message: MessageInfo
    body: tuple[Page, ...]  # the body, and the bodies of forwarded messages
    attachments: tuple[Attachment, ...]
    fields: BookingFields
    problems: tuple[str, ...] = field(default=())  # message-level faults (malformed MIME…)
    encrypted: bool = False  # S/MIME or a secure-portal notice whose content we cannot read
    over_limits: bool = False  # over the size or attachment-count limit: attachments not read
    text_cut: bool = False  # text past the caps of parsers.textcap was left out (issue 15)

    @property
    def pages(self) -> tuple[Page, ...]:
        """Every readable page: the body first, then attachments in order."""
        return self.body + tuple(p for a in self.attachments for p in a.pages)

    @property
    def ocr_used(self) -> bool:
        return any(a.ocr_used for a in self.attachments)

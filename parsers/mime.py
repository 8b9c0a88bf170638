"""`read_message()`: raw bytes of one email → its headers, body text and attachment bytes.

The MIME structure is read with the standard library (`email.policy.default`, RFC 2045–2049,
RFC 2231 parameter continuations, RFC 2047 encoded words); it is cheap enough to run in the
daemon's own process (LIBRARIES.md: 2–6 ms for 60 KB). Attachments are only decoded here, never
opened: `parsers.attachment` reads them in a worker (DESIGN.md step 2).

What counts as the body: the text/plain part; the HTML one when there is no plain text, when
the HTML holds a table whose cells the plain alternative ran together (sample 09: a booking form
as an HTML table), when the plain part is a stub of a few words beside a long HTML one, or when
the HTML marks options the plain text prints unmarked (an answer in red: `parsers.html_marks`).
A forwarded message (`message/rfc822`) is read as a message of its own: its body becomes
another `Page` and its attachments join the list. Inline forwards ("-----Original
Message-----") are ordinary body text and stay in it.

`read_message()` never raises (STYLE.md habit 5). Malformed MIME — a missing boundary, damaged
base64, a wrong or unknown charset, no body at all — is read as far as it goes and described in
`problems` with a sentence that names the fault, never the content. S/MIME encrypted content
(RFC 8551 enveloped-data) cannot be read here; the message is marked `encrypted`. Detached
signatures (`multipart/signed`'s second part) are proof, not content, and are not attachments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser, BytesParser
from typing import TYPE_CHECKING, Any

from parsers.calendar_part import LOCATION as MEETING_REQUEST
from parsers.calendar_part import calendar_lines
from parsers.forwarded_from import inline_senders
from parsers.headers import message_info, sender
from parsers.html_text import html_to_lines
from parsers.lost_symbols import symbols_restored
from parsers.records import MARKED, MessageInfo, Page
from parsers.smime import signed_entity

_MAX_DEPTH = 40  # multipart nesting; deeper is hostile (RFC 2046 sets no limit, real mail ~6)
_MAX_FORWARDS = 8  # a forward of a forward of …
_SIGNATURES = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"}
)
_PKCS7 = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
_CALENDARS = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_NOT_ENCRYPTED = frozenset({"signed-data", "certs-only", "compressed-data"})
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:")
_KNOWN_HEADER = re.compile(
    rb"^(?:from|to|subject|date|content-type|message-id|mime-version|received|sender|cc):",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RawPart:
    """One attachment's decoded bytes, as the message declared it (declarations are untrusted)."""

    filename: str | None
    declared_type: str | None
    data: bytes
    origin: str  # "message", or the location of the forwarded message it came in


@dataclass(frozen=True, slots=True)
class MimeMessage:
    info: MessageInfo
    body: tuple[Page, ...]
    parts: tuple[RawPart, ...]
    problems: tuple[str, ...]
    encrypted: bool


def read_message(raw: bytes) -> MimeMessage:
    """Read one email's MIME structure. Never raises."""
    try:
        msg = parse_bytes(raw)
        collector = _Collector()
        collector.message(msg, location="body", origin="message", forwards=0)
        info = replace(message_info(msg), forwarded_from=collector.forwarded_from())
    except Exception as exc:  # the boundary: a failure is recorded, never raised
        return unreadable(f"the message could not be read as MIME ({type(exc).__name__})")
    return MimeMessage(
        info=info,
        body=tuple(collector.pages),
        parts=tuple(dict.fromkeys(collector.parts)),
        problems=tuple(dict.fromkeys(collector.problems)),
        encrypted=collector.encrypted,
    )


def attachments(raw: bytes) -> tuple[RawPart, ...]:
    """The attachments of one email as the parsers count them, in MIME order. Never raises.

    The one attachment walk (issue 14 item 5): the desk lists and serves these for download,
    so "attachment 2" means the same part to a person as to the evidence read from it. Body
    text, a meeting request read as a page, and detached signatures are not attachments here.
    """
    return read_message(raw).parts


if TYPE_CHECKING:  # generic in typeshed only
    _EmailPolicy = policy.EmailPolicy[EmailMessage]
else:
    _EmailPolicy = policy.EmailPolicy


def parse_bytes(raw: bytes) -> Message:
    return BytesParser(policy=OnceParsedHeaders()).parsebytes(raw)


class OnceParsedHeaders(_EmailPolicy):
    """`email.policy.default`, except that one message parses each header value once.

    `Message.get()` re-parses the header it is asked for on every call, and the registry makes
    a new header class for each parse (`HeaderRegistry.__getitem__`): the parser and the walk
    above ask each part's Content-Type for its type, main type, boundary, charset and filename,
    about 25 parses of 3 distinct values an email, which was a tenth of a parse worker's time
    over the benchmark's mail (issue 11). The parsed header is immutable and depends only on
    the name and the value, so the first parse is kept, keyed by both, for the life of the
    message (one instance per parse: nothing is kept from one email to the next). Same
    registry, same defaults, same results as `policy.default`.
    """

    def __init__(self) -> None:
        super().__init__(
            header_factory=policy.default.header_factory,
            message_factory=policy.default.message_factory,
        )
        object.__setattr__(self, "_parsed", {})  # policies are read-only once made

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if type(value) is not str:  # a header object, or a compat32 Header: as before
            return super().header_fetch_parse(name, value)
        parsed: dict[tuple[str, str], Any] = getattr(self, "_parsed")  # noqa: B009
        key = (name, value)
        header = parsed.get(key)
        if header is None:
            header = parsed[key] = super().header_fetch_parse(name, value)
        return header


def headers_only(raw: bytes) -> MimeMessage:
    """The headers and nothing else (a message over the size limit: its body is not parsed).

    Only the header section is handed to the parser; `parsers.bounds` has bounded its size.
    """
    ends = [at for at in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if at >= 0]
    try:
        msg = BytesHeaderParser(policy=OnceParsedHeaders()).parsebytes(
            raw[: min(ends, default=None)]
        )
        info = message_info(msg)
    except Exception as exc:  # the boundary: a failure is recorded, never raised
        return unreadable(f"the message's headers could not be read ({type(exc).__name__})")
    return MimeMessage(info=info, body=(), parts=(), problems=(), encrypted=False)


def unreadable(problem: str) -> MimeMessage:
    """A message of which nothing could be read, with the reason as its one problem."""
    info = MessageInfo.unknown()
    return MimeMessage(info=info, body=(), parts=(), problems=(problem,), encrypted=False)


@dataclass(slots=True)
class _Collector:
    """Walks one message tree, collecting pages, attachments and problems in order."""

    pages: list[Page] = field(default_factory=list)
    parts: list[RawPart] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    encrypted: bool = False
    # (depth, order, address) of every forwarded message's sender (`parsers.forwarded_from`)
    senders: list[tuple[float, int, str]] = field(default_factory=list)

    def forwarded_from(self) -> tuple[str, ...]:
        """The forwarded messages' senders, outermost first, innermost last."""
        return tuple(dict.fromkeys(a for _, _, a in sorted(self.senders)))

    def message(self, msg: Message, *, location: str, origin: str, forwards: int) -> None:
        """One message: its body page goes before the pages of messages forwarded inside it."""
        at = len(self.pages)
        segments: list[tuple[str, ...]] = []
        self.walk(msg, segments=segments, origin=origin, depth=0, forwards=forwards)
        lines = symbols_restored(_join_segments(segments))
        for address in inline_senders(lines):  # inside this message's text: deeper than it
            self.senders.append((forwards + 0.5, len(self.senders), address))
        if lines:
            self.pages.insert(at, Page(location=location, lines=lines))
        elif not self.encrypted:
            which = "the message" if location == "body" else "a forwarded message"
            self.problems.append(f"{which} has no readable text body")

    def walk(
        self,
        part: Message,
        *,
        segments: list[tuple[str, ...]],
        origin: str,
        depth: int,
        forwards: int,
    ) -> None:
        self.problems.extend(_defect_sentences(part))
        if depth > _MAX_DEPTH:
            self.problems.append("the MIME structure is nested too deeply: deeper parts not read")
            return
        ctype = part.get_content_type()
        signed = signed_entity(part)  # an opaque-signed smime.p7m: the entity is the message
        if signed is not None:
            self.walk(signed, segments=segments, origin=origin, depth=depth + 1, forwards=forwards)
        elif ctype in _PKCS7 and _is_enveloped(part):
            self.encrypted = True
            self.problems.append("the message is S/MIME encrypted: its content was not read")
        elif ctype in ("message/rfc822", "message/global"):
            self.forwarded(part, forwards=forwards)
        elif part.is_multipart():
            children = [c for c in part.get_payload() if isinstance(c, Message)]
            if ctype == "multipart/alternative":
                self.alternative(
                    children, segments=segments, origin=origin, depth=depth, forwards=forwards
                )
            else:
                for child in children:
                    self.walk(
                        child, segments=segments, origin=origin, depth=depth + 1, forwards=forwards
                    )
        elif part.get_content_maintype() == "multipart":
            # Its boundary is missing or never appears: the raw text is all there is to read.
            segments.append(_plain_lines(_raw_text(part)))
        else:
            try:
                self.leaf(part, ctype=ctype, segments=segments, origin=origin)
            except Exception as exc:  # one unreadable part must not cost the others
                self.problems.append(f"a part could not be read ({type(exc).__name__})")

    def alternative(
        self,
        children: list[Message],
        *,
        segments: list[tuple[str, ...]],
        origin: str,
        depth: int,
        forwards: int,
    ) -> None:
        """RFC 2046 §5.1.4: the same content several ways; keep the one that reads best."""
        candidates: list[tuple[str, tuple[str, ...]]] = []
        for child in children:
            found: list[tuple[str, ...]] = []
            self.walk(child, segments=found, origin=origin, depth=depth + 1, forwards=forwards)
            candidates.append((child.get_content_type(), _join_segments(found)))
        plain = next((lines for kind, lines in candidates if kind == "text/plain" and lines), ())
        rich = next(
            (lines for kind, lines in reversed(candidates) if kind != "text/plain" and lines), ()
        )
        chosen = _choose_body(plain=plain, rich=rich)
        if chosen:
            segments.append(chosen)

    def leaf(
        self, part: Message, *, ctype: str, segments: list[tuple[str, ...]], origin: str
    ) -> None:
        if ctype in _SIGNATURES:
            return
        filename = _filename(part)
        if ctype in _CALENDARS or (filename or "").lower().endswith(".ics"):
            # a meeting request, inline or as an invite.ics: its start is the conference's
            data = part.get_payload(decode=True)
            lines = calendar_lines(data if isinstance(data, bytes) else b"")
            if lines:
                self.pages.append(Page(location=MEETING_REQUEST, lines=lines))
                return
        if _is_body_text(part, ctype=ctype, filename=filename):
            text, problems = _decoded_text(part)
            self.problems.extend(problems)
            self.problems.extend(_defect_sentences(part))
            if ctype == "text/html":
                segments.append(html_to_lines(text))
            else:
                segments.append(_plain_lines(_markup_read(text)))
            return
        data = part.get_payload(decode=True)
        self.problems.extend(_defect_sentences(part))
        data = data if isinstance(data, bytes) else b""
        if data or filename:
            declared = ctype if "content-type" in part else None
            self.parts.append(
                RawPart(filename=filename, declared_type=declared, data=data, origin=origin)
            )

    def forwarded(self, part: Message, *, forwards: int) -> None:
        if forwards >= _MAX_FORWARDS:
            self.problems.append("messages are forwarded inside each other too deeply to read")
            return
        inner = _inner_message(part)
        if inner is None:
            self.problems.append("a forwarded message part is empty")
            return
        location = _filename(part) or "forwarded message"
        address = sender(inner).address
        if address:
            self.senders.append((forwards + 1, len(self.senders), address.lower()))
        self.message(inner, location=location, origin=location, forwards=forwards + 1)


def _is_body_text(part: Message, *, ctype: str, filename: str | None) -> bool:
    if ctype not in ("text/plain", "text/html") or filename:
        return False
    return part.get_content_disposition() != "attachment"


def _is_enveloped(part: Message) -> bool:
    """RFC 8551 §3.2.2: smime-type says what the blob is; unlabelled blobs are encrypted ones."""
    smime_type = part.get_param("smime-type")
    kind = smime_type.lower() if isinstance(smime_type, str) else ""
    return kind not in _NOT_ENCRYPTED


def _inner_message(part: Message) -> Message | None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
    else:  # an encoded (base64) message/rfc822 part: decode it and parse it again
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data.strip():
            return None
        inner = parse_bytes(data)
    return _unwrapped(inner)


def _unwrapped(inner: Message) -> Message:
    """The real message when Outlook wrapped it in a header block of its own.

    Outlook sometimes writes a forwarded message as a part whose own headers are only
    `MIME-Version: 1.0`, then a blank line, then the real message's headers and body: the
    parser then sees a text/plain part whose text starts with header lines.
    """
    names = {key.lower() for key in inner}
    if names & {"from", "to", "subject", "date", "content-type"} or inner.is_multipart():
        return inner
    data = inner.get_payload(decode=True)
    if isinstance(data, bytes) and _starts_with_headers(data):
        return parse_bytes(data.lstrip(b"\r\n"))
    return inner


def _starts_with_headers(data: bytes) -> bool:
    head = data[:16384].replace(b"\r\n", b"\n").lstrip(b"\n").split(b"\n\n", 1)[0]
    lines = [line for line in head.split(b"\n")[:40] if line and line[:1] not in b" \t"]
    return (
        bool(lines)
        and all(_HEADER_LINE.match(line) for line in lines)
        and any(_KNOWN_HEADER.match(line) for line in lines)
    )


# --- text of one part ---------------------------------------------------------------------

_CELLS = re.compile(r"\S\t+\S")
_UNSAFE = re.compile(r"[^A-Za-z0-9._:+-]")
_DEFECTS = {
    "NoBoundaryInMultipartDefect": "a multipart section declares no boundary",
    "StartBoundaryNotFoundDefect": "a multipart section's boundary never appears in it",
    "CloseBoundaryNotFoundDefect": "a multipart section has no closing boundary",
    "MultipartInvariantViolationDefect": "a part claims to be multipart but has no parts",
    "FirstHeaderLineIsContinuationDefect": "a header block starts with a continuation line",
    "MissingHeaderBodySeparatorDefect": "a header block has no blank line after it",
    "MisplacedEnvelopeHeaderDefect": "a header block contains a misplaced envelope line",
    "InvalidBase64PaddingDefect": "a base64-encoded part is damaged (bad padding)",
    "InvalidBase64CharactersDefect": "a base64-encoded part is damaged (invalid characters)",
    "InvalidBase64LengthDefect": "a base64-encoded part is damaged (truncated)",
    "InvalidMultipartContentTransferEncodingDefect": "a multipart section has an invalid encoding",
}


def _defect_sentences(part: Message) -> list[str]:
    """Structural defects the parser noted (`email.errors`); header-value quibbles are skipped."""
    sentences = []
    for defect in part.defects:
        name = type(defect).__name__
        if name in _DEFECTS:
            sentences.append(_DEFECTS[name])
        elif not name.endswith("HeaderDefect") and "Header" not in name:
            sentences.append(f"the MIME structure has a defect ({name})")
    return sentences


def _filename(part: Message) -> str | None:
    """The part's file name (RFC 2231 continuations and RFC 2047 words decoded), or None."""
    try:
        name = part.get_filename()
    except Exception:  # a malformed Content-Disposition: the part is kept without a name
        return None
    if not isinstance(name, str):
        return None
    cleaned = "".join(char if char.isprintable() else " " for char in name).strip()
    return cleaned or None


def _decoded_text(part: Message) -> tuple[str, list[str]]:
    """The part's text: declared charset, else UTF-8, else Windows-1252 (Outlook's default).
    A part labelled ISO-8859-1 or ASCII is read as Windows-1252, as browsers do (WHATWG
    Encoding Standard): Outlook labels its smart quotes and dashes so, and as Latin-1 they came
    out as C1 control characters (issue 11, set t: "Clare\x92s Law", "Jordan \x96 the police")."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return "", []
    charset = part.get_content_charset()
    if charset in _WINDOWS_1252_LABELS:
        charset = "cp1252"
    candidates = [c for c in (charset, "utf-8", "cp1252", "latin-1") if c]
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (ValueError, LookupError):  # undecodable, unknown, or a name with a NUL in it
            continue
        if charset and codec != charset:
            shown = _UNSAFE.sub("", charset)[:40]
            return text, [
                f"a text part is not valid in its declared charset {shown}: read as {codec}"
            ]
        return text, []
    return data.decode("utf-8", errors="replace"), ["a text part has undecodable bytes"]


#: Labels that mean Windows-1252 in mail as on the web (WHATWG Encoding Standard, "windows-1252").
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1",
     "cp819", "ibm819", "x-cp1252", "windows-1252"}
)  # fmt: skip
#: An HTML element a case system's copy brings into a plain-text body.
_TAG = re.compile(
    r"</?(?:table|tbody|thead|tr|td|th|div|p|br|b|i|u|span|h[1-6]|ul|ol|li|strong|em|font)\b[^>]*>",
    re.I,
)
_TAGS_AT_LEAST = 3


def _markup_read(text: str) -> str:
    """A plain-text body with HTML pasted into it ("I copied them out of the case system and
    it's brought the formatting with it"): each paragraph that opens with a tag and holds
    several is read as the HTML it is — its table's rows as rows — and the rest kept as written
    (issue 11, set t: a booking table of `<tr><td>` read as tags, so no one and no tick)."""
    if "<" not in text:
        return text
    paragraphs = re.split(r"(\n\s*\n)", text)
    out = []
    for paragraph in paragraphs:
        if paragraph.lstrip().startswith("<") and len(_TAG.findall(paragraph)) >= _TAGS_AT_LEAST:
            out.append("\n".join(html_to_lines(paragraph)))
        else:
            out.append(paragraph)
    return "".join(out)


def _raw_text(part: Message) -> str:
    payload = part.get_payload()
    return payload if isinstance(payload, str) else ""


def _plain_lines(text: str) -> tuple[str, ...]:
    """Lines with trailing space removed, runs of blank lines kept as one (paragraphs matter)."""
    lines: list[str] = []
    for line in text.replace("\x00", "").splitlines():
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


def _join_segments(segments: list[tuple[str, ...]]) -> tuple[str, ...]:
    joined: list[str] = []
    for segment in segments:
        if segment:
            joined.extend(("", *segment) if joined else segment)
    return tuple(joined)


def _choose_body(*, plain: tuple[str, ...], rich: tuple[str, ...]) -> tuple[str, ...]:
    """The plain text, unless it is missing, ran together the cells of the HTML's table, or is
    a stub beside it ("This message is in HTML format…": a portal's plain part that holds a
    tenth of what its HTML says — issue 11, set e)."""
    if not plain:
        return rich
    if _has_cells(rich) and not _has_cells(plain):
        return rich
    if _marks(rich) > _marks(plain):
        # the HTML marks an option the plain text prints unmarked ("Required / Not required"
        # with "Required" in red: `parsers.html_marks`); the plain text cannot contradict it
        return rich
    if _words(rich) >= 4 * max(_words(plain), 1) and _words(rich) - _words(plain) >= 40:
        return rich
    return plain


def _marks(lines: tuple[str, ...]) -> int:
    return sum(line.count(MARKED) for line in lines)


def _words(lines: tuple[str, ...]) -> int:
    return sum(len(line.split()) for line in lines)


def _has_cells(lines: tuple[str, ...]) -> bool:
    return any(_CELLS.search(line) for line in lines)

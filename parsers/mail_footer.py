"""What a message says of its sender and of the law, not of the family: its footer.

Why: a council's e-mail wraps a few lines about one family in the sender's signature — a job
title or a team named for the work ("Domestic Abuse Champion", "CSE and Missing Team") —, the
council's slogans ("if you think a child is in danger, call the police on 999", "child sexual
exploitation: know the signs") and a legal notice ("it may contain information relating to a
police investigation or a registered sex offender"). Every criterion word can stand there, and
none of it is about the family: read as said, it put CSE, RSO and domestic-abuse criteria on a
neglect case (issue 11, set y, layout 124). Like a form's printed guidance (`parsers.guidance`),
this text stays for a person to read; the criteria read it as no evidence (`triage.segments`).

How it is known, by its shape rather than by lists of a council's phrases:
- a sign-off's tail (`signed_off`): a short sign-off line ("Kind regards", "Many thanks", "Thanks,
  Jo") with the writer's name on it or on one of the two lines under it; everything from there is
  the writer's signature and the council's footer, up to where another message or a form starts
  (a forward's or a reply's header, "> " quoting, a separator with words in it such as "----
  police comment ----", a tick box, a booking form's labelled line);
- a notice (`notice_start`): from the sentence that speaks to whoever receives "this email" (the
  intended recipient, the addressee, received in error) or says the e-mail is confidential,
  privileged, monitored or scanned, to the end of its paragraph;
- a slogan (`slogan`) among the last paragraphs of the message, under it and its notices: it
  speaks to any reader ("you"), gives a public contact (a telephone number, 999 or 101, a web
  address) and names no one in particular (no name with a title or rank, no "he" or "she", no
  "mum" or "father", no date).

A job title named on an addressee line ("Cc: Jo Lamb (Sex Offender Manager)") is read by
`triage.job_titles`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from parsers.forwarded_from import HEADER_LINE
from parsers.given_names import is_given_name
from parsers.guidance import parts
from parsers.label_meaning import kin_label, label_field, professional_role
from parsers.labels import QUOTED_START, TICK_MARKS
from parsers.person_names import name_token, split_name
from parsers.records import CELL, GUIDE_CLOSE, GUIDE_OPEN

#: A sign-off, and what the line holds after it (a name, or nothing).
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:kind(?:est)?|best|warm(?:est)?|many|with(?:\s+many)?|sincere|all\s+the)\s+)?"
    r"(?:regards|thanks|thank\s+you|wishes|yours(?:\s+(?:sincerely|faithfully|truly))?|cheers|"
    r"best|rgds)\b[\s,.!:;-]*(?P<rest>.*)$",
    re.I,
)
#: The most words a sign-off line takes with the name on it ("With many thanks, Jo Bloggs").
_SIGN_OFF_WORDS = 7
#: How many lines under a sign-off its writer's name may stand on ("Thanks" / "Hamza" /
#: "Hamza Iqbal": the first name, then the full one).
_NAME_BELOW = 2
#: What may follow a name on its line in a signature: a separator before a role or a team
#: ("Anna Booth, Researcher", "Jo Lamb | Social Worker").
_AFTER_NAME = re.compile(r"^\s*(?:[,|(/]|\s[-–—]\s|$)")
#: A separator line with words in it opens a part added below ("---- police comment ----",
#: "==== Forwarded ===="); a rule line alone ("------") only sets the footer off.
_TITLED_RULE = re.compile(r"^\s*[-_=*~]{3,}\s*\w.*?[-_=*~]{3,}\s*$")
#: A booking form's labelled line or heading ("Reason for conference: …", "Date<TAB>14/01/2027",
#: "REASON FOR CONFERENCE"), or a line with a date of birth: a form or a family's details
#: pasted under the covering note start there. A signature's own labels ("Tel:", "Address:",
#: "Team:") are no form's.
_LABELLED = re.compile(r"^\s*(?P<label>[^:\t]{2,40}?)\s*(?::|\t)\s*\S")
_BIRTH = re.compile(r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born|EDD)\b", re.I)
_FORM_FIELDS = frozenset(
    {"reason", "date", "time", "venue", "harm_category", "kind", "chair", "social_worker"}
)
#: A heading alone is a form's when it names a field, not a role a signature's title may name.
_ROLES = frozenset({"chair", "social_worker"})
_HEADING_WORDS = 6


def footer_lines(
    lines: Sequence[str], *, continues: Callable[[str, str], bool]
) -> tuple[tuple[str, bool], ...]:
    """Every line with whether it is footer (module docstring). A line whose notice starts
    after a sentence about the family is cut in two there; a notice or a slogan runs on over
    the lines that `continues` its paragraph (the reader's own test: a wrapped line)."""
    footer = signed_off(lines)
    out: list[tuple[str, bool]] = []
    notice = False  # the line above is a notice's, which a wrapped line continues
    for at, line in enumerate(lines):
        if notice and at not in footer and line.strip() and continues(out[-1][0], line):
            out.append((line, True))
            continue
        notice = False
        text = plain(line)
        start = None if at in footer else notice_start(text)
        if start is None:
            out.append((line, at in footer))
            continue
        if start:
            out.append((line[: _marked_at(line, len(text[:start].rstrip()))], False))
        out.append((text[start:], True))
        notice = True
    return tuple(_slogans_marked(out, continues))


def _slogans_marked(
    lines: list[tuple[str, bool]], continues: Callable[[str, str], bool]
) -> list[tuple[str, bool]]:
    """The lines with the slogans of the message's trailing block marked as footer: walking up
    from the page's end over footer already found and slogans, the first paragraph that is
    neither ends the walk. A slogan-like sentence inside the message ("if you need anything,
    call me on …" under the family's story) stays said."""
    out = list(lines)
    for start, end in reversed(_paragraphs(out, continues)):
        if all(footer for _, footer in out[start:end]):
            continue
        text = plain(" ".join(line for line, _ in out[start:end]))
        if CELL in text or not slogan(text):
            break
        out[start:end] = [(line, True) for line, _ in out[start:end]]
    return out


def _paragraphs(
    lines: list[tuple[str, bool]], continues: Callable[[str, str], bool]
) -> list[tuple[int, int]]:
    """Where each paragraph starts and ends: lines that `continues` joins, none of them blank
    and all of them footer or none."""
    found: list[tuple[int, int]] = []
    for at, (line, footer) in enumerate(lines):
        if not line.strip():
            continue
        above = lines[at - 1] if at else ("", footer)
        joined = (
            found
            and found[-1][1] == at
            and above[1] == footer
            and bool(above[0].strip())
            and continues(above[0], line)
        )
        found[-1:] = [(found[-1][0], at + 1)] if joined else [*found[-1:], (at, at + 1)]
    return found


def plain(text: str) -> str:
    """The text without its guidance marks (`parsers.guidance`)."""
    return "".join(piece for piece, _ in parts(text))


def _marked_at(text: str, plain_at: int) -> int:
    """The index in `text` of the character `plain_at` of its text without guidance marks."""
    seen = 0
    for at, char in enumerate(text):
        if seen == plain_at:
            return at
        seen += char not in (GUIDE_OPEN, GUIDE_CLOSE)
    return len(text)


def signed_off(lines: Sequence[str]) -> frozenset[int]:
    """The lines of every sign-off's tail (module docstring): the sign-off, the signature and
    the footer under it, up to the start of another message or of a form."""
    found: set[int] = set()
    tail = False
    filled = [(at, line) for at, line in enumerate(lines) if line.strip()]
    for n, (at, line) in enumerate(filled):
        if _another_part(line):
            tail = False
        if not tail:
            tail = _signs_off(line, [below for _, below in filled[n + 1 : n + 1 + _NAME_BELOW]])
        if tail:
            found.add(at)
    return frozenset(found)


def _signs_off(line: str, below: Sequence[str]) -> bool:
    found = _SIGN_OFF.match(line)
    if found is None or len(line.split()) > _SIGN_OFF_WORDS:
        return False
    rest = found["rest"].strip(" ,.-–")
    if rest:
        return _writer(rest)
    return any(_writer(other) for other in below)


def _writer(line: str) -> bool:
    """A line that is the writer's name: a person's name alone or before a role ("Megan Booth,
    Social Worker"), or a given name alone ("Hamza", "Jo")."""
    text = line.strip()
    if "\t" in text or TICK_MARKS.search(text):
        return False
    name, rest = split_name(text)
    if name is not None:
        return _AFTER_NAME.match(rest) is not None
    words = text.rstrip(" ,.").split()
    if len(words) != 1:
        return False
    word = words[0]
    return is_given_name(word) or (
        name_token(word)
        and not word.isupper()
        and len(word) > 1
        and label_field(word) is None
        and not professional_role(word)
    )


def _another_part(line: str) -> bool:
    """Where another message or a form starts under a signature (module docstring)."""
    if QUOTED_START.match(line.lstrip()) or _TITLED_RULE.match(line) or TICK_MARKS.search(line):
        return True
    if HEADER_LINE.match(line):
        return True
    if _BIRTH.search(line):  # a family's details: no signature holds a date of birth
        return True
    labelled = _LABELLED.match(line)
    if labelled is not None:
        return label_field(labelled["label"]) in _FORM_FIELDS
    heading = line.strip().rstrip(":")
    return (
        len(heading.split()) <= _HEADING_WORDS
        and "|" not in heading
        and label_field(heading) in _FORM_FIELDS - _ROLES
    )


#: Sentence ends inside a paragraph.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(]?[A-Z])")
#: A sentence a notice is made of, by whom it speaks to or what it says of the e-mail itself.
_TO_RECIPIENT = re.compile(
    r"\b(?:intended|named)\s+(?:recipient|addressee)s?\b|\baddressee\(?s?\)?|"
    r"\b(?:received|receive|receiving)\s+(?:this|it)\b[^.]{0,60}\bin\s+error\b|"
    r"\bfreedom\s+of\s+information\s+act\b|^\W*(?:e-?mail\s+)?disclaimer\b|"
    r"\bbefore\s+printing\s+this\b",
    re.I,
)
_THIS_EMAIL = re.compile(
    r"\b(?:this|the|our|its)\s+(?:e-?mail|message|communication)s?\b|\be-?mails?\s+(?:sent|to|from)\b",
    re.I,
)
_ABOUT_ITSELF = re.compile(
    r"\bconfidential|\bprivilege|\bmonitor|\bvirus|\bmalware|\bscanned\b|\bliability\b|"
    r"\bviews\s+(?:or\s+opinions\s+)?expressed\b|\bunauthori[sz]ed\b|\blawful\s+business\b",
    re.I,
)


def notice_start(text: str) -> int | None:
    """Where a legal or confidentiality notice starts in a paragraph (it runs to the end), or
    None: the first sentence that speaks to whoever receives the e-mail, or says of "this
    email" that it is confidential, privileged, monitored or scanned. A sentence about the
    family before it ("Mr Pybus is on bail. This email is confidential …") stays said, and a
    notice names no one in particular: "This e-mail holds confidential details of Mr Pybus,
    who is …" is the message's own (`_no_one`)."""
    at = 0
    for sentence in _sentences(text):
        if _TO_RECIPIENT.search(sentence) or (
            _THIS_EMAIL.search(sentence) and _ABOUT_ITSELF.search(sentence)
        ):
            start = at + (len(sentence) - len(sentence.lstrip()))
            return start if _no_one(text[start:]) else None
        at += len(sentence)
    return None


def _sentences(text: str) -> list[str]:
    """The paragraph cut before each sentence's start; the pieces join back to `text`."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
#: A public contact: a UK telephone number, 999 / 101 / 111, a web or e-mail address.
_CONTACT = re.compile(
    r"(?<!\d)(?:0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}|999|101|111)(?!\d)|"
    r"\bwww\.|https?://|\b[\w-]+\.(?:gov|org|co|nhs|police)\.uk\b",
    re.I,
)
#: Someone in particular: a name after a title or a rank, "he" or "she", a date ("24/7" is a
#: helpline's hours, no date).
_SOMEONE = re.compile(
    r"\b(?-i:Mr|Mrs|Ms|Miss|Mx|Dr|DC|DS|DI|DCI|PC|PS|Sgt)\.?\s+(?-i:[A-Z])|"
    r"\b(?:he|she|him|her|his|hers|himself|herself)\b|"
    r"(?<![\d/])(?!24/7\b)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?![\d/])|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)


def _kin(text: str) -> bool:
    """Whether the text names an adult of a family by their relation ("the father", "mum")."""
    return any(kin_label(word) == "adult" for word in re.findall(r"[A-Za-z][\w'’-]*", text))


def slogan(text: str) -> bool:
    """A paragraph said to any reader: it speaks to "you", gives a public contact and names
    no one in particular (module docstring). "If you have any questions call me on 01924
    …" is one too, and says nothing of a criterion either."""
    return bool(_YOU.search(text) and _CONTACT.search(text) and _no_one(text))


def _no_one(text: str) -> bool:
    """Whether the text names no one in particular: no name after a title or a rank, no "he"
    or "she", no adult by their relation to a family ("the father", "mum"), no date."""
    return _SOMEONE.search(text) is None and not _kin(text)

"""Guidance known by its words, whatever the format it came in (`parsers.guidance`).

A form's own words are of a few kinds, and none of them is about a family:

- a **placeholder** or **mail-merge leftover**: "Click or tap here to enter text.", "Choose an
  item.", "«Child_Surname»", "{{agency}}", "[Insert reason]", "MERGEFIELD Chair";
- text under a **cue** that says what it is — "Guidance: …", "Help: …", "Example: …", "e.g. …",
  "Examples of when …:", "[Guidance: … delete before sending]" — to the end of its cell (a help
  line under a label is one cell of the form); guidance that names someone or a date is no
  guidance (an example's names and dates are the example's);
- a **statement of what the police do in general**: the police, or their attendance, or a
  report, with a modal or habitual verb and a general condition ("Police will normally attend
  where …", "Attendance may be arranged where police are members of the core group", "Police
  do not routinely attend review conferences", "In all other cases a written report will
  normally be sufficient") — with its list of criteria after a colon, on the lines below — and
  the question it answers ("When will police attend a review?");
- an **instruction** to whoever fills the form in ("Tick ONE box. If you are unsure, …",
  "If police are involved give the officer and crime number.", "Under 'Police involvement'
  summarise any …") — but never one that may be the form's label or its police question (a
  lone "State the concerns", one with a colon, one about attending or a report).

No guidance holds a tick box: a box and its label are the form's question.

A statement or instruction that names someone ("Mr", "DC", …), a date or "this family" speaks
of this case and is kept as said: real facts written beside the guidance still count.
A sentence the line above left unfinished goes on while the next line opens in lower case; a
list goes on while its lines open with a bullet or in lower case.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

from parsers.records import MARKED, UNMARKED, UNREAD

Span = tuple[int, int]


class Carry(enum.Enum):
    """What a line of guidance leaves the next line to continue."""

    NONE = "none"
    SENTENCE = "sentence"  # a sentence of guidance not ended: goes on in lower case
    LIST = "list"  # a list of guidance whose item is not ended: a bullet or lower case
    LIST_DONE = "list_done"  # a list whose last item ended: only a bullet goes on
    BRACKET = "bracket"  # "[Guidance: … wrapped onto the next line …]": to its closing bracket


_PLACEHOLDER = re.compile(
    r"(?:click|tap)(?:\s+or\s+(?:click|tap))?\s+(?:here\s+)?to\s+enter\s+(?:text|a\s+date)\.?|"
    r"\bchoose\s+an\s+item\.?|\benter\s+text\s+here\.?|"
    r"«\s*[A-Za-z][\w.-]{0,60}\s*»|\{\{\s*[A-Za-z][\w.-]{0,60}\s*\}\}|<<\s*[A-Za-z][\w.-]{0,60}\s*>>|"
    r"\bMERGEFIELD\s+\S+|"
    r"\[\s*(?:guidance|help|hint|note|notes|example|e\.g\.|instructions?|delete|insert|enter|"
    r"add|type|complete|select|choose|name|date|details|reason|summary|text)\b[^\[\]]*\]",
    re.I,
)
#: A cue that says its text is help, at a sentence's start — or the attendance criteria
#: themselves, as a heading over their list ("Police attendance criteria", "Criteria for police
#: attendance:"). A note to agencies is no cue: it may carry this family's facts ("Note for
#: agencies: the father is on bail …").
_CUE = re.compile(
    r"(?:guidance|instructions?)\b(?:\s+(?:notes?|for|on|to)\b[^.:]{0,80}?)?(?:\s*[:–—-]|\s*\(|\s*$)|"
    r"(?:help|hints?|tips?|guidance\s+notes?)\s*[:–—]|"
    r"notes?\s+(?:for|on)\s+(?:completion|completing)\b|"
    r"(?:(?:the\s+)?(?:police\s+)?attendance\s+criteria|criteria\s+for\s+(?:police\s+)?"
    r"attendance(?:\s+by\s+(?:the\s+)?police)?)\b[^.]{0,60}?(?:[:–—-]|\(|$)|"
    # a heading or a label that calls itself guidance: "POLICE ATTENDANCE - GUIDANCE (from the
    # protocol)", "Police guidance: …"
    r"[\w'’ ]{0,40}?[-–—(]?\s*\bguidance\b(?:\s*\([^()]{0,60}\))?\s*(?::|$)",
    re.I,
)
#: A cue that says its text is an example: names and dates in it are the example's.
_EXAMPLE = re.compile(
    r"examples?(?:\s+of\b[^:]{0,80})?\s*[:–—-]|e\.\s?g\.?[\s:,]|eg[:,]\s|for\s+example[:,]",
    re.I,
)
#: Who a statement of practice is about — the police, their attendance, a report — and its verb:
#: a modal, a negated habit or the plain present of attending ("Police attend ICPCs where …"),
#: never a tense of this case's events ("Police are investigating …", "were called").
_PRACTICE = re.compile(
    r"(?:[A-Z][\w ]{0,40}:\s*)?"  # a label before it: "Note for partner agencies: …"
    r"(?:(?:in\s+all\s+other\s+cases|in\s+general|generally|normally|usually),?\s+)?"
    r"(?:west\s+yorkshire\s+)?(?:the\s+)?(?:police(?:\s+officers?)?|officers?|"
    r"an?\s+(?:police\s+)?officer|(?:police\s+)?attendance(?:\s+(?:by|of|from)\s+(?:the\s+)?"
    r"police)?|(?:a|the)\s+(?:\w+\s+){0,2}?report|"
    # the police unit that decides, or its supervision: "SGU supervision will consider …"
    r"(?:(?:the|police)\s+)?(?:SGU|CPPU|DSU|CSU|(?:police\s+|child\s+|district\s+)?"
    r"safeguarding\s+unit|unit)(?:\s+(?:supervision|supervisors?|sergeants?|DS))?)"
    r"(?:\s+\w+){0,2}?\s+(?:will|would|should|shall|may|might|can|must|does\s+not|do\s+not|"
    r"attends?|(?:is|are)\s+(?:not\s+)?(?:normally|usually|generally|routinely|typically))\b",
    re.I,
)
#: The general condition or habit that makes a statement of practice, not of this case: a
#: habit, "in all other cases", a condition on anyone ("where there is …", "where a …",
#: "where police are …") — never on this case's time ("when the child is well enough").
_GENERAL = re.compile(
    r"\b(?:normally|usually|generally|routinely|typically|ordinarily|in\s+(?:all\s+)?(?:other\s+)?"
    r"cases)\b|"
    r"\b(?:where|unless)\s*:?\s*(?:,\s*(?:for\s+example|e\.g\.),?\s*)?(?:there\s+(?:is|are|has|have)|"
    r"an?\s|any\s|police\s|they\s|one\s+or\s+more\b|either\b|\(?[a-h1-9][.)])|"
    r"\bthe\s+following\b|"
    r"\battend\s+(?:\w+\s+)?(?:ICPCs|RCPCs|conferences|reviews)\b",
    re.I,
)
#: A statement that announces the list under it.
_FOLLOWING = re.compile(r"\bthe\s+following\b|:\s*$", re.I)
#: A question of when police attend in general, heading the guidance that answers it ("When
#: will police attend a review?"): asked of nobody, unlike the form's own Yes/No question.
_PRACTICE_QUESTION = re.compile(
    r"(?:when|why|how\s+often|in\s+what\s+(?:circumstances|cases))\b[^?]*"
    r"\b(?:police|officers?)\b[^?]*\battend",
    re.I,
)
_FORM_VERBS = (
    r"tick|mark|select|circle|delete|state|list|include|give|summari[sz]e|describe|provide|"
    r"complete|enter|insert|attach|detail|outline|indicate|specify|record|say|explain"
)
#: What an instruction's verb takes: "Mark one box", "State the concerns", "Include police, …"
#: — never a name's verb ("Mark was arrested" is Mark).
_OBJECT = (
    r"the|a|an|any|anyone|anything|all|every|one|each|your|this|details?|whether|why|what|how|"
    r"who|which|where|when|below|above|if|as|only|police|in|here|boxes?"
)
_INSTRUCTION = re.compile(
    rf"(?:please\s+)?(?:{_FORM_VERBS})\s+(?:{_OBJECT})\b|"
    rf"if\b[^.?!]{{0,160}}?(?:,\s*please\b|\b(?:please\s+)?(?:{_FORM_VERBS})\b)|"
    rf"under\s+[\"'‘“][^\"'’”]{{1,60}}[\"'’”]\s*,?\s*(?:please\s+)?(?:{_FORM_VERBS})\b",
    re.I,
)
#: What the form's police question is about: an instruction naming it is that question.
_POLICE_QUESTION = re.compile(r"\battend|\breport\b", re.I)
_CONDITIONED = re.compile(r"(?:if|under)\b", re.I)
_BOX = re.compile(f"[{MARKED}{UNMARKED}{UNREAD}]")
#: Words of this case: a person by title, a date, "this family" — said, not printed.
_SPECIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|PC|DS|DI|DCI|PCSO|Sgt)\.?\s+[A-Z]|"
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(?:this|these)\s+(?:family|case|child|children|young\s+person)\b|"
    r"\bon\s+this\s+occasion\b",
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[^a-z\s]|\s*$)")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●○\-–—*]\s|\d{1,2}[.)]\s|[a-h][.)]\s)")
_ENDS = re.compile(r"[.!?][\"”’')\]]*\s*$")


def guidance_spans(text: str, carry: Carry, *, label_cell: bool = True) -> tuple[list[Span], Carry]:
    """Where `text` (one cell or line, no guidance marked in it) is guidance, and what the
    next line continues. `label_cell`: the text may be a label (a line, a row's first cell),
    so a lone instruction in it is taken for the label it may be."""
    spans: list[Span] = []
    at, carry = _carried(text, carry, spans)
    if at >= len(text):
        return spans, carry
    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text, at)]
    spans += placeholders
    carry = Carry.NONE
    announced = False  # a statement of practice announced the list on the lines below
    sentences = _sentences(text, at)
    for start, end in sentences:
        start = _past_placeholders(text, start, placeholders)
        sentence = text[start:end]
        lead = len(sentence) - len(sentence.lstrip())
        body = sentence.strip()
        if not body or _BOX.search(body):
            continue  # a tick box and its label are the form's question
        example = _EXAMPLE.match(body)
        cue = _CUE.match(body.lstrip("[(")) and not _SPECIFIC.search(text, start)
        if example or cue:
            if not _BOX.search(text, start):
                spans.append((start + lead, len(text)))
                if body.startswith("[") and "]" not in body:  # wrapped: on to its "]"
                    return _merged(spans), Carry.BRACKET
                # an example's answer may follow as a list; a heading's list is its own
                return _merged(spans), _left_open(text, heading=not example)
            continue
        kind = _statement(body, alone=label_cell and len(sentences) == 1)
        if kind is not None:
            spans.append((start + lead, end))
            carry = _left_open(text) if end >= len(text.rstrip()) else Carry.NONE
            # "… where one or more of the following apply. Please state which." / "1. …"
            announced = announced or (kind == "practice" and bool(_FOLLOWING.search(body)))
    if announced and carry is Carry.NONE:
        carry = Carry.LIST_DONE
    return _merged(spans), carry


def names_this_case(text: str) -> bool:
    """Whether text names someone by title, a date or "this family" — outside an example,
    whose names and dates are the example's."""
    return _SPECIFIC.search(text) is not None and not _EXAMPLE.match(text.strip())


def _past_placeholders(text: str, start: int, placeholders: list[Span]) -> int:
    """A sentence's start past the placeholders that open it ("«If_Police_Involved» Please
    mark one box.": the instruction starts at "Please")."""
    moved = True
    while moved:
        moved = False
        at = start + len(text[start:]) - len(text[start:].lstrip())
        for begin, end in placeholders:
            if begin <= at < end:
                start, moved = end, True
    return start


def _statement(sentence: str, *, alone: bool) -> str | None:
    """ "practice", "instruction" or None for one sentence; `alone`: the only one of its line.

    An instruction is guidance only where it cannot be the form's label or question: not
    alone on its line (a lone "Describe the concerns" is the label of the answer below it)
    unless a condition opens it ("If police are involved give …"), with no colon (the answer
    follows it) and not about attending or a report (the police question itself)."""
    if _SPECIFIC.search(sentence):
        return None
    if sentence.endswith("?"):  # only a question of when police attend in general is theirs
        return "practice" if _PRACTICE_QUESTION.match(sentence) else None
    if _PRACTICE.match(sentence) and _GENERAL.search(sentence):
        return "practice"
    if not _INSTRUCTION.match(sentence) or ":" in sentence or _POLICE_QUESTION.search(sentence):
        return None
    if alone and not _CONDITIONED.match(sentence):
        return None
    return "instruction"


def _carried(text: str, carry: Carry, spans: list[Span]) -> tuple[int, Carry]:
    """Where the guidance the line above left open ends in `text` (0: none), appended to
    `spans`, and the carry after it."""
    if carry is Carry.BRACKET:  # to the bracket that closes it, never past a blank line
        if not text.strip():
            return 0, Carry.NONE
        close = text.find("]")
        stop = close + 1 if close >= 0 else len(text)
        spans.append((0, stop))
        return stop, Carry.NONE if close >= 0 else Carry.BRACKET
    opens = text.lstrip()[:1]
    bullet = _BULLET.match(text) is not None
    if carry is Carry.SENTENCE and opens.islower():
        end = next(_sentence_ends(text), None)
        stop = end.end() if end else len(text)
        spans.append((0, stop))
        return stop, Carry.SENTENCE if end is None else Carry.NONE
    if (carry is Carry.LIST and (bullet or opens.islower())) or (
        carry is Carry.LIST_DONE and bullet
    ):
        stop = _list_end(text)
        spans.append((0, stop))
        if stop < len(text):
            return stop, Carry.NONE
        return stop, Carry.LIST_DONE if _ENDS.search(text) else Carry.LIST
    return 0, Carry.NONE


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})$")


#: A dot that ends an abbreviation, not a sentence ("e.g. Mary Smith", "Mr. Cole").
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|approx|no|mr|mrs|ms|dr|st|ref|tel)$", re.I)


def _no_end(text: str, start: int, end: re.Match[str]) -> bool:
    """Whether the dot at `end` ends no sentence: an item's number ("1. Current …") or an
    abbreviation ("e.g. Mary Smith, 01/01/1990")."""
    return bool(_ITEM_NUMBER.match(text[start : end.start()])) or bool(
        _ABBREVIATION.search(text[start : end.start()])
    )


def _sentence_ends(text: str, at: int = 0) -> Iterator[re.Match[str]]:
    """Sentence ends in `text` from `at` (`_no_end`)."""
    for end in _SENTENCE_END.finditer(text, at):
        if not _no_end(text, at, end):
            yield end


def _list_end(text: str) -> int:
    """Where a line of list items ends: at a sentence end that no bullet follows."""
    for end in _sentence_ends(text):
        rest = text[end.end() :]
        if rest.strip() and not _BULLET.match(rest):
            return end.end()
    return len(text)


def _left_open(text: str, *, heading: bool = False) -> Carry:
    """What a line whose guidance runs to its end leaves the next line: a list after a colon
    or a semicolon, or after a heading of guidance that ends no sentence; else its sentence's
    words wrapped onto the next line."""
    tail = text.rstrip()
    if tail.endswith((":", ";")):
        return Carry.LIST
    if _ENDS.search(tail):
        return Carry.NONE
    return Carry.LIST if heading else Carry.SENTENCE


def _sentences(text: str, at: int) -> list[Span]:
    out: list[Span] = []
    start = at
    for end in _SENTENCE_END.finditer(text, at):
        if _no_end(text, start, end):
            continue
        out.append((start, end.end()))
        start = end.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out

"""The police request said in a sentence, not a box (issue 11: the request in other shapes).

A letter written in the email says what a booking form's tick box would: "it has been agreed
that an officer will attend", "Police attendance would be very helpful at this review", "We
are not asking for police attendance, but would be grateful for a short written update", "a
written report will suffice". Lists of phrases read the one council that wrote them; this
reads a clause as three parts any council's wording has:

- its **topic**: the police attending (attend, attendance, present, in person) or the police
  writing (a report, an update), in a sentence that names the police or an officer;
- its **stance**: wanting (required, asked, needed, helpful, grateful, agreed, will attend) or
  being enough (suffice, sufficient, enough, in lieu) — and whether a negation before the
  stance word, or right after it, turns it ("not asking for", "is not required");
- its **mood**: a condition or a question ("If an officer cannot attend, …", "let us know
  whether …") says nothing either way, and neither does attending a place ("officers
  attending a call", "asked to attend the address").

Attending wanted → required; attending not wanted, or a report that is enough → report
sufficient. The first clause that decides, in reading order, is the answer. Pure: text in,
answer out.
"""

from __future__ import annotations

import re

from parsers.labels import prose_blocks
from parsers.records import PoliceTick

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
#: A line that ends with no punctuation before a line that opens with a capital is a heading
#: or a form's words, not a sentence wrapped by the mailer: the two are read apart.
#: Words of an arrangement made, not a request: with `agreed_counts` False they say nothing.
_AGREED = re.compile(r"agreed|confirmed|arranged|will\s+(?:be\s+)?attend(?:ing)?", re.I)
#: The answer on the line under a capitals label, as an old case system prints a form
#: ("POLICE ATTENDANCE" / "REQUIRED"): an answer though it is no sentence (issue 11, set c).
_CAPITALS_ANSWER = re.compile(r"(?:NOT\s+)?[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}\.?")
#: A verb that makes words a sentence: a bare "Police attendance required" is an option.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|"
    r"does|do|did|asks?|requests?|requires?|needs?|agreed|confirmed)\b",
    re.I,
)
#: Where one clause of a sentence ends and the next begins ("…; attendance by an officer is
#: not required", "…, but would be grateful for …", "… and a written report will suffice").
_CLAUSE_END = re.compile(
    r";|:|,?\s+but\s+|,\s+(?:and|although|though|as|so)\s+|\s+and\s+(?=an?\s|the\s|your\s|police\s|we\s)"
    r"|\s[-–—]\s",
    re.I,
)

_POLICE = re.compile(
    r"\b(?:police|officers?|DC|PC|DS|DI|CPPU|CAIU|WYP|safeguarding\s+unit|constabulary)\b", re.I
)
_ATTENDING = re.compile(
    r"\battend(?:s|ing|ance|ed)?\b|\bpresen(?:t|ce)\s+at\b|\bin\s+person\b|"
    # being there said any way: "I would like the police to be there", "police presence
    # requested", "we would welcome police representation" (issue 11, set B)
    r"\bbe\s+(?:there|present)\b|\bpresence\b|\brepresentation\b|"
    # coming to it: "nobody needs to come along", "an officer to come to the meeting" (set A)
    r"\bcome\s+(?:along|in\s+person|to\s+(?:the\s+|this\s+)?(?:conference|meeting|review))\b",
    re.I,
)
_WRITING = re.compile(
    r"\breport\b|\bupdate\b|\bsummary\b|\bwritten\s+(?:contribution|information)\b|\bin\s+writing\b",
    re.I,
)
#: Attending a place or an event, not the conference.
_ATTEND_PLACE = re.compile(
    r"\battend(?:s|ing|ed)?\s+(?:to\s+)?(?:a|an|the)\s+(?:call|address|home|house|property|"
    r"scene|incident|hospital|school|flat|report\s+of)\b",
    re.I,
)
_WANT = re.compile(
    r"\b(?:requir(?:e|es|ed|ing)|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|need(?:s|ed|ing)?|"
    r"necessary|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|would\s+like|want(?:s|ed)?|"
    r"helpful|grateful|appreciated?|welcome[ds]?|valuable|important|essential|vital|"
    r"agreed|confirmed|arranged|invited?|please\s+attend|will\s+(?:be\s+)?attend(?:ing)?|"
    r"should\s+attend|must\s+attend)\b",
    re.I,
)
_ENOUGH = re.compile(
    r"\b(?:suffic(?:e|es|ed|ient|iently)|enough|adequate|in\s+lieu|instead\s+of|rather\s+than|"
    r"(?:is|will\s+be)\s+fine|acceptable|(?:will|would)\s+do)\b",
    re.I,
)
_MEETING = re.compile(
    r"\b(?:conference|meeting|review|[IR]?CPCC?|CPRC|on\s+this\s+occasion|chair)\b", re.I
)
_PAST = re.compile(r"\b(?:was|were|had)\b", re.I)
#: Someone other than the police whose attending a clause may speak of.
_OTHER_ACTOR = re.compile(
    r"\b(?:mum|mother|dad|father|parents?|carers?|family|Mr|Mrs|Ms|Miss|he|she|they|"
    r"social\s+worker|school|health\s+visitor|child(?:ren)?)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|nor|never|without|nobody|no-one)\b|n['’]t\b", re.I)
#: A condition or a question: it asks, or says what happens if; it does not say.
_UNDECIDED = re.compile(
    r"^\s*(?:if|should|where|unless|in\s+case|whether)\b|\bwhether\b|\blet\s+(?:us|me)\s+know\b|"
    r"\bplease\s+(?:advise|confirm|indicate)\b|\bunable\s+to\s+(?:say|confirm)\b",
    re.I,
)
#: A clause that speaks of when or where the police attend, not whether they should here:
#: "The box on page 1 explains when police attendance at reviews is expected" (set p, 76-03:
#: a covering note pointing at the form's guidance read as a request).
_EMBEDDED = re.compile(r"\b(?:when|where|whether|how)\b", re.I)
#: The form's report option said as a sentence of its own, without naming the police:
#: "Written report sufficient." (issue 11, set l: a prose booking quoted under a reply).
_REPORT_STATED = re.compile(
    r"\bwritten\s+report\s+(?:will\s+be\s+|would\s+be\s+|is\s+)?(?:sufficient|enough)\b", re.I
)
#: "Police attendance required / written report sufficient": both options, a menu.
_MENU = re.compile(
    r"attend\w*\s+(?:required|requested)?\s*(?:/|\bor\b)\s*(?:a\s+)?(?:written\s+)?report", re.I
)


def police_request_in_prose(text: str, *, agreed_counts: bool = True) -> PoliceTick | None:
    """What the sentences of `text` say about the police attending; None when none says.

    With `agreed_counts` False, an arrangement ("it has been agreed that police will attend")
    is no request: a reply above a booking form that says so reports a negotiation, and the
    form's own tick box stays the answer (issue 11, set g)."""
    blocks = prose_blocks(text)
    for at, block in enumerate(blocks):
        answer = blocks[at + 1] if at + 1 < len(blocks) else ""
        for sentence in _SENTENCE_END.split(block):
            about_police = _POLICE.search(sentence) or _REPORT_STATED.search(sentence)
            if len(sentence) > 400 or not about_police or _MENU.search(sentence):
                continue
            finite = sentence.rstrip().endswith((".", "!")) or _FINITE.search(sentence)
            if not finite and _CAPITALS_ANSWER.fullmatch(answer) and sentence.isupper():
                sentence = f"{sentence} {answer}"  # "POLICE ATTENDANCE" / "REQUIRED"
            elif not finite:
                continue  # "Police attendance required" alone: an option's words
            if sentence.rstrip().endswith("?"):
                answered = _answered_question(sentence, _SENTENCE_END.split(block), at=sentence)
                if answered is not None:
                    return answered
                continue  # a question asks, whatever its clauses say
            for clause in _CLAUSE_END.split(sentence):
                said = _clause(clause, agreed_counts=agreed_counts)
                if said is not None:
                    return said
    return None


#: A Yes or a No opening the sentence after a question: the writer answers it.
_YES_NO_OPENS = re.compile(
    r"^\W*(?P<a>yes|no)\b(?=\s*(?:[-–—,.!;:]|please\b|thanks\b|thank\s+you\b|$))", re.I
)


def _answered_question(question: str, sentences: list[str], *, at: str) -> PoliceTick | None:
    """A question of the police attending answered by the next sentence's opening Yes or No:
    "Would we like an officer at the conference? Yes please - …" (issue 11, set A: a letter
    that asks itself the form's question)."""
    if _WRITING.search(question) or not (_ATTENDING.search(question) or _THERE.search(question)):
        return None
    if _SETTLED.search(question):
        return None  # "Has police attendance been agreed …? No": a criterion's question
    index = sentences.index(at)
    following = sentences[index + 1] if index + 1 < len(sentences) else ""
    said = _YES_NO_OPENS.match(following)
    if said is None:
        return None
    return PoliceTick.REQUIRED if said["a"].lower() == "yes" else PoliceTick.REPORT_SUFFICIENT


#: A question whether attendance was settled between others, not whether it is wanted.
_SETTLED = re.compile(r"\b(?:agreed|negotiated|discussed|arranged|confirmed)\b", re.I)
#: At the meeting, or an officer at it: "an officer at the conference".
_THERE = re.compile(r"\b(?:at|to)\s+(?:the\s+)?(?:conference|meeting|review|[IR]CPCC?)\b", re.I)


def _clause(clause: str, *, agreed_counts: bool) -> PoliceTick | None:
    if _UNDECIDED.search(clause) or clause.rstrip().endswith("?"):
        return None
    if _ATTEND_PLACE.search(clause):
        return None  # "officers attending a call found …": an event, not the meeting
    if not _POLICE.search(clause) and _OTHER_ACTOR.search(clause):
        return None  # "…; Mrs Hamid will attend with an interpreter": someone else's part
    about_meeting = _MEETING.search(clause) or re.search(r"\battendance\b", clause, re.I)
    if not about_meeting and _PAST.search(clause):
        return None  # "police were asked to attend after a neighbour called": what happened
    attending = _ATTENDING.search(clause)
    if attending and _EMBEDDED.search(clause[: attending.start()]):
        return None  # "… sets out when police attendance is needed": what happens in general
    if attending:
        want = next(
            (w for w in _WANT.finditer(clause) if agreed_counts or not _AGREED.fullmatch(w[0])),
            None,
        )
        if want is not None:
            return PoliceTick.REPORT_SUFFICIENT if _turned(clause, want) else PoliceTick.REQUIRED
        if _ENOUGH.search(clause) and _WRITING.search(clause):
            return PoliceTick.REPORT_SUFFICIENT  # "a report in lieu of attendance"
        return None
    if _WRITING.search(clause):
        enough = _ENOUGH.search(clause)
        if enough is not None:  # "a written report will suffice"; "will not suffice"
            return PoliceTick.REQUIRED if _turned(clause, enough) else PoliceTick.REPORT_SUFFICIENT
    return None


def _turned(clause: str, stance: re.Match[str]) -> bool:
    """Whether a negation turns the stance word: within the three words before it ("do not
    anticipate needing", "are not asking for") or right after its verb ("is not required" is
    "not" before; "required? No" is a question, read elsewhere)."""
    before = clause[: stance.start()].split()[-3:]
    if any(_NEGATION.fullmatch(w.strip(",.")) or _NEGATION.search(w) for w in before):
        return True
    return bool(_NOT_THINKING.search(clause[: stance.start()]))


#: A negation raised to a verb of opinion turns what follows it, however far in the clause: "I
#: don't think the Chair needs anyone to attend" is "the Chair does not need …" (issue 11, set r:
#: read as attendance wanted).
_NOT_THINKING = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:think|believe|expect|feel|imagine|suppose|anticipate|foresee)\b|"
    r"\b(?:don|doesn|didn)['’]?t\s+(?:think|believe|expect|feel|imagine|suppose|anticipate|foresee)\b",
    re.I,
)


def instruction_answer(value: str) -> PoliceTick | None:
    """What an instruction written to the police says, where the line already names them
    ("presence requested at the conference, please"; "written information only, no need to
    attend"): its clauses read as said of the police, sentence or not. None when none says."""
    for clause in _CLAUSE_END.split(value):
        clause = clause.strip()
        if not _ATTENDING.search(clause):
            # said to the police, being at the meeting, or an officer, is attending: "not
            # needed at the meeting", "(officer not required)" are attendance not needed
            clause = _BEING_THERE.sub(lambda m: f"attendance {m[0]}", clause, count=1)
        if _WRITING.search(clause) and _ONLY.search(clause) and not _ATTENDING.search(clause):
            return PoliceTick.REPORT_SUFFICIENT  # "written information only"
        said = _clause(f"police {clause}", agreed_counts=True)
        if said is not None:
            return said
        if _BARE_ATTENDING.search(clause) and not _NEGATION.search(clause):
            return PoliceTick.REQUIRED  # an agenda's "PC Naylor, in person": the instruction
    return None


_BEING_THERE = re.compile(
    r"\b(?:at|to)\s+(?:the\s+)?(?:conference|meeting|review|[IR]CPCC?)\b|\b(?:an?\s+)?officer\b",
    re.I,
)
_ONLY = re.compile(r"\bonly\b", re.I)
#: Attending named with no stance, as an instruction names it: "in person", "attend".
_BARE_ATTENDING = re.compile(
    r"\bin\s+person\b|\battend(?:ing|ance)?\b(?!\s+(?:a|an|the)\s+(?!conference|meeting))", re.I
)


def topic_of(text: str) -> str | None:
    """ "attend" or "report": which of the two a few words speak of ("representation at
    conference", "an officer at the conference", "written report"); None for other words or
    both."""
    attending = _ATTENDING.search(text) or _BEING_THERE.search(text)
    writing = _WRITING.search(text)
    if attending and not writing:
        return "attend"
    if writing and not attending:
        return "report"
    return None

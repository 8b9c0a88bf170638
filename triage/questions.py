"""A form's question printed on its own: the form's words, not an assertion, unless answered yes.

Why: a form asks "7. Any arrests?" or "Has anyone been charged?" and leaves the answer blank,
answers it elsewhere, or answers it no on the line below. Read as a sentence, the question's
concept word ("arrests", "charged") was taken for a fact: a numbered-question form was read as
a current investigation and `attend` when `report_only` was right (the brief "marks", gap 3).
The question carries the concept and its answer the polarity, so the question is affirmed only
by its answer: "Is there a current police investigation? Yes" (one unit, read as said, as
before), a "Yes" on the line under it, or an answer in words of its own under it ("Father seen
with older males in cars" under "Any CSE concerns?": read with its question, as before — the
safe side). Under it "No", "None", "N/A", "Not known", nothing, the form's next item ("8. …",
"Venue: …") or a sign-off leave it the form's words. A question answered by number elsewhere
(`parsers.numbered`) or beside it in a table row (`triage.segments`) is joined to its answer
before this rule is asked.

A *bare form question* is one sentence that asks, numbered or not, that opens as a form's
question does ("Any …", "Is there …", "Has anyone …", "What …") and is not written to the
reader ("Could you attend …?") nor gives a reason of its own ("… given the arrest last week?"):
a question in a letter's prose that carries a fact ("Mum's partner was arrested last week. Is
the investigation still ongoing?") is more than one sentence and is read as said.
"""

from __future__ import annotations

import re

from parsers.records import MARKED

#: A form's numbering before its question: "7.", "7)", "1.2", "Q7:".
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|Q\d{1,2}[.:)]?)\s+", re.I)
#: How a form's question opens: a yes/no question's verb, "Any", or a question word.
_OPENS = re.compile(
    r"^(?:any|is|are|was|were|has|have|had|does|do|did|will|should|must|"
    r"what|which|who|whom|when|where|how)\b",
    re.I,
)
#: A question written to the reader, or one that gives its own reason: a letter's, not a form's.
_ASIDE = re.compile(
    r"\b(?:you|your|we|because|since|given|following|due\s+to|as\s+(?:he|she|they|there))\b",
    re.I,
)
#: Brackets in a question (an instruction, examples): "(e.g. arrests, bail)".
_BRACKETS = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.!?;]\s")
_MAX_WORDS = 25
#: An answer that says yes: "Yes", "Y – …", "☒ Yes".
_YES = re.compile(r"^\W*(?:yes|y|yep|confirmed)\b", re.I)
_YES_MARKED = re.compile(rf"{MARKED}\s*(?:yes|y)\b", re.I)
#: An answer that says no, or that nothing is known.
_NO = re.compile(
    r"^\W*(?:no|n|none|nil|n/a|na|negative|unknown|not\s+(?:known|applicable|that\s+we\s+know))\b",
    re.I,
)
#: The form's next item: numbered, or a "Label: value" line.
_ITEM = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|Q\d{1,2}\b|[A-Za-z][\w /'()&-]{0,40}:(?:\s|$))"
)
_SIGN_OFF = re.compile(
    r"^\W*(?:kind\s+|best\s+|warm\s+)?(?:regards|thanks|many\s+thanks|thank\s+you|yours)\b", re.I
)
#: A place left blank for an answer: a line of underscores, dots or dashes.
_BLANK = re.compile(r"[\s_.…-]*")


def bare_question(unit: str) -> bool:
    """The unit is one form question with no answer in it (module docstring)."""
    text = unit.strip()
    ask = text.rfind("?")
    if ask < 0 or _BRACKETS.sub("", text[ask + 1 :]).strip():
        return False  # no question mark, or words after it: an answer given on its line
    body = " ".join(_BRACKETS.sub(" ", _NUMBER.sub("", text[:ask], count=1)).split())
    return (
        _OPENS.match(body) is not None
        and _SENTENCE_END.search(body) is None
        and _ASIDE.search(body) is None
        and len(body.split()) <= _MAX_WORDS
    )


def affirmed_by(answer: str | None) -> bool:
    """The line under a bare question answers it, yes or in words of its own (module
    docstring); None when nothing follows it."""
    text = (answer or "").strip()
    if not text or _BLANK.fullmatch(text):
        return False
    if MARKED in text:
        return _YES_MARKED.search(text) is not None
    if _YES.match(text):
        return True
    return not (_NO.match(text) or _ITEM.match(text) or _SIGN_OFF.match(text) or text.endswith("?"))

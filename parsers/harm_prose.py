"""Harm categories stated in prose: "a plan under the category of emotional abuse", "the
concerns that bring the family to conference are neglect", "Review of the plan (physical abuse)".

A category is an attribute of a child protection plan, decided at conference; a form may state
the category requested (DOMAIN.md "Categories"). So a harm word counts only beside a word about
the plan, the category or the conference (the cue), within one sentence and a few words of it —
never a checklist line (those are read as ticked boxes), never negated ("no concerns of sexual
abuse") and never a previous plan ("was subject to a plan for neglect in 2019, which ended").

A sentence headed by a category and a dash ("Neglect - home conditions and missed health
appointments") states it as a form's value would, and needs no other cue.

Issue 11: the category was read only from a labelled field or a sentence holding the word
"category", so a letter's or a summary's "plan for neglect" gave nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.labels import TICK_MARKS, prose_blocks

_TERM = re.compile(
    r"\b(?:(neglect)(?:ful)?\b(?!\s+(?:of\s+(?:self|her|him|them)|offen|investigat))"
    r"|(physical|sexual|emotional)(?:ly)?\s+(?:abuse|abused|harm|harmed)\b)",
    re.I,
)
_CUE = re.compile(
    r"\b(?:plans?|categor(?:y|ies)|conference|ICPC|RCPC|registered|registration|"
    r"concerns?\s+(?:are|is|of|about|regarding|relate|relating|around))\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:no|not|nor|without|never|ruled\s+out|unfounded)\b|n't\b", re.I)
_DENIED = re.compile(r"\s*(?:is|are|was|were)\s+(?:not|never)\b|\s*(?:isn't|aren't|wasn't)", re.I)
_NOT_NOW = re.compile(
    r"\b(?:previous(?:ly)?|former(?:ly)?|historic(?:al)?|ended|discharged|ceased|"
    r"removed\s+from)\b",
    re.I,
)
#: A sentence headed by the category and a dash or a colon, as a form's value would be: "Neglect -
#: home conditions and missed health appointments" in a prose booking (issue 11, set l).
_HEADED = re.compile(
    r"^[^\w]*((?:neglect|(?:physical|sexual|emotional)(?:ly)?\s+(?:abuse|harm)))\s*[-–—:]\s",
    re.I,
)
_NO_VALUE = re.compile(r"\s*(?:no|none|nil|n/?a|not\s+applicable)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_NEAR = 80


def harm_in_prose(texts: Iterable[str]) -> set[str]:
    """The categories the prose states for the current plan or conference (module docstring)."""
    found: set[str] = set()
    for text in texts:
        for block in prose_blocks(text):
            for sentence in _SENTENCE.split(block):
                if not TICK_MARKS.search(sentence):
                    found |= _in_sentence(sentence)
    return found


def _in_sentence(sentence: str) -> set[str]:
    cues = [m.span() for m in _CUE.finditer(sentence)]
    if (head := _HEADED.match(sentence)) and not _NO_VALUE.match(sentence, head.end()):
        cues.append(head.span(1))  # "Neglect - home conditions …": a label of its own
    if not cues or _NOT_NOW.search(sentence):
        return set()
    found: set[str] = set()
    for term in _TERM.finditer(sentence):
        if _NEGATED.search(sentence[max(0, term.start() - 40) : term.start()]):
            continue  # "no concerns of sexual abuse"
        if _DENIED.match(sentence[term.end() :]):
            continue  # "physical abuse is not the category"
        if any(_gap(term.span(), cue) <= _NEAR for cue in cues):
            found.add((term.group(1) or term.group(2)).lower())
    return found


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))

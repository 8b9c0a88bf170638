"""Who a chronology row is about: the people it names, for joining rows into one story.

A chronology tells many stories in one table. An investigation closed with NFA in one row and
"risk escalating" in a later row are one story only when the later row is about the same
people or about harm to a child (issue 11: "who the event is about is part of the match";
set f: "11/12/2025 | GP - mother's alcohol use increasing" is no escalation of the father's
2023 investigation; set p: "Mr Armitage has moved back in" after his NFA'd arrest is).
Names are the words after a title ("Mr Armitage") and known given names ("Millie"), so a
row's other capitalised words ("Police", "Health", "Closed") join nothing.
"""

from __future__ import annotations

import re

from parsers.given_names import is_given_name
from parsers.person_names import TITLES

_AFTER_TITLE = re.compile(
    r"\b(?:" + "|".join(t.capitalize() for t in sorted(TITLES)) + r")\.?\s+([A-Z][A-Za-z'’-]+)"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def people_named(text: str) -> frozenset[str]:
    """The surnames after a title and the given names in `text`, folded."""
    named = {m.group(1).casefold() for m in _AFTER_TITLE.finditer(text)}
    named |= {w.casefold() for w in _CAPITALISED.findall(text) if is_given_name(w)}
    return frozenset(named)

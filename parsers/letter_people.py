"""The parent a council's letter is written to, and the family it names by title.

Why: the chair's invitation letter to a parent is often copied to the police as it is ("Dear
Ms Haigh, I am writing to invite you to an Initial Child Protection Conference about Lily-Mae…"),
with no form. The parent is never labelled as one: they are the letter's addressee — the
address block above the salutation ("Ms Danielle Haigh" / "14 Lupset Crescent") and the
salutation itself ("Dear Ms Haigh", "Dear Courtney") — and the other parent or the
grandmother is named by title in the text ("Mrs Parveen Hussain", "Ms Chantelle Firth has been
sent a letter as well"). Read as a form, such a letter gave no adult at all (issue 11, set v
layout 106).

Only a letter written to a parent: a salutation with a civilian title or a first name, in a
letter that speaks to them about their child or family ("your children", "your family", "your
baby", "you are invited", "with you"). A letter to a professional ("Dear DS Smith", "Dear
Colleague", "your report", "your agency", "please send a report") is none. Of the titled names
in the text, only those sharing the addressee's surname are taken: a teacher or a neighbour
named by title is not family.
"""

from __future__ import annotations

import re

from parsers.given_names import is_given_name
from parsers.records import Page, Person

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx)\.?"
_WORD = r"[A-Z][A-Za-z'’-]+"
_DEAR = re.compile(
    rf"^\s*Dear\s+(?:(?P<title>{_TITLE})\s+)?(?P<name>{_WORD}(?:\s+{_WORD})?)\s*[,:!]?\s*$"
)
#: A letter that speaks to a parent about their own family.
_TO_A_PARENT = re.compile(
    r"\byour\s+(?:child|children|son|sons|daughter|daughters|family|baby|unborn|grandchild|"
    r"grandchildren|pregnancy|little\s+one)\b|\b(?:you\s+are|you're)\s+invited\b|"
    r"\binvit(?:e|ing)\s+you\b|\bwith\s+you\b",
    re.I,
)
#: A letter to someone who works with the family.
_TO_A_WORKER = re.compile(
    r"\byour\s+(?:report|agency|service|team|organisation|contribution|school|pupil|patient|"
    r"involvement\s+as)\b|\bcolleague|"
    r"\b(?:provide|send|submit|bring|prepare|complete)\s+(?:a|your|the)\s+(?:written\s+)?report",
    re.I,
)
_BLOCK_NAME = re.compile(rf"^\s*(?:{_TITLE}\s+)?(?P<given>{_WORD})\s+(?P<surname>{_WORD})\s*,?")
_TITLED = re.compile(rf"\b{_TITLE}\s+(?P<given>{_WORD})\s+(?P<surname>{_WORD})\b")
_BLOCK_REACH = 10  # lines above the salutation where the address block may start


def addressed_family(page: Page) -> list[Person]:
    """The parent the page's letter is written to, and the family it names by title."""
    text = page.text
    if not _TO_A_PARENT.search(text) or _TO_A_WORKER.search(text):
        return []
    lines = page.lines
    for at, line in enumerate(lines):
        dear = _DEAR.match(line)
        if dear is None:
            continue
        addressee = _addressee(dear, lines[max(0, at - _BLOCK_REACH) : at])
        if addressee is None:
            return []
        surname = addressee.split()[-1]
        titled = [
            f"{m['given']} {m['surname']}"
            for m in _TITLED.finditer(text)
            if m["surname"].casefold() == surname.casefold() and is_given_name(m["given"])
        ]
        names = dict.fromkeys([addressee, *titled])
        return [Person(name) for name in names]
    return []


def _addressee(dear: re.Match[str], above: tuple[str, ...]) -> str | None:
    """The full name of the block above when it is the person greeted, else the salutation's
    own name when it holds a surname ("Mr Hussain"), else None."""
    words = dear["name"].split()
    title = dear["title"]
    for line in above:
        block = _BLOCK_NAME.match(line)
        if block is None or not is_given_name(block["given"]):
            continue
        greeted = words[-1] if title else words[0]
        if greeted.casefold() in (block["surname"].casefold(), block["given"].casefold()):
            return f"{block['given']} {block['surname']}"
    if title and len(words) == 1:
        return f"{title.rstrip('.')} {words[0]}"
    if not title and len(words) == 2 and is_given_name(words[0]):
        return dear["name"]
    return None

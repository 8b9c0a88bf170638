"""The family as a letter or a memo names it, in sentences (issue 11: names only in prose).

"The conference concerns Alfie Sutcliffe, born 19 May 2019, and his sister Poppy Sutcliffe,
born 2 January 2022. They live with their mother Jodie Sutcliffe; their father Ryan Mallinson
stays most nights." Three shapes carry a person in running text:

- a kin word before a name: "their mother Jodie Sutcliffe", "Mum's partner, Dean Platt";
- a name before its kin word: "Leanne Rhodes, the children's mother";
- a name with its birth date: "Alfie Sutcliffe, born 19 May 2019", "Tianna Rhodes (d.o.b.
  22/09/2010)".

The kin word says adult or child (`parsers.label_meaning.relationship_side`); a birth date
says it by age. A professional's role ("social worker Aisha Khan") is no kin word, so it is
never read. Pure: text in, people out.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.dates import find_dates
from parsers.label_meaning import relationship_side
from parsers.person_names import TITLES, is_name
from parsers.records import Page, Person

_NAME = r"(?P<name>[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2})"
_KIN = (
    r"(?P<kin>(?i:(?:(?:mum|mother|dad|father)'s\s+)?(?:(?:maternal|paternal|half|step)[\s\-]?)?(?:mother|father|mum|dad|stepfather|"
    r"stepmother|partner|boyfriend|girlfriend|husband|wife|sister|brother|sibling|son|daughter|"
    r"grandmother|grandfather|grandparent|nan|aunt|auntie|uncle|cousin|carer|lodger|guardian)"
    r"(?:'s\s+(?:partner|boyfriend|girlfriend))?))"
)
_KIN_THEN_NAME = re.compile(
    r"\b(?:(?i:his|her|their|the\s+(?:children's|child's)|the|a|and|whose)\s+)?"
    + _KIN
    + r",?\s+"
    + _NAME
)
_NAME_THEN_KIN = re.compile(
    _NAME
    + r",\s+(?i:is\s+)?(?i:his|her|their|the\s+(?:children's|child's|baby's)|the)\s+"
    + _KIN
    + r"\b"
)
_NAME_BORN = re.compile(
    _NAME + r",?\s*\(?\s*(?i:who\s+was\s+)?"
    r"\b(?i:born(?:\s+on)?|d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth)\b\s*:?\s*(?=(?P<rest>[^)]{0,30}))"
)
_ADULT_AGE_DAYS = 18 * 365.25
_POSSESSED = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss)\s+\w+|\b(?i:mother|father|mum|dad|partner))['’]s\s+(?i:brother|sister|son|daughter)"
)


def prose_people(page: Page, *, reference: date | None) -> list[tuple[Person, bool]]:
    """(person, is_child) for each person the page's sentences name with a kin word or a
    birth date, in order of first mention."""
    # sentences only: a table's row (cells apart) is read by the table reader, not here
    text = " ".join(
        (line.strip() if "\t" not in line else " . ") for line in page.lines if line.strip()
    )
    found: dict[str, tuple[Person, bool]] = {}
    for match in _NAME_BORN.finditer(text):
        name = _clean(match["name"])
        dates = find_dates(match["rest"], reference=reference)
        if name and dates:
            born = dates[0][0]
            child = reference is None or (reference - born).days < _ADULT_AGE_DAYS
            found.setdefault(name, (Person(name, born), child))
    for pattern in (_KIN_THEN_NAME, _NAME_THEN_KIN):
        for match in pattern.finditer(text):
            name, side = _clean(match["name"]), relationship_side(match["kin"])
            if side == "child" and _POSSESSED.search(
                text[max(0, match.start() - 20) : match.end()]
            ):
                continue  # "Ms Fenton's brother, Gavin Hirst": a sibling of an adult
            if name and side and name not in found:
                found[name] = (Person(name, None, match["kin"]), side == "child")
    return list(found.values())


def _clean(name: str) -> str | None:
    """The name without a title or a trailing word that is no part of it ("Mrs Kerry Gill",
    "Freya Sutcliffe Child's"); None when less than a given name and a surname is left."""
    words = name.split()
    while words and words[0].casefold().rstrip(".") in TITLES:
        words.pop(0)
    while len(words) > 2 and (not is_name(words) or relationship_side(words[-1]) is not None):
        words.pop()
    return " ".join(words) if is_name(words) else None

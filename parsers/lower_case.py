"""`with_names_capitalised()`: a page typed all in lower case, its people's names given capitals.

Why: a social worker's hurried email from a phone may have no capital letters at all ("kai
fearnley dob 03/04/2016 and tommy fearnley dob 19/11/2019 mum is tracey fearnley"). Every
people reader takes a person's name to be capitalised words (`parsers.person_names.is_name`),
which is what tells "Kai Fearnley" from "has missed" in ordinary mail; on such a page it found
no one (issue 11, set u: three emails, seven children and adults, read as nobody).

On a page that is lower case as a whole, a known given name
(`parsers.given_names`, the dictionary the readers already use) followed by one more word that
is not a common English word (spaCy's stop words: "kai has", "will be") is taken as a name and
given capitals; the readers then decide, by their usual cues (a date of birth, a role), whether
it is a child or an adult of the family. In mail with capitals elsewhere, a lower-case pair is
capitalised only with a role before it or a date of birth after it (set u: "RCPC for darcy
lockwood (dob 30/9/2020) …", "mum nicola lockwood, dad shane lockwood" under a typed signature).
The text the criteria read is not changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from parsers.given_names import is_given_name
from parsers.label_meaning import relationship_side
from parsers.records import Page

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: At most this share of a page's words may start with a capital for it to count as lower case
#: (a signature block, "DV", "ICPC" still have theirs).
_CAPITALS_AT_MOST = 0.08
_WORDS_AT_LEAST = 20


def with_names_capitalised(page: Page) -> Page:
    """`page` with its lower-case names capitalised: any, when it is typed in lower case; else
    those a role stands before or a date of birth after ("mum nicola lockwood", "darcy
    lockwood (dob 30/9/2020)")."""
    anywhere = _lower_case(page)
    lines = tuple(_capitalised(line, anywhere=anywhere) for line in page.lines)
    return page if lines == page.lines else replace(page, lines=lines)


def _lower_case(page: Page) -> bool:
    words = [w for line in page.lines for w in _WORD.findall(line) if len(w) > 1]
    if len(words) < _WORDS_AT_LEAST:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals <= _CAPITALS_AT_MOST * len(words)


def _capitalised(line: str, *, anywhere: bool) -> str:
    words = list(_WORD.finditer(line))
    if not words:
        return line
    out, at, skip = [], 0, False
    for given, family in zip(words, [*words[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if family is None or not _a_name(line, given, family):
            continue
        if not anywhere and not _cued(line, given, family):
            continue
        out += [line[at : given.start()], _title(given.group()), " ", _title(family.group())]
        at, skip = family.end(), True
    return "".join([*out, line[at:]])


def _a_name(line: str, given: re.Match[str], family: re.Match[str]) -> bool:
    first, second = given.group(), family.group()
    return (
        line[given.end() : family.start()] == " "
        and first.islower()
        and second.islower()
        and len(second) > 1
        and first not in STOP_WORDS
        and second not in STOP_WORDS
        and all(is_given_name(part) for part in first.split("-"))  # "lacey-mai", not "non-fatal"
    )


#: A date of birth right after a name: "darcy lockwood (dob 30/9/2020)", "kai fearnley dob …".
_BORN_AFTER = re.compile(r"\s*[(,\-–]?\s*(?:dob|d\.o\.b|born|b\.)\b", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z']+)\W{0,3}$")


def _cued(line: str, given: re.Match[str], family: re.Match[str]) -> bool:
    """A role before the name ("mum nicola lockwood", "dad - shane lockwood") or a date of
    birth after it says a lower-case pair is a person, in mail that has capitals elsewhere."""
    if _BORN_AFTER.match(line, family.end()):
        return True
    before = _WORD_BEFORE.search(line, 0, given.start())
    return before is not None and relationship_side(before.group(1)) is not None


def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))

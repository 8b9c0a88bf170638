"""People's names in what forms and letters write: where a name ends and whether it is one.

Shared by the readers of tables and lists (`parsers.people_page`) and of sentences
(`parsers.people_prose`). A name is two to six capitalised words, none of them a word of a
form, a service or a role (`parsers.labels.NOT_NAME_WORDS`); a word of a place or a body that
is also a surname ("Hall", "Young") counts only after a known given name (`parsers.given_names`).
Titles go ("Mrs Kerry Gill" → "Kerry Gill"); police style "GILL, Kerry" turns round.
"""

from __future__ import annotations

import re

from parsers.given_names import is_given_name
from parsers.labels import (
    ADULT_RELATIONSHIPS,
    CHILD_RELATIONSHIPS,
    NOT_NAME_WORDS,
    PLACE_WORDS,
    SENTENCE_WORDS,
)

#: A name ends at a bracket, a comma, a cell, a birth word, a figure — or a UK postcode, whose
#: letters come before its first figure ("Bradford BD8 9HA" is a town, not "Bradford BD").
NAME_END = re.compile(
    r"\s*(?:\(|,|\t|\s{2,}|\s[-–/|]\s|\b(?:DOB|D\.O\.B|d/o/b|born|EDD|EDC|aged?|Male|Female)\b|"
    r"\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b|\d)",
    re.IGNORECASE,
)
#: Lower-case words inside a name: "van der Berg", "bin Salleh", "Noor ul Ain", "Zia ud Din".
_PARTICLES = frozenset(
    {"van", "de", "der", "bin", "binti", "al", "la", "le", "da", "von", "el", "ul", "ud", "un"}
)


def name_token(word: str) -> bool:
    """A capitalised word of letters in any alphabet ("Siobhán", "Petrauskaitė", "O'Neill",
    "Smith-Jones", "McAllister"), or a particle ("van", "de", "bin"). Issue 11: an ASCII-only
    test dropped every family with a Polish, Lithuanian, Irish or Hungarian name."""
    if word in _PARTICLES:
        return True
    return word[:1].isupper() and all(c.isalpha() or c in "'’-" for c in word)


UNBORN_NAME = re.compile(r"^(?:unborn(?:\s+(?:baby|child))?|baby|UB)\s+\S", re.IGNORECASE)
#: "Unborn baby of Chloe Doyle": a child not yet named, called after its mother.
_UNBORN_OF = re.compile(r"^(?:unborn\s+(?:baby|child)|baby)\s+of\s+", re.IGNORECASE)


def split_name(text: str) -> tuple[str | None, str]:
    end = NAME_END.search(text)
    candidate = text[: end.start()] if end else text
    rest = text[end.start() :] if end else ""
    candidate = candidate.strip(" .;:-_|=~")  # "Abdirahman Warsame _": a scan's stray rule
    words = candidate.split()
    if "," in text and end and text[end.start()] == "," and words and words[0].isupper():
        comma = re.match(
            r"^([A-Z][A-Z'\-]+),\s*([A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*)*)", text
        )
        turned = f"{comma.group(2)} {comma.group(1).title()}" if comma else ""
        if comma and is_name(turned.split()):  # police style "SMITH, John" → "John Smith";
            # "HV, Lilycroft Primary" is a list of services
            return turned, text[comma.end() :]
    while words and words[0].casefold().rstrip(".:") in TITLES | SENTENCE_WORDS:
        words.pop(0)  # "Mrs Kerry Gill", "About Ellie Lumb"
    while words and words[-1].casefold() in {"male", "female"}:
        words.pop()
    if len(words) > 1 and words[-1] in {"b", "b."} and rest.lstrip(" (")[:1].isdigit():
        words.pop()  # "Harvey Booth b.2017-06-15": "b." is "born" before its date
    joined = " ".join(words)
    folded = joined.casefold()
    if folded.endswith(_RELATION_ENDINGS):  # rare: the longest that ends it, then
        relation = next(r for r in RELATIONS_LONGEST_FIRST if folded.endswith(" " + r))
        joined = joined[: -len(relation) - 1]
        rest = relation + " " + rest
    words = joined.split()
    if not is_name(words):
        return None, rest
    marker = _UNBORN_AFTER.match(rest)
    if marker:  # "Baby Lumb (unborn)": the marker is part of the name, as "Unborn baby Lumb"'s is
        return f"{joined} {marker['mark']}", rest[marker.end() :]
    return joined, rest


#: An unborn child's marker in a bracket right after its name: "Baby Ahmed (unborn)". Three
#: outside authors (sets c, k, l: c-15b, K-53-06, l-59-07) write such a child's name with it, as
#: every label writes the marker before the name ("Unborn baby Haigh"), which is read as the name.
_UNBORN_AFTER = re.compile(r"\s*(?P<mark>\((?i:unborn(?:\s+(?:baby|child))?)\))")


TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "master", "mx"})
POLICE_RANKS = frozenset(
    {"pc", "dc", "ps", "ds", "di", "dci", "dsi", "sgt", "insp", "inspector", "pcso", "sergeant"}
)
RELATIONS_LONGEST_FIRST = sorted(
    {r.casefold() for r in ADULT_RELATIONSHIPS + CHILD_RELATIONSHIPS}, key=len, reverse=True
)
#: A candidate is folded once and asked once whether any relation ends it (issue 11: asking
#: each of the relations in turn, the name folded again for each, `split_name` took 0.46 ms
#: an email over the benchmark's mail, 7 % of the fields' time; now 0.21 ms).
_RELATION_ENDINGS = tuple(" " + r for r in RELATIONS_LONGEST_FIRST)


def is_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 6:
        return False
    if not words[0][:1].isupper():
        return False
    joined = " ".join(words)
    unborn = UNBORN_NAME.match(joined) is not None
    if _UNBORN_OF.match(joined):  # the mother's name after "of" must be a name itself
        return is_name(_UNBORN_OF.sub("", joined).split())
    for word in words:
        folded = word.casefold().strip(".,")
        if folded in {"unborn", "baby", "ub", "child"} and unborn:
            continue
        if folded in NOT_NAME_WORDS or not name_token(word):
            return False
    if any(w.casefold().strip(".,") in PLACE_WORDS for w in words):
        return unborn or is_given_name(words[0])  # "Leo Hall" yes, "Northgate House" no
    return True

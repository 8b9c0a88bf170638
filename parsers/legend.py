"""A code legend — a key or glossary printed with a coded export — is the form's own text.

Why (issue 11, set s, layout 94): a case system's extract writes its answers as codes ("RSO: N",
"POL_ATT | Y", "rso=N") and prints beside them a key to every code it may use ("RSO = registered
sex offender", "PPO police protection (s46)", "MOT mother | PTN partner"). The key names every
criterion and relationship the extract could hold and answers none of them: read as facts it
affirmed RSO, CSE and police protection on extracts answering N to each, and made people of
"MOT mother".

What: the lines of a legend are guidance (`parsers.guidance` wraps them): a person still sees
them, the field readers skip them, the criteria read them as template context.

How a legend is known, whatever the format (a body, a .txt, a PDF, an HTML paragraph):
- by its heading: a line opening — after any rule of dashes, "#" or "*" — with "Legend",
  "Key", "Codes", "Code legend", "Key to codes", "Glossary" or "Abbreviations", then ":", a dash,
  "=", a bracket, its end, or (for "Legend" and "Glossary") its first code. The legend runs from
  there over the lines after it that read as entries ("CODE meaning", "code = meaning",
  "# …", a lower-case continuation, a line of "|" or ";" separated entries) to the first blank
  line or other line;
- without a heading: two or more lines in a row each defining a code by its expansion
  ("RSO = Registered sex offender", "PPO – police protection order"), the initials of the
  meaning's words spelling the code.

A line that answers ("RSO: N", "DA - Y", a tick box) or tells this case (a person by title, a
date) is never an entry: a legend printed above the answers ends where they begin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.given_names import is_given_name
from parsers.guidance_words import names_this_case
from parsers.person_names import split_name
from parsers.records import CELL, MARKED, UNMARKED, UNREAD

_OPENER = re.compile(
    r"^[\s#*=_~|\-–—]*(?:"
    r"(?:code\s+)?(?:legend|glossary)(?:\s+of\s+codes?)?(?=\s*(?:[:=(\-–—]|$|(?-i:[A-Z][A-Z0-9_])))|"
    r"(?:code\s+)?(?:key|codes?|abbreviations?)(?:\s+to\s+(?:the\s+)?(?:codes?|abbreviations?))?"
    r"(?:\s+used)?(?=\s*(?:[:=(\-–—]|$))"
    r")",
    re.I,
)
#: A code: capitals, figures, "_", "." or "/" between ("RSO", "POL_ATT", "CAT", "S47",
#: "RCPC-PB", "conf_type", "N/PA/SA/EA"); in lower case only with an "_" or when a legend
#: writes all its codes so ("rui", "abe").
_CODE = r"[A-Za-z][A-Za-z0-9_.]{0,15}(?:[/\-][A-Za-z0-9_.]{1,15}){0,6}"
#: An entry: a code, then "=", a dash or ":" or a space, then its meaning.
_ENTRY = re.compile(rf"^\s*#?\s*(?P<code>{_CODE})\s*(?:[=:–—]|\s-\s|\s)\s*(?P<meaning>\S.*)$")
#: A meaning that is an answer, not a meaning: "Y", "No", "-", "n/a", "Y (FAT on bail)".
_ANSWER = re.compile(
    r"^(?:y|n|yes|no|none|nil|n/a|na|-|–|true|false|0|1|[✓✔✗✘x])(?:\s*(?:[-–(:].*)?)?$", re.I
)
_BOXES = (MARKED, UNMARKED, UNREAD)
_STOP = frozenset({"of", "in", "the", "a", "an", "and", "or", "to", "for", "on", "by", "with"})
#: A date in any of an export's spellings: "2027-01-06", "09-Dec-26", "12/11/2026".
_DATED = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
    r"\b\d{1,2}[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[- ]\d{2,4}\b",
    re.I,
)
#: How many lines a legend may run over after its heading.
_MAX_LINES = 20


def legend_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indices of the lines that are a legend (module docstring)."""
    found: set[int] = set()
    at = 0
    while at < len(lines):
        line = lines[at].replace(CELL, " | ")
        if _OPENER.match(line) and not _answers(line):
            found.add(at)
            at += 1
            while at < len(lines) and at - min(found) <= _MAX_LINES and _continues(lines[at]):
                found.add(at)
                at += 1
            continue
        if _KEY_TABLE.match(line):
            # a key as a table: "Symbol | Meaning" over "■ | male", "red outline |
            # registered sex offender" (set C: a genogram's key read as this family's RSO)
            start = at
            found.add(at)
            at += 1
            while at < len(lines) and at - start <= _MAX_LINES and _key_row(lines[at]):
                found.add(at)
                at += 1
            continue
        run = _expansions_from(lines, at)
        if run >= 2:
            found.update(range(at, at + run))
            at += run
            continue
        at += 1
    return frozenset(found)


#: The header row of a key printed as a table: what is shown, then what it means.
_KEY_TABLE = re.compile(
    r"^\s*(?:symbols?|signs?|keys?|codes?|abbreviations?|colou?rs?|shapes?|lines?|outlines?|"
    r"icons?|markers?)\s*\|\s*(?:meanings?|means|description|denotes|stands\s+for|definitions?|"
    r"key)\s*$",
    re.I,
)


def _key_row(line: str) -> bool:
    """A row of a key table: what is shown (a mark or a few words) and its meaning, and
    nothing of this case (a person, a date, an answer)."""
    cells = [cell.strip() for cell in line.split(CELL)]
    if len(cells) != 2 or not all(cells) or len(cells[0].split()) > 3:
        return False
    text = " | ".join(cells)
    return not (_answers(text) or names_this_case(text) or _DATED.search(text))


def _continues(line: str) -> bool:
    """Whether a line after a legend's heading is more of it: entries, never an answer."""
    text = line.replace(CELL, " | ").strip()
    if (
        not text
        or _answers(text)
        or names_this_case(text)
        or _DATED.search(text)
        or _names_someone(text)
    ):
        return False  # an answer, or a line that tells this case: a person, a date
    if text.startswith("#") or text[0].islower():
        return True
    entries = [e for e in re.split(r"\s\|\s|\s*;\s*|\|", text) if e.strip()]
    return bool(entries) and all(_is_entry(e) for e in entries)


def _names_someone(text: str) -> bool:
    """A key's entry whose meaning is a person: "II-2 Ann ROSS b. 1990 mother", "I-1 ROSS,
    Ann" — a genogram's key names the family by their place in it (issue 11, set C layout 142);
    a code's expansion ("MAPPA Multi-Agency Public Protection Arrangements") is no person."""
    found = _ENTRY.match(text)
    if found is None:
        return False
    name = split_name(found.group("meaning"))[0]
    if name is None:
        return False
    words = name.split()
    return is_given_name(words[0]) or (
        words[0][1:].islower() and any(w.isupper() and len(w) > 1 for w in words[1:])
    )


def _is_entry(text: str) -> bool:
    """ "RSO registered sex offender", "CG_POL = police in core group": a code in capitals or
    with an "_" ("Conference and Review Service" is a signature, not an entry)."""
    found = _ENTRY.match(text)
    if found is None:
        return False
    code = found.group("code")
    return "_" in code or not any(c.islower() for c in code)


def _answers(line: str) -> bool:
    """A line holding a tick box or answering its label with a yes/no code."""
    if any(box in line for box in _BOXES):
        return True
    for entry in re.split(r"\s\|\s|\s*;\s*|\|", line):
        found = _ENTRY.match(entry)
        if found is None or _ANSWER.match(found.group("code")):
            continue  # "Y = yes" defines the answer code itself
        if _ANSWER.match(found.group("meaning").strip()):
            return True
    return False


def _expansions_from(lines: Sequence[str], at: int) -> int:
    """How many lines from `at` each define a code by its expansion ("RSO = registered sex
    offender"): a fact about the family has figures or a meaning that does not spell it."""
    run = 0
    while at + run < len(lines) and _expansion(lines[at + run]):
        run += 1
    return run


_EXPANSION = re.compile(rf"^\s*(?P<code>{_CODE})\s*(?:=|\s[-–—]\s|[–—])\s*(?P<meaning>[^0-9]+)$")


def _expansion(line: str) -> bool:
    found = _EXPANSION.match(line.replace(CELL, " "))
    if found is None or any(c.islower() for c in found.group("code")):
        return False
    letters = [c for c in found.group("code").casefold() if c.isalpha()]
    words = [w for w in re.findall(r"[a-z]+", found.group("meaning").casefold()) if w not in _STOP]
    if len(letters) < 2 or len(words) < len(letters) or len(words) > 8:
        return False
    return [w[0] for w in words[: len(letters)]] == letters

"""A case system's coded labels spelt out in words, for the field readers (set s, layout 94).

Why: an extract from a case-management system labels its fields with codes — "POL_ATT: Y",
"CHILD_1: Archie DENTON", "C2 ...... Jamal OKAFOR", "conf_date=2027-01-11", "TM: 0930",
"CAT: EA" — that no phrase list and no head word knows, so the police question went unanswered,
the children and adults unread and the harm category lost. The words of such a code are its
parts, split at "_", "." and figures, each an abbreviation a form's label uses: "POL_ATT" is
"police attendance", "CHILD_1" is "child 1", "RSN" is "reason".

What: at the start of each cell of a line (`parsers.labels.logical_lines`), a code whose every
part is known is written as its words, with ":" after it ("conf_date=…" becomes "Conference
date: …"), so every reader after it reads a label in words. A code with any part unknown is
left as written (its parts may be initials of anything). Two values written in a code too:
the standard initials of the categories of harm (N, PA, SA, EA; Working Together 2023) after a
category label, and a 24-hour "0930" after a time label.
"""

from __future__ import annotations

import re

from parsers.records import CELL

#: A form's abbreviations of label words (each part of a code).
_WORDS = {
    "pol": "police", "police": "police", "att": "attendance", "attend": "attendance",
    "attendance": "attendance", "rpt": "written report", "report": "written report",
    "cat": "category", "category": "category", "dt": "date", "date": "date", "tm": "time",
    "time": "time", "ven": "venue", "venue": "venue", "conf": "conference",
    "conference": "conference", "type": "type", "rsn": "reason", "reason": "reason",
    "rel": "relationship", "ref": "reference", "dob": "date of birth", "name": "name",
    "child": "child", "adult": "adult", "c": "child", "a": "adult", "chd": "child",
    "ad": "adult", "sw": "social worker", "chair": "chair",
}  # fmt: skip
#: Parts that are a person only with their number: "C1", "A2" (a lone "C" or "A" is not).
_NUMBERED_ONLY = frozenset({"c", "a", "chd", "ad"})
_CODE = re.compile(
    r"^(?P<code>[A-Za-z]+(?:[_.]?\d{1,2}|[_.][A-Za-z]+)*)(?P<sep>\s*[:=]\s*|$)(?P<value>.*)$"
)
_CATEGORIES = {
    "n": "Neglect", "pa": "Physical abuse", "sa": "Sexual abuse", "ea": "Emotional abuse",
}  # fmt: skip
_CATEGORY_CODES = re.compile(r"^(?:n|pa|sa|ea)(?:\s*[/,&+]\s*(?:n|pa|sa|ea))*$", re.I)
_HHMM = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")


def codes_spelt(line: str) -> str:
    """The line with the coded label opening each cell written in words (module docstring)."""
    if not any(c in "_=" or c.isupper() for c in line):
        return line  # a coded label has capitals, an "_" or an "=": most lines have none
    cells = [piece for cell in line.split(CELL) for piece in _pairs_apart(cell)]
    out: list[str] = []
    for at, cell in enumerate(cells):
        label = out[-1] if out and at == 1 and ":" not in out[-1] else ""
        out.append(_cell_spelt(cell, alone=at == 0, label=label))
    return CELL.join(out)


#: "CONF: RCPC DATE: 05-Jan-27 TIME: 14:00": coded pairs run together with single spaces (an
#: HTML extract's "&nbsp;" between them), each a capitals code and its colon.
_PAIR_START = re.compile(r"^[A-Z][A-Z0-9_]{1,15}:\s")
_NEXT_PAIR = re.compile(r"(?<=\S)\s+(?=[A-Z][A-Z0-9_]{1,15}:\s)")


def _pairs_apart(cell: str) -> list[str]:
    """A cell of coded pairs as a cell each; any other cell as it is."""
    if not _PAIR_START.match(cell.strip()):
        return [cell]
    return _NEXT_PAIR.split(cell)


def _cell_spelt(cell: str, *, alone: bool, label: str) -> str:
    """A cell with its code spelt; `label` is the lone label cell before it, whose value
    it is ("Category <TAB> PA")."""
    found = _CODE.match(cell.strip())
    if found is None or not (found.group("sep").strip() or alone):
        return _value_spelt(label, cell) if label else cell
    code, value = found.group("code"), found.group("value").strip()
    keyed = "=" in found.group("sep")  # "cat=SA": a key=value file's keys are codes
    if not (code.isupper() or "_" in code or "." in code or keyed) or (
        not found.group("sep").strip() and value
    ):
        return _value_spelt(label, cell) if label else cell
    words = spelt(code.upper() if keyed else code)
    if words is None and keyed and code.casefold() in _WORDS:
        words = code  # "DATE=14/12/2026": a word already, its "=" a label's ":"
    if words is None:
        return cell
    if not found.group("sep").strip():
        return words  # a code alone in its cell: the label of the cell after it
    value = _value_spelt(words, value)
    if keyed and re.search(r";(?=\S)", value):
        # "child.1=Logan HIRST;2014-02-20;M": a record, its label a cell as a table row's is
        return CELL.join([words, *re.split(r";(?=\S)", value)])
    return f"{words}: {value}"


def _value_spelt(label: str, value: str) -> str:
    """A category's initials and a time's "0930" under their spelt label, in words."""
    words = label.casefold()
    text = value.strip()
    if words.endswith("category") and _CATEGORY_CODES.match(text):
        return " and ".join(_CATEGORIES[c.casefold()] for c in re.split(r"\s*[/,&+]\s*", text))
    if words.endswith("time") and (hhmm := _HHMM.match(text)):
        return f"{hhmm.group(1)}:{hhmm.group(2)}"
    return value


def spelt(code: str) -> str | None:
    """ "POL_ATT" → "Police attendance", "child.1" → "Child 1", "C2" → "Child 2"; None when a
    part is no known abbreviation (or the code is a plain word: "Date" is already read)."""
    parts = re.findall(r"[A-Za-z]+|\d+", code)
    if len(parts) == 1 and not code.isupper():
        return None
    words: list[str] = []
    for at, part in enumerate(parts):
        if part.isdigit():
            words.append(part)
            continue
        word = _WORDS.get(part.casefold())
        numbered = at + 1 < len(parts) and parts[at + 1].isdigit()
        if word is None or (part.casefold() in _NUMBERED_ONLY and not numbered):
            return None
        words.append(word)
    if len(parts) == 1 and words[0] == part.casefold():
        return None  # "CATEGORY", "TIME": a word already, read as it is
    text = " ".join(words)
    return text[:1].upper() + text[1:]

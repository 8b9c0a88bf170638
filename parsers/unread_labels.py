"""The booking form's labelled answers that no reader understood, kept to be shown.

Issue 11 ("labels understood by meaning"): a council's own wording of a field the reader does
not know must not vanish — one unknown label once lost every name in a whole set. The field
reader reads the labels it understands (`parsers.labels`, `parsers.label_meaning`, the people
and police-question readers); this module lists the rest of a form's "label → value" pairs so
that the desk shows them beside the fields that were read. A supervisor then sees on the case
page what the form said that the suggestion did not use ("Name of the person with parental
responsibility: …", "Any risks to staff visiting?: …"), and a developer sees which wordings to
teach the reader next (`cpc-triage parse` prints them).

Only form pages are read (`fields_conference.looks_like_form`, asked once per page): the
covering email's prose has no labels to lose, and its "Kind regards:" lines would only add noise.

Pure and total over a page's lines; the answers are personal data, so they go where the read
text goes (sealed with the occurrence, `tasks.readtext`) and never into a log.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from parsers.fields_conference import looks_like_form
from parsers.label_meaning import people_section
from parsers.labels import fold, logical_lines, unstruck
from parsers.records import Page

#: How many pairs one email keeps: enough for a long form, bounded for a hostile one.
MAX_PAIRS = 60
MAX_VALUE = 300

_INLINE = re.compile(r"^(?P<label>[A-Za-z][^:\t]{1,80}?)\s*[:?]\s+(?P<value>\S.*)$")
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z'’()/&.\-]*")
#: Header lines of a message or a memo: known, and no part of the form's answers.
_HEADER = re.compile(
    r"^(?:to|from|cc|bcc|sent|date|subject|re|tel|telephone|mobile|phone|email|e-mail|fax|"
    r"our\s+ref|your\s+ref|web|www)$",
    re.IGNORECASE,
)
_BOXES = frozenset("☒☐☑⍰")
_MARKS = _BOXES | frozenset("✓✔✗✘xX ")

Understood = Callable[[str], bool]


def unread_labels(pages: Sequence[Page], *, understood: Understood) -> tuple[tuple[str, str], ...]:
    """(label, value) of every answer on a form page whose label `understood` rejects.

    `understood` is the field reader's own test (`parsers.fields.known_label`), passed in so
    that this list and the reader can never disagree about what was read."""
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for page in pages:
        if not looks_like_form(page):  # the field reader's cached answer for this page
            continue
        for line in logical_lines(page):
            for label, value in _pairs(line):
                key = fold(label)
                if key in seen or _known(label, understood):
                    continue
                seen.add(key)
                found.append((label.strip(), value.strip()[:MAX_VALUE]))
                if len(found) >= MAX_PAIRS:
                    return tuple(found)
    return tuple(found)


def _pairs(line: str) -> list[tuple[str, str]]:
    """A two-cell row ("Label<TAB>value") or one "Label: value" line; wider rows are tables."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) == 2 and _label_shaped(cells[0]) and _has_value(cells[1]):
        return [(cells[0].rstrip(":?").strip(), cells[1])]
    if len(cells) == 1:
        match = _INLINE.match(cells[0])
        if match and _label_shaped(match["label"]) and _has_value(match["value"]):
            return [(match["label"], match["value"])]
    return []


def _label_shaped(text: str) -> bool:
    """A few words that name a field, not a sentence, a date, a box or a person's name."""
    stripped = unstruck(text).strip().rstrip(":?").strip()
    if not stripped or stripped[0] in _BOXES or stripped.endswith("."):
        return False
    words = stripped.split()
    if not 1 <= len(words) <= 9 or re.search(r"\d", stripped):
        return False
    if not all(_LABEL_WORD.fullmatch(w) for w in words):
        return False
    # Two or three capitalised words alone ("Jodie Sutcliffe") are a name in a list, not a label.
    return not (len(words) in (2, 3) and all(w[:1].isupper() for w in words) and ":" not in text)


def _has_value(text: str) -> bool:
    """An answer, not a bare mark: "School<TAB>✓" is a row of a grid the box readers read."""
    value = unstruck(text).strip(" \t_.:-–")
    return bool(value) and not set(value) <= _MARKS


def _known(label: str, understood: Understood) -> bool:
    bare = label.strip().rstrip(":?").strip()
    # A table's header words ("Name of person …") are no test here: a header names a column,
    # and an inline label with those words is not read as one (issue 11's lost names).
    return bool(_HEADER.match(bare) or understood(bare) or people_section(bare))

"""Each tick box on a line with the label it belongs to, and what a value says once unchosen.

Split from `parsers.fields_tick`: boxes answer more than the police question — the conference
type ("☐ Initial ☒ Review"), the harm categories, a core group's rows — so the reading of marks
and labels is its own. Every reader renders a box as `☒`/`☐` before its label
(`parsers.records`); forms also print "[X]", "(•)", "◉", or a mark after its label ("Yes ☒ No ☐",
"Report only ✓"), where each mark belongs to the text before it.
"""

from __future__ import annotations

import re

from parsers.labels import unstruck
from parsers.records import UNREAD as UNREAD_BOX

#: Marked and empty boxes and radio buttons as forms print them: "(•) No" and "◉ No" are a
#: chosen radio button (a web form's export, issue 11 set e), "( )" and "○" an empty one.
MARK = r"☒|☑|✓|✔|✗|✘|■|◉|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔•●*]\s*\)"
EMPTY = r"☐|□|○|\[\s*\]|\(\s*\)"
#: A box found on a scan whose mark is neither clearly there nor clearly absent.
GLYPH = re.compile(rf"({MARK}|{EMPTY}|{UNREAD_BOX})")
BOX = re.compile(rf"[☒☐□{UNREAD_BOX}]")  # a box, marked or not (a ✓ alone is no box)
IS_MARK = re.compile(rf"^(?:{MARK})$")
#: Beside a tick on its line, a cross says no ("report ✓ / attend ✗"); alone, a cross in a box
#: marks it (as `parsers.pdf_marks` and `parsers.police_grid` read them).
_TICKS, _CROSSES = frozenset("✓✔"), frozenset("✗✘")


def chosen_text(text: str) -> str:
    """What a form's value says once its unchosen options are gone: the labels of its marked
    boxes when it has boxes ("☐ Initial ☒ Review ☐ Pre-birth" → "Review"), else the text
    without what was struck through."""
    if not GLYPH.search(text):
        return unstruck(text)
    pairs = marked_labels(text)
    if not pairs:
        return unstruck(text)
    return " ".join(label for marked, label in pairs if marked)


def marked_labels(line: str) -> list[tuple[bool, str]]:
    """Each tick box on a line with the label it belongs to (also used for harm categories).

    A mark belongs to the text after it, unless the line ends with a mark and begins with
    text ("Yes ☒ No ☐", "Report only ✓"): then each mark belongs to the text before it. A
    cross beside a tick on the line is a no (`_CROSSES`).
    """
    tokens = [t.strip() for t in GLYPH.split(line.replace("\t", " \t "))]
    crosses_say_no = bool(_TICKS & set(tokens)) and bool(_CROSSES & set(tokens))
    items: list[tuple[str, str]] = []  # ("mark"|"empty"|"text", value)
    for token in tokens:
        if not token:
            continue
        if GLYPH.fullmatch(token):
            said = IS_MARK.match(token) and not (crosses_say_no and token in _CROSSES)
            items.append(("mark" if said else "empty", token))
        else:
            items += [("text", cell.strip()) for cell in token.split("\t") if cell.strip()]
    if not items:
        return []
    after = items[0][0] == "text" and items[-1][0] != "text"
    pairs: list[tuple[bool, str]] = []
    for i, (kind, _) in enumerate(items):
        if kind == "text":
            continue
        j = i - 1 if after else i + 1
        if 0 <= j < len(items) and items[j][0] == "text":
            pairs.append((kind == "mark", items[j][1]))
    return pairs

"""The police question's options read from the tick boxes on a line.

Split from `parsers.fields_tick`: a box's label (`parsers.box_labels`) is an option when it
names one ("☒ Written report sufficient"), or when the line or the line above asks the question
and the label is a Yes, a No or a one-word answer ("☐ Requested ☒ Not requested"). A box that
answers one option while the other stands beside it with no box found means the other box was
missed (a scan, a heavy mark): the answer is then unread, not chosen.
"""

from __future__ import annotations

import re

from parsers.box_labels import BOX, GLYPH, marked_labels
from parsers.police_options import (
    ATTEND,
    INSTRUCTION,
    POLICE_ROW,
    QUESTION,
    REPORT,
    REPORT_WORDS,
    UNREAD,
    Observation,
    bare_option,
    option_in,
    short_answer,
    yes_no,
)
from parsers.police_prose import topic_of
from parsers.records import UNREAD as UNREAD_BOX


def marked_options(line: str, *, after_question: bool) -> list[Observation]:
    """Each option a box on `line` answers, marked or not; `after_question`: the question stands
    just above, so a boxed Yes or No answers it."""
    line = INSTRUCTION.sub(" ", line)  # "☒ No (please circle)": the option is "No"
    found: list[Observation] = []
    yes_means = REPORT if REPORT_WORDS.search(GLYPH.sub(" ", line).split("\t")[0]) else ATTEND
    questioned = after_question or bool(QUESTION.search(line))
    # "Police contribution ☐ Attend ☒ Report": a label naming the police asks what they are to
    # do, so its one-word options answer — but not a Yes/No ("Police involvement ☒ Yes" says
    # nothing about attending)
    police_label = bool(POLICE_ROW.search(GLYPH.split(line)[0]))
    for marked, text in marked_labels(line):
        option = option_in(text)
        if option is None and questioned:
            option = yes_no(text, yes_means=yes_means) or short_answer(text)
        elif option is None and police_label and not re.search(r"\binvited\b", text, re.I):
            option = short_answer(text)  # "Police (CPPU) ☒ Invited": every agency is
        if option is None and (questioned or police_label) and not _TOLD.search(text):
            # the option in the form's own words, read by what it speaks of: "☒ Officer to
            # attend", "☒ Present at conference", "☐ Written information only" (set A)
            option = topic_of(text)
        if option is not None:
            found.append((option, marked))
    if found and UNREAD_BOX in line:
        found.append((UNREAD, False))  # a box of the question whose mark could not be told
    return found


#: An event told, not an option: "☒ Attended the home", "☐ Was present at the strategy".
_TOLD = re.compile(r"\b(?:attended|was|were|had|invited)\b", re.I)


def unboxed_option(lines: list[str], index: int, boxed: list[Observation]) -> list[Observation]:
    """UNREAD when a box answers one option and the other option stands next to it as a bare
    label with no box: a form that boxes one option boxes the other, so that box was not found
    (on a scan, one hidden under a heavy mark) and "☒ Written report sufficient" alone is not
    the whole answer (issue 11: only a confident reading counts)."""
    options = {option for option, _ in boxed} & {ATTEND, REPORT}
    if len(options) != 1 or not BOX.search(lines[index]):
        return []  # a typed "Report only ✓" beside an empty cell marks one option and not the other
    other = REPORT if ATTEND in options else ATTEND
    near = lines[max(0, index - 2) : index] + lines[index + 1 : index + 3]
    if any(
        option == other
        for line in near
        if GLYPH.search(line)
        for option, _ in marked_options(line, after_question=False)
    ):
        return []  # the other option has its box on its own line: a bare "Attendance" above is
        # the question's heading (issue 11, set j: "Attendance / ☐ Police attendance required /
        # ☒ Written report sufficient" read as unanswered)
    bare = [line for line in near if not line.rstrip().endswith(("?", ":"))]
    return [(UNREAD, False)] if any(bare_option(line) == other for line in bare) else []

"""An answer written beside the police question's box instead of in it.

A form printed with two boxes ("☐ An officer at the conference" / "☐ A written report") is
often answered by a note beside one option rather than a mark in its box: a hand-written "yes",
"<- this one", "report is fine" in the cell after the option (issue 11, set B: read as neither
box marked, POLICY.md rule 2's `report_only`). The note chooses the option it stands beside
when it affirms it — a bare yes, a pointer, or words whose topic and stance say that option
(`parsers.police_prose.instruction_answer`). The option's own words are read by topic as well
as by the stock phrases, so "An officer at the conference" is the attend option.

Only under a question that names the police, a few lines above: a note beside a box of another
check list ("☐ Home visit<TAB>yes") answers that list.
"""

from __future__ import annotations

import re

from parsers.police_options import ATTEND, POLICE_ROW, REPORT, Observation, option_in
from parsers.police_prose import instruction_answer, topic_of
from parsers.records import PoliceTick

#: One box, its option's words, and what is written in the cell after them.
_BOXED = re.compile(r"^\s*(?P<box>[☐☒])\s*(?P<label>[^\t☐☒]{3,80}?)\s*(?:\t(?P<note>[^\t☐☒]*))?$")
#: A note that points at or says yes to the option it stands beside.
_AFFIRMS = re.compile(
    r"^\W*(?:yes|y|x|✓|✔|this\s+one|(?:<-+|←)\s*(?:this(?:\s+one)?|here|please)?)\W*$", re.I
)
#: How far above the question may stand (the question, then its two options).
_QUESTION_REACH = 3


def noted_option(lines: list[str], index: int) -> list[Observation]:
    """The police option on `lines[index]`, marked when its box is or a note beside it
    affirms it; [] when the line is no such option under a police question."""
    match = _BOXED.match(lines[index])
    if match is None or not _under_police_question(lines, index):
        return []
    label = match["label"]
    option = option_in(label) or topic_of(label)
    if option is None:
        return []
    note = (match["note"] or "").strip()
    return [(option, match["box"] == "☒" or _affirms(note, option))]


def _affirms(note: str, option: str) -> bool:
    if not note:
        return False
    if _AFFIRMS.match(note):
        return True
    said = instruction_answer(note)
    wanted = PoliceTick.REQUIRED if option == ATTEND else PoliceTick.REPORT_SUFFICIENT
    return said is wanted


def _under_police_question(lines: list[str], index: int) -> bool:
    for above in lines[max(0, index - _QUESTION_REACH) : index]:
        text = above.strip()
        if POLICE_ROW.search(text) and text.endswith(("?", ":")) and len(text.split()) <= 16:
            return True
    return False


#: An option of the question written out with the answer after it on the same line, no box:
#: "We need an officer at the meeting yes".
_ANSWERED_AFTER = re.compile(r"^\s*(?P<label>[^\t☐☒]{3,80}?)[\s\t]+(?P<note>yes|y|✓|✔|x)\W*$", re.I)


def option_answered_after(lines: list[str], index: int) -> list[Observation]:
    """An option of the police question on its own line, no box, chosen by the yes typed
    after it; [] for any other line."""
    match = _ANSWERED_AFTER.match(lines[index])
    if match is None or not _under_police_question(lines, index):
        return []
    option = option_in(match["label"]) or topic_of(match["label"])
    return [(option, True)] if option is not None else []


def note_below_boxes(lines: list[str], index: int) -> list[Observation]:
    """A note on the line under the police question's boxes, none of them marked, that says
    the answer in words ("Yes ☐ No ☐" / "Report only pls - no need for an officer to come")."""
    if index == 0 or _BOX_MARKS.search(lines[index]):
        return []
    above = lines[index - 1]
    if "☐" not in above or "☒" in above or not _under_police_question(lines, index - 1):
        return []
    said = instruction_answer(lines[index])
    if said is PoliceTick.REQUIRED:
        return [(ATTEND, True)]
    if said is PoliceTick.REPORT_SUFFICIENT:
        return [(REPORT, True)]
    return []


_BOX_MARKS = re.compile(r"[☐☒⍰]")

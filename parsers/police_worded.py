"""The police question answered in words on its line: "Police attendance required: Yes".

Split from `parsers.fields_tick`: where no box answers, the form says it — a question and its
Yes or No ("…required? No, a written report will be sufficient"), a label naming the police and
its option ("WYP: Written report sufficient"), a heading over a one-line answer, "Yes / No" left
with neither chosen, or "required / ~~not required~~ (delete as appropriate)", where what is
left undeleted counts. A question whether attendance was *agreed* is a criterion, not the
request, and answers nothing here.
"""

from __future__ import annotations

import re

from parsers.box_labels import GLYPH
from parsers.police_boxes import marked_options
from parsers.police_nearby import POLICE_LABEL, police_label_above
from parsers.police_options import (
    ANSWER,
    ATTEND,
    INSTRUCTION,
    NO,
    POLICE_ROW,
    QUESTION,
    REPORT,
    REPORT_WORDS,
    YES,
    Observation,
    bare_option,
    both_options,
    closing_answer,
    option_in,
    short_answer,
)

#: An answer that opens a sentence of explanation: "Police attendance requested: Yes - the
#: chair would like police to attend", "…required? No, a written report will be sufficient".
_LEADING_ANSWER = re.compile(
    r"^(?P<q>.*?)\s*(?:[:?\-–]|\t)\s*(?:(?P<a>yes|no|not\s+required|required|not\s+requested|"
    r"requested)\b\s*(?:[-–—,.;:(]|\s+(?:as|because|since|please|the|a|we|police)\b)|"
    # a one-letter answer before the writer's words: "…at the conference?  Y - the chair asks"
    r"(?P<code>y|n)\s*[-–—,;:(])",
    re.IGNORECASE,
)
_UNANSWERED = re.compile(  # "Police attendance required: Yes / No" with neither chosen
    r"^(?P<q>.*?)\s*[:?\-–]?\s*(?:yes\s*/\s*no|y\s*/\s*n)\s*\.?$", re.IGNORECASE
)
DELETE = re.compile(r"delete\s+as\s+(?:appropriate|applicable|necessary)", re.IGNORECASE)
_STRUCK = re.compile(r"~~.*?~~|<s>.*?</s>|<del>.*?</del>", re.IGNORECASE)
#: "(Yes/No - delete as appropriate)" printed in the question: the instruction, not an answer.
_DELETE_NOTE = re.compile(
    r"\([^()]*delete\s+as\s+(?:appropriate|applicable|necessary)[^()]*\)", re.IGNORECASE
)
#: "No - written report only", "Yes (attendance required)": an answer and its own gloss.
_GLOSSED = re.compile(
    r"^(?P<head>.*?[:?\-–\t]\s*(?:yes|no))\s*[-–(,]\s*(?:a\s+)?"
    r"(?:written\s+report|police\s+report|report|attendance|officer)\b[^:]*$",
    re.IGNORECASE,
)

#: A question whether attendance was agreed or negotiated (between the chair and the DI, protocol
#: 000's negotiated attendance) names police attendance but is a criterion, not the request: its
#: "No" chooses no written report (set m, 63-05: a grid's "Has police attendance been agreed …?
#: No" read as the report option beside a drop-down that asked for attendance).
_AGREEMENT = re.compile(
    r"attendance\s+(?:has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?(?:agreed|negotiated|discussed)|"
    r"\b(?:agreed|negotiated|discussed)\s+(?:\w+\s+){0,3}?attendance",
    re.IGNORECASE,
)

_YES_NO_WORD = re.compile(r"\b(?:yes|no|y|n)\b|[☒☐✓✔]", re.I)
#: A question asked in full and its answer beside it: "Would you like police attendance at the
#: meeting?<TAB>Written report will do" (a Q:/A: reply joined by `parsers.numbered`).
_ASKED_ROW = re.compile(r"^(?P<q>[^\t]{1,120}\?)\t\s*(?P<v>[^\t]{1,60})$")


def yes_no_question(line: str) -> str | None:
    """The option a "question: Yes/No" line asks about, or None."""
    match = ANSWER.match(line.strip())
    if match is None or not QUESTION.search(match["q"]) or _AGREEMENT.search(match["q"]):
        return None
    if match["a"].strip().lower() not in {"yes", "no", "y", "n"}:
        return None
    return REPORT if REPORT_WORDS.search(match["q"]) else ATTEND


def worded_answer(
    line: str, *, previous: str, both_asked: bool = False, following: str = ""
) -> list[Observation]:
    """The options `line` answers in words, with the lines around it for a label above or a
    question before. `both_asked`: each option has its own Yes/No line, so "No" leaves that
    option unmarked (it does not choose the other one)."""
    if _menu_row(line):
        return [(ATTEND, False), (REPORT, False)]
    label_above = police_label_above(previous, line, following)
    line = INSTRUCTION.sub(" ", line)  # "(write YES or NO in the box)" is no answer
    options_follow = bool(INSTRUCTION.search(previous))  # "Police (tick as appropriate)"
    previous = INSTRUCTION.sub(" ", previous)
    police = POLICE_LABEL.match(line.strip()) or _ASKED_ROW.match(line.strip()) or label_above
    # an answer of its own under the heading: short, not a sentence, not itself asked and answered
    short = (
        len(line.split()) <= 8
        and ":" not in line
        and not _YES_NO_WORD.search(line)
        and not line.rstrip(" )").endswith("?")  # the question under the heading, not its answer
    )
    heading = POLICE_ROW.fullmatch(previous.strip(" :")) and not options_follow
    if short and heading and (said := option_in(line)):
        return [(said, True)]  # "Police" / "Written report to the chair"
    if police and both_options(police["v"]):
        police = None  # "Attendance required / Written report sufficient": a menu, not an answer
    if (
        police
        and POLICE_ROW.search(police["q"])
        and not QUESTION.search(police["q"])
        and "?" not in police["v"]  # "Police - is attendance requested?" asks, it does not say
    ):
        option = option_in(police["v"]) or short_answer(police["v"])
        if option is not None:  # "WYP: Written report sufficient", "Police<TAB>Attend"
            return [(option, True)]
    if (
        police
        and QUESTION.search(police["q"])
        # "Police attendance required<TAB>…" is an option; "Do you need police to attend?" asks
        and (option_in(police["q"]) is None or police["q"].rstrip().endswith("?"))
        and "?" not in police["v"]
        and (said := option_in(police["v"]) or closing_answer(police["v"])) is not None
    ):
        return [(said, True)]  # the question's label, its chosen option as the value:
        # "Police attendance<TAB>Written report sufficient" (a portal page printed)
    glossed = _GLOSSED.match(line.strip())
    line = glossed["head"] if glossed else line
    unanswered = _UNANSWERED.match(line.strip())
    if unanswered and QUESTION.search(unanswered["q"]):
        return [(ATTEND, False), (REPORT, False)]  # the question is there, no answer marked
    match = ANSWER.match(line.strip()) or _LEADING_ANSWER.match(line.strip())
    if match and QUESTION.search(match["q"]):
        question, answer = match["q"], _said(match)
    elif QUESTION.search(previous) and (YES.match(line) or NO.match(line)):
        question, answer = previous, line
    elif QUESTION.search(previous) and (lead := _LEADING_ANSWER.match("?" + line.strip())):
        question, answer = previous, _said(lead)  # the free-text answer under its question
    elif (
        QUESTION.search(previous)
        and len(previous.split()) <= _LABEL_WORDS
        and "\t" not in previous  # "…required<TAB>X" above is answered already
        and option_in(previous) is None  # "Police attendance required" above is an option
        and (said := short_answer(line)) is not None
    ):
        return [(said, True)]  # a notice's "POLICE ATTENDANCE" over "REQUIRED" (set c, c-12g)
    elif (
        previous.rstrip(" )").endswith("?")
        and QUESTION.search(previous)
        and (line.strip().endswith(".") and (said := option_in(line)))
    ):
        return [(said, True)]  # "…requested? (please give details)" / "A written report will be …"
    else:
        return []
    if _AGREEMENT.search(question):
        return []
    answer = answer.strip().lower()
    if answer in {"x", "✓", "✔", "☒", "sufficient"}:
        option = option_in(question)
        return [(option, True)] if option else []
    asked = REPORT if REPORT_WORDS.search(question) else ATTEND
    if answer in {"yes", "y", "required", "requested", "attend"}:
        return [(asked, True)]
    if answer in {"no", "n"} and both_asked:
        return [(asked, False)]
    if answer in {"no", "n", "not required", "not requested"}:
        return [(REPORT if asked == ATTEND else ATTEND, True)]
    if answer == "report only":
        return [(REPORT, True)]
    return []


def _said(match: re.Match[str]) -> str:
    """The answer a question's match found: a word, or a one-letter code (`_LEADING_ANSWER`)."""
    return match["a"] or match.groupdict().get("code") or ""


#: The most words of a label standing above its answer ("West Yorkshire Police attendance").
_LABEL_WORDS = 8


def _menu_row(line: str) -> bool:
    """The police row with both options printed as its cells and neither marked: "West
    Yorkshire Police <TAB>Attendance required <TAB>Report only" — a form that asks for the
    answer to be circled, with no ring drawn round either (set n 69-06). The last cell is an
    option of the menu, not the answer: it read as "report only"."""
    cells = [cell.strip() for cell in line.split("\t")]
    if len(cells) < 3 or not (POLICE_ROW.search(cells[0]) or QUESTION.search(cells[0])):
        return False
    options = [bare_option(cell) for cell in cells[1:]]
    return ATTEND in options and REPORT in options


def unmarked_pair(previous: str, line: str) -> list[Observation]:
    """Both options as bare labels, one under the other: a form's two rows whose answer cells
    are empty ("Police attendance required | ", "Written report sufficient | ")."""
    options = {bare_option(previous), bare_option(line)}
    return [(ATTEND, False), (REPORT, False)] if options == {ATTEND, REPORT} else []


def deletion(line: str) -> list[Observation]:
    """'required / not required (delete as appropriate)': what is left undeleted counts.

    The Yes/No forms too: "Is police attendance required - NO (delete as appropriate)" is a No,
    "…requested? (Yes/No - delete as appropriate) <TAB> No" is a No (the bracket is only the
    instruction), and "YES / NO (delete as appropriate)" left whole is neither.
    """
    kept = DELETE.sub(" ", _DELETE_NOTE.sub(" ", _STRUCK.sub(" ", line)))
    kept = " ".join(re.sub(r"[()]", " ", kept).split())
    if GLYPH.search(kept):  # the reader already marked what was left: "☒ Yes ☐ No"
        return marked_options(kept, after_question=True)
    answered = worded_answer(kept, previous="")  # what is left is a worded answer, or none
    if answered:
        return answered
    options = {o for part in kept.split("/") if (o := option_in(part)) is not None}
    if len(options) == 1:
        return [(options.pop(), True)]
    if len(options) == 2:
        return [(ATTEND, False), (REPORT, False)]
    return []

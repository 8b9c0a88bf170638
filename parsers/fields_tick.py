"""The booking form's police tick box: attendance required, or a written report sufficient.

Wakefield `000 §7.1`: the booking form "includes a tick box which indicates if police attendance
is required or if a written report is sufficient". Every reader renders a tick box as `☒`/`☐`
before its label (`parsers.records`), but forms and bodies also say it in words ("Police
attendance required: Yes"), with brackets ("[X] Written report sufficient"), with the mark after
the label ("Report only ✓", a Word row "Yes ☒ No ☐") or by deleting the option that does not
apply ("required / ~~not required~~ (delete as appropriate)"). DOMAIN.md §2.2 lists the traps:
both or neither marked, and an unmarked ☐ right before a label belongs to *that* label.

Choice (documented): a bare label with no mark, no box and no Yes/No is `NOT_FOUND`, not
`NEITHER` — the covering email saying "whether police attendance is requested is indicated on
the booking form" is no tick box. `NEITHER` needs boxes (or an undeleted "delete as
appropriate" pair, a "Yes / No" left with neither circled, or both options as short labels one
under the other — a form's rows whose answer cells are empty) that are present and unmarked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from parsers.box_labels import GLYPH
from parsers.labels import logical_lines, reply_above_quote, unstruck
from parsers.police_boxes import marked_options, unboxed_option
from parsers.police_grid import agency_grid
from parsers.police_nearby import (
    POLICE_LABEL,
    menu_answered,
    police_label_above,
    value_below_in_column,
)
from parsers.police_options import (
    ANSWER,
    ATTEND,
    INSTRUCTION,
    NO,
    POLICE_ROW,
    QUESTION,
    REPORT,
    REPORT_WORDS,
    UNREAD,
    YES,
    Observation,
    bare_option,
    both_options,
    closing_answer,
    option_in,
    short_answer,
)
from parsers.police_prose import police_request_in_prose
from parsers.records import Page, PoliceTick

#: An answer that opens a sentence of explanation: "Police attendance requested: Yes - the
#: chair would like police to attend", "…required? No, a written report will be sufficient".
_LEADING_ANSWER = re.compile(
    r"^(?P<q>.*?)\s*(?:[:?\-–]|\t)\s*(?P<a>yes|no|not\s+required|required|not\s+requested|"
    r"requested)\b\s*(?:[-–—,.;:(]|\s+(?:as|because|since|please|the|a|we|police)\b)",
    re.IGNORECASE,
)
_UNANSWERED = re.compile(  # "Police attendance required: Yes / No" with neither chosen
    r"^(?P<q>.*?)\s*[:?\-–]?\s*(?:yes\s*/\s*no|y\s*/\s*n)\s*\.?$", re.IGNORECASE
)
_DELETE = re.compile(r"delete\s+as\s+(?:appropriate|applicable|necessary)", re.IGNORECASE)
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


def police_tick(pages: Sequence[Page]) -> PoliceTick:
    """The tick box of the first page that has one, attachments before bodies; else what a
    sentence of the email says ("attendance by an officer is not required on this occasion")."""
    newest = _newest_answer(pages)
    if newest is not None:
        return newest
    ordered = [p for p in pages if not _is_body(p)] + [p for p in pages if _is_body(p)]
    for page in ordered:
        found = page_observations(page)
        if found:
            return _verdict(found)
    for page in ordered:
        # one plain sentence, read only where no box, row or worded answer said it
        said = police_request_in_prose(page.text)
        if said is not None:
            return said
    return PoliceTick.NOT_FOUND


def _newest_answer(pages: Sequence[Page]) -> PoliceTick | None:
    """What the newest message of a thread says about the police attending, above the messages
    it quotes: it changes the request they made ("Further to the request below: a written
    report will be sufficient"; "the Chair and DI Shah have agreed that police will attend") —
    issue 11, set i: a thread decided by its oldest message."""
    for page in pages:
        if not _is_body(page):
            continue
        newest = reply_above_quote(page.text)
        if newest is None:
            continue  # no message quoted: the body is read with the rest
        top = Page(page.location, tuple(newest.split("\n")))
        found = page_observations(top)
        if found:
            return _verdict(found)
        said = police_request_in_prose(newest, agreed_counts=False)
        if said is not None:
            return said
    return None


_YES_NO_WORD = re.compile(r"\b(?:yes|no|y|n)\b|[☒☐✓✔]", re.I)
#: A question asked in full and its answer beside it: "Would you like police attendance at the
#: meeting?<TAB>Written report will do" (a Q:/A: reply joined by `parsers.numbered`).
_ASKED_ROW = re.compile(r"^(?P<q>[^\t]{1,120}\?)\t\s*(?P<v>[^\t]{1,60})$")


def police_question_asked(pages: Sequence[Page]) -> bool:
    """Whether a form on the pages asks if police should attend, answered or not.

    Issue 11: a form whose police question could not be read must not pass for a form without
    one — the triage then says what it could not read instead of suggesting a report. A
    question is a short line of its own (a label, a row, "Is police attendance required?"),
    not a sentence of the covering note ("…is indicated on the booking form.")."""
    return any(_asks(line) for page in pages for line in logical_lines(page))


def asks_police(line: str) -> bool:
    """Whether one line (a label, a row) asks if police should attend."""
    return _asks(line)


def _asks(line: str) -> bool:
    first = line.split("\t")[0].strip()
    if not QUESTION.search(first) or len(first.split()) > 16:
        return False
    if not re.search(r"\?|:$|attend|required|requested|sufficient|needed", first, re.I):
        return False  # "Written report to the chair" answers; it asks nothing
    return not first.endswith(".") and not re.search(
        r"\b(?:indicated|shown|see|attached|enclosed|please)\b", first, re.I
    )


def page_observations(page: Page) -> list[Observation]:
    """What one page says about the two options, in reading order."""
    return list(_observed(page))


@lru_cache(maxsize=64)
def _observed(page: Page) -> tuple[Observation, ...]:
    """Kept for the last pages seen: an email's pages are looked at here several times (each
    attachment's role, the message kind, the tick box itself)."""
    lines = logical_lines(page)
    grid = agency_grid(lines)
    if grid:
        return tuple(grid)
    found: list[Observation] = []
    question_at = -10
    both_asked = {_yes_no_question(line) for line in lines} >= {ATTEND, REPORT}
    for index, line in enumerate(lines):
        context = "\n".join(lines[max(0, index - 2) : index])
        struck_option = "~~" in line and QUESTION.search(unstruck(line) + " " + line)
        if _DELETE.search(line) or (_DELETE.search(context) and "/" in line) or struck_option:
            found += _deletion(line)
        elif GLYPH.search(line):
            boxed = marked_options(line, after_question=index - question_at <= 2)
            found += boxed + unboxed_option(lines, index, boxed)
        else:
            previous = lines[index - 1] if index else ""
            following = lines[index + 1] if index + 1 < len(lines) else ""
            found += (
                _worded_answer(line, previous=previous, both_asked=both_asked, following=following)
                or (_unmarked_pair(lines[index - 1], line) if index else [])
                or value_below_in_column(lines, index)
                or menu_answered(lines, index)
            )
        question_at = _question_now(line, index=index, question_at=question_at)
    return tuple(found)


#: A line this long is a sentence of the text, not a question of the form ("On 27/11 police
#: attended the address…" names the police attending and asks nothing).
_QUESTION_WORDS = 20


def _question_now(line: str, *, index: int, question_at: int) -> int:
    """Where the question that boxes on the next lines answer stands, after `line`.

    An answer belongs to the question above it: another question between them ("Has an
    Emergency Protection Order been applied for?" / "( ) Yes (•) No") takes the boxes below it,
    so the police question no longer does (issue 11, set e: the EPO's "No" read as the police's).
    """
    text = line.strip()
    if QUESTION.search(text) and len(text.split()) <= _QUESTION_WORDS:
        return index
    if text.endswith("?") and not GLYPH.search(text):
        return -10  # another question: the police question is behind it
    return question_at


def _yes_no_question(line: str) -> str | None:
    """The option a "question: Yes/No" line asks about, or None."""
    match = ANSWER.match(line.strip())
    if match is None or not QUESTION.search(match["q"]) or _AGREEMENT.search(match["q"]):
        return None
    if match["a"].strip().lower() not in {"yes", "no", "y", "n"}:
        return None
    return REPORT if REPORT_WORDS.search(match["q"]) else ATTEND


def _worded_answer(
    line: str, *, previous: str, both_asked: bool = False, following: str = ""
) -> list[Observation]:
    """`both_asked`: each option has its own Yes/No line, so "No" leaves that option unmarked
    (it does not choose the other one)."""
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
        question, answer = match["q"], match["a"]
    elif QUESTION.search(previous) and (YES.match(line) or NO.match(line)):
        question, answer = previous, line
    elif QUESTION.search(previous) and (lead := _LEADING_ANSWER.match("?" + line.strip())):
        question, answer = previous, lead["a"]  # the free-text answer under its question
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


def _unmarked_pair(previous: str, line: str) -> list[Observation]:
    """Both options as bare labels, one under the other: a form's two rows whose answer cells
    are empty ("Police attendance required | ", "Written report sufficient | ")."""
    options = {bare_option(previous), bare_option(line)}
    return [(ATTEND, False), (REPORT, False)] if options == {ATTEND, REPORT} else []


def _deletion(line: str) -> list[Observation]:
    """'required / not required (delete as appropriate)': what is left undeleted counts.

    The Yes/No forms too: "Is police attendance required - NO (delete as appropriate)" is a No,
    "…requested? (Yes/No - delete as appropriate) <TAB> No" is a No (the bracket is only the
    instruction), and "YES / NO (delete as appropriate)" left whole is neither.
    """
    kept = _DELETE.sub(" ", _DELETE_NOTE.sub(" ", _STRUCK.sub(" ", line)))
    kept = " ".join(re.sub(r"[()]", " ", kept).split())
    if GLYPH.search(kept):  # the reader already marked what was left: "☒ Yes ☐ No"
        return marked_options(kept, after_question=True)
    answered = _worded_answer(kept, previous="")  # what is left is a worded answer, or none
    if answered:
        return answered
    options = {o for part in kept.split("/") if (o := option_in(part)) is not None}
    if len(options) == 1:
        return [(options.pop(), True)]
    if len(options) == 2:
        return [(ATTEND, False), (REPORT, False)]
    return []


def _verdict(found: list[Observation]) -> PoliceTick:
    if any(option == UNREAD for option, _ in found):
        return PoliceTick.NOT_FOUND  # the question is there; its answer was not read
    marked = {option for option, is_marked in found if is_marked}
    if marked == {ATTEND, REPORT}:
        return PoliceTick.BOTH
    if marked == {ATTEND}:
        return PoliceTick.REQUIRED
    if marked == {REPORT}:
        return PoliceTick.REPORT_SUFFICIENT
    return PoliceTick.NEITHER


def _is_body(page: Page) -> bool:
    return page.location.lower().startswith("body")

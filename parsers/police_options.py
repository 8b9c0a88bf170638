"""The words of the police question and its two options: attend, or a written report instead.

Split from `parsers.fields_tick`, whose readers (boxes, grids, worded answers, labels above
their values) all ask the same things of a piece of text: does it name the question ("Police
attendance required?"), which option does it name ("Written report sufficient" is REPORT,
"Attendance requested" ATTEND), is it a one-word answer ("Requested", "Report only"), a Yes or a
No, or both options at once (a menu left whole).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.box_labels import GLYPH

ATTEND = "attend"
REPORT = "report"
ALSO = "also"  # a report column beside the attendance one (both asked)
#: A box of the question whose mark could not be told (a scan: `parsers.scan_boxes`; a drawn
#: box with paint at it we do not understand: `parsers.pdf_box_state`), or one of
#: the question's two options with no box found beside it: the answer is then not read.
UNREAD = "unread"

#: A social worker's shorthand for the question's words ("Pol attend req'd: Y", "written rpt
#: suff"): set y layout 123. Each is the word in full to these patterns.
_POLICE = r"(?:police|pol\b\.?)"
#: The report option in other words: "Written update sufficient", "written information only"
#: (set w, set B).
_REPORT = r"(?:report|rpt\b\.?|update|information|submission)"
_REQUIRED = r"(?:required|req'?d\b\.?)"
_SUFFICIENT = r"(?:sufficient|suff\b\.?)"

REPORT_WORDS = re.compile(
    rf"written\s+{_REPORT}|{_REPORT}\s+(?:is\s+)?(?:only|{_SUFFICIENT})|"
    r"(?:attendance|attend)\s+(?:is\s+)?not\s+(?:required|requested|needed)|^\s*not\s+required|"
    r"no\s+(?:police\s+)?attendance|police\s+report\s+only",
    re.IGNORECASE,
)
ATTEND_WORDS = re.compile(
    r"(?<!not\s)(?<!no\s)(?:police\s+)?(?:attendance|presence)\s+(?:at\s+(?:the\s+)?(?:conference|meeting)\s+)?"
    rf"(?:is\s+)?(?:{_REQUIRED}|requested|needed)|"
    rf"{_POLICE}\s+(?:are\s+|to\s+)?(?:required\s+to\s+)?attend\b|request(?:ing)?\s+police\s+attendance|"
    r"^\s*required\s*$|^\s*attend(?:ance)?\s*$|"
    # an option that starts with the verb, as a box's label: "Attend the conference", "Attending
    # in person", "Attendance at the meeting" (set D: "[X] Attend the conference" read as no box
    # marked); "Attendance not required" is the report option, tried first
    r"^\W*(?:to\s+)?attend(?:ance|ing)?\s+(?:the|this|in|at)\b",
    re.IGNORECASE,
)
QUESTION = re.compile(
    rf"police\s+(?:attendance|presence)|attendance\s+(?:of\s+)?(?:the\s+)?police|{_POLICE}\s+(?:to\s+)?attend|"
    rf"attendance\s+(?:at\s+(?:the\s+)?(?:conference|meeting)\s+)?(?:is\s+)?(?:{_REQUIRED}|requested)|"
    rf"written\s+{_REPORT}|{_REPORT}\s+only|{_REPORT}\s+(?:is\s+)?{_SUFFICIENT}|"
    # in plain English (set v, an easy-read form): "Do the police need to come to the meeting?",
    # "Should police be at the conference?"
    r"police\s+(?:\w+\s+){0,3}?(?:come|attend|be\s+(?:at|present|there))\b[^?.]{0,20}?"
    r"(?:meeting|conference)",
    re.IGNORECASE,
)
YES = re.compile(r"^\s*(?:yes|y)\s*$", re.IGNORECASE)
NO = re.compile(r"^\s*(?:no|n)\s*$", re.IGNORECASE)
ANSWER = re.compile(
    r"^(?P<q>.*?)\s*(?:[:?\-–]|\t)\s*(?P<a>yes|no|y|n|x|✓|✔|☒|required|not\s+required|requested|"
    r"not\s+requested|sufficient|attend|report\s+only)\s*\.?$",
    re.IGNORECASE,
)

Observation = tuple[str, bool]  # (ATTEND | REPORT, marked)

#: The police, by any name a form gives them.
POLICE_ROW = re.compile(
    r"\bpolice\b|\bpol\b|\bWYP\b|\bCPPU\b|\bCAIU\b|\bsafeguarding\s+unit\b|\bconstabulary\b", re.I
)
#: An instruction in brackets ("(please tick one)"): no answer, and no option.
INSTRUCTION = re.compile(
    r"\((?:please\s+)?(?:write|tick|circle|select|choose|enter|state|mark|delete|give|provide|"
    r"specify|explain|add)\b[^()]*\)",
    re.I,
)


@lru_cache(maxsize=256)
def bare_option(line: str) -> str | None:
    """The option a short line names on its own (no box, no Yes/No), or None. Kept for the next
    call: each line is asked once as itself, once as the line above."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > 6 or GLYPH.search(text) or ANSWER.match(text):
        return None
    return option_in(text)


_SHORT_ATTEND = re.compile(
    r"^\W*(?:yes\W+)?(?:requested|required|needed|attend(?:ance|ing)?|invited)\W*$", re.I
)
_SHORT_REPORT = re.compile(
    r"^\W*(?:no\W+)?(?:not\s+(?:requested|required|needed|invited)|report(?:\s+only)?|"
    r"(?:a\s+)?(?:written\s+)?report\s+(?:requested|required|only)(?:\s+only)?)\W*$",
    re.I,
)


def both_options(text: str) -> bool:
    """Whether a value names both options (a menu left whole, "Required / Not required", "1. in
    person 2. a written update": a numbered menu left unanswered is no report asked for)."""
    from parsers.police_prose import topic_of  # it reads this module's words of the options

    parts = _MENU_PARTS.split(text)
    said = {o for part in parts if (o := option_in(part) or short_answer(part) or topic_of(part))}
    return len(said) == 2


#: Where a menu's options part: a slash, "or", a bar, or an option's number or letter.
_MENU_PARTS = re.compile(r"\s*(?:/|\bor\b|\||(?:^|\s)\(?(?:\d{1,2}|[a-dA-D])[.)]\s)\s*")


def closing_answer(value: str) -> str | None:
    """An answer that closes a value after its explanation: "Agreed with DI Womersley -
    attending", "Discussed with the chair, attendance requested" (issue 11, set h)."""
    last = re.split(r"\s[-–—]\s|[,;:]\s", value.strip())[-1]
    return short_answer(last) if last != value.strip() else None


def short_answer(text: str) -> str | None:
    """An option under the police question in one word: "☒ Requested ☐ Not requested"."""
    if _SHORT_REPORT.match(text):
        return REPORT
    if _SHORT_ATTEND.match(text):
        return ATTEND
    return None


def option_in(text: str) -> str | None:
    """REPORT or ATTEND when `text` names that option, else None."""
    if REPORT_WORDS.search(text):
        return REPORT
    if ATTEND_WORDS.search(text):
        return ATTEND
    return None


#: A boxed Yes or No with the writer's reason after it: "☒ Yes – the SW would value police
#: input", "☒ No, a short update will do" (set p, 77-02: the Yes with its reason was no answer,
#: and the request for police was read as neither box marked).
_YES_REASONED = re.compile(r"^\s*yes\s*(?:[-–—,.;:(]|$)", re.IGNORECASE)
_NO_REASONED = re.compile(r"^\s*no\s*(?:[-–—,.;:(]|$)", re.IGNORECASE)


def yes_no(text: str, *, yes_means: str) -> str | None:
    """The option a Yes or a No chooses, when a Yes means `yes_means`; None for other text."""
    if YES.match(text) or _YES_REASONED.match(text):
        return yes_means
    if NO.match(text) or _NO_REASONED.match(text):
        return REPORT if yes_means == ATTEND else ATTEND
    return None

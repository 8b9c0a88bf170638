"""The police's own line in a list of invitees, with what is asked of them in free words.

An invitation that lists every agency one line each, with its own instruction ("Health visitor
– please attend and bring growth charts"), asks the police on their line: "West Yorkshire
Police (CPPU) – presence requested at the conference, please", "WYP – no attendance needed;
written report to the chair by 5pm", "Police – representation at conference - YES / written
report - YES". The instruction is no option of a form's: it is read as a clause said of the
police (`parsers.police_prose.instruction_answer`: its topic — attending or writing — and its
stance), and "topic - YES" pairs each answer the option their topic names (issue 11, set B:
every such line read as no answer). A line naming the police with no instruction ("West
Yorkshire Police - Calderdale Safeguarding Unit") answers nothing.
"""

from __future__ import annotations

import re

from parsers.police_options import ATTEND, POLICE_ROW, QUESTION, REPORT, Observation, option_in
from parsers.police_prose import instruction_answer, topic_of
from parsers.records import PoliceTick

#: "<the police, by any name> – <what is asked of them>": a dash set apart, or a colon.
_AGENCY_LINE = re.compile(r"^(?P<q>[^:\t]{1,60}?)(?::|\s[-–—]\s)\s*(?P<v>[^\t]{2,200})$")
#: One option's topic with its own Yes or No: "representation at conference - YES".
_TOPIC_ANSWER = re.compile(r"^(?P<t>.+?)\s*(?:[-–—:]|\s)\s*(?P<a>yes|no)\s*\.?$", re.I)
_PARTS = re.compile(r"\s+/\s+|\s*;\s*")


def agency_instruction(
    line: str, *, following: str = "", paired_only: bool = False
) -> list[Observation]:
    """What the police's line of an invitee list (or an agenda's running order) asks of them;
    [] when it is no such line. `following`: the next line, which ends an aside the line
    leaves open ("… (officer" / "not required)"). `paired_only`: only a line whose options
    each have their Yes or No — read before the worded answers, which take "written report -
    YES" for the whole line's answer."""
    value = _police_and_value(line.strip())
    if value is None:
        return []
    if value in (ATTEND, REPORT):
        return [] if paired_only else [(value, True)]
    if value.count("(") > value.count(")") and following.strip().endswith(")"):
        value = f"{value} {following.strip()}"  # the aside wrapped onto the next line
    if "?" in value:
        return []  # "Police - is attendance requested?" asks; it does not say
    paired = _paired_answers(value)
    if paired or paired_only:
        return paired
    said = instruction_answer(value)
    if said is None and (option := option_in(value)) is not None:
        return [(option, True)]  # "report to be read by the chair (no attendance)"
    if said is PoliceTick.REQUIRED:
        return [(ATTEND, True)]
    if said is PoliceTick.REPORT_SUFFICIENT:
        return [(REPORT, True)]
    return []


def _police_and_value(line: str) -> str | None:
    """The instruction of a line that names the police before it: "WYP – attend, please", or
    a row's cells "14:15<TAB>Police (CSU)<TAB>attendance needed" (the police in a short cell,
    the instruction in the last)."""
    match = _AGENCY_LINE.match(line)
    if match is not None:
        named = match["q"]
        value = match["v"]
    else:
        cells = [cell.strip() for cell in line.split("\t")]
        named = next(
            (c for c in cells[:-1] if POLICE_ROW.search(c) and len(c.split()) <= _CELL_WORDS), ""
        )
        value = cells[-1] if named and len(cells) >= 2 else ""
        chosen = _lettered(cells[:-1], value)
        if chosen is not None and (topic := topic_of(chosen)) is not None:
            return topic  # the option the letter names, read by its topic
    if not POLICE_ROW.search(named) or not value or QUESTION.search(named):
        return None
    if match is None and len(value.split()) > _INSTRUCTION_WORDS:
        return None  # "Police involvement<TAB>A DA officer is working with mum; …": a story
    if len(_LETTERED.findall(value)) >= 2:
        return None  # the lettered options left unanswered: a menu, no instruction
    return value


#: Lettered or numbered options in one cell: "A) attendance at conference B) written report".
_LETTERED = re.compile(r"(?:^|\s)\(?([A-Da-d1-4])[).:]\s+(.+?)(?=\s+\(?[A-Da-d1-4][).:]\s|$)")


def _lettered(cells: list[str], answer: str) -> str | None:
    """The option an answer cell's letter names among a row's lettered options ("A) attendance
    at conference B) written report only" / "A"), or None."""
    letter = answer.strip(" .()").upper()
    if len(letter) != 1:
        return None
    for cell in cells:
        options: dict[str, str] = {match[1].upper(): match[2] for match in _LETTERED.finditer(cell)}
        if len(options) >= 2 and letter in options:
            return options[letter]
    return None


#: The most words of a row's instruction cell: more is the police's story, not what is asked.
_INSTRUCTION_WORDS = 20
#: The most words of a cell that names the police as a row's agency or item.
_CELL_WORDS = 6


def _paired_answers(value: str) -> list[Observation]:
    """Each part "topic - YES/NO" answers the option its topic names; [] unless all do."""
    found: list[Observation] = []
    for part in _PARTS.split(value.strip()):
        match = _TOPIC_ANSWER.match(part.strip())
        topic = topic_of(match["t"]) if match else None
        if match is None or topic is None:
            return []
        found.append((ATTEND if topic == "attend" else REPORT, match["a"].lower() == "yes"))
    return found if len(found) >= 2 else []

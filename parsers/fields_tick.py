"""The booking form's police tick box: attendance required, or a written report sufficient.

Wakefield `000 §7.1`: the booking form "includes a tick box which indicates if police attendance
is required or if a written report is sufficient". Every reader renders a tick box as `☒`/`☐`
before its label (`parsers.records`), but forms and bodies also say it in words ("Police
attendance required: Yes"), with brackets ("[X] Written report sufficient"), with the mark after
the label ("Report only ✓", a Word row "Yes ☒ No ☐") or by deleting the option that does not
apply ("required / ~~not required~~ (delete as appropriate)"). DOMAIN.md §2.2 lists the traps:
both or neither marked, and an unmarked ☐ right before a label belongs to *that* label.

This module decides from what a page says; the readers of each way of saying it are their own
modules: the question's words and options (`parsers.police_options`), boxes and their labels
(`parsers.box_labels`, `parsers.police_boxes`), an agency grid (`parsers.police_grid`), a worded
or deleted answer (`parsers.police_worded`), an answer on another line than its label
(`parsers.police_nearby`), and a sentence of the email (`parsers.police_prose`).

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
from parsers.police_instruction import agency_instruction
from parsers.police_nearby import menu_answered, value_below_in_column
from parsers.police_notes import note_below_boxes, noted_option, option_answered_after
from parsers.police_options import (
    ATTEND,
    POLICE_ROW,
    QUESTION,
    REPORT,
    UNREAD,
    Observation,
    option_in,
    short_answer,
)
from parsers.police_prose import police_request_in_prose
from parsers.police_worded import DELETE, deletion, unmarked_pair, worded_answer, yes_no_question
from parsers.records import Page, PoliceTick


def police_tick(pages: Sequence[Page]) -> PoliceTick:
    """The tick box of the first page that has one, attachments before bodies; else what a
    sentence of the email says ("attendance by an officer is not required on this occasion")."""
    newest = _newest_answer(pages)
    if newest is not None:
        return newest
    ordered = [p for p in pages if not p.is_body] + [p for p in pages if p.is_body]
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
        if not page.is_body:
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


def police_asked_in_words(pages: Sequence[Page]) -> bool:
    """Whether a sentence of the email asks for the police to attend, whatever a box says.

    The covering note and the form can disagree ("please ignore the police box - attendance
    would be really helpful"), and a form can carry a direction written after its boxes (a
    chair's "I would like the police to be there" under the social worker's "written report"
    ticked). The tick box stays the form's answer (`police_tick`); a request in words beside
    it is a request all the same, and a person decides between the two (issue 11, set B:
    both read as the form's "report only"). A body is read above the messages it quotes: an
    old request answered since is the thread's history. Only sentences are read: a table's
    row, a line with a box or a dotted leader is the form's, and its words are read by the
    readers of the form ("School<TAB>Attendance …<TAB>Requested" is another agency's row)."""
    for page in pages:
        text = page.text
        if page.is_body:
            newest = reply_above_quote(text)
            text = newest if newest is not None else text
        prose = "\n".join("" if _FORM_LINE.search(line) else line for line in text.split("\n"))
        if police_request_in_prose(prose) is PoliceTick.REQUIRED:
            return True
    return False


#: A line of the form, not a sentence: cells apart by a TAB, a tick box, a dotted leader, a
#: question answered on its line ("Is police attendance required - NO (delete as
#: appropriate)", "Attendance required - no / Written report sufficient - yes").
_FORM_LINE = re.compile(
    r"\t|[☒☐⍰☑✓✔]|\[\s*[xX]?\s*\]|\.{4,}|…{2,}|_{4,}|delete\s+as|"
    r"(?:[:?]|\s[-–—])\s*(?:yes|no|y|n)\b(?!\s+(?:one|longer|need|further|police)\b)",
    re.I,
)


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
    lines = _option_cells_apart(logical_lines(page))
    grid = agency_grid(lines)
    if grid:
        return tuple(grid)
    found: list[Observation] = []
    question_at = -10
    both_asked = {yes_no_question(line) for line in lines} >= {ATTEND, REPORT}
    for index, line in enumerate(lines):
        context = "\n".join(lines[max(0, index - 2) : index])
        struck_option = "~~" in line and QUESTION.search(unstruck(line) + " " + line)
        if DELETE.search(line) or (DELETE.search(context) and "/" in line) or struck_option:
            found += deletion(line)
        elif GLYPH.search(line):
            boxed = noted_option(lines, index) or marked_options(
                line, after_question=index - question_at <= 2
            )
            found += boxed + unboxed_option(lines, index, boxed)
        else:
            previous = lines[index - 1] if index else ""
            following = lines[index + 1] if index + 1 < len(lines) else ""
            found += (
                agency_instruction(line, paired_only=True)
                or option_answered_after(lines, index)
                or note_below_boxes(lines, index)
                or worded_answer(
                    line, previous=previous, both_asked=both_asked, following=following
                )
                or agency_instruction(line, following=following)
                or (unmarked_pair(lines[index - 1], line) if index else [])
                or value_below_in_column(lines, index)
                or menu_answered(lines, index)
            )
        question_at = _question_now(line, index=index, question_at=question_at)
    return tuple(found)


def _option_cells_apart(lines: list[str]) -> list[str]:
    """A row whose cells each name one of the two options with its answer after a colon —
    "Police attendance required: X <TAB>Written report sufficient:" — read as one line a cell,
    as the two would be printed one under the other (issue 11, set t: the row read as no
    answer)."""
    out: list[str] = []
    for line in lines:
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        # the question may head the row: "Police at conference?<TAB>Attend: YES<TAB>Written
        # report: YES" (issue 11, set A)
        asked = cells[1:] if cells and (cells[0].endswith("?") or _police_named(cells[0])) else []
        options = asked if len(asked) >= 2 else cells
        if (
            len(options) >= 2
            and not GLYPH.search(line)
            and all(":" in c and option_in(c.split(":", 1)[0]) for c in options)
        ):
            out.extend(_as_question(c) for c in options)
            continue
        # the two in one cell, apart by a slash or a bar, after the row's label: "Police <TAB>
        # Written report sufficient: YES / Attendance needed: NO" (issue 11, set z)
        head, parts = cells[:-1], _PAIRED.split(cells[-1]) if cells else []
        answered = [p for p in parts if ":" in p and option_in(p.split(":", 1)[0])]
        if len(parts) == 2 and len(answered) == 1 and not GLYPH.search(line):
            # "Attendance required: no / Report: yes": the other named by its word alone
            other = parts[1] if answered[0] is parts[0] else parts[0]
            if ":" in other and short_answer(other.split(":", 1)[0]) == REPORT:
                answered = parts
        if len(parts) == 2 and len(answered) == 2 and not GLYPH.search(line):
            out.extend(head)
            out.extend(p if option_in(p.split(":", 1)[0]) else f"Written {p}" for p in parts)
        else:
            out.append(line)
    return out


_PAIRED = re.compile(r"\s+[/|]\s+")


def _police_named(cell: str) -> bool:
    """A short cell naming the police: a row's label ("West Yorkshire Police")."""
    return bool(POLICE_ROW.search(cell)) and len(cell.split()) <= 6


def _as_question(cell: str) -> str:
    """An option named by its word alone under the question ("Attend: YES") as the option it
    names, so its answer is read as that option's."""
    label, answer = cell.split(":", 1)
    if QUESTION.search(label):
        return cell
    words = "Police attendance required" if option_in(label) == ATTEND else "Written report"
    return f"{words}:{answer}"


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

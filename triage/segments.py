"""Pages → segments: the pieces of text a quote may come from.

Text conventions (parsers/records.py): table cells are separated by a TAB on a line, and every
tick box is rendered `☒ label` (marked) or `☐ label` (unmarked). A segment is one table cell,
one line, or one wrapped paragraph (consecutive lines that a PDF or a plain-text mailer broke);
it never spans a cell boundary or a tick-box glyph, so a quote taken inside one never carries a
glyph or the label of another cell. The item after `☐` is a printed template, never evidence
(POLICY.md "Traps"); the item after `☒` is affirmed by the person who ticked it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from parsers.guidance import parts, said
from parsers.inline_answers import negative_answer, page_answered
from parsers.labels import boxes_as_glyphs, unstruck
from parsers.mail_footer import footer_lines, plain
from parsers.numbered import answered_across_pages, lettered_pairs_joined
from parsers.records import CELL, MARKED, UNMARKED, UNREAD, Page
from parsers.yes_no_codes import coded_lines
from triage.questions import affirmed_by, answers_bound, bare_question

#: `UNREAD` is a scan's box whose mark could not be told: its label is read as written text
#: (it may be ticked), never as an unticked template item that could be set aside.
_GLYPHS = re.compile(f"([{MARKED}{UNMARKED}{UNREAD}])")
#: Other renderings of a tick box that reach the text: "[X]" / "[ ]" in plain-text forms, and the
#: glyphs' UTF-8 bytes read as Latin-1 or cp1252 by a mislabelled HTML part ("â\x98\x92").
_OTHER_MARKS = (
    (re.compile(r"\[\s*[xX✓✔]\s*\]"), MARKED),
    (re.compile(r"\[\s{0,2}\]"), UNMARKED),
    (re.compile("â(?:\x98|˜)(?:\x92|’)"), MARKED),
    (re.compile("â(?:\x98|˜)\x90"), UNMARKED),
)
#: A printed list heading: what follows it in the same cell is a menu unless ticked.
_MENU = re.compile(r"\((?:please\s+)?(?:tick|select|circle|mark)\s+(?:all|any|as)\b[^)]*\)", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")
_STARTS_ITEM = re.compile(rf"^\s*(?:[-•*·▪◦{MARKED}{UNMARKED}{UNREAD}]|\d+[.)]\s|[A-Za-z][.)]\s)")
#: A protective marking on a line of its own: a page's header or footer, between two halves of
#: a sentence that a PDF page or column break split (issue 11, set e).
_MARKING = re.compile(r"^\s*(?:OFFICIAL|SECRET)(?:\s*[-–:]?\s*SENSITIVE)?(?:\s*\[[^\]]*\])?\s*$")
#: A chronology row's date cell: a day, a month ("09/2019", "Sept 2019"), a year, or a range
#: of them ("08/2026 –", "2019 - 2021").
_ONE_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}[/.\-]\d{4}|\d{4}-\d{1,2}"
    r"|(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4})"
)
_DATE_CELL = re.compile(rf"{_ONE_DATE}(?:\s*(?:[–—-]|to)\s*(?:{_ONE_DATE})?)?")
#: The widest line taken as the wrapped rest of a chronology row's cell.
_CELL_WIDTH = 60
_WRAP_MIN = 40  # a line shorter than this is a heading or a label, not a wrapped line
#: A line drawn with characters only: "-----", "=====", "*****" under or between headings.
_RULE = re.compile(r"^\s*[-=_*~#+]{3,}\s*$")


#: Where a tick box's label ends: its first sentence, when more follows on the line.
_ITEM_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    location: str
    ticked: bool | None  # None: free text; True: after ☒; False: after ☐ (a template item)
    # the other cells of its table row: a chronology's date and outcome say when and how the
    # event in this cell happened ("19/06/2023 | arrested for ABH | NFA")
    row: tuple[str, ...] = ()
    # every cell of its row in any table, itself included, in order: who the first cell names
    # and what another cell says of them ("PC Hollins (WYP) | attends every core group") are
    # one statement
    cells: tuple[str, ...] = ()
    # the form's printed guidance, help or example (`parsers.guidance`): template context,
    # like an unticked option (`ticked` is False)
    guidance: bool = False
    # the sender's signature, a sign-off's tail, a notice or a slogan (`parsers.mail_footer`):
    # about the sender or the law, never the family (`ticked` is False)
    aside: bool = False


def segments(pages: Sequence[Page]) -> Iterator[Segment]:
    # questions on one page answered by number on the next are read with their answers
    for page in answered_across_pages(pages):
        # a sign-off's tail, a notice, a slogan: the sender's words (`parsers.mail_footer`),
        # blank in the page read for the family, then set aside
        lines = footer_lines(page.lines, continues=_continues)
        if not any(footer for _, footer in lines):
            yield from _page_segments(page)
            continue
        kept = tuple("" if footer else line for line, footer in lines)
        yield from _page_segments(replace(page, lines=kept))
        aside = [line if footer else "" for line, footer in lines]
        for unit in _units(aside, paragraphs=page.paragraphs):
            if plain(unit.text).strip():
                yield Segment(plain(unit.text), page.location, False, aside=True)


def _page_segments(page: Page) -> Iterator[Segment]:
    # a question answered inline in a reply is a question cell beside its answer's
    # (`parsers.inline_answers`), and "Q: Any CSE concerns?" / "A: None." one unit, both read
    # as a table's row is (`parsers.numbered`); coded labels spelt out
    answered = page_answered(page, keep_marks=True)
    # and each question answered on its row bound to its answer (`triage.questions`)
    lines = coded_lines(
        answers_bound(lettered_pairs_joined([_normalised(line) for line in answered]))
    )
    units = list(_units(_boxes_carried(lines), paragraphs=page.paragraphs))
    for at, (unit, row, cells) in enumerate(units):
        following = said(units[at + 1][0]) if at + 1 < len(units) else None
        if _unanswered(said(unit), following):
            yield Segment(said(unit), page.location, False, row, cells)
            continue
        if _denied_beside(unit, cells):
            yield Segment(said(unit), page.location, False, row, cells)
            continue  # "Child sexual exploitation <TAB> No": a label its row answers no
        for piece, guide in parts(unit):
            if not piece.strip():
                continue
            if guide:  # printed to help whoever fills the form in: never said
                yield Segment(piece, page.location, False, row, cells, guidance=True)
                continue
            yield from _said_segments(piece, page.location, row, cells)


def _said_segments(
    unit: str, location: str, row: tuple[str, ...], cells: tuple[str, ...]
) -> Iterator[Segment]:
    for part, template in _prompts_apart(unit):
        if template:  # a form's prompt or placeholder: printed, never said
            yield Segment(part, location, False, row, cells)
            continue
        for segment in _split_ticks(part, location):
            yield replace(segment, row=row, cells=cells) if row or cells else segment


#: A form's own words inside a line: examples of what to write ("(for example RSO status, CSE,
#: firearms)") and places left for the answer ("[For West Yorkshire Police to complete]").
#: They name criteria nobody affirmed (issue 11, set i: an agency report template's questions).
_PLACEHOLDER = re.compile(
    r"\[[^\[\]]*\b(?:to\s+complete|to\s+be\s+completed|please\s+complete|complete\s+here|"
    r"insert|enter|to\s+add|to\s+fill\s+in)\b[^\[\]]*\]",
    re.I,
)
_EXAMPLES = re.compile(
    r"\((?:for\s+example|for\s+instance|e\.?\s?g\.?|eg|such\s+as|examples?:?)\b[^()]*\)", re.I
)
#: A form's question or instruction: numbered, asked, or an imperative to the reader. Only there
#: is "(for example RSO status, CSE)" a prompt; in a sentence of the reason it is said.
_QUESTION = re.compile(
    r"^\s*(?:\d{1,2}[.)]|Q\d{1,2}\b|(?:please|give|describe|provide|list|state|detail|include|"
    r"any|details\s+of)\b)|\?",
    re.I,
)


#: A form's question answered No: "Is any adult in the household a registered sex offender?
#: No" names an RSO nobody affirmed (issue 11, set i); a question answered Yes is read as said.
#: A No with the writer's reason after it ("No - screening completed, no indicators") is a No
#: too, and the reason is read as said (set p, 80-03: the question read as CSE affirmed); so
#: is "None known", "Not known": nobody affirmed what it asks.
_ANSWERED_NO = re.compile(
    r"\?\s*(?:(?:no|none|nil|n/a)\b(?:[.\-–]?(?=\s*$|\s+[A-Z])|\s*[-–—,;:](?=\s))|"
    r"(?:none|no|not)\s+(?:known|identified|recorded|reported|found)\b\.?(?=\s*$|\s+[A-Z]))",
    re.I,
)


#: A cell that answers its row's label no: the label names what nobody affirmed (set p: a
#: factor list's "Child sexual exploitation | No", like a question answered No). A No with
#: the writer's words after it ("None - police not investigating") is a No too; its words are
#: read as said (set s, layout 93: a CSV export's "Police investigation | None - …").
_NO_CELL = re.compile(r"^\s*(?:no|n|none|nil|n/a|[✗✘])\s*(?:\.|[-–—,;:(]\s.*|\(.*)?\s*$", re.I)


#: A place left blank for an answer: a line of underscores, dots or dashes.
_BLANK = re.compile(r"^[\s_.…-]*$")


def _unanswered(unit: str, following: str | None) -> bool:
    """A form's question whose answer is still a place left for it ("4. Is any adult in the
    household a registered sex offender?" / "[For West Yorkshire Police to complete]"): the
    question names what nobody has affirmed (issue 11, set i: an agency report template). A
    bare form question is so unless an answer under it affirms it (`triage.questions`)."""
    bare = bare_question(unit)  # "7. Any arrests?": affirmed only by its answer under it
    if not (bare or unit.rstrip().endswith("?") or _label_prompt(unit)):
        return False
    if following is None:
        return bare
    answer = following.strip()
    if _PLACEHOLDER.fullmatch(answer) is not None or _BLANK.match(answer) is not None:
        return True
    # the next prompt straight after it: a report template's "2. Any previous police protection,
    # arrests or investigations involving the adults:" / "3. Recommendation:" (issue 11, set r:
    # read as a past police protection, prior involvement)
    if _label_prompt(answer) or (answer.endswith("?") and _QUESTION.match(answer) is not None):
        return True
    return bare and not affirmed_by(answer)


def _label_prompt(text: str) -> bool:
    """A form's numbered or asking label that ends in a colon: "2. Any previous arrests:",
    "Details of police involvement:"."""
    text = text.strip()
    return text.endswith(":") and _QUESTION.match(text) is not None and len(text) <= 160


def _prompts_apart(unit: str) -> Iterator[tuple[str, bool]]:
    """The unit in pieces, each with whether it is a prompt of the form."""
    answered = _ANSWERED_NO.search(unit)
    if answered:  # the question and its No; what follows (a wrapped next line) is read as said
        yield unit[: answered.end()], True
        yield from _prompts_apart(unit[answered.end() :]) if unit[answered.end() :].strip() else ()
        return
    at = 0
    found_all = list(_PLACEHOLDER.finditer(unit))
    if _QUESTION.search(unit):
        found_all = sorted([*found_all, *_EXAMPLES.finditer(unit)], key=lambda m: m.start())
    for found in found_all:
        if unit[at : found.start()].strip():
            yield unit[at : found.start()], False
        yield found.group(0), True
        at = found.end()
    if unit[at:].strip():
        yield unit[at:], False


def _boxes_carried(lines: list[str]) -> list[str]:
    """A tick box that ends a line belongs to the option at the start of the next one: a PDF
    wraps "☐ Domestic abuse ☐ CSE ☐" / "Registered sex offender ☐ Substance misuse" (issue 11,
    set f: the wrapped option was read as free text, an affirmed RSO)."""
    out = list(lines)
    for i in range(len(out) - 1):
        line, following = out[i].rstrip(), out[i + 1].lstrip()
        if line[-1:] in (MARKED, UNMARKED) and following and following[0] not in (MARKED, UNMARKED):
            out[i], out[i + 1] = line[:-1].rstrip(), f"{line[-1]} {following}"
    return out


class _Unit(NamedTuple):
    text: str
    row: tuple[str, ...] = ()  # a chronology row's other cells
    cells: tuple[str, ...] = ()  # any table row's cells, its own included


def _units(lines: Sequence[str], *, paragraphs: bool = False) -> Iterator[_Unit]:
    """Cells of tabbed lines (each with the row's other cells), and paragraphs of wrapped lines
    joined with a newline — unless every line is a paragraph already (`Page.paragraphs`: a
    word processor's lines were not wrapped by anyone)."""
    paragraph: list[str] = []
    dated_row: tuple[str, ...] = ()  # the chronology row the lines below may still continue
    above = ""  # the line above, for a row's continuation
    for line in lines:
        if CELL in line:
            yield from _flush(paragraph)
            cells = [cell for cell in line.split(CELL) if cell.strip()]
            dated = bool(cells) and _DATE_CELL.fullmatch(cells[0].strip()) is not None
            if dated:  # a chronology's row: its date comes first
                dated_row = tuple(cells)
            elif not dated_row:
                joined = _answers_joined(cells)
                yield from (_Unit(cell, (), tuple(joined)) for cell in joined)
                continue
            # an undated row under a dated one is the rest of its cells, wrapped by a printout
            for cell in cells:
                yield _Unit(cell, tuple(c for c in dated_row if c != cell), tuple(cells))
            above = line
            continue
        if dated_row and _continues_row(above, line):
            # a printout wraps a row's cells onto lines of their own ("…hit Amira with a belt.
            # Father" / "interviewed under caution."): they keep the row's date and outcome
            yield _Unit(line, dated_row)
            above = line
            continue
        dated_row = ()
        if _RULE.match(line):
            # a rule under a heading ("Has this family been known to police before?" /
            # "-----") ends the heading, says nothing, and is no heading itself: counted as
            # one, it put the story's next paragraph sections away from this one (set D)
            yield from _flush(paragraph)
            continue
        if not line.strip() or _MARKING.match(line):
            yield from _flush(paragraph)  # a page's marking line breaks no sentence in two
            if line.strip():
                yield _Unit(line)
        elif paragraph and not paragraphs and _continues(paragraph[-1], line):
            paragraph.append(line)
        else:
            yield from _flush(paragraph)
            paragraph.append(line)
    yield from _flush(paragraph)


def _answers_joined(cells: list[str]) -> list[str]:
    """A question's cell with its answer's: "Is any adult an RSO? <TAB> No" is one unit. An
    answer that denies what is asked far from its start ("Checks were completed with ViSOR …
    and the outcome was: none.", issue 11, set s, layout 92) stays a cell of its own, and the
    question beside it is the form's printed words (`_denied_beside`)."""
    joined: list[str] = []
    for cell in cells:
        if joined and _asks(joined[-1]) and not _denied_apart(joined[-1], cell):
            joined[-1] = f"{joined[-1].rstrip()} {cell.strip()}"
        else:
            joined.append(cell)
    return joined


def _denied_apart(question: str, answer: str) -> bool:
    """An answer that denies its question where the joined unit would not show it: its No
    stands far from the question mark ("… and the outcome was: none."). A No right after it
    ("? No", "? None. …") is read in the joined unit (`_ANSWERED_NO`)."""
    joined = f"{question.rstrip()} {answer.strip()}"
    return negative_answer(answer) and _ANSWERED_NO.search(joined) is None


def _denied_beside(unit: str, cells: tuple[str, ...]) -> bool:
    """A question whose next cell in its row denies it (`_denied_apart`), or a label with a
    "No" cell beside it ("Child sexual exploitation <TAB> No")."""
    if unit not in cells:
        return False
    at = cells.index(unit)
    if at + 1 >= len(cells):
        return False
    answer = said(cells[at + 1])
    if len(cells) == 2 and at == 0 and _NO_CELL.match(answer):
        return True
    if at == 0 and _status_no(cells[1:]):
        return True
    return _asks(said(unit)) and _denied_apart(said(unit), answer)


#: What a table puts in a cell left with nothing to say.
_EMPTY_CELLS = frozenset({"", "-", "–", "—", "--"})


def _status_no(others: tuple[str, ...]) -> bool:
    """A row whose one filled cell beside its label answers it no — "Police protection <TAB> -
    <TAB> - <TAB> ☐ In force?" (a table of orders whose status column said "Not used", read
    as that column's box: `parsers.yes_no_codes`), "RSO <TAB> <TAB> No" — names what nobody
    affirmed (set D: read as police protection)."""
    filled = [cell.strip() for cell in others if cell.strip() not in _EMPTY_CELLS]
    if len(filled) != 1:
        return False
    return filled[0].startswith(UNMARKED) or _NO_CELL.match(said(filled[0])) is not None


#: A question's end, with an instruction in brackets after it: "…household? (Include anyone
#: who stays over.)"
_ASKS = re.compile(r"\?\s*(?:\([^()]*\)\s*)?$")


def _asks(cell: str) -> bool:
    return _ASKS.search(cell) is not None


def _continues_row(above: str, line: str) -> bool:
    """A line under a chronology row is the rest of one of its cells when it starts in lower
    case or the line above does not end a sentence."""
    if not line.strip() or _STARTS_ITEM.match(line) or _MARKING.match(line):
        return False
    if line.lstrip()[:1].islower():
        return True
    # a narrow line under an unfinished one; never a heading ("Reason for conference") nor a
    # full-width paragraph, which would put today's events in the row's past
    return (
        not _ENDS_SENTENCE.search(above)
        and len(line.strip()) <= _CELL_WIDTH
        and not looks_like_heading(line)
    )


def looks_like_heading(text: str) -> bool:
    """A form's heading ("Reason for conference", "PROGRESS:"): a few words that end no
    sentence — it starts a form section (`triage.criteria`) and is no wrapped cell."""
    words = text.split()
    return 0 < len(words) <= 8 and not text.rstrip().endswith((".", ",", ";"))


def _continues(previous: str, line: str) -> bool:
    if _STARTS_ITEM.match(line) or _GLYPHS.search(previous):
        return False  # a line of tick boxes ends its paragraph (issue 11: the reason below a
        # "☐ Physical ☐ Sexual ☐ Neglect" line was read as the template item "Neglect")
    if line.lstrip()[:1].islower():
        return True
    return len(previous) >= _WRAP_MIN and not _ENDS_SENTENCE.search(previous)


def _flush(paragraph: list[str]) -> Iterator[_Unit]:
    if paragraph:
        yield _Unit(" ".join(paragraph))  # a quote is compared with white space folded
        paragraph.clear()


def _normalised(line: str) -> str:
    line = boxes_as_glyphs(unstruck(line))  # struck through on the form: deleted, not said
    for pattern, glyph in _OTHER_MARKS:
        line = pattern.sub(glyph, line)
    return line


def _split_ticks(unit: str, location: str) -> Iterator[Segment]:
    menu = _MENU.search(unit)
    if menu and MARKED not in unit and UNMARKED not in unit:
        if unit[: menu.end()].strip():
            yield Segment(unit[: menu.end()], location, None)
        if unit[menu.end() :].strip():
            yield Segment(unit[menu.end() :], location, False)
        return
    parts = _GLYPHS.split(unit)
    if parts[0].strip():
        yield Segment(parts[0], location, None)
    for glyph, item in zip(parts[1::2], parts[2::2], strict=True):
        end = _ITEM_END.search(item)
        item, after = (item[: end.start()], item[end.end() :]) if end else (item, "")
        if item.strip():
            yield Segment(item, location, None if glyph == UNREAD else glyph == MARKED)
        if after.strip():  # a sentence after a box's label is written text, not the template
            yield Segment(after, location, None)

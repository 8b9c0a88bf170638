"""Several people in one cell, line or table row, cut into one part a person.

Split from `parsers.fields_people`: forms put more than one person where a reader expects one —
two in a row ("Name | Role | Name | Role"), two in a cell ("Gemma Bennett and Lee Corrigan"),
twins by their given names ("PRIESTLEY | Harvey and Harriet (twins)"), a Word cell's paragraphs
run together ("… 09/01/2015 Ama Mensah, 27/07/2022"). Each part must still start with a name,
so a comma before a school or a year group is no second child.
"""

from __future__ import annotations

import re

from parsers.given_names import is_given_name
from parsers.label_meaning import FAMILY, GIVEN
from parsers.people_lines import BETWEEN_PEOPLE, LIST_MARK
from parsers.person_cell import role_label
from parsers.person_names import split_name


def table_rows(line: str, header: list[str]) -> list[str]:
    """A table row as one row per person.

    "Name | Role | Name | Role" puts two people in each row: the row is cut where the header's
    name column comes again. "Gemma Bennett and Lee Corrigan | 21/01/1994 and 09/09/1992"
    puts two in each cell: one row each when every cell splits alike."""
    cells = line.split("\t")
    starts = [i for i, h in enumerate(header) if h == "name"]
    if len(starts) >= 2 and len(cells) == len(header):
        width = starts[1] - starts[0]
        return ["\t".join(cells[i : i + width]) for i in starts]
    if "name" in header and len(cells) == len(header):
        names = BETWEEN_PEOPLE.split(cells[header.index("name")])
        if len(names) >= 2 and all(split_name(n.strip())[0] for n in names):
            split = [re.split(r"\s+(?:and|&|/)\s+|\s*;\s*", c) for c in cells]
            split[header.index("name")] = names  # "A (03/03/2017), B (19/09/2020)": by commas too
            return [
                "\t".join(parts[k].strip() if len(parts) == len(names) else c
                          for parts, c in zip(split, cells, strict=True))
                for k in range(len(names))
            ]  # fmt: skip
    if GIVEN in header and FAMILY in header and len(cells) == len(header):
        column = header.index(GIVEN)
        given = _GIVEN_NAMES.split(re.sub(r"\s*\([^)]*\)", "", cells[column]).strip())
        if len(given) >= 2 and all(_ONE_GIVEN.fullmatch(g) for g in given):
            return [
                "\t".join(g if i == column else c for i, c in enumerate(cells)) for g in given
            ]  # "PRIESTLEY | Harvey and Harriet (twins) | 14/08/2019": one row each
    return [line]


_GIVEN_NAMES = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_ONE_GIVEN = re.compile(r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?")


def by_name_cells(value: str) -> list[str]:
    """ "Zofia Nowak <TAB>DOB 11/06/2017 <TAB>Female <TAB>Szymon Nowak <TAB>DOB 30/09/2021": the
    cells beside one label (a Word label cell merged down several rows) cut where a cell that is
    a name alone starts the next person; [] when fewer than two such cells."""
    cells = value.split("\t")
    starts = [
        i for i, c in enumerate(cells) if (n := split_name(c.strip()))[0] and not n[1].strip()
    ]
    if len(starts) < 2:
        return []
    ends = [*starts[1:], len(cells)]
    return ["\t".join(cells[a:b]) for a, b in zip(starts, ends, strict=True)]


#: Two people run together where a Word cell's paragraphs were joined with a space: the next
#: name follows a date, a bracket or a relationship word ("…, 09/01/2015 Ama Mensah, 27/07/2022",
#: "Chantelle Walsh, mother Kwame Mensah, father", "Jade Hebden (mother) Lewis Sowerby (father)";
#: issue 11, sets b and g). Each part must still read as a name, so "(unborn) Female" is no split.
_RUN_ON = re.compile(
    r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\)?|\([^()]{2,60}\)|\b(?:mother|father|mum|dad|partner|stepfather|"
    r"stepmother|grandmother|grandfather|carer|aunt|uncle|brother|sister|son|daughter|"
    r"children|child))\s+(?=[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+)"
)


def split_people(text: str) -> list[str]:
    """Several people in one cell or line ("Ava Gill (12/03/2015) and Noah Gill (01/02/2018)",
    "Kerry Gill, Dean Platt"): one part each, when every part starts with a person's name."""
    cells = text.split("\t", 1)
    head, tail = cells[0], ("\t" + cells[1] if len(cells) > 1 else "")
    prefix = ""
    role = role_label(head)
    if role:
        prefix, head = role["role"] + ": ", role["rest"]  # "Parents: A (mother), B"
    head = _RUN_ON.sub(r"\1; ", head)  # "Kayden W, 09/01/2015 Ama M, 27/07/2022" (one cell)
    parts = _by_semicolons(head) or [p for p in _between_people(head) if p.strip()]
    if len(parts) < 2:
        return [text]
    if not all(split_name(_after_role(LIST_MARK.sub("", p, count=1).strip()))[0] for p in parts):
        return [text]
    return [prefix + parts[0], *parts[1:-1], parts[-1] + tail]


def _by_semicolons(text: str) -> list[str]:
    """People a semicolon parts, each a name and then what they are after a comma: "Chloe
    Whitworth, mother; Ryan Dobbs, Esme's father and Chloe's partner" (issue 11, set u: cut at
    every comma and "and" too, its parts were "mother" and "Chloe's partner", so no one)."""
    parts = [p for p in text.split(";") if p.strip()]
    if len(parts) < 2:
        return []
    named = all(split_name(re.split(r",|\s[-–—]\s", p, maxsplit=1)[0].strip())[0] for p in parts)
    return parts if named else []


def _after_role(part: str) -> str:
    """The name of "Mum - Kirsty Lumb" or "mum's partner: Jordan Cawthorne": what follows a
    relationship that labels it (issue 11, set r: "Household <TAB> Mum - Kirsty Lumb; mum's
    partner - Jordan Cawthorne" read as no one)."""
    role = role_label(part)
    return role["rest"] if role else part


def _between_people(text: str) -> list[str]:
    """`text` cut where one person ends and the next begins (`BETWEEN_PEOPLE`) — but not at a
    comma that follows a person's birth date and comes before words with no date of their own
    and no given name: "… – DOB 07/03/2019 – Year 2, Bramley St Peter's" names a school after
    the comma, not a second child (set n 66-02); "Amir Hussain (07/07/2015), Eesa Hussain
    (01/03/2022)" and "Kerry Gill, Dean Platt" are still two people."""
    cuts = list(BETWEEN_PEOPLE.finditer(text))
    parts: list[str] = []
    start = 0
    for index, cut in enumerate(cuts):
        if cut.group().strip() == ",":
            after = text[cut.end() : cuts[index + 1].start() if index + 1 < len(cuts) else None]
            dated_before = _DATED.search(text[start : cut.start()]) is not None
            words = after.split()
            if (
                dated_before
                and not _DATED.search(after)
                and not (words and is_given_name(words[0]))
            ):
                continue
        parts.append(text[start : cut.start()])
        start = cut.end()
    return [*parts, text[start:]]


_DATED = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")

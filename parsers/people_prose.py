"""The family as a letter or a memo names it, in sentences (issue 11: names only in prose).

"The conference concerns Alfie Sutcliffe, born 19 May 2019, and his sister Poppy Sutcliffe,
born 2 January 2022. They live with their mother Jodie Sutcliffe; their father Ryan Mallinson
stays most nights." Three shapes carry a person in running text:

- a kin word before a name: "their mother Jodie Sutcliffe", "Mum's partner, Dean Platt";
- a name before its kin word: "Leanne Rhodes, the children's mother";
- a name with its birth date: "Alfie Sutcliffe, born 19 May 2019", "Tianna Rhodes (d.o.b.
  22/09/2010)".

The kin word says adult or child (`parsers.label_meaning.relationship_side`); a birth date
says it by age. A professional's role ("social worker Aisha Khan") is no kin word, so it is
never read. Pure: text in, people out.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.dates import find_dates
from parsers.given_names import is_given_name
from parsers.label_meaning import relationship_side
from parsers.labels import SENTENCE_WORDS
from parsers.person_names import TITLES, UNBORN_NAME, is_name
from parsers.records import Page, Person

_NAME = r"(?P<name>[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2})"
#: A name on one line: the words before a birth date are the nearest ones; a heading's last
#: word on the line above is no part of the name ("… Conference – Lily-Mae and Archie
#: Hardcastle" / "Lily-Mae Hardcastle, born on 6 June 2017"; issue 11, set n). Two spaces or
#: more are a gutter between columns, as in `parsers.person_names.NAME_END` ("Noah Booth <many
#: spaces> Isla Booth" / "DOB …" copied out of a two-column PDF is no "Booth Isla Booth"; set w).
_NAME_ON_LINE = r"(?P<name>[A-Z][a-zA-Z'’\-]+(?:(?:\t| (?! ))[A-Z][a-zA-Z'’\-]+){1,2})"
#: Text-speak too: "mums bf is Kane Whitaker" (set u).
_KIN = (
    r"(?P<kin>(?i:(?:(?:mum|mother|dad|father)['’]?s\s+)?(?:(?:maternal|paternal|half|step)[\s\-]?)?(?:mother|father|mum|dad|stepfather|"
    r"stepmother|partner|boyfriend|girlfriend|bf|gf|husband|wife|fianc[eé]e?|sister|brother|sibling|son|daughter|"
    r"grandmother|grandfather|grandparent|nan|aunt|auntie|uncle|cousin|carer|lodger|guardian)"
    r"(?:['’]?s\s+(?:partner|boyfriend|girlfriend|bf|gf))?))"
)
_KIN_THEN_NAME = re.compile(
    r"\b(?P<det>(?i:his|her|their|the\s+(?:children's|child's)|the|a|and|whose)\s+)?"
    + _KIN
    # "The father of the baby is Daniel Haile", "their mother is Fozia Bibi" (issue 11, set n)
    + r"(?:\s+of\s+the\s+(?:unborn\s+)?(?:baby|child|children))?(?:\s+(?:is|was))?"
    # "Bernie's partner of four years, Dariusz Nowak": how long, between the kin and the name
    + r"(?:\s+(?i:of|for)\s+(?:[a-z]+|\d{1,2})\s+(?i:years?|months?),)?"
    + r",?\s+"
    + _NAME
)
#: A kin word for the two people after it ("parents", "carers", "grandparents").
_PLURAL_KIN = r"(?P<kin>(?i:parents|carers|grandparents))"
#: "his parents, Stacey Brook and Dean Brook": a plural kin word and the people it lists.
_KIN_LIST = re.compile(
    r"\b(?i:his|her|their|the\s+(?:children's|child's|baby's))\s+"
    + _PLURAL_KIN
    + r"(?:\s*,\s*|\s+(?i:are|were)\s+)"
    r"(?P<one>[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2})\s+(?:and|&)\s+"
    r"(?P<two>[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2})"
)
#: "Parents Kerry and Neil Shaw", "her parents are Rachel and Andrew Sutcliffe": two given
#: names sharing the surname after them (issue 11, set l: both parents lost).
_KIN_PAIR_SHARED = re.compile(
    r"\b" + _PLURAL_KIN + r"\s*(?::|,|\s+(?i:are|were))?\s+"
    r"(?P<one>[A-Z][a-z'’\-]+)\s+(?:and|&)\s+(?P<two>[A-Z][a-z'’\-]+)\s+"
    r"(?P<surname>[A-Z][a-zA-Z'’\-]+)\b"
)
#: A line that sets a person outside the conference ("Kyle Naylor - Older half-sibling (not
#: subject) - lives with his father Scott Naylor"): neither they nor the kin it names are
#: this family's (issue 11, set h). "not subject to" (bail, a plan) is another matter.
NOT_SUBJECT = re.compile(r"\bnot\s+(?:a\s+|the\s+)?subjects?\b(?!\s+to\b)", re.IGNORECASE)
#: "the unborn baby of Chloe Haigh": a child not yet named, called after its mother.
_UNBORN_OF = re.compile(
    r"\b(?i:unborn\s+(?:baby|child))\s+of\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?"
    r"(?P<name>[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2})"
)
#: "unborn Ashworth (EDD 01/03/27)", "Unborn baby Smith, EDD 14/02/2027": a surname, and the due
#: date right after it to say the words name a child ("unborn Baby" alone names nobody) — or its
#: parent in brackets: "unborn baby Sykes (mother Amy Sykes)", "Unborn baby Fletcher (expected
#: 15/03/2027)" (issue 11, set s).
_UNBORN_DUE = re.compile(
    r"\b(?i:unborn)\s+(?P<rest>(?:(?i:baby|child)\s+)?[A-Z][a-zA-Z'’\-]+)"
    r"(?=\s*[(,\-–]?\s*(?:EDD|EDC|(?i:due|expected|mother|mum|father|dad|parents?)\b))"
)
#: "Katrin Fischer and her husband Samuel Ndlovu": the one before is the other's partner,
#: an adult as much as the one the kin word names (issue 11, set n).
_AND_PARTNER = re.compile(
    _NAME_ON_LINE
    + r"\s+(?:and|&)\s+(?i:her|his|their)\s+(?P<kin>(?i:husband|wife|partner|boyfriend|"
    r"girlfriend|fianc[eé]e?))\b"
)
#: "Members: social worker (Kamran Aziz), …, Mum (Rachael Royd), Dad (Simon Atherton)": a kin
#: word and the name it stands for in brackets (issue 11, set j).
_KIN_BRACKET_NAME = re.compile(r"(?<![\w'’])" + _KIN + r"\s*\(\s*" + _NAME_ON_LINE + r"\s*\)")
#: "Kyle Ackroyd (father) lives separately …": a name and its kin word in brackets, mid-text
#: (set p, 76-03: the father after the mother on one line of a parents' box was not read).
_NAME_BRACKET_KIN = re.compile(_NAME_ON_LINE + r"\s*\(\s*" + _KIN + r"\s*[,;)]")
_NAME_THEN_KIN = re.compile(
    _NAME
    + r",\s+(?i:is\s+)?(?i:his|her|their|the\s+(?:children's|child's|baby's)|the)\s+"
    + _KIN
    + r"\b"
)
_NAME_BORN = re.compile(
    _NAME_ON_LINE + r",?\s*\(?\s*(?i:(?:who\s+)?was\s+)?"
    r"\b(?i:born(?:\s+on)?|d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth)\b\s*:?\s*(?=(?P<rest>[^)]{0,30}))"
)
#: "Review CPC - Lucas Shaw (12/12/2012) - Thursday …": a name with its birth date in brackets
#: in the middle of a line (issue 11, set l: a reply's quoted booking gave no child).
_NAME_DATED = re.compile(_NAME_ON_LINE + r"\s*\((?P<rest>\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)")
#: "Leah Firth is 19 and expecting …", "Jordan Shaw, 23;", "Kian Doyle, who is 2,", "Orla Kay
#: (6)": a name and
#: the age said right after it (set C, layout 141) — not a house number ("Amy Hall, 3 Elm Road").
_NAME_AGED = re.compile(
    _NAME_ON_LINE + r"(?:,\s*(?i:who\s+is\s+|aged?\s+)?|\s+(?i:is|was)\s+(?i:aged?\s+)?"
    r"|\s*\(\s*(?i:aged?\s+)?)"
    r"(?P<age>\d{1,2})(?=\s*(?:(?i:years?|yrs?)\b|[,;.)]|and\b|$))"
)
_ADULT_AGE_DAYS = 18 * 365.25
#: A gutter between two columns on one line: a tab, or two spaces or more after a word.
_GUTTER = re.compile(r"\S(?:\t| {2,})")


def _below_another_column(text: str, match: re.Match[str]) -> bool:
    """Whether a name's birth date was found on the next line though the name stands in a
    right-hand column ("Noah Booth <gutter> Isla Booth" / "DOB 15/05/2015 <gutter> DOB …"): the
    date the next line starts with is the left column's, Noah's (issue 11, set w)."""
    if "\n" not in text[match.end("name") : match.start("rest")]:
        return False
    line_start = text.rfind("\n", 0, match.start("name")) + 1
    return _GUTTER.search(text[line_start : match.start("name")]) is not None


_POSSESSED = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss)\s+\w+|\b(?i:mother|father|mum|dad|partner))['’]s\s+"
    r"(?:(?P<sibling>(?i:brother|sister))|(?i:son|daughter))"
)
#: A relative the sentence puts in the household: "stays at the house three nights a week",
#: "lives with the family", "is staying over", "lodges with them" (set n, 69-02: the mother's
#: brother, a registered sex offender staying most nights, was no adult of the family).
_IN_HOUSEHOLD = re.compile(
    r"\b(?:stays?|staying|lives?|living|sleeps?|sleeping|resides?|residing)\s+(?:\w+\s+){0,2}?"
    r"(?:at|in|with)\s+(?:the|their|her|his|them)\b(?:\s+(?:house|home|household|family|address|"
    r"flat|property))?|\bstay(?:s|ing)?\s+over\b|\blodg(?:es|ed|ing)\s+with\b",
    re.IGNORECASE,
)


def prose_people(page: Page, *, reference: date | None) -> list[tuple[Person, bool]]:
    """(person, is_child) for each person the page's sentences name with a kin word or a
    birth date, in order of first mention."""
    # sentences only: a table's row (cells apart) is read by the table reader, not here — but
    # a cell that is a sentence is one ("Extended family: paternal uncle Tariq Mahmood visits
    # daily." in a row's notes; set k, 53-01)
    text = "\n".join(  # kept apart: a name that starts a new line may be a heading's word
        (_sentences(line) if not NOT_SUBJECT.search(line) else " . ")
        for line in page.lines
        if line.strip()
    )
    found: dict[str, tuple[Person, bool]] = {}
    born_matches = [*_NAME_BORN.finditer(text), *_NAME_DATED.finditer(text)]
    for match in born_matches:
        if _below_another_column(text, match):
            continue
        name = _clean(match["name"])
        if name and UNBORN_NAME.match(name) and re.search(r"\bwas\s+born", match.group(0), re.I):
            continue  # "Baby Freddie was born on …": the baby the plan was for, named elsewhere
        dates = find_dates(match["rest"], reference=reference)
        if dates and reference is not None and dates[0][0] >= reference:
            continue  # a meeting's date in brackets, not a birth date
        if name and dates:
            born = dates[0][0]
            child = reference is None or (reference - born).days < _ADULT_AGE_DAYS
            found.setdefault(name, (Person(name, born), child))
    for match in _KIN_PAIR_SHARED.finditer(text):
        if not (is_given_name(match["one"]) and is_given_name(match["two"])):
            continue  # "Parents Ward and Hall Lane …": no two first names
        for given in (match["one"], match["two"]):
            name = _clean(f"{given} {match['surname']}")
            if name and name not in found:
                found[name] = (Person(name, None, match["kin"]), False)
    for match in _KIN_LIST.finditer(text):
        for name in (_clean(match["one"]), _clean(match["two"])):
            if name and name not in found:
                found[name] = (Person(name, None, match["kin"]), False)
    for match in _AND_PARTNER.finditer(text):
        name = _clean(match["name"])
        if name and name not in found and is_given_name(name.split()[0]):
            found[name] = (Person(name, None, "partner"), False)
    for pattern in (_KIN_BRACKET_NAME, _KIN_THEN_NAME, _NAME_THEN_KIN, _NAME_BRACKET_KIN):
        for match in pattern.finditer(text):
            name, side = _clean(_first_line(match["name"])), relationship_side(match["kin"])
            if match["kin"].isupper():
                continue  # "MOTHER KEEGAN SIOBHAN": a capitals table's cells run together
            broken = "\n" in text[match.end("kin") : match.start("name")]
            if broken and _SAID_OF_NAME_BEFORE.search(_line_before(text, match.start("kin"))):
                continue  # "Ann Roe - mother" / "Ben Roe - father": the kin word is Ann's
            if (_title_cased(match) or broken) and not (name and is_given_name(name.split()[0])):
                continue  # "… Services Partner Portal Skip to main content": a title, no kin
            possessed = _POSSESSED.search(text[max(0, match.start() - 20) : match.end()])
            if side == "child" and possessed:
                # "Ms Fenton's brother, Gavin Hirst": a sibling of an adult, an adult relative
                # of the family only when the text puts him in the household
                if not (possessed["sibling"] and _IN_HOUSEHOLD.search(_sentence(text, match))):
                    continue
                side = "adult"
            if side == "adult" and _apart(text, match):
                continue  # "her maternal uncle Lee Sugden … He has had no contact with …"
            if _DIED.match(text, match.end("name")):
                continue  # "The children's father, Sean Kay, died in 2020": no one to invite
            kin = possessed.group(0) if possessed and side == "adult" else match["kin"]
            if name and side and name not in found:
                found[name] = (Person(name, None, kin), side == "child")
    for match in _NAME_AGED.finditer(text):  # after the kin words: the age decides child or
        name = _clean(match["name"])  # adult ("her sister Jo Rowe is 19"), the kin word stays
        # a known given name first: "On 19 November Harvey (7)", "Messages (2)" are no one
        if name and "\n" not in match.group(0) and is_given_name(name.split()[0]):
            person = found.get(name, (Person(name, None), False))[0]
            if person.date_of_birth is None:
                found[name] = (person, int(match["age"]) < 18)
    return list(found.values())


#: A line of a list that opens with a name and what joins it to what they are: "Ann Roe - ",
#: "Ann Roe (née Hart), ", "Ann Roe <TAB>": a kin word on it is said of that name.
_SAID_OF_NAME_BEFORE = re.compile(
    r"^\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*(?:\([^()]*\))?\s*(?:\s[-–—]|,|\t)"
)


def _line_before(text: str, at: int) -> str:
    """The text of `at`'s line before it."""
    return text[text.rfind("\n", 0, at) + 1 : at]


#: What says, right after a name, that the person has died.
_DIED = re.compile(
    r"[\s,(]*(?:who\s+|has\s+|had\s+)?(?i:died|passed\s+away|(?:is\s+|now\s+)?deceased|d\.\s?\d{4})\b"
)


#: Kin who are the family whatever the text says of them: a father living apart is still a
#: parent (the conference invites him); an uncle with no contact is no significant adult.
_PARENT_KIN = re.compile(
    r"\b(?:mother|father|mum|dad|parent|carer|guardian|partner|boyfriend|girlfriend|husband|"
    r"wife|step\w*)\b",
    re.IGNORECASE,
)
#: What sets a relative outside the child's life: no contact, no association with the household.
_APART_WORDS = re.compile(
    r"\b(?:no|not\s+had\s+any|never\s+had(?:\s+any)?)\s+(?:\w+\s+){0,2}"
    r"(?:contact|association|relationship)\s+with\b"
    r"|\bnot\s+(?:\w+\s+)?(?:associated|linked|connected|in\s+contact)\s+with\b"
    r"|\bnot\s+(?:a\s+)?(?:part|member)\s+of\s+(?:the|this|their|her|his)\s+(?:household|family)\b",
    re.IGNORECASE,
)


def _apart(text: str, match: re.Match[str]) -> bool:
    """A relative other than a parent or carer whose sentence, or the next one when it opens
    with a pronoun ("He has had no contact with Amelia-Rose … for several years"), says they
    are apart from the child: named for completeness, not a significant adult (issue 11, set
    k). Parents stay: "father, separate address" is still invited as a parent."""
    before = text[max(0, match.start("kin") - 12) : match.start("kin")]
    if _PARENT_KIN.search(match["kin"]) and not _FORMER.search(before):
        return False  # but "a previous partner, Ashley Kerr, … no contact" is no family's
    return _APART_WORDS.search(_sentence(text, match)) is not None


#: A relationship that has ended: "a previous partner", "her ex-boyfriend", "former husband".
_FORMER = re.compile(r"\b(?:previous|former|ex)[\s-]+$", re.IGNORECASE)


def _sentence(text: str, match: re.Match[str]) -> str:
    """The sentence of a match, with the next one when it opens with a pronoun ("He …")."""
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", text)]
    start = max((e for e in ends if e <= match.start()), default=0)
    stop = next((e for e in ends if e > match.end()), len(text))
    after = re.match(r"\s*(?:He|She|They)\b[^.!?]*", text[stop:])
    return text[start:stop] + (after.group(0) if after else "")


def _title_cased(match: re.Match[str]) -> bool:
    """A capitalised kin word with no determiner before it, mid-text: part of a title
    ("Partner Portal") rather than a relationship ("her partner Dean Platt")."""
    groups = match.groupdict()
    return bool(match["kin"][:1].isupper() and not groups.get("det") and "det" in groups)


def unborn_of(page: Page) -> list[str]:
    """ "the unborn baby of Chloe Haigh" → "Unborn baby of Chloe Haigh": how a memo names a
    child not yet born when it names no child otherwise (issue 11, sets b and g). Where the
    text also names the baby by its family's surname ("Conference – Unborn Tesfaye (baby of
    Senait Tesfaye)"), that name is the one the council uses (issue 11, set n); "unborn
    Ashworth (EDD 01/03/27)" → "Unborn Ashworth": a hurried note's name, the family's surname
    with the due date after it (issue 11, set l: a reply that gives the booking in a line)."""
    text = _flat(page)
    mothers = _named_after(text)
    surnames = {n.split()[-1].casefold() for n in mothers}
    named = [
        m.group(0) for m in _UNBORN_NAMED.finditer(text) if m["surname"].casefold() in surnames
    ]
    if named:
        return list(dict.fromkeys(named))
    found = [f"Unborn baby of {n}" for n in mothers]
    found += [
        f"Unborn {m['rest']}"
        for m in _UNBORN_DUE.finditer(text)
        if m["rest"].casefold() not in ("baby", "child")  # "unborn baby (EDD …)": no name
    ]
    return list(dict.fromkeys(found))


def unborn_parents(page: Page) -> list[str]:
    """The people an unborn child is named after ("the unborn baby of Senait Tesfaye (date of
    birth 2 May 2009)"): its parents, adults of the conference whatever their own age (issue
    11, set n: a 17-year-old mother read as the child by her birth date)."""
    return _named_after(_flat(page))


def _named_after(text: str) -> list[str]:
    return [n for m in _UNBORN_OF.finditer(text) if (n := _clean(m["name"]))]


def _flat(page: Page) -> str:
    """The page's lines as one text: a name or a phrase may run over a line break."""
    return " ".join(line.strip() for line in page.lines)


#: "Unborn Tesfaye", "Unborn baby Pearson": an unborn child named by its family's surname.
_UNBORN_NAMED = re.compile(
    r"\b(?i:unborn)(?:\s+(?i:baby|child))?\s+(?!(?i:baby|child|of|to)\b)(?P<surname>[A-Z][a-zA-Z'’\-]+)\b"
)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def birth_dates(page: Page, given: list[str], *, reference: date | None) -> dict[str, date]:
    """Birth dates a sentence gives by first name: "Ruby-Jo was born on 7 July 2016 and Casey
    on 14 February 2020" → {"Ruby-Jo": …, "Casey": …} (issue 11, set c: a letter that lists
    the family, then their birthdays). A date counts for the nearest given name before it."""
    found: dict[str, date] = {}
    text = " ".join(line.strip() for line in page.lines if "\t" not in line)
    for sentence in _SENTENCE.split(text):
        if not re.search(r"\bborn\b", sentence, re.IGNORECASE):
            continue
        places = sorted(
            (m.start(), m.end(), g)
            for g in given
            for m in re.finditer(r"\b" + re.escape(g) + r"\b", sentence)
        )
        for k, (_, end, name) in enumerate(places):
            upto = places[k + 1][0] if k + 1 < len(places) else len(sentence)
            dates = find_dates(sentence[end:upto], reference=reference)
            if dates and name not in found and (reference is None or dates[0][0] <= reference):
                found[name] = dates[0][0]
    return found


#: A table's cell of at least this many words is a sentence of its own.
_SENTENCE_CELL_WORDS = 6


def _sentences(line: str) -> str:
    """A line of text as it stands; a table's row as its cells that are sentences, each apart.
    A chronology's row ("09/2022 | Millie moves to live with her father, Stephen Clegg") tells
    the family's past, not who the family is: none of its cells is read."""
    if "\t" not in line:
        return line.strip()
    cells = line.split("\t")
    if _DATED_ROW.match(cells[0]):
        return " . "
    notes = [c.strip() for c in cells if len(c.split()) >= _SENTENCE_CELL_WORDS]
    return " . ".join(notes) or " . "


#: A chronology row's first cell: a date, a month ("09/2022", "Sept 2022") or a year.
_DATED_ROW = re.compile(
    r"^\s*(?:(?:\d{1,2}[/.\-])?\d{1,2}[/.\-]\d{2,4}|\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4})\b"
)


def _first_line(name: str) -> str:
    """A name's words on its first line when they are a name already: the next line's first
    word opens what comes next ("… and her partner Dale Ibbotson" / "Question - …"), while a
    name broken after its given name keeps its surname ("her partner Dale" / "Ibbotson")."""
    first = name.split("\n", 1)[0]
    return first if len(first.split()) >= 2 else name


#: Words that join two names in a heading written in capitals, caught as a name's first word.
_JOINING = frozenset({"and", "&", "plus"})


def _clean(name: str) -> str | None:
    """The name without a title or a trailing word that is no part of it ("Mrs Kerry Gill",
    "Freya Sutcliffe Child's"); None when less than a given name and a surname is left."""
    words = name.split()
    while words and words[0].casefold().rstrip(".") in TITLES | _JOINING | SENTENCE_WORDS:
        words.pop(0)  # "… MAISIE KAYE (DOB …) AND ALFIE KAYE": a heading in capitals
    titled = [k for k, w in enumerate(words) if k and w.casefold().rstrip(".") in TITLES]
    words = words[: titled[0]] if titled else words  # "cousin Tayla / Mr Iqbal": a title
    # starts another person's name
    while len(words) > 2 and (not is_name(words) or relationship_side(words[-1]) is not None):
        words.pop()
    return " ".join(words) if is_name(words) else None

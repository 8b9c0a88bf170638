"""The words councils use on booking forms, as data (the field reader holds no vocabulary).

Each field has the labels that introduce it. Labels are compared after folding: lower case,
white space collapsed, trailing ":", "?", "*" and "-" dropped. A label listed under `OTHER`
is read so that it *ends* the value before it and so that a longer label wins over a shorter
one ("Date completed" is not "Date"; "Date of birth" is not "Date"). `WEAK` labels are so
general ("Date", "Time", "Ref") that they are used only when no specific label gave a value.

Sources: the twelve sample forms (Wakefield SRU, Leeds ISU, Calderdale CP Admin), DOMAIN.md
§2.1 (fields named publicly by other councils: "Date of meeting", "Type (Initial or Review)",
"Date of strategy meeting", "Reason for request", "category requested under") and §3.8.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from parsers.pairs_in_line import pairs_apart
from parsers.records import STRUCK, Page
from parsers.text_cache import kept_by_text
from parsers.text_grid import ungrid

DATE = "date"
TIME = "time"
KIND = "kind"
VENUE = "venue"
CHAIR = "chair"
REFERENCE = "local_reference"
SOCIAL_WORKER = "social_worker"
STRATEGY_DATE = "strategy_discussion_date"
REASON = "reason"
CATEGORY = "harm_category"
OTHER = "other"

LABELS: dict[str, tuple[str, ...]] = {
    DATE: (
        "date of conference",
        "conference date",
        "date",
        "meeting date",
        "date of meeting",
        "date of the conference",
        "date of cpc",
        "cpc date",
        "date of icpc",
        "icpc date",
        "date of rcpc",
        "rcpc date",
        "date and time",
        "date & time",
        "date/time",
        "date and time of conference",
        "conference date and time",
        "conference date/time",
        "date of review",
        "review date",
        "when",
        "new date",
        "new conference date",
        "date of review conference",
        "date of initial conference",
    ),
    TIME: (
        "time",
        "start time",
        "time of conference",
        "conference time",
        "meeting time",
        "time of meeting",
        "start",
        "new time",
        "conference start time",
    ),
    KIND: (
        "type of conference",
        "conference type",
        "conference",
        "meeting type",
        "type",
        "type of meeting",
        "conference category",
        "type of cpc",
        "cpc type",
        "meeting",
        "type of request",
        "request type",
        "conference requested",
    ),
    VENUE: (
        "venue",
        "location",
        "where",
        "address of meeting",
        "meeting venue",
        "conference venue",
        "venue/location",
        "venue / location",
        "place",
        "meeting location",
        "venue address",
        "location of conference",
        "address of conference",
    ),
    CHAIR: (
        "conference chair",
        "chair",
        "independent chair",
        "chairperson",
        "iro",
        "independent reviewing officer",
        "chaired by",
        "cp chair",
        "child protection chair",
        "conference chairperson",
        "chair of conference",
        "name of chair",
    ),
    REFERENCE: (
        "caredirector id",
        "caredirector number",
        "caredirector ref",
        "lcs number",
        "lcs id",
        "lcs ref",
        "mosaic id",
        "mosaic number",
        "mosaic ref",
        "case reference",
        "ref",
        "reference",
        "booking reference",
        "liquidlogic id",
        "liquid logic id",
        "our ref",
        "case number",
        "case ref",
        "cd number",
        "child id",
        "person id",
        "eclipse id",
        "systemone id",
        "protocol id",
        "your ref",
    ),
    SOCIAL_WORKER: (
        "allocated social worker",
        "social worker",
        "sw",
        "allocated worker",
        "name of social worker",
        "social worker name",
        "lead social worker",
        "key worker",
        "lead professional",
    ),
    STRATEGY_DATE: (
        "strategy discussion date",
        "date of strategy discussion",
        "date of strategy meeting",
        "strategy meeting date",
        "strategy discussion",
        "strategy meeting",
        "date of strategy",
        "date s47 initiated",
        "date section 47 initiated",
        "date of s47 strategy discussion",
    ),
    REASON: (
        "reason for conference",
        "reason for request",
        "reasons for the conference",
        "reason for the conference",
        "reasons for conference",
        "reason for requesting conference",
        "reason for requesting the conference",
        "reason for referral",
        "concerns",
        "summary of concerns",
        "why is a conference needed",
        "why is this conference needed",
        "reason",
        "reasons",
        "reason for cpc",
        "reason for icpc",
        "presenting concerns",
        "reason for request for conference",
        "brief reason for conference",
        "brief summary of concerns",
        "nature of concerns",
        "details of concerns",
        "purpose of conference",
        "purpose of the conference",
        "purpose of the meeting",
        "progress and concerns since the initial conference",
        "progress and concerns since the last conference",
        "concerns since the last conference",
        "what are we worried about",
        "summary",
        "background",
    ),
    CATEGORY: (
        "category of concern",
        "category",
        "category of abuse",
        "proposed category",
        "categories",
        "category of harm",
        "category of plan",
        "plan category",
        "category requested",
        "category of significant harm",
        "abuse category",
        "categories of concern",
        "category of risk",
        "category of registration",
        "registration category",
        "category of child protection plan",
        "category of cp plan",
        "category of the plan",
    ),
    OTHER: (
        "date of birth",
        "dob",
        "d.o.b",
        "date completed",
        "completed by",
        "date of referral",
        "date of request",
        "date requested",
        "date sent",
        "date of invitation",
        "date received",
        "team manager",
        "practice supervisor",
        "service manager",
        "team",
        "name",
        "full name",
        "gender",
        "sex",
        "school",
        "school / setting",
        "setting",
        "relationship",
        "relationship to child",
        "address",
        "ethnicity",
        "language",
        "interpreter",
        "interpreter required",
        "what's working well",
        "what is working well",
        "what needs to happen",
        "progress",
        "progress since the last conference",
        "police involvement",
        "strengths and protective factors",
        "strengths",
        "action required",
        "signed",
        "signature",
        "contact number",
        "telephone",
        "tel",
        "email",
        "mobile",
        "children",
        "child",
        "adults",
        "household members",
        "police",
        "minute taker",
        "invitees",
        "professionals invited",
        "agencies invited",
        "report due",
        "reports due",
        "date report due",
        "date of last conference",
        "previous conference date",
        "date of previous conference",
        "edd",
        "expected date of delivery",
        "gp",
        "nhs number",
        "phone",
        "age",
        "parental responsibility",
        "health visitor",
        "midwife",
        "exclusions",
        "advocacy",
        "access needs",
        "mobility",
        "date of plan",
        "review number",
    ),
}

#: Labels too general to trust when a specific one is present (module docstring).
WEAK: frozenset[str] = frozenset(
    {"date", "time", "start", "when", "where", "ref", "reference", "conference", "type",
     "meeting", "category", "categories", "reason", "reasons", "concerns", "place", "sw",
     "summary", "background"}
)  # fmt: skip

#: Labels of a child's name: a heading, or a line's own label ("Name of child: Ava Gill").
CHILD_NAME_LABELS: tuple[str, ...] = (
    "name of child",
    "name of child(ren)",
    "name(s) of child(ren)",
    "names of child(ren)",
    "names of children",
    "name of children",
    "child(ren)'s name",
    "child(ren)'s names",
    "child's name",
    "children's names",
)
#: Words that open a section of children or of adults in a form or a list.
CHILD_SECTIONS: tuple[str, ...] = (
    "child(ren)",
    "child/ren",
    "child/ren's details",
    "children/young people",
    "children",
    "child",
    "subject child",
    "subject children",
    "child details",
    "children's details",
    "details of child",
    "details of children",
    "young person",
    "young people",
    "unborn",
    *CHILD_NAME_LABELS,
    "children subject",
    "subject of the conference",
    "subjects of the conference",
)
#: (Lists of both — "Family members", "Household" — are read by meaning as mixed: relationship
#: and age tell a child from an adult; `parsers.label_meaning.people_section`.)
ADULT_SECTIONS: tuple[str, ...] = (
    "adults",
    "adults in the household",
    "significant others",
    "significant other",
    "other significant adults",
    "adults in household",
    "other adults in the household",
    "parents / carers",
    "parents / carers / significant adults",
    "parents",
    "parent",
    "carers",
    "significant adults",
    "parents, carers",
    "parents/carers",
    "parent/carer",
    "other adults",
    "adult details",
    "mother",
    "father",
)

#: Relationship words: a person with one is an adult of the family, never a subject child.
ADULT_RELATIONSHIPS: tuple[str, ...] = (
    "mother",
    "father",
    "mum",
    "dad",
    "step-father",
    "stepfather",
    "step father",
    "step-mother",
    "stepmother",
    "step mother",
    "partner",
    "mother's partner",
    "father's partner",
    "mum's partner",
    "dad's partner",
    "grandmother",
    "grandfather",
    "maternal grandmother",
    "paternal grandmother",
    "maternal grandfather",
    "paternal grandfather",
    "mgm",
    "pgm",
    "mgf",
    "pgf",
    "aunt",
    "uncle",
    "carer",
    "foster carer",
    "kinship carer",
    "guardian",
    "special guardian",
    "lodger",
    "ex-partner",
    "birth mother",
    "birth father",
    "parent",
    "step-parent",
    "stepparent",
    "friend",
    "family friend",
    "cousin",
    "great grandmother",
    "great aunt",
    "adult sibling",
)
CHILD_RELATIONSHIPS: tuple[str, ...] = (
    "subject",
    "subject child",
    "child",
    "son",
    "daughter",
    "sibling",
    "brother",
    "sister",
    "half-sibling",
    "half brother",
    "half sister",
    "half-brother",
    "half-sister",
    "step-brother",
    "step-sister",
    "unborn",
)

#: Words that mark a row or line as a heading, never a person.
HEADER_WORDS: frozenset[str] = frozenset(
    {"name", "full name", "names", "date of birth", "dob", "d.o.b", "gender", "sex",
     "school", "setting", "school / setting", "relationship", "relationship to child",
     "address", "age", "ethnicity", "nhs number", "school/setting", "edd", "forename",
     "forenames", "first name", "surname", "last name", "family name", "education setting",
     "relationship to children", "lives in household?", "lives in household"}
)  # fmt: skip

#: Words that, as part of a "name", show it is not a person's name.
#: Words of a sentence, never of a name, that a heading in capitals or a line's first word may
#: put beside one: "PEOPLE WHO HELP ME", "FAMILY I SEE", "About Ellie-Mae Lumb" (set C, layout
#: 145). A name's reader drops them before it (`parsers.person_names.split_name`).
SENTENCE_WORDS: frozenset[str] = frozenset(
    {"about", "who", "what", "where", "when", "why", "how", "me", "my", "we", "us", "our",
     "see", "help", "from", "re", "regarding", "concerning"}
)  # fmt: skip

NOT_NAME_WORDS: frozenset[str] = frozenset(
    {"hi", "hello", "morning", "afternoon", "thanks",  # "Hi Dawn,"
     "icpc", "rcpc", "cpc", "icpcc", "rcpcc", "tcpc", "cprc",  # "Subject: ICPC Popescu"
     "council", "service", "services", "unit", "team", "police", "school", "academy",
     "primary", "nursery", "college", "conference", "date", "birth", "name", "gender",
     "male", "female", "mother", "father", "relationship", "children", "child", "adults",
     "parents", "carers", "household", "members", "social", "worker", "manager", "chair",
     "safeguarding", "officer", "the", "and", "of", "for", "to", "in", "at", "on", "is",
     "was", "has", "with", "report", "please", "dob", "n/a", "unknown", "tbc", "none",
     "not", "known", "details", "significant", "subject", "setting", "reason", "category",
     "plan", "protection", "review", "initial", "tel", "email", "mobile", "regards",
     # services and salutations read where a person could stand (issue 11: an agency grid's
     # rows and a letter's "Dear Colleague" are no family members)
     "health", "visitor", "visiting", "visitors", "mental", "nurse", "midwife", "midwifery",
     "camhs", "nhs", "hospital", "infirmary", "clinic", "surgery", "gp", "probation", "housing",
     "education", "grammar", "dear", "colleague", "colleagues", "sir", "madam", "agency",
     "agencies", "partnership", "directorate", "teams", "microsoft", "virtual", "constabulary",
     "cppu", "caiu", "dsl", "senco", "attendance", "required", "yes", "no", "forename",
     "forenames", "surname", "firstname", "lastname", "detective", "sergeant", "constable",
     "inspector", "superintendent", "dci", "dsi",
     # job titles under a signature's name ("ISU Administrator", "Business Support Assistant")
     "administrator", "admin", "coordinator", "co-ordinator", "assistant", "secretary",
     "practitioner", "supervisor", "reviewing", "independent",
     # a heading of people in capitals, "YOUNG PERSON 2", "FAMILY MEMBER 1" (set w)
     "person", "persons", "member"}
) | SENTENCE_WORDS  # fmt: skip

#: Words of places and bodies that are also surnames ("Leo Hall", "Amy Young", "Ian Church"):
#: they disqualify a "name" only when its first word is no known given name ("Northgate House",
#: "Part C", "Forward Leeds", "Huddersfield Grammar").
PLACE_WORDS: frozenset[str] = frozenset(
    {"house", "hall", "centre", "center", "tower", "building", "office", "room", "floor",
     "street", "road", "lane", "avenue", "way", "place", "court", "square", "park", "hub",
     "church", "high", "junior", "infant", "university", "part", "section", "forward",
     "young", "people", "person", "family", "group", "core", "contact", "address", "meeting",
     "adult", "board", "authority", "department", "trust", "leeds", "wakefield", "calderdale",
     "kirklees", "bradford", "halifax", "huddersfield", "dewsbury", "castleford",
     "pontefract", "keighley", "ls", "wf", "hx", "hd", "bd", "s"}
)  # fmt: skip

HARM_WORDS: dict[str, str] = {
    "neglect": "neglect",
    "physical": "physical",
    "sexual": "sexual",
    "emotional": "emotional",
}


def listed_field(folded: str) -> str | None:
    """The field a listed label introduces (`LABELS`), given the label folded; else None."""
    return label_index().get(folded)


@cache
def label_index() -> dict[str, str]:
    """Every listed label, folded, and its field: the one index of `LABELS`."""
    return {fold(label): field for field, labels in LABELS.items() for label in labels}


_STRUCK_SPAN = re.compile(re.escape(STRUCK) + r".*?" + re.escape(STRUCK), re.S)


def unstruck(text: str) -> str:
    """The text without what was struck through: a deleted option is no answer."""
    if STRUCK not in text:
        return text
    return " ".join(_STRUCK_SPAN.sub(" ", text).split(" ")).replace(STRUCK, "")


@kept_by_text  # pure, and asked of the same labels many times an email (parsers.text_cache)
def fold(text: str) -> str:
    """A label as compared: lower case, one space, no trailing punctuation or list marks, no
    section number ("2. Child/ren's details", "Part 3 - Parents", "(b) Reason for conference")."""
    text = text.replace("\u00a0", " ").replace("’", "'").casefold()
    text = " ".join(text.split())
    text = _SECTION_NUMBER.sub("", text)
    text = _TRAILING_NUMBER.sub(r"\g<noun>", text)
    return text.strip(" :?*-–—.\t").strip()


_SECTION_NUMBER = re.compile(
    r"^(?:(?:part|section|sec\.?)\s+(?:\d{1,2}[a-z]?|[a-h])\s*[-–—:.)]?\s+|\(?(?:\d{1,2}|[a-h])[.)]\s+(?=[a-z]))"
)


#: "Child 2", "Household member (3)", "Parent/carer #1": the entry's number is no part of its label.
_TRAILING_NUMBER = re.compile(
    r"\b(?P<noun>(?:child|member|parent|carer|adult|person|sibling|partner|subject|other|entry)"
    r"(?:ren|s)?)\s*(?:#|no\.?\s*)?\(?\d{1,2}\)?(?=\s*[:?*\-–—.]*\s*$)"
)


#: A dotted or ruled leader between a label and its value ("Start time ........ 10.00",
#: "Name of child: ______ Ava Gill"), a run of spaces that pads a printed form's columns, or a
#: " | " between a plain-text table's cells: a cell boundary like a TAB.
_LEADER = re.compile(
    r"(?<=\S)[ \t]*(?:\.{4,}|…{2,}|_{3,}|·{3,}|(?<=[:?])\s{2,}| {3,}| \| )[ \t]*(?=\S|$)"
)


_GLYPH_ONLY = ("☒", "☐", "⍰", "☑", "[x]", "[X]", "[ ]", "✓", "✔")


_EMPTY_BOXES = str.maketrans(dict.fromkeys("□▢◻❏❑", "☐"))
_FULL_BOXES = str.maketrans(dict.fromkeys("■▣⊠☑", "☒"))


def boxes_as_glyphs(line: str) -> str:
    """Other check-box characters as the two of `parsers.records` (☒ / ☐): "□" and its kin are
    empty boxes; "■" is a filled one only on a line that also has an empty box — alone it is
    a bullet ("■ Registered sex offender" in a list of concerns is no tick). Issue 11, set g:
    a Word form's "□ Child sexual exploitation □ … ■ Criminal exploitation" read as said."""
    if not any(c in line for c in "□▢◻❏❑■▣⊠☑"):
        return line
    empty = line.translate(_EMPTY_BOXES)
    if "☐" in empty:
        return empty.translate(_FULL_BOXES)
    return empty.replace("☑", "☒")


#: The marks of a quoted reply in plain text ("> ", ">> "), left off every logical line and
#: off the text that dates are read from in prose.
QUOTE_MARK = re.compile(r"^(?:[ \t]{0,3}>)+[ \t]?", re.M)
#: Where a reply's quoted message starts: a header block ("From:"), "On … wrote:", a "> " quote,
#: or a dashed separator that says the message below is the original or a forward — Outlook's
#: "-----Original Message-----", Gmail's and Thunderbird's "Forwarded message", Lotus Notes'
#: "----- Forwarded by Jo Bloggs/LCC on 07/12/2026 09:12 -----", which has no header block below
#: it (docs/libraries-weighed.md: none of quotequail, mail-parser-reply or this read it).
#: An "On … wrote:" intro may be long (Yahoo's "On Monday, 14 December 2026, 11:02:33 GMT, Name
#: <address> wrote:", a long name and address in Apple Mail's) or wrapped once (Gmail's plain
#: text breaks it after "Name <"): such a line ends with "wrote:" (issue 11, set l).
QUOTED_START = re.compile(
    r"^(?:From:\s|-{2,}\s*(?:Original\s+Message|Forwarded\s+(?:message|by\b))|"
    r"On\s.{5,80}\swrote:|On\s[^\n]{5,200}?(?:\n[^\n]{1,120}?)?\swrote:[ \t]*$|>)",
    re.I | re.M,
)


def newest_message(text: str) -> str:
    """A reply's own words, above the message it quotes (all of it when it quotes none)."""
    return reply_above_quote(text) or text


def reply_above_quote(text: str) -> str | None:
    """A reply's own words when the text quotes an earlier message, else None: the newest
    message of a thread decides what it changes (the police question, the time)."""
    quoted = QUOTED_START.search(text)
    return text[: quoted.start()] if quoted else None


def prose_blocks(text: str) -> list[str]:
    """Lines joined where prose was wrapped (a long line that does not end a sentence); a
    short line — a form's label, value or heading — stands alone.

    Sentences are read from these blocks, never from a page joined whole: a form's lines run
    together read as one sentence ("… CONFERENCE REQUEST … Police attendance …" was read as a
    request for police attendance; set l, l-57-03). A long row of cells joins the line after
    it, which may be its last cell wrapped ("Registration<TAB>On the register since … –" /
    "sexual abuse (risk)")."""
    blocks: list[str] = []
    joining = False
    for line in text.splitlines():
        line = " ".join(line.split())
        if joining and line:
            blocks[-1] += " " + line
        elif line:
            blocks.append(line)
        joining = len(line) >= 50 and not line.endswith((".", "!", "?", ":"))
    return blocks


#: A tick box or a typed mark on a line: such a line is a check list, not a sentence.
TICK_MARKS = re.compile(r"[☒☐⍰☑✓✔]|\[\s*[xX]?\s*\]")


def logical_lines(page: Page) -> list[str]:
    """The page's lines with table rows put back together.

    A plain-text rendering of an HTML table puts each cell after the first on its own line
    starting with a TAB ("Esme Brear" / "\\t13/09/2022" / "\\tFemale"), and a tick box alone
    on its line before its label ("☒" / "\\tPolice attendance required"); both are joined to
    the line they continue, with a TAB between cells as everywhere else. Blank lines stay
    (as "") because they end paragraphs.
    """
    return list(_logical_lines(page))


@lru_cache(maxsize=64)
def _logical_lines(page: Page) -> tuple[str, ...]:
    """Kept for the last pages seen: the field, people, tick-box and message-kind readers each
    ask for the same page's lines.

    Questions answered inline in a reply are first joined to their answers
    (`parsers.inline_answers`). After the rows are joined, a table whose records are its
    columns is turned record by record (`parsers.transposed`), a table flattened one cell a
    line is rebuilt (`parsers.flat_rows`) and a numbered form's answers
    are joined to their questions (`parsers.numbered`); a case system's coded labels are spelt
    in words first (`parsers.code_labels`). These read this module (what labels mean,
    `parsers.label_meaning`, imports its field names; a reply's quote is found here), hence
    imported here, when the first page is read."""
    from parsers.code_labels import codes_spelt
    from parsers.fields import starts_pair
    from parsers.flat_rows import flat_rows
    from parsers.inline_answers import page_answered
    from parsers.numbered import answers_joined, lettered_pairs_joined, row_numbers_dropped
    from parsers.transposed import records_as_rows

    out: list[str] = []
    glued = False
    for raw in flat_rows(ungrid([QUOTE_MARK.sub("", line) for line in page_answered(page)])):
        raw = boxes_as_glyphs(raw)  # "> Mum: Kirsty Murray" quoted
        line = codes_spelt(_LEADER.sub("\t", raw.replace("\u00a0", " ")).rstrip())
        line = pairs_apart(line, is_label=starts_pair) if line.count(":") >= 2 else line
        continues = raw.startswith("\t") and line.strip() and out and out[-1].strip()
        if (continues or glued) and out:
            out[-1] = out[-1] + "\t" + line.strip()
        else:
            out.append(line.strip())
        glued = line.strip() in _GLYPH_ONLY
    return answers_joined(lettered_pairs_joined(records_as_rows(row_numbers_dropped(out))))

"""What a label *means*, read from its words, for labels that no phrase list holds.

Issue 11: each council words its booking form in its own way ("Date of the Initial Child
Protection Conference", "Proposed conference date", "Summary of the circumstances", "Child 2 –
name and date of birth", "Household member 3"). A list of phrases is always one council short, so
a label that is not listed in `parsers.labels` is read by its head words and their modifiers:

- the *head* says what kind of value follows (date, time, venue, chair, reason, category, type,
  name, date of birth, relationship…);
- the *modifiers* say whose or which one it is (the conference's date, or the referral's; the
  child's name, or a parent's), and rule a reading out ("date of birth" is no conference date,
  "time" in "timescales" is no start time, "the police involvement" is no reason).

Numbering and punctuation are ignored ("Child 1", "(b)", "Part 3 –", "Parent/carer 2:").
The result is one of the field names of `parsers.labels`, `OTHER` for a label that names a field
the reader does not want (it still ends the value before it), or `None` when the words say
nothing a form would say. Pure and cheap: one pass over at most a dozen words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.labels import (
    CATEGORY,
    CHAIR,
    DATE,
    HEADER_WORDS,
    KIND,
    OTHER,
    REASON,
    REFERENCE,
    SOCIAL_WORKER,
    STRATEGY_DATE,
    TIME,
    VENUE,
    fold,
    listed_field,
)
from parsers.text_cache import kept_by_text

#: Longest label read by meaning: a longer run of words is a sentence, not a label.
MAX_WORDS = 9

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

_MEETING = frozenset(
    {"conference", "conferences", "meeting", "cpc", "icpc", "rcpc", "cprc", "iccp", "review",
     "hearing", "session", "booking", "appointment", "cp", "event"}
)  # fmt: skip
#: Whose date it is when it is not the conference's: a date of another event or document.
_OTHER_EVENT = frozenset(
    {"birth", "dob", "born", "completed", "completion", "referral", "referred", "request",
     "requested", "sent", "received", "invitation", "invite", "issued", "signed", "signature",
     "plan", "last", "previous", "prior", "original", "originally", "report", "reports", "due",
     "expected", "edd", "edc", "delivery", "s47", "section", "enquiry", "enquiries",
     "registration", "registered", "made", "closed", "closure",
     "allocated", "allocation", "assessment", "letter", "form", "today", "today's", "decision",
     "authorised", "agreed", "visit", "visited", "incident", "arrest", "offence", "order",
     "transfer", "discharge", "admission", "booked", "memo", "printed", "minutes", "core",
     "group", "deadline", "return", "returned", "submission", "submitted", "held",
     "happened", "took"}
)  # fmt: skip
#: Which meeting: "Next conference", "First review", "New date of conference" — a label of
#: meeting words alone whose value is its date (the date reader checks the value's shape).
_WHICH_MEETING = frozenset({"next", "first", "second", "third", "new", "rearranged", "revised"})
_MEETING_FILLER = frozenset(
    {"child", "protection", "pre", "birth", "initial", "transfer", "in", "the", "of", "date"}
)  # fmt: skip
_DATE_HEAD = frozenset({"date", "dates", "when", "day"})
_TIME_HEAD = frozenset({"time", "times", "start", "starts", "starting", "commencing"})
_VENUE_HEAD = frozenset({"venue", "location", "where", "place", "room", "address"})
_CHAIR_HEAD = frozenset({"chair", "chairperson", "chairing", "chaired", "iro"})
_REASON_HEAD = frozenset(
    {"reason", "reasons", "concern", "concerns", "concerned", "worried", "worries", "worry",
     "circumstances", "summary", "background", "purpose", "why", "rationale", "grounds",
     "danger", "dangers", "harm", "risks", "risk", "presenting", "issues", "incident",
     "overview", "synopsis", "allegation", "allegations"}
)  # fmt: skip
#: Reason heads too general to stand alone: "Summary" alone may sum up anything.
_WEAK_REASON = frozenset({"summary", "background", "overview", "issues", "risk", "risks", "harm"})
_CATEGORY_HEAD = frozenset({"category", "categories", "categorisation"})
_KIND_HEAD = frozenset({"type", "kind", "nature", "format"})
_REFERENCE_HEAD = frozenset({"ref", "reference", "id", "number", "no", "identifier"})
_REFERENCE_SYSTEM = frozenset(
    {"case", "lcs", "mosaic", "caredirector", "liquidlogic", "eclipse", "systemone", "child",
     "person", "cd", "icp", "our", "your", "booking", "family", "conference", "ccm", "paris",
     "protocol", "framework", "frameworki", "carefirst", "azeus", "wcs"}
)  # fmt: skip
_PROFESSIONAL = frozenset(
    {"worker", "manager", "supervisor", "officer", "professional", "practitioner", "nurse",
     "visitor", "midwife", "gp", "teacher", "lead", "coordinator", "co", "ordinator",
     "administrator", "admin", "minute", "taker", "author", "contact"}
)  # fmt: skip
_NOT_A_REASON = frozenset(
    {"police", "agency", "agencies", "invitees", "attendees", "previous", "last", "strengths",
     "working", "well", "needs", "happen", "actions", "action", "scaling", "plan", "contact",
     "progress", "outcome", "recommendation", "recommendations", "decision", "decisions",
     "views", "wishes", "feelings", "voice"}
)  # fmt: skip


@kept_by_text  # pure (parsers.text_cache)
def words_of(label: str) -> tuple[str, ...]:
    """The label's words: lower case, numbers and punctuation dropped, "'s" kept off."""
    text = label.casefold().replace("’", "'").replace("&", " and ")
    text = _DOTTED.sub(lambda found: found.group().replace(".", ""), text)
    return tuple(w.removesuffix("'s") for w in _WORD.findall(text))


#: An initialism written with dots ("D.O.B.", "E.D.D", "D.o.B") is one word ("dob"), as
#: written without them: its letters alone would be three one-letter words no label knows.
_A_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
_DOTTED = re.compile(r"\b[a-z](?:\.[a-z])+\b\.?")


@lru_cache(maxsize=4096)
def field_by_meaning(label: str) -> tuple[str, bool] | None:
    """(field, weak) for a label read by its words, or None (module docstring).

    `weak` marks a label too general to trust over a specific one ("Summary", "When")."""
    words = words_of(label)
    if not words or len(words) > MAX_WORDS or re.search(r"\d", label):
        return None  # "Time 10" in "Time 10:00" is no label: a label has no figures
    present = frozenset(words)
    if present & {"birth", "dob", "edd", "edc"} or "born" in present:
        return OTHER, False
    if "strategy" in present and present & (_DATE_HEAD | {"discussion", "meeting"}):
        return STRATEGY_DATE, False
    for reader in (_date, _time, _venue, _chair, _social_worker, _category, _kind, _reason, _ref):
        found = reader(words, present)
        if found is not None:
            return found
    return None


def _date(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if not present & _DATE_HEAD:
        which = present & _MEETING and present & _WHICH_MEETING
        if which and present <= _MEETING | _WHICH_MEETING | _MEETING_FILLER:
            return DATE, False  # "First review: Monday 7 December 2026"
        return None
    if present & _OTHER_EVENT - {"review"} or present & _PROFESSIONAL:
        return OTHER, False
    # "Date", "Date/Time", "Proposed date" are weak; "Date of the initial conference" is not
    return DATE, not bool(present & _MEETING)


def _time(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if not present & _TIME_HEAD or present & {"timescale", "timescales", "timeline"}:
        return None
    if present & (_OTHER_EVENT - {"review"}) or present & _PROFESSIONAL:
        return OTHER, False
    return TIME, not bool(present & _MEETING)


def _venue(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if not present & _VENUE_HEAD:
        return None
    if "address" in present and not present & _MEETING:
        return OTHER, False  # a person's or a school's address
    return VENUE, not bool(present & _MEETING)


def _chair(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if not present & _CHAIR_HEAD or present & {"wheelchair", "chairs"}:
        return None
    return CHAIR, False


def _social_worker(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if "social" in present and "worker" in present:
        return SOCIAL_WORKER, False
    if present & _PROFESSIONAL:
        return OTHER, False
    return None


def _category(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if not present & _CATEGORY_HEAD:
        return None
    return CATEGORY, len(words) == 1


def _kind(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if not present & _KIND_HEAD or not present & _MEETING:
        return None
    return KIND, False


def _reason(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if _since_last_meeting(present):
        return REASON, False
    if not present & _REASON_HEAD or present & _NOT_A_REASON:
        return None
    if words[0] in {"no", "not", "any"}:
        return None  # "No concerns" is an answer, not a heading
    weak = present <= _WEAK_REASON | {"of", "the", "a", "and", "brief", "short", "case"}
    return REASON, weak


#: What a review's form asks for under a heading of what happened since the last meeting.
_SINCE_HEAD = frozenset(
    {"update", "updates", "events", "event", "developments", "changes", "happened", "incidents"}
)  # fmt: skip


def _since_last_meeting(present: frozenset[str]) -> bool:
    """ "Update since last conference", "Significant events since the last review": a review
    conference is held because of what changed since the last one, so that heading is its
    reason (set l: layouts 57 and 59 read with no reason, `missing_reason`). The heading needs
    "since", a meeting word and a word for what happened; "Police involvement since …" and
    "Progress on the plan since …" are other sections."""
    return (
        "since" in present
        and bool(present & _MEETING)
        and bool(present & _SINCE_HEAD)
        and not present & (_NOT_A_REASON - {"previous", "last"})
    )


#: Case-management systems whose name alone labels the case's number in them ("LCS | LCS1021567",
#: "CareDirector | CD498832", "Mosaic | MOS335512"; set m, layout 64).
_CASE_SYSTEMS = frozenset(
    {"lcs", "mosaic", "caredirector", "liquidlogic", "eclipse", "systemone", "paris",
     "frameworki", "carefirst", "azeus"}
)  # fmt: skip


def _ref(words: tuple[str, ...], present: frozenset[str]) -> tuple[str, bool] | None:
    if words and present <= _CASE_SYSTEMS | {"id"}:
        return REFERENCE, False
    if not present & _REFERENCE_HEAD or len(words) > 4:
        return None
    # a phone's or a room's number first: "Phone conference ID" is a Teams dial-in code
    if present & {"telephone", "phone", "tel", "mobile", "nhs", "contact", "room", "house"}:
        return OTHER, False
    if present & _REFERENCE_SYSTEM or words == ("ref",) or words == ("reference",):
        return REFERENCE, len(words) == 1
    return None


# --- people: section headings, table header cells ---------------------------------------------

_CHILD_WORDS = frozenset(
    {"child", "children", "ren", "childs", "young", "subject", "subjects", "unborn", "baby",
     "babies", "infant", "sibling", "siblings", "yp", "cyp", "pupil"}
)  # fmt: skip
_ADULT_WORDS = frozenset(
    {"parent", "parents", "carer", "carers", "adult", "adults", "significant", "partner",
     "partners", "mother", "father", "others", "relatives", "relative", "kin", "guardian",
     "guardians", "caregiver", "caregivers", "responsibility", "connected"}
)  # fmt: skip
#: Words of a list that may hold both ("Family composition", "People in the household").
_EITHER_WORDS = frozenset(
    {"family", "household", "member", "members", "people", "person", "persons", "composition",
     "occupants", "residents", "everyone", "individuals"}
)  # fmt: skip
#: Words a section of people may carry besides whose it is ("Details of the child(ren)").
_SECTION_FILLER = frozenset(
    {"details", "detail", "name", "names", "information", "info", "of", "the", "and", "or", "in",
     "to", "who", "is", "are", "this", "these", "about", "for", "s", "their", "dob", "dobs",
     "date", "dates", "birth", "birthday", "birthdays", "with", "living", "live", "lives", "at",
     "home", "address",
     "other", "key", "relationship", "relationships", "all", "any", "a", "main", "current",
     "conference", "list", "particulars", "age", "ages", "including", "gender", "by",
     "role", "who's", "whom", "whose", "involved", "not", "if", "different", "known", "ren's",
     "request", "requested", "referral", "referred", "named", "subject"}
)  # fmt: skip
#: Words that say a heading is about something else ("Child protection plan", "Child's school").
_NOT_PEOPLE = frozenset(
    {"protection", "plan", "plans", "safeguarding", "services", "service", "social", "worker",
     "school", "education", "health", "police", "agency", "agencies", "professionals",
     "professional", "team", "reason", "concerns", "views", "wishes", "voice", "feelings",
     "needs", "category", "previous", "history", "court", "legal", "status", "gp", "invited",
     "invitees", "minutes", "report", "reports", "signature"}
)  # fmt: skip


def people_section(heading: str) -> str | None:
    """ "child" or "adult" when a heading opens a list of people, by its words; else None.

    "Child 2", "Details of the young person", "Household member 1", "Significant adults (not
    living in the household)", "Parent / carer details" open sections; "Child protection plan",
    "Child's school" and "Adult services involvement" do not."""
    words = words_of(heading)
    if not words or len(words) > MAX_WORDS:
        return None
    present = frozenset(words)
    if present & _NOT_PEOPLE:
        return None
    if present - _CHILD_WORDS - _ADULT_WORDS - _EITHER_WORDS - _SECTION_FILLER:
        return None
    child = present & _CHILD_WORDS
    adult = present & _ADULT_WORDS
    if "young" in present and present & {"person", "people", "persons"}:
        child = child | {"young"}
    if child and not adult:
        return "child"
    if adult and not child:
        return "adult"
    if present & _EITHER_WORDS - {"composition"} and not (child and adult):
        return MIXED
    return None


#: A section whose people are told apart by relationship and age, not by the heading.
MIXED = "mixed"


#: The canonical header word `parsers.person_cell` reads for each kind of column.
NAME, GIVEN, FAMILY, BIRTH, RELATIONSHIP = (
    "name", "forename", "surname", "date of birth", "relationship",
)  # fmt: skip


@kept_by_text  # pure (parsers.text_cache)
def header_role(cell: str) -> str | None:
    """Which column of a table of people a header cell names, by its words.

    "Child's full name", "Name of person", "Name & D.O.B", "Forename(s)", "Date of birth / EDD",
    "Relationship to the child(ren)", "Role in family" → name, given, family, birth date,
    relationship. A cell that names two fields ("Name and date of birth") is a name column: the
    value's own shape gives the date ("Ava Gill (12/03/2015)")."""
    words = words_of(cell)
    if not words or len(words) > 7 or _A_DATE.search(cell):
        return None  # "D.O.B 08/07/2013" is a value with its label, not a header cell
    present = frozenset(words)
    if present & {"forename", "forenames", "first", "given", "christian"}:
        return GIVEN
    if (present & {"surname", "last", "family"} and "name" in present) or "surname" in present:
        return FAMILY
    if "name" in present or "names" in present:
        return None if present & _NOT_NAME_COLUMN else NAME
    if present & {"dob", "birth", "edd", "edc", "born"}:
        return BIRTH
    if present & {"relationship", "relation", "relationships", "role"} and not present & {
        "professional",
        "agency",
    }:
        return RELATIONSHIP
    return None


#: What `label_field` says of a label that names a field of a person (a people table's header).
PERSON = "person"


@kept_by_text  # pure (parsers.text_cache)
def label_field(cell: str) -> str | None:
    """What a cell names when it is a label, by any of the readers' ways of knowing one:
    `PERSON` for a field of a person (a header word of a table of people: "Name", "D.O.B",
    "Gender", "School"), else a field of `parsers.labels` — listed or read by meaning, `OTHER`
    included ("Team", "Completed by"). None for a cell that is a value, not a label."""
    folded = fold(cell)
    if not folded or len(folded) > 60 or re.search(r"\d", folded):
        return None
    if folded in HEADER_WORDS or header_role(cell) is not None:
        return PERSON
    listed = listed_field(folded)
    if listed is not None:
        return listed
    meant = field_by_meaning(folded)
    return meant[0] if meant else None


_NOT_NAME_COLUMN = frozenset(
    {"school", "gp", "setting", "agency", "team", "worker", "professional", "organisation",
     "service", "nursery", "college", "practice", "surgery"}
)  # fmt: skip


_ADULT_KIN = frozenset(
    {"mother", "father", "mum", "mummy", "dad", "daddy", "parent", "parents", "stepfather",
     "stepmother", "stepparent", "partner", "boyfriend", "girlfriend", "husband", "wife",
     "fiance", "fiancee", "carer", "carers", "caregiver", "grandmother", "grandfather",
     "grandparent", "grandma", "grandad", "granddad", "nan", "nana", "grandmother's", "aunt",
     "nanna", "gran", "granny", "grandpa",
     "auntie", "aunty", "uncle", "guardian", "lodger", "friend", "cousin", "godparent",
     "godmother", "godfather", "mgm", "pgm", "mgf", "pgf", "adult", "visitor", "ex",
     "birth", "foster", "kinship", "special", "significant", "resident", "tenant", "landlord",
     # text-speak (set u: "mums bf is Kane Whitaker")
     "bf", "gf", "b/f", "g/f", "stepdad", "stepmum"}
)  # fmt: skip
_CHILD_KIN = frozenset(
    {"son", "daughter", "child", "brother", "sister", "sibling", "siblings", "subject",
     "unborn", "baby", "twin", "stepson", "stepdaughter", "stepbrother", "stepsister",
     "grandson", "granddaughter", "nephew", "niece", "infant", "children", "twins", "sons",
     "daughters", "brothers", "sisters", "grandchildren", "infants", "babies", "kids"}
)  # fmt: skip


#: Prefixes a kin word takes without a space ("stepdad", "halfbrother", "grandma" is listed).
_KIN_PREFIXES = ("step", "half", "foster", "birth")


def _unprefixed(word: str) -> str:
    """ "stepdad" → "dad", "fostermum" → "mum": the kin word under its prefix (issue 11, set e)."""
    for prefix in _KIN_PREFIXES:
        rest = word.removeprefix(prefix)
        if rest != word and (rest in _ADULT_KIN or rest in _CHILD_KIN):
            return rest
    return word


def relationship_side(text: str) -> str | None:
    """ "adult" or "child" for a relationship in any wording, else None.

    The *head* decides, which in English is the last kin word before any "of"/"to": "mother's
    partner", "maternal grandmother", "father of the unborn baby" are adults; "half-brother",
    "subject child" are children. A note after a spaced dash or a semicolon is no part of it:
    "paternal aunt - children staying with her" is an adult (set t, 98-05), and so is a note in
    brackets: "father (staying with his brother)" (set C).
    An adult word anywhere with a possessive before the head ("father's son") stays a child."""
    # "father of the unborn baby", "aunt - the children stay with her"
    text = re.split(r"\bof\b|\bto\b|\s[-–—]\s|;|,|\(", text.casefold())[0]
    words = re.findall(r"[a-z][a-z']*", text.replace("’", "'"))
    words = [
        _unprefixed(w.removesuffix("'s"))
        for w in words
        if w not in {"half", "step", "maternal", "paternal"}
    ]
    if not words or len(words) > 6:
        return None
    for word in reversed(words):
        if word in _CHILD_KIN:
            return "child"
        if word in _ADULT_KIN:
            return "adult"
    return None


#: Words of a professional's role: "Health visitor - Mandy Ward", "Lynn Teale (DSL)" name no kin.
_PROFESSIONAL_ROLE = frozenset(
    {"worker", "manager", "supervisor", "officer", "professional", "practitioner", "nurse",
     "midwife", "gp", "teacher", "coordinator", "co", "ordinator", "administrator",
     "health", "social", "police", "school", "dsl", "sw", "hv", "camhs", "head",
     "headteacher", "senco", "iro", "pc", "dc", "ds", "di", "sergeant", "constable", "chair",
     "probation", "idva", "isva", "doctor", "paediatrician", "solicitor", "advocate",
     "interpreter", "yot", "yjs", "agency", "service", "services", "team", "assistant",
     "admin", "secretary", "clerk", "reviewing"}
)  # fmt: skip


def kin_said(text: str) -> str | None:
    """ "adult" or "child" for what a list says a person is, as `relationship_side`, unless its
    words name a service ("Business Support - Child Protection Conferences" is a team's
    signature, not a child's; set v)."""
    if frozenset(words_of(text)) & _NOT_PEOPLE:
        return None
    return relationship_side(text)


def professional_role(text: str) -> bool:
    """True when a role's words are a professional's ("health visitor", "DSL", "social
    worker", "West Yorkshire Police"), never a relative's (issue 11, sets d and h)."""
    first = re.split(r"[,;(]|\s[-–]\s", text)[0]  # "father - lives apart, no contact"
    return bool(frozenset(words_of(first)) & _PROFESSIONAL_ROLE)


def worker_role(text: str) -> bool:
    """True when what a list says a person *is* names a worker, not a relative: "Social
    worker", "Conference chair", "Advocate (NYAS) for Ellie", "IDVA, Staying Put", "Solicitor
    acting for the father" (issue 11, set C: family and professionals in one list). A school
    alone is where a child goes ("St Anne's School" beside a child's name), not a role."""
    first = re.split(r"[,;(]|\s[-–]\s", text)[0]
    words = frozenset(words_of(first))
    return bool(words & (_PROFESSIONAL_ROLE - {"school"})) and kin_label(text) is None


def kin_label(text: str) -> str | None:
    """ "adult" or "child" when a label *is* a relationship: its head — the last word before
    any "of" / "to" / bracket — is a kin word ("Father of the baby", "Step-father", "Maternal
    grandmother (lives with them)"), and no word is a professional's. Stricter than
    `relationship_side`, which finds a kin word anywhere ("Pre-birth ICPC" holds "birth")."""
    head = re.split(r"\bof\b|\bto\b|[(\[,;:]", text.casefold())[0]
    words = [_unprefixed(w.removesuffix("'s")) for w in words_of(head)]
    if not words or len(words) > 5 or professional_role(head):
        return None
    last = words[-1]
    if last in _CHILD_KIN:
        return "child"
    if last in _ADULT_KIN and last not in {"birth", "special", "significant", "ex", "foster"}:
        return "adult"
    return None

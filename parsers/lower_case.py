"""`with_names_capitalised()`: a page typed all in lower case, its people's names given capitals.

Why: a social worker's hurried email from a phone may have no capital letters at all ("kai
fearnley dob 03/04/2016 and tommy fearnley dob 19/11/2019 mum is tracey fearnley"). Every
people reader takes a person's name to be capitalised words (`parsers.person_names.is_name`),
which is what tells "Kai Fearnley" from "has missed" in ordinary mail; on such a page it found
no one (issue 11, set u: three emails, seven children and adults, read as nobody).

On a page that is lower case as a whole, a known given name
(`parsers.given_names`, the dictionary the readers already use) followed by one more word that
is not a common English word (spaCy's stop words: "kai has", "will be") is taken as a name and
given capitals; the readers then decide, by their usual cues (a date of birth, a role), whether
it is a child or an adult of the family. In mail with capitals elsewhere, a lower-case pair is
capitalised only with a role before it or a date of birth after it (set u: "RCPC for darcy
lockwood (dob 30/9/2020) …", "mum nicola lockwood, dad shane lockwood" under a typed signature).
The text the criteria read is not changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.given_names import is_given_name
from parsers.label_meaning import relationship_side
from parsers.records import Page

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Common English words, never part of a name ("kai has", "will be"): spaCy's English stop
#: words (MIT), copied so that the parse worker does not import spaCy (and numpy) for them.
STOP_WORDS = frozenset(
    """
    'd 'll 'm 're 's 've a about above across after afterwards again against all almost alone
    along already also although always am among amongst amount an and another any anyhow
    anyone anything anyway anywhere are around as at back be became because become becomes
    becoming been before beforehand behind being below beside besides between beyond both
    bottom but by ca call can cannot could did do does doing done down due during each eight
    either eleven else elsewhere empty enough even ever every everyone everything everywhere
    except few fifteen fifty first five for former formerly forty four from front full further
    get give go had has have he hence her here hereafter hereby herein hereupon hers herself
    him himself his how however hundred i if in indeed into is it its itself just keep last
    latter latterly least less made make many may me meanwhile might mine more moreover most
    mostly move much must my myself n't name namely neither never nevertheless next nine no
    nobody none noone nor not nothing now nowhere of off often on once one only onto or other
    others otherwise our ours ourselves out over own part per perhaps please put quite rather
    re really regarding same say see seem seemed seeming seems serious several she should show
    side since six sixty so some somehow someone something sometime sometimes somewhere still
    such take ten than that the their them themselves then thence there thereafter thereby
    therefore therein thereupon these they third this those though three through throughout
    thru thus to together too top toward towards twelve twenty two under unless until up upon
    us used using various very via was we well were what whatever when whence whenever where
    whereafter whereas whereby wherein whereupon wherever whether which while whither who
    whoever whole whom whose why will with within without would yet you your yours yourself
    yourselves
    """.split()  # noqa: SIM905 - a word list reads best as words
)
#: At most this share of a page's words may start with a capital for it to count as lower case
#: (a signature block, "DV", "ICPC" still have theirs).
_CAPITALS_AT_MOST = 0.08
_WORDS_AT_LEAST = 20


def with_names_capitalised(page: Page) -> Page:
    """`page` with its lower-case names capitalised: any, when it is typed in lower case; else
    those a role stands before or a date of birth after ("mum nicola lockwood", "darcy
    lockwood (dob 30/9/2020)")."""
    anywhere = _lower_case(page)
    lines = tuple(_capitalised(line, anywhere=anywhere) for line in page.lines)
    return page if lines == page.lines else replace(page, lines=lines)


def _lower_case(page: Page) -> bool:
    words = [w for line in page.lines for w in _WORD.findall(line) if len(w) > 1]
    if len(words) < _WORDS_AT_LEAST:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals <= _CAPITALS_AT_MOST * len(words)


def _capitalised(line: str, *, anywhere: bool) -> str:
    words = list(_WORD.finditer(line))
    if not words:
        return line
    out, at, skip = [], 0, False
    for given, family in zip(words, [*words[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if family is None or not _a_name(line, given, family):
            continue
        if not anywhere and not _cued(line, given, family):
            continue
        out += [line[at : given.start()], _title(given.group()), " ", _title(family.group())]
        at, skip = family.end(), True
    return "".join([*out, line[at:]])


def _a_name(line: str, given: re.Match[str], family: re.Match[str]) -> bool:
    first, second = given.group(), family.group()
    return (
        line[given.end() : family.start()] == " "
        and first.islower()
        and second.islower()
        and len(second) > 1
        and first not in STOP_WORDS
        and second not in STOP_WORDS
        and all(is_given_name(part) for part in first.split("-"))  # "lacey-mai", not "non-fatal"
    )


#: A date of birth right after a name: "darcy lockwood (dob 30/9/2020)", "kai fearnley dob …".
_BORN_AFTER = re.compile(r"\s*[(,\-–]?\s*(?:dob|d\.o\.b|born|b\.)\b", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z']+)\W{0,3}$")


def _cued(line: str, given: re.Match[str], family: re.Match[str]) -> bool:
    """A role before the name ("mum nicola lockwood", "dad - shane lockwood") or a date of
    birth after it says a lower-case pair is a person, in mail that has capitals elsewhere."""
    if _BORN_AFTER.match(line, family.end()):
        return True
    before = _WORD_BEFORE.search(line, 0, given.start())
    return before is not None and relationship_side(before.group(1)) is not None


def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))

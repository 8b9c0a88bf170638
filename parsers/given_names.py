"""Is a word a known given name? For telling "Leo Hall" (a person) from "Northgate House".

Issue 11 asks for a well-kept list rather than a hand-made heuristic: `gender-guesser` ships
Jörg Michael's dictionary of about 40,000 given names from many countries (no download at run
time). It is asked only when a would-be name holds a place or body word that is also a surname
(`parsers.labels.PLACE_WORDS`) or in prose (two first names after a kin word): the parse
workers' fork server builds the set once for all of them (`parsers.preloaded_tables`); any
other process builds it when first asked.

Only whether a name is in the dictionary is asked (`Detector.get_gender` answers "unknown"
exactly when it is not), so the names are read here as one set, the way the `Detector` reads
them: every line but comments ("#") and separators ("="), its second field, lower-cased, a "+"
in it standing for nothing, a space or a hyphen (all three are kept). Building the `Detector` itself
took 0.3-0.7 s and 18-30 MB of dictionaries (a country table for each name) in every worker
and again in each replacement worker (every 200 jobs), and its 60,000 dictionaries made
every full garbage collection of the worker slow; the set takes about 0.08 s and holds only
strings. A unit test checks that the set is the `Detector`'s names, so an upgrade of the
package that reads its file otherwise is caught.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import gender_guesser

#: The dictionary `gender_guesser.detector.Detector` reads.
NAMES_FILE = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
_SKIP = "#="  # a comment, a separator
_JOINERS = ("", " ", "-")  # what "+" in a name stands for


@cache
def given_names() -> frozenset[str]:
    """Every given name in the dictionary, lower-cased."""
    names: set[str] = set()
    for raw in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and line[0] not in _SKIP:
            name = line.split(None, 2)[1].lower()
            if "+" in name:
                names.update(name.replace("+", joiner) for joiner in _JOINERS)
            else:
                names.add(name)
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """True when the dictionary knows `word` (or a part of "Ruby-Mae") as a given name."""
    parts = [p for p in word.replace("’", "'").split("-") if p.isalpha()]
    known = given_names()
    return any(p.lower() in known for p in parts)

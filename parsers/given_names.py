"""Is a word a known given name? For telling "Leo Hall" (a person) from "Northgate House".

Issue 11 asks for a well-kept list rather than a hand-made heuristic: `gender-guesser` ships
Jörg Michael's dictionary of about 40,000 given names from many countries (no download at run
time). It is asked only when a would-be name holds a place or body word that is also a surname
(`parsers.labels.PLACE_WORDS`), so the 0.7 s and 30 MB it costs to load are paid by the few
emails that need it, in the worker that reads them, once.
"""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """True when the dictionary knows `word` (or a part of "Ruby-Mae") as a given name."""
    parts = [p for p in word.replace("’", "'").split("-") if p.isalpha()]
    return any(_detector().get_gender(p) != "unknown" for p in parts)

"""The field reader's copy of an OCR'd page, with an OCR engine's commonest confusions undone.

Why: a scan's text is an OCR engine's (Tesseract's, or a multifunction printer's invisible
text layer), and its typical slips — `e` read as `c`, `l` as `1`, `O` as `0`, `rn` as `m`, a
full stop as a comma — break the labels the field reader looks for ("Datc of conference",
"Timc", "Chi1d(ren)") and the values it keeps ("Gcmma Haigh", "0skar NOWAK", "19,03.2014").
Issue 11, set l layout 56: an OCR layer's "Datc of conference" went unread, so a
scan-to-email notice's "Date: 08/12/2026 08:47" was taken as the conference.

Only the field reader reads this copy (`parsers.fields.read_fields`); the page itself keeps
the engine's text, so evidence quotes stay verbatim (the labels quote the layer as stored).
And only pages marked `Page.ocr` are read so: a typed form's words are what its author typed.

The fixes, each a confusion OCR engines are known for, never a guess between two words:

- a digit `0` or `1` inside a word of letters is the letter it looks like ("N0WAK" → "NOWAK",
  "Kee1ey" → "Keeley"); a number, a reference ("CD741188", "s47") or an ordinal ("1st") is
  left alone;
- a comma inside a date ("19,03.2014") is the full stop or slash the date's other separator is;
- a word no dictionary knows, with `c` where `e` would make a word it knows (or `m` for `rn`,
  or `rn` for `m`) in one or two places, is that word — only when exactly one such word is
  known. The dictionary is spaCy's English lemma tables (`spacy-lookups-data`, already the
  lemmatizer's; ~70,000 word forms, 0.1 s to load) and, for a capitalised word, the given-name
  dictionary of `parsers.given_names` ("Gcmma" → "Gemma", "Nasrcen" → "Nasreen").
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
from dataclasses import replace
from functools import cache
from importlib import resources

from parsers.given_names import is_given_name
from parsers.records import Page

#: Letters OCR engines print for another, one way only: what was read → what it may have been.
_SWAPS: tuple[tuple[str, str], ...] = (("c", "e"), ("m", "rn"), ("rn", "m"))
#: At most this many places of a word are swapped (a word with more unknown letters is left).
_MOST_SWAPS = 2
#: Function words the lemma tables leave out (they hold nouns, verbs, adjectives, adverbs).
_FUNCTION_WORDS = (
    "a an and are as at be been by for from had has have he her him his i if in into is it its "
    "me my no not of on or our she so than that the their them then there these they this to "
    "us was we were when where which who will with you your"
)
_SMALL_WORDS = frozenset(_FUNCTION_WORDS.split())

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_COMMA_DATE = re.compile(r"\b(\d{1,2})([.,/])(\d{1,2})([.,/])(\d{2,4})\b")


def ocr_reading(page: Page) -> Page:
    """The page as the field reader should read it: unchanged unless it is OCR's text."""
    if not page.ocr:
        return page
    return replace(page, lines=tuple(reading(line) for line in page.lines))


def reading(line: str) -> str:
    """One line of OCR text with its confusions undone (module docstring)."""
    line = _COMMA_DATE.sub(_date_separators, line)
    return _WORD.sub(lambda m: _word(m.group()), line)


def _date_separators(match: re.Match[str]) -> str:
    day, first, month, second, year = match.groups()
    if "," not in (first, second) or first == second:
        return match.group()
    separator = second if first == "," else first
    return f"{day}{separator}{month}{separator}{year}"


def _word(word: str) -> str:
    parts = re.split(r"(['’-])", word)  # "Maisic-Rose": each part on its own
    if len(parts) > 1:
        return "".join(_word(p) if p not in "'’-" else p for p in parts)
    if _digits_misread(word):
        return _letters_for_digits(word)
    if word.isalpha() and len(word) >= 3 and not _known(word):
        return _swapped(word) or word
    return word


def _letters_for_digits(word: str) -> str:
    """Each lone `0`/`1` of the word as the letter it stands for: a `1` among capitals is
    "I", else "l" ("Kee1ey", "1ives", "Socia1"); a `0` between small letters is "o", else
    "O" ("0skar", "N0WAK")."""
    out: list[str] = []
    for i, ch in enumerate(word):
        if ch not in "01":
            out.append(ch)
            continue
        around = [c for c in (word[i - 1] if i else "", word[i + 1 : i + 2]) if c.isalpha()]
        small = len(around) == 2 and all(c.islower() for c in around)
        capitals = bool(around) and all(c.isupper() for c in around)
        if ch == "0":
            out.append("o" if small else "O")
        else:
            out.append("I" if capitals else "l")
    return "".join(out)


def _digits_misread(word: str) -> bool:
    """A word of letters with a lone 0 or 1 in it — not a number, a reference ("CD741188",
    "CP01"), a postcode ("WF1", "0AB": two letters at most), an ordinal or a time ("1st",
    "10am")."""
    digits = [ch for ch in word if ch.isdigit()]
    letters = sum(ch.isalpha() for ch in word)
    return (
        bool(digits) and set(digits) <= {"0", "1"} and letters >= 3 and len(digits) * 2 <= letters
        and not re.search(r"\d\d", word)
    )  # fmt: skip


def _swapped(word: str) -> str | None:
    """The one known word that undoing one or two confusions makes of `word`, else None."""
    found = {v for v in _variants(word) if _known(v)}
    return found.pop() if len(found) == 1 else None


def _variants(word: str) -> set[str]:
    places = [
        (i, read, meant)
        for read, meant in _SWAPS
        for i in range(len(word))
        if word[i : i + len(read)].lower() == read
    ]
    out: set[str] = set()
    for count in range(1, _MOST_SWAPS + 1):
        for chosen in itertools.combinations(places, count):
            spans = sorted(chosen)
            if any(a[0] + len(a[1]) > b[0] for a, b in itertools.pairwise(spans)):
                continue  # overlapping swaps
            out.add(_apply(word, spans))
    return out


def _apply(word: str, spans: list[tuple[int, str, str]]) -> str:
    pieces: list[str] = []
    at = 0
    for i, read, meant in spans:
        pieces.append(word[at:i])
        pieces.append(meant.upper() if word[i].isupper() else meant)
        at = i + len(read)
    return "".join(pieces) + word[at:]


def _known(word: str) -> bool:
    lower = word.lower()
    if lower in _SMALL_WORDS or lower in _dictionary():
        return True
    return word[:1].isupper() and is_given_name(word)


@cache
def _dictionary() -> frozenset[str]:
    """Every word form of spaCy's English lemma tables (`spacy-lookups-data`): the lookup's
    forms and lemmas, and each part of speech's lemma list."""
    data = resources.files("spacy_lookups_data") / "data"
    with gzip.open(str(data / "en_lemma_lookup.json.gz"), "rt", encoding="utf-8") as handle:
        lookup: dict[str, str] = json.load(handle)
    with gzip.open(str(data / "en_lemma_index.json.gz"), "rt", encoding="utf-8") as handle:
        index: dict[str, list[str]] = json.load(handle)
    words = {*lookup, *lookup.values(), *(w for forms in index.values() for w in forms)}
    return frozenset(w.lower() for w in words if w.isalpha())

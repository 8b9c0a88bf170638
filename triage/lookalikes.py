"""Letters of other alphabets that look like Latin ones, read as the Latin letter they show.

Why: a word typed or pasted with a Cyrillic "е" or "о" inside it ("registered sеx оffender",
a Greek "Ο" for an "O", a full-width "ＲＳＯ") looks the same to a person and is a different
word to the matchers, so a registered sex offender in the household was read as nothing (issue
11, set y layout 121: an unsafe `report_only`). The table is the Cyrillic, Greek and full-width
letters that Unicode's confusables data (UTS #39, `confusables.txt`) gives as the skeleton of a
single Latin letter, one character for one — character offsets still point into the original
text, and evidence quotes are taken from the original, so a quote stays verbatim. Only the
matchers' copy of the text is changed (`triage.nlp.Nlp.docs`); the fields and the names shown
to people are read from the text as it came.
"""

from __future__ import annotations

from parsers.page_text import FULL_WIDTH

_CYRILLIC = {
    "а": "a", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l",
    "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "ԝ": "w", "х": "x", "у": "y",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y",
    "Ԛ": "Q", "Ԝ": "W",
}  # fmt: skip
_GREEK = {
    "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
#: Typographic quotes made plain ("offenders’ register" is "offenders' register").
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'"}

#: `str.translate` table: one character for one.
MATCHING_FORM = str.maketrans(_CYRILLIC | _GREEK | FULL_WIDTH | _QUOTES)

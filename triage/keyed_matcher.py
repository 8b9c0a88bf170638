"""Token patterns run only on a Doc that holds a word each requires.

Why (issue 11, the benchmark's 1.2x): spaCy's `Matcher` starts every pattern at every token
and tests its predicates there, so its cost is the Doc's length times the number of patterns
(a quarter of the triage's time over the benchmark's mail, most of it in patterns that could
not match: "mappa", "mosovo", "ppo" are in few segments). Most patterns require words: each
token that is neither optional nor negated, with an exact `LOWER`, `LEMMA` or `ORTH` value or
a list of them (`IN`), or a `REGEX` on one of them ("^investigat"). Patterns are grouped here
by the words they require, and a group is run only when the Doc holds every one of them (one
of its values, or a word the expression finds: `Doc.count_by` over the attribute, one pass in
C, then each distinct word once). A pattern that requires none is always run.

The answer is the same matches: the `Matcher`'s patterns match independently of each other
(no `greedy` filter is used here), a pattern whose required word is absent cannot match, and
the values are hashed as the `Matcher` hashes them (`get_string_id`, no case folding), against
the token attribute the `Matcher` reads; an expression is searched for (`re.search`) in the
attribute's text, as the `Matcher`'s `_RegexPredicate` does. Only the order of the matches
may differ; the callers (`triage.nlp`) key them by position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.vocab import Vocab

from triage.config import TokenPattern
from triage.spacy_load import Doc, Matcher

#: The token attributes a pattern may be indexed by, and their ids for `Doc.count_by`.
_ATTRS: Mapping[str, int] = {"LOWER": LOWER, "LEMMA": LEMMA, "ORTH": ORTH}
#: Operators after which a token must be there (none: exactly once; "+": once or more).
_REQUIRED_OPS = (None, "+")

#: An attribute id, and the hashes of the values it may take or the expression it must match.
Key = tuple[int, frozenset[int] | re.Pattern[str]]
Match = tuple[int, int, int]  # match id, start, end (the `Matcher`'s own)


class KeyedMatcher:
    """A `Matcher` in parts: one for each set of words some patterns all require (none for
    the patterns that require no word: they always run). Each part is found from the Doc's
    own words through the values of its first word (`_index`), not by asking every part."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._parts: dict[tuple[Key, ...], int] = {}  # the words required → the part's number
        self._matchers: list[Matcher] = []
        self._rest: list[tuple[Key, ...]] = []  # each part's words after its first
        #: attribute id → value hash → the parts whose first word may take that value
        self._index: dict[int, dict[int, list[int]]] = {}
        self._always: list[int] = []  # parts with no first word of exact values

    def add(self, key: str, patterns: Iterable[TokenPattern]) -> None:
        """Add `patterns` under the match id `key`, as `Matcher.add` does."""
        for pattern in patterns:
            words = required_words(pattern)
            part = self._parts.get(words)
            if part is None:
                part = self._parts[words] = len(self._matchers)
                self._matchers.append(Matcher(self._vocab))
                self._rest.append(words[1:])
                first = words[0] if words else None
                if first is not None and isinstance(first[1], frozenset):
                    index = self._index.setdefault(first[0], {})
                    for value in first[1]:
                        index.setdefault(value, []).append(part)
                else:
                    self._rest[part] = words
                    self._always.append(part)
            self._matchers[part].add(key, [pattern])

    def __call__(self, doc: Doc) -> list[Match]:
        """Every match of every pattern in `doc` (`Matcher.__call__`'s tuples)."""
        held: dict[int, set[int]] = {}  # attribute id → the Doc's values of it
        parts = set(self._always)
        for attr, index in self._index.items():
            words = held[attr] = set(doc.count_by(attr))
            for word in words:
                found_in = index.get(word)
                if found_in is not None:
                    parts.update(found_in)
        found: list[Match] = []
        texts: dict[int, list[str]] = {}
        for part in sorted(parts):
            if self._holds(doc, self._rest[part], held, texts):
                found += self._matchers[part](doc)
        return found

    @staticmethod
    def _holds(
        doc: Doc, keys: tuple[Key, ...], held: dict[int, set[int]], texts: dict[int, list[str]]
    ) -> bool:
        """Whether `doc` holds every word of `keys` (its values and texts kept in `held` and
        `texts`, each attribute's counted once for the Doc)."""
        for attr, values in keys:
            words = held.get(attr)
            if words is None:
                words = held[attr] = set(doc.count_by(attr))
            if isinstance(values, frozenset):
                if values.isdisjoint(words):
                    return False
                continue
            strings = texts.get(attr)
            if strings is None:
                strings = texts[attr] = [doc.vocab.strings[h] for h in words]
            if not any(values.search(text) for text in strings):
                return False
        return True


def required_words(pattern: TokenPattern) -> tuple[Key, ...]:
    """What a token `pattern` cannot match without: for each of its tokens that must be there
    (no operator, or "+"), the attribute and the exact values (`IN`) or the expression
    (`REGEX`) it must have, when it names one of `LOWER`, `LEMMA`, `ORTH` so."""
    keys: list[Key] = []
    for token in pattern:
        if token.get("OP") not in _REQUIRED_OPS:
            continue
        for name, attr in _ATTRS.items():
            key = _key(attr, token.get(name))
            if key is not None and key not in keys:
                keys.append(key)
    # the exact words first, the fewest values first: the cheapest tests, and the likeliest
    # to be absent
    return tuple(sorted(keys, key=lambda k: len(k[1]) if isinstance(k[1], frozenset) else 1e9))


def _key(attr: int, value: object) -> Key | None:
    if isinstance(value, str):
        return (attr, frozenset({get_string_id(value)}))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    if isinstance(value.get("REGEX"), str):
        return (attr, re.compile(value["REGEX"]))
    listed = value.get("IN")
    if isinstance(listed, list) and listed and all(isinstance(v, str) for v in listed):
        return (attr, frozenset(get_string_id(v) for v in listed))
    return None


__all__ = ["KeyedMatcher", "required_words"]

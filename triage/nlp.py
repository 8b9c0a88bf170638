"""The language pipeline: blank English spaCy, sentences, lemmas, the vocabulary's matchers.

LIBRARIES.md "Language": no trained English model can be installed here, so the pipeline is
`spacy.blank("en")` + sentencizer + the lookup lemmatizer (tables from `spacy-lookups-data`,
installed, read offline) + Matcher/PhraseMatcher built from `config/vocabulary/*.toml`. The
ConText rules (`triage.context`) are data too. Building costs about a second: once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from triage.config import TokenPattern, TriageConfig, Trigger
from triage.doc_cache import DocCache
from triage.keyed_matcher import KeyedMatcher
from triage.lookalikes import MATCHING_FORM
from triage.spacy_load import Doc, Language, PhraseMatcher, Span, filter_spans, spacy


@dataclass(frozen=True, slots=True)
class TriggerHit:
    rule: Trigger
    span: Span


@dataclass(frozen=True)
class Nlp:
    """The loaded pipeline and matchers; read-only after `build_nlp`."""

    language: Language
    concept_matcher: KeyedMatcher  # each pattern run only where its word is (its docstring)
    concept_phrases: PhraseMatcher
    trigger_matcher: KeyedMatcher
    trigger_phrases: PhraseMatcher
    rules: tuple[Trigger, ...]
    terminators: frozenset[str]
    clause_words: frozenset[str]
    historical_after_days: int
    #: Concepts an old date does not put in the past (`ContextSettings.statuses`).
    statuses: frozenset[str]
    #: The historical triggers' phrases as one pattern, for a text read whole rather than
    #: token by token (a chronology row's outcome cell, `triage.criteria`).
    past_words: re.Pattern[str]
    #: A job title's or a team's head nouns, and the concepts they make no evidence of
    #: (`triage.job_titles`).
    role_heads: frozenset[str] = frozenset()
    role_concepts: frozenset[str] = frozenset()
    #: Docs and concepts of recently read texts (`triage.doc_cache`: forms repeat their labels).
    cache: DocCache = field(default_factory=DocCache, compare=False, repr=False)

    def docs(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Docs of the texts in the matchers' form (`triage.lookalikes`: typographic quotes made
        plain, look-alike letters of other alphabets read as Latin); one character for one, so
        character offsets still point into the original text, which evidence quotes are taken
        from."""
        plain = [text.translate(MATCHING_FORM) for text in texts]
        return iter(self.cache.docs(plain, self.language.pipe))

    def concepts(self, doc: Doc) -> dict[str, list[Span]]:
        """Every concept span, by concept name (overlaps kept: MARAC is DA and involvement)."""
        return self.cache.concepts(doc, self._find_concepts)

    def sentence_starts(self, doc: Doc) -> tuple[int, ...]:
        """The token index where each sentence of `doc` starts, in order."""
        return self.cache.sentence_starts(doc)

    def _find_concepts(self, doc: Doc) -> dict[str, list[Span]]:
        found: dict[str, dict[tuple[int, int], Span]] = {}
        for match_id, start, end in [*self.concept_matcher(doc), *self.concept_phrases(doc)]:
            name = self.language.vocab.strings[match_id]
            found.setdefault(name, {})[(start, end)] = doc[start:end]
        return {name: sorted(spans.values()) for name, spans in found.items()}

    def triggers(self, doc: Doc) -> list[TriggerHit]:
        """Context triggers, the longest winning where they overlap (pseudo-triggers consume)."""
        by_span: dict[tuple[int, int], set[int]] = {}
        for match_id, start, end in [*self.trigger_matcher(doc), *self.trigger_phrases(doc)]:
            index = int(self.language.vocab.strings[match_id][1:])
            by_span.setdefault((start, end), set()).add(index)
        kept = filter_spans([doc[s:e] for s, e in by_span])
        return [
            TriggerHit(self.rules[i], span)
            for span in kept
            for i in sorted(by_span[(span.start, span.end)])
            if self.rules[i].category != "pseudo"
        ]


def build_nlp(config: TriageConfig) -> Nlp:
    """Load spaCy once and compile the vocabulary and the context rules into matchers."""
    language = spacy.blank("en")
    language.add_pipe("sentencizer")
    language.add_pipe("lemmatizer", config={"mode": "lookup"})
    language.initialize()  # loads the lookup tables from spacy-lookups-data (no network)
    rules = config.context.triggers
    _lemmas_in_any_case(
        language,
        [
            *(p for c in config.concepts.values() for p in c.patterns),
            *(p for r in rules for p in r.patterns),
        ],
    )
    concept_matcher = KeyedMatcher(language.vocab)
    concept_phrases = PhraseMatcher(language.vocab, attr="LOWER")
    for name, concept in config.concepts.items():
        _add(concept_matcher, concept_phrases, language, name, concept.phrases, concept.patterns)
    trigger_matcher = KeyedMatcher(language.vocab)
    trigger_phrases = PhraseMatcher(language.vocab, attr="LOWER")
    for index, rule in enumerate(rules):
        key = f"t{index}"
        _add(trigger_matcher, trigger_phrases, language, key, rule.phrases, rule.patterns)
    return Nlp(
        language=language,
        concept_matcher=concept_matcher,
        concept_phrases=concept_phrases,
        trigger_matcher=trigger_matcher,
        trigger_phrases=trigger_phrases,
        rules=rules,
        terminators=frozenset(t.lower() for t in config.context.settings.terminators),
        clause_words=frozenset(w.lower() for w in config.context.settings.clause_words),
        historical_after_days=config.context.settings.historical_after_days,
        statuses=frozenset(config.context.settings.statuses),
        past_words=_phrases_pattern(
            p for r in rules if r.category == "historical" for p in r.phrases
        ),
        role_heads=frozenset(h.lower() for h in config.context.roles.heads),
        role_concepts=frozenset(config.context.roles.applies_to),
    )


#: Endings an inflected form may add to its lemma ("arrest" → "arrested", "hit" → "hitting",
#: "shake" → "shaken"); each candidate is kept only if the lookup table gives it that lemma.
_ENDINGS = ("s", "es", "ed", "d", "ing", "en", "n")


def _lemmas_in_any_case(language: Language, patterns: Iterable[TokenPattern]) -> None:
    """Give a form that opens a sentence or a cell ("Arrested 18/11, bailed", "ASSAULTED
    mother") the lemma its lower-case form has. The lookup lemmatizer looks a token's text up
    as written and its tables hold lower-case words, so "Arrested" kept the lemma "Arrested"
    and a `LEMMA = "arrest"` pattern missed it (issue 11, set p: a chronology's "Arrested,
    interviewed" cell read as nothing). Only the lemmas the vocabulary's patterns ask for are
    added, in title and upper case: a few hundred entries, not a second table."""
    wanted: set[str] = set()
    for pattern in patterns:
        for token in pattern:
            lemma = token.get("LEMMA")
            if isinstance(lemma, str):
                wanted.add(lemma)
            elif isinstance(lemma, dict):
                wanted.update(v for v in lemma.get("IN", ()) if isinstance(v, str))
    table = language.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
    for lemma in wanted:
        stems = {lemma, lemma[:-1] if lemma.endswith("e") else lemma, lemma + lemma[-1:]}
        forms = {lemma} | {stem + end for stem in stems for end in _ENDINGS}
        for form in forms:
            if form == lemma or table.get(form) == lemma:
                table.set(form.capitalize(), lemma)
                table.set(form.upper(), lemma)


def _phrases_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    longest_first = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)", re.I)


def _add(
    matcher: KeyedMatcher,
    phrases: PhraseMatcher,
    language: Language,
    key: str,
    texts: Iterable[str],
    patterns: Iterable[TokenPattern],
) -> None:
    docs = [language.make_doc(text) for text in texts]
    if docs:
        phrases.add(key, docs)
    listed = [list(p) for p in patterns]
    if listed:
        matcher.add(key, listed)

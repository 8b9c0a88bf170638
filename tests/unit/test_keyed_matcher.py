"""Token patterns run only where their words are, with the matches a plain Matcher finds
(`triage.keyed_matcher`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_email
from triage import Nlp, build_nlp, load_config
from triage.config import TriageConfig
from triage.keyed_matcher import KeyedMatcher, required_words
from triage.segments import segments
from triage.spacy_load import Matcher

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "tests" / "corpus" / "samples").glob("*.eml"))


@pytest.fixture(scope="module")
def config() -> TriageConfig:
    return load_config(ROOT / "config")


@pytest.fixture(scope="module")
def nlp(config: TriageConfig) -> Nlp:
    return build_nlp(config)


def test_a_pattern_requires_its_tokens_that_must_be_there_and_no_optional_one() -> None:
    keys = required_words(
        [
            {"LOWER": "on"},
            {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
            {"LEMMA": {"IN": ["arrest", "bail"]}},
            {"IS_PUNCT": True},
            {"LOWER": {"REGEX": "^investigat"}, "OP": "+"},
            {"LOWER": {"NOT_IN": ["police"]}},
        ]
    )
    assert [len(k[1]) if isinstance(k[1], frozenset) else "regex" for k in keys] == [
        1, 2, "regex",
    ]  # fmt: skip
    assert required_words([{"IS_TITLE": True}, {"LOWER": "x", "OP": "*"}]) == ()


def test_a_pattern_whose_word_is_absent_is_not_run_and_one_without_words_always_is(
    nlp: Nlp,
) -> None:
    matcher = KeyedMatcher(nlp.language.vocab)
    matcher.add("bail", [[{"LOWER": "on"}, {"LOWER": "bail"}]])
    matcher.add("titled", [[{"IS_TITLE": True}, {"LOWER": "was"}]])
    matcher.add("probe", [[{"LOWER": {"REGEX": "^investigat"}}]])
    doc = nlp.language("dad was on bail. Police are investigating.")
    names = sorted(nlp.language.vocab.strings[m] for m, _, _ in matcher(doc))
    assert names == ["bail", "probe"]
    doc = nlp.language("Mum was seen at home.")
    assert [nlp.language.vocab.strings[m] for m, _, _ in matcher(doc)] == ["titled"]


def test_the_vocabulary_matches_what_one_plain_matcher_finds_on_the_samples(
    config: TriageConfig, nlp: Nlp
) -> None:
    plain = Matcher(nlp.language.vocab)
    for name, concept in config.concepts.items():
        if concept.patterns:
            plain.add(name, [list(p) for p in concept.patterns])
    texts = [s.text for eml in SAMPLES for s in segments(parse_email(eml.read_bytes()).pages)]
    texts += ["Dad is on bail; Mrs Shaw was assaulted.", "ARRESTED 18/11, bailed to 2/1"]
    found = 0
    for doc in nlp.docs(texts):
        expected = sorted(set(plain(doc)))
        assert sorted(set(nlp.concept_matcher(doc))) == expected, doc.text
        found += len(expected)
    assert found > 20  # the samples do hold concepts found by patterns

"""Recently read segments are not read again, and the triage cannot tell (`triage.doc_cache`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from parsers import parse_email
from triage import Nlp, build_nlp, load_config, to_contract, triage
from triage.doc_cache import DocCache
from triage.spacy_load import Span

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "tests" / "corpus" / "samples").glob("*.eml"))


def fresh_nlp() -> Nlp:
    return build_nlp(load_config(ROOT / "config"))


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return fresh_nlp()


def test_a_text_read_before_gives_back_the_same_doc(nlp: Nlp) -> None:
    (first,) = nlp.docs(["Police attendance required"])
    (again,) = nlp.docs(["Police attendance required"])
    assert again is first


def test_one_text_twice_in_one_call_gets_two_docs(nlp: Nlp) -> None:
    """spaCy compares spans of one Doc by position: two segments must not share one."""
    (kept,) = nlp.docs(["No further action."])
    one, two = nlp.docs(["No further action.", "No further action."])
    assert one is kept
    assert two is not one
    assert one.text == two.text == "No further action."


def test_concepts_of_a_kept_doc_are_the_ones_found_afresh_in_fresh_lists(nlp: Nlp) -> None:
    text = "Mr Cole is a registered sex offender and was arrested; MARAC is involved."
    (doc,) = nlp.docs([text])
    first = nlp.concepts(doc)
    first["rso"].clear()
    again = nlp.concepts(doc)
    found = nlp.language(text)
    assert again["rso"] and [s.text for s in again["rso"]] == ["registered sex offender"]
    assert {k: [(s.start, s.end) for s in v] for k, v in again.items()} == {
        k: [(s.start, s.end) for s in v] for k, v in nlp._find_concepts(found).items()
    }


def test_the_cache_keeps_only_the_most_recent_texts() -> None:
    cache = DocCache(size=2)
    language = fresh_nlp().language
    for text in ("a", "b", "c"):
        cache.docs([text], language.pipe)
    assert len(cache) == 2
    kept = cache.docs(["c"], lambda texts: pytest.fail("'c' was read again"))
    assert kept[0].text == "c"


def test_triage_with_a_warm_cache_is_triage_with_a_cold_one() -> None:
    invitations = [parse_email(p.read_bytes()) for p in SAMPLES]
    config = load_config(ROOT / "config")
    warm = build_nlp(config)
    for invitation in invitations:  # every segment of every sample is now kept
        triage(invitation, config=config, nlp=warm, received=None)
    assert len(warm.cache) > 0
    for invitation in invitations:
        cold = build_nlp(config)
        expected = to_contract(
            triage(invitation, config=config, nlp=cold, received=None), input_path="x"
        )
        warm_result = triage(invitation, config=config, nlp=warm, received=None)
        assert to_contract(warm_result, input_path="x") == expected


class _TextCounted:
    """A stand-in Doc that counts how often its text is asked for (spaCy's `Doc.text` joins
    every token again at each call)."""

    asked = 0

    def __init__(self, text: str) -> None:
        self._text = text

    @property
    def text(self) -> str:
        _TextCounted.asked += 1
        return self._text


def _counted(texts: list[str]) -> list[_TextCounted]:
    return [_TextCounted(text) for text in texts]


def test_a_kept_doc_s_concepts_are_found_by_the_doc_not_by_building_its_text() -> None:
    cache = DocCache(size=1)
    (doc,) = cache.docs(["Strategy discussion held on Monday"], _counted)  # type: ignore[arg-type]
    first = cache.concepts(doc, lambda d: {"meeting": []})
    asked = _TextCounted.asked
    for _ in range(3):
        again = cache.concepts(doc, lambda d: pytest.fail("found again"))
        assert again == first
    assert _TextCounted.asked == asked
    cache.docs(["Venue to be confirmed"], _counted)  # type: ignore[arg-type]  # `doc` goes
    found: list[object] = []

    def find(d: object) -> dict[str, list[Span]]:
        found.append(d)
        return {}

    for _ in range(2):
        cache.concepts(doc, find)
    assert found == [doc, doc]  # no longer kept: found every time


class _Sentences:
    """A stand-in Doc whose sentences are counted each time they are walked."""

    walked = 0

    def __init__(self, text: str) -> None:
        self.text = text

    @property
    def sents(self) -> Iterator[Any]:
        _Sentences.walked += 1
        return iter([_Start(0), _Start(4)])


class _Start:
    def __init__(self, start: int) -> None:
        self.start = start


def test_a_kept_doc_s_sentences_are_walked_once() -> None:
    cache = DocCache(size=4)
    (doc,) = cache.docs(["Seen at home. Seen at school."], _sentenced)  # type: ignore[arg-type]
    walked = _Sentences.walked
    assert [cache.sentence_starts(doc) for _ in range(3)] == [(0, 4)] * 3
    assert _Sentences.walked == walked + 1
    other = _Sentences("Seen at home. Seen at school.")  # not the kept Doc: walked each time
    cache.sentence_starts(other)  # type: ignore[arg-type]
    cache.sentence_starts(other)  # type: ignore[arg-type]
    assert _Sentences.walked == walked + 3


def _sentenced(texts: list[str]) -> list[_Sentences]:
    return [_Sentences(text) for text in texts]

"""Recently read segments: a text's spaCy Doc and concept spans, kept so they are not read again.

Booking forms repeat themselves: the printed labels, tick-box items and headings of a district's
form ("Date of conference:", "☐ Police attendance required", "Child's details") come back in
every email, and in a batch of generated or real forms over half the segments' text has been
read before (64 % of it in the benchmark's batch, 29 % even across the twelve public samples).
Building the Doc (tokenizer, sentencizer, lemmatizer) and running the concept matchers were
about two thirds of the triage's time; for a text seen lately both are taken from here.

A Doc and its concepts depend only on the text (the pipeline and matchers are fixed once
built), so a kept Doc gives the same spans, sentences and quotes. One rule keeps it exact:
within one call a Doc is handed out once, so two segments of one email with the same text
still get two Docs — spaCy compares spans of one Doc by position, and the criteria rules
tell "another segment" from "this one" by that (`triage.investigations._escalation`).

Bounded (least recently used goes first) and safe to share between threads.

A kept Doc's concepts are found by the Doc itself (its identity), never by its text: spaCy
builds `Doc.text` again from every token at each call (about 0.1 ms an email over the
benchmark's mail, 2-3 % of the triage; issue 11). An entry holds its Doc, so while it is kept
no other Doc can have its identity. Its sentence starts are kept too (`Doc.sents` makes a Span
of every sentence at each walk: as much again).
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable, Iterable, Sequence

from triage.spacy_load import Doc, Span  # spaCy without its command line: the first import

Concepts = dict[str, list[Span]]
#: About 2,000 short Docs: a few megabytes, and more than one district's forms hold.
DEFAULT_SIZE = 2048


class _Entry:
    __slots__ = ("concepts", "doc", "starts")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.concepts: Concepts | None = None
        self.starts: tuple[int, ...] | None = None


class DocCache:
    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self._size = size
        self._entries: collections.OrderedDict[str, _Entry] = collections.OrderedDict()
        self._by_doc: dict[int, _Entry] = {}  # id(entry.doc) → entry, for every kept entry
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def docs(self, texts: Sequence[str], read: Callable[[list[str]], Iterable[Doc]]) -> list[Doc]:
        """A Doc for each text, in order: kept ones, and `read` (the pipeline) for the rest."""
        found: list[Doc | None] = [None] * len(texts)
        handed: set[str] = set()
        missing: list[int] = []
        with self._lock:
            for i, text in enumerate(texts):
                entry = self._entries.get(text)
                if entry is None or text in handed:
                    missing.append(i)
                    continue
                self._entries.move_to_end(text)
                handed.add(text)
                found[i] = entry.doc
        fresh = list(read([texts[i] for i in missing])) if missing else []
        with self._lock:
            for i, doc in zip(missing, fresh, strict=True):
                found[i] = doc
                if texts[i] not in self._entries:
                    self._entries[texts[i]] = self._by_doc[id(doc)] = _Entry(doc)
            while len(self._entries) > self._size:
                _, gone = self._entries.popitem(last=False)
                del self._by_doc[id(gone.doc)]
        return [doc for doc in found if doc is not None]

    def concepts(self, doc: Doc, find: Callable[[Doc], Concepts]) -> Concepts:
        """The concepts of `doc`, found once for a kept Doc (a fresh copy of the lists)."""
        entry = self._kept(doc)
        if entry is None:
            return find(doc)
        if entry.concepts is None:
            entry.concepts = find(doc)
        return {name: list(spans) for name, spans in entry.concepts.items()}

    def sentence_starts(self, doc: Doc) -> tuple[int, ...]:
        """Where each sentence of `doc` starts (a token index), found once for a kept Doc:
        `Doc.sents` makes a Span of every sentence each time it is walked."""
        entry = self._kept(doc)
        if entry is None:
            return _starts(doc)
        if entry.starts is None:
            entry.starts = _starts(doc)
        return entry.starts

    def _kept(self, doc: Doc) -> _Entry | None:
        """The entry of `doc` if this very Doc is kept (an id may be reused once it is gone)."""
        with self._lock:
            entry = self._by_doc.get(id(doc))
        return entry if entry is not None and entry.doc is doc else None


def _starts(doc: Doc) -> tuple[int, ...]:
    return tuple(s.start for s in doc.sents)

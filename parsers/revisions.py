"""Versions of one paper in one email: the newest is read first.

Councils re-send a booking form with the old one beside it — "v1" and "v2", "original" and
"revised", "Notification 04-01-2027" and "Notification AMENDED 06-01-2027" — and say "please use
the amended form". The field reader takes the first page that answers a field (`parsers.fields`),
so the older version, attached first, decided the date, the time and the tick box (issue 11,
set s: a review brought forward read on its original date, a tick changed on the amended form
read from the old one).

Two attachments are versions of one paper when their file names are the same once the version
words, numbers and dates are taken out; only such a group is reordered, newest first, in the
places the group held. Unrelated attachments ("Booking form.pdf", "Chronology v2.docx") keep
their order. Which version is newer: a word that says so ("amended", "revised", "updated" over
"original", "previous", "old"), then a higher version number, then a later date in the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from parsers.calendar_part import LOCATION as MEETING_REQUEST
from parsers.dates import find_dates
from parsers.records import Page

_NEWER = re.compile(
    r"\b(?:revised|amended|updated|corrected|replacement|latest|final|new)\b", re.IGNORECASE
)
_OLDER = re.compile(r"\b(?:original|old|previous|superseded|draft)\b", re.IGNORECASE)
_VERSION = re.compile(r"(?:\bv|\bver(?:sion)?|\brev(?:ision)?)[\s._-]*(\d{1,2})\b", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def newest_versions_first(pages: Sequence[Page]) -> tuple[Page, ...]:
    """`pages` with each group of versions of one attachment in newest-first order."""
    of_document: dict[str, list[Page]] = {}
    for page in pages:
        name = _attachment(page)
        if name is not None:
            of_document.setdefault(name, []).append(page)
    documents = list(of_document)
    groups: dict[str, list[int]] = {}
    for place, name in enumerate(documents):
        groups.setdefault(_stem(name), []).append(place)
    if all(len(places) < 2 for places in groups.values()):
        return tuple(pages)
    instead = list(documents)  # the document read in each document's place
    for places in groups.values():
        newest = sorted((documents[p] for p in places), key=_age_key)
        for place, name in zip(places, newest, strict=True):
            instead[place] = name
    place_of = {name: place for place, name in enumerate(documents)}
    out: list[Page] = []
    started: set[str] = set()
    for page in pages:
        name = _attachment(page)
        if name is None:
            out.append(page)
        elif name not in started:
            started.add(name)
            out.extend(of_document[instead[place_of[name]]])
    return tuple(out)


def _attachment(page: Page) -> str | None:
    """The attachment a page comes from (`Page.document`), or None for the email's own text."""
    if page.is_body or page.location == MEETING_REQUEST:
        return None
    return page.document


def _stem(name: str) -> str:
    """The name with its version words, numbers, dates and punctuation taken out."""
    text = _words_of(name)
    text = _VERSION.sub(" ", text)
    text = _NEWER.sub(" ", text)
    text = _OLDER.sub(" ", text)
    text = re.sub(r"\d", " ", text)
    return " ".join(re.findall(r"[a-z]+", text.casefold()))


def _words_of(name: str) -> str:
    """The file name without its extension, "_" as a space ("ICPC_form_v2.pdf")."""
    return _EXTENSION.sub("", name).replace("_", " ")


def _age_key(name: str) -> tuple[int, int, date]:
    """Sorts newest first: a newer word, a higher version, a later date."""
    bare = _words_of(name)
    said = bool(_NEWER.search(bare)) - bool(_OLDER.search(bare))
    version = max((int(v) for v in _VERSION.findall(bare)), default=0)
    dates = [found for found, _, _ in find_dates(bare)]
    latest = max(dates, default=date.min)
    return (-said, -version, _negated(latest))


def _negated(day: date) -> date:
    """A date that sorts the later days first."""
    return date.fromordinal(date.max.toordinal() - day.toordinal() + 1)

"""Pure readings of short texts are kept by the text (parsers.text_cache) and answer exactly
as the reading itself; a page's booking-form test is kept by the page (parsers.classify)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from parsers.classify import looks_like_booking_form
from parsers.label_meaning import header_role, words_of
from parsers.labels import fold
from parsers.records import Page
from parsers.text_cache import MAX_CHARS, kept_by_text

_LABELISH = st.text(alphabet=st.characters(codec="utf-8"), max_size=MAX_CHARS + 40)


def test_a_short_text_is_read_once_a_long_one_every_time() -> None:
    calls: list[str] = []

    @kept_by_text
    def reading(text: str) -> str:
        calls.append(text)
        return text.upper()

    long = "x" * (MAX_CHARS + 1)
    assert [reading("Date of conference:") for _ in range(3)] == ["DATE OF CONFERENCE:"] * 3
    assert [reading(long) for _ in range(2)] == [long.upper()] * 2
    assert calls == ["Date of conference:", long, long]


@given(_LABELISH)
def test_the_kept_readings_answer_as_the_readings(text: str) -> None:
    for kept in (fold, words_of, header_role):
        read: Callable[[str], object] = getattr(kept, "__wrapped__")  # noqa: B009
        assert kept(text) == read(text)
        assert kept(text) == read(text)  # the kept answer


def test_the_readings_are_kept() -> None:
    for kept in (fold, words_of, header_role):
        assert hasattr(kept, "__wrapped__"), kept


def test_a_pages_booking_form_test_is_kept_by_its_content() -> None:
    lines = ("Date of conference: 12/12/2026", "Type of conference: Initial", "Venue: Hub")
    page = Page(location="form.pdf p1", lines=lines)
    assert looks_like_booking_form(page) is looks_like_booking_form.__wrapped__(page)
    hits = looks_like_booking_form.cache_info().hits
    assert looks_like_booking_form(Page(location="form.pdf p1", lines=lines)) is True
    assert looks_like_booking_form.cache_info().hits == hits + 1

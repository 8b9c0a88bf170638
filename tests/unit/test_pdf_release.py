"""A PDF read lets go of its pages at once (issue 11: a parse worker's time and memory).

pdfplumber's `PDF.close()` (0.11) builds its pages again to close them and leaves the pages
that were read holding their layouts, an object for every character, for the cyclic
collector; `parsers.pdf` closes the pages it read, and pypdf's reader, itself.
"""

from __future__ import annotations

import pytest
from pdfminer.layout import LTChar
from pdfplumber.page import Page as PlumberPage

from parsers.pdf import read_pdf
from tests.builders import pdf_builder as build
from tests.builders.gc_probe import cyclic_garbage


def _characters_left(found: list[object]) -> int:
    return sum(isinstance(o, LTChar) for o in found)


def test_a_text_pdf_leaves_no_character_for_the_collector() -> None:
    data = build.text_pdf([["Minutes of the strategy meeting", "held at the civic hall"]] * 3)
    garbage = cyclic_garbage(lambda: read_pdf(data, name="minutes.pdf"))
    assert _characters_left(garbage) == 0


def test_a_filled_form_leaves_no_character_and_no_page_layout() -> None:
    data = build.acroform_pdf(rows=(("Kind of meeting", "Review"), ("Room", "Hall 4")))
    garbage = cyclic_garbage(lambda: read_pdf(data, name="form.pdf"))
    assert _characters_left(garbage) == 0
    assert not [o for o in garbage if isinstance(o, PlumberPage) and hasattr(o, "_layout")]


def test_a_page_is_not_built_again_when_the_document_closes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[int] = []
    original = PlumberPage.__init__

    def counting(self: PlumberPage, *args: object, **kwargs: object) -> None:
        built.append(1)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PlumberPage, "__init__", counting)
    read_pdf(build.text_pdf([["one page"], ["two pages"]]), name="two.pdf")
    assert len(built) == 2


def test_a_form_leaves_few_of_pypdf_s_objects_for_the_collector() -> None:
    """The reader's cache of the objects it resolved (every widget, value and name) is
    emptied; the reader and its trailer are all that wait for the collector (12, not 839)."""
    rows = tuple((f"Question {i}", f"Answer number {i}") for i in range(12))
    data = build.acroform_pdf(rows=rows, ticked="report")
    garbage = cyclic_garbage(lambda: read_pdf(data, name="form.pdf"))
    assert sum(type(o).__module__.startswith("pypdf") for o in garbage) < 50

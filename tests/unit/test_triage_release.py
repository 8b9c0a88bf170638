"""An email's triage lets go of what it read when it ends (issue 11: the batch's time and
memory). A segment's page lists the segment itself, so every segment read — its spaCy Doc, its
spans, its sentence contexts — waited for the cyclic collector; the page lists are emptied once
the mentions are found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parsers.records import Page
from tests.builders.gc_probe import cyclic_garbage
from triage import Nlp, build_nlp, load_config
from triage.criteria import detect
from triage.records import Context, Mention

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return build_nlp(load_config(ROOT / "config"))


def test_detection_leaves_nothing_it_read_for_the_collector(nlp: Nlp) -> None:
    page = Page(
        "letter.pdf p1",
        (
            "Reason for the conference",
            "The stepfather was arrested on 3 November and remains on police bail.",
            "Officers attended the address twice last month; a strategy meeting followed.",
            "Household",
            "Mother, stepfather and two children aged 4 and 9.",
        ),
    )
    found: list[Mention] = []
    garbage = cyclic_garbage(
        lambda: found.extend(detect([page], nlp=nlp, reference=date(2026, 12, 1)))
    )
    assert any(m.context is Context.AFFIRMED for m in found)
    assert [type(o).__name__ for o in garbage if type(o).__module__.startswith("triage")] == []
    assert not [o for o in garbage if type(o).__name__ == "Doc"]

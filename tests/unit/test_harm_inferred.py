"""Categories of harm read from what the reason describes (issue 11: none stated)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.fields import read_fields
from parsers.harm_inferred import harm_described
from parsers.records import Mailbox, MessageInfo, Page

CATEGORIES = {"neglect", "physical", "sexual", "emotional"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aaliyah may be sexually harmed again by her uncle if he returns.", {"sexual"}),
        ("Staff saw a fracture to the baby's left wrist with no explanation.", {"physical"}),
        ("The home was found to be squalid and the children had head lice.", {"neglect"}),
        ("The children witnessed repeated violence between their parents.", {"emotional"}),
        ("Mum's partner grabbed and strangled her in front of the boys; a DVPN was issued.",
         {"physical", "emotional"}),
        ("Dad's alcohol misuse leaves the children unsupervised at night.", {"neglect"}),
        # Working Together 2023's physical abuse includes FGM and fabricated or induced illness
        ("The girls are at risk of FGM when they travel abroad this summer.", {"physical"}),
        ("Paediatricians suspect fabricated or induced illness by the mother.", {"physical"}),
        # denied or supposed: nothing
        ("There are no sexual abuse concerns and no injuries were seen.", set()),
        ("If he returns, the children could be assaulted.", set()),
        ("The conference will consider the plan.", set()),
    ],
)  # fmt: skip
def test_the_harm_a_sentence_describes_is_its_category(text: str, expected: set[str]) -> None:
    assert {category for category, _ in harm_described([text])} == expected


def test_each_category_keeps_the_sentence_it_came_from() -> None:
    text = "Background. Ruby had a bruise on her cheek. She also had a burn on her hand."
    assert harm_described([text]) == [("physical", "Ruby had a bruise on her cheek.")]


def _fields(body: str):  # type: ignore[no-untyped-def]
    info = MessageInfo(
        message_id="<h@x>", sender=Mailbox("a@leeds.gov.uk", None), to=(), subject="ICPC",
        date_header=None, received_at=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC),
        authentication_results=(),
    )  # fmt: skip
    return read_fields(info=info, pages=[Page("body", tuple(body.split("\n")))])


def test_a_stated_category_wins_and_nothing_is_inferred() -> None:
    stated = _fields("Category: neglect\nReason for conference: bruising seen by the school.")
    assert stated.harm_categories == ("neglect",) and stated.harm_inferred == ()
    inferred = _fields("Reason for conference: bruising seen by the school.")
    assert inferred.harm_categories == ("physical",)
    assert inferred.harm_inferred == (("physical", "bruising seen by the school."),)


@given(st.text(max_size=400))
def test_any_text_gives_known_categories_and_quotes_from_it(text: str) -> None:
    for category, quote in harm_described([text]):
        assert category in CATEGORIES and quote in text

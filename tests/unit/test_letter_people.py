"""The parent a council's letter is written to (`parsers.letter_people`; issue 11, set v)."""

from __future__ import annotations

from parsers.letter_people import addressed_family
from parsers.records import Page


def _names(*lines: str) -> list[str]:
    return [p.name for p in addressed_family(Page("letter.docx", tuple(lines)))]


def test_the_address_block_names_the_parent_the_salutation_greets() -> None:
    assert _names(
        "Children's Services, Town Hall",
        "3 March 2027",
        "Mrs Nadia Okafor",
        "7 Mill Lane, Halifax HX1 2AB",
        "Dear Mrs Okafor,",
        "You are invited to a conference about your son Tobi.",
        "Mrs Grace Okafor, Tobi's grandmother, has also been invited.",
        "Mrs Jane Kaye from school will attend.",
    ) == ["Nadia Okafor", "Grace Okafor"]


def test_a_first_name_salutation_takes_the_block_and_a_title_alone_is_kept() -> None:
    assert _names(
        "Miss Lacey Dunn", "4 Elm Row", "Dear Lacey", "We are worried about your baby."
    ) == ["Lacey Dunn"]
    assert _names("Dear Mr Farooq,", "The meeting is about your children.") == ["Mr Farooq"]


def test_a_letter_to_someone_who_works_with_the_family_names_no_parent() -> None:
    assert (
        _names("Dear Mrs Kaye,", "Please send a report about your pupil before the conference.")
        == []
    )
    assert _names("Dear Colleague,", "You are invited to the conference about Amy Test.") == []
    assert _names("Dear DS Hirst,", "You are invited to the conference about your children.") == []

"""District from the sender (allow-list, sub-domains, CJSM) and, failing that, the content."""

from __future__ import annotations

import pytest

from parsers.district import DEFAULT_DOMAINS, district_from_address, district_from_content
from parsers.records import Page


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("gillian.ingham@wakefield.gov.uk", "wakefield"),
        ("David.Ogden@LEEDS.GOV.UK", "leeds"),
        ("cp.admin@calderdale.gov.uk", "calderdale"),
        ("x@kirklees.gov.uk", "kirklees"),
        ("x@bradford.gov.uk", "bradford"),
        ("sru@childrens.wakefield.gov.uk", "wakefield"),
        ("philippa.bramley@leeds.gov.uk.cjsm.net", "leeds"),
        ("name@wakefield.gov.uk.cjsm.net", "wakefield"),
        ("cp.bookings@wakefield-gov.uk", None),
        ("x@wakefield.gov.uk.example.com", None),
        ("x@notwakefield.gov.uk", None),
        ("x@wakefield.gov.uk.cjsm.net.evil.com", None),
        ("x@cjsm.net", None),
        ("wakefield.gov.uk", None),
        ("a@b@wakefield.gov.uk", None),
        ("", None),
        (None, None),
    ],
)
def test_the_sender_domain_gives_the_district_only_when_it_is_allowed(
    address: str | None, expected: str | None
) -> None:
    assert district_from_address(address, DEFAULT_DOMAINS) == expected


def test_a_configured_domain_list_replaces_the_default() -> None:
    assert (
        district_from_address("a@northyorks.gov.uk", {"northyorks.gov.uk": "north_yorkshire"})
        == "north_yorkshire"
    )
    assert district_from_address("a@leeds.gov.uk", {"northyorks.gov.uk": "north_yorkshire"}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Safeguarding and Review Unit\nWakefield Council", "wakefield"),
        ("Integrated Safeguarding Unit | Leeds City Council", "leeds"),
        ("CP Admin Team | Calderdale MBC", "calderdale"),
        ("Calderdale Council", "calderdale"),
        ("Kirklees Council", "kirklees"),
        ("City of Bradford MDC", "bradford"),
        ("West Yorkshire Police (Wakefield District)", None),
        ("Wakefield Council and Leeds City Council", None),
        ("no council", None),
    ],
)
def test_the_council_named_in_the_content(text: str, expected: str | None) -> None:
    assert district_from_content([Page(location="body", lines=tuple(text.split("\n")))]) == expected

"""`parsers.word_help.document_styles`: a Word template's styles read once for every document
that carries them (issue 11: parsing `word/styles.xml` was most of a Word form's reading), with
the same answers as reading them afresh."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from parsers.errors import AttachmentError
from parsers.word_help import _TEMPLATES_KEPT, WordStyles, document_styles

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def styles_part(*styles: str) -> bytes:
    return f"<w:styles {_NS}>{''.join(styles)}</w:styles>".encode()


def style(style_id: str, *, name: str = "", based_on: str = "", colour: str = "") -> str:
    parts = [f'<w:name w:val="{name or style_id}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if colour:
        parts.append(f'<w:rPr><w:color w:val="{colour}"/></w:rPr>')
    return f'<w:style w:type="paragraph" w:styleId="{style_id}">{"".join(parts)}</w:style>'


def run(*, style_id: str = "", colour: str = "") -> etree._Element:
    props = f'<w:rStyle w:val="{style_id}"/>' if style_id else ""
    props += f'<w:color w:val="{colour}"/>' if colour else ""
    return etree.fromstring(f"<w:r {_NS}><w:rPr>{props}</w:rPr><w:t>x</w:t></w:r>")


TEMPLATE = styles_part(
    style("Greyed", colour="808080"),
    style("Aside", based_on="Greyed"),
    style("Plain", based_on="Normal"),
    style("Normal", colour="000000"),
    style("Custom1", name="Form Guidance"),
)


def test_a_template_s_styles_are_built_once_for_every_document_that_carries_them() -> None:
    first = document_styles(TEMPLATE)
    again = document_styles(bytes(TEMPLATE))  # another attachment's copy of the same part
    assert again is first
    assert document_styles(styles_part(style("Other"))) is not first


def answers(styles: WordStyles) -> list[bool]:
    return [
        styles.run_is_help(run(), paragraph_style="Aside"),  # grey through basedOn
        styles.run_is_help(run(), paragraph_style="Plain"),  # black through basedOn
        styles.run_is_help(run(style_id="Custom1"), paragraph_style=None),  # named for help
        styles.run_is_help(run(colour="000000"), paragraph_style="Aside"),  # its own colour wins
        styles.run_is_help(run(), paragraph_style="GuidanceNotes"),  # no such style: its id
        styles.run_is_help(run(), paragraph_style=None),
    ]


def test_a_style_s_look_through_its_based_on_chain_is_the_same_when_remembered() -> None:
    styles = document_styles(TEMPLATE)
    expected = [True, False, True, False, True, False]
    assert answers(styles) == expected
    assert answers(styles) == expected  # the looks resolved on first use, asked again
    assert answers(WordStyles(etree.fromstring(TEMPLATE))) == expected


def test_a_styles_part_that_cannot_be_read_is_refused_each_time_and_never_kept() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "a">]>' + styles_part(style("A"))
    for _ in range(2):
        with pytest.raises(AttachmentError):
            document_styles(bomb)
    with pytest.raises(etree.XMLSyntaxError):
        document_styles(b"<w:styles")


def test_only_the_last_templates_are_kept() -> None:
    first = document_styles(styles_part(style("Kept0")))
    for n in range(1, _TEMPLATES_KEPT):
        document_styles(styles_part(style(f"Kept{n}")))
    assert document_styles(styles_part(style("Kept0"))) is first  # used again: kept longer
    for n in range(_TEMPLATES_KEPT):
        document_styles(styles_part(style(f"Newer{n}")))
    assert document_styles(styles_part(style("Kept0"))) is not first


def test_style_ids_the_template_does_not_define_are_not_remembered() -> None:
    styles = WordStyles(etree.fromstring(TEMPLATE))
    for n in range(50):
        assert styles.run_is_help(run(), paragraph_style=f"Made{n}") is False
        assert styles.run_is_help(run(), paragraph_style=f"Hint{n}") is True  # named by its id
    assert len(styles._looks) <= 2  # None and nothing else: the template defines none of them


def test_a_document_with_no_styles_part_has_no_styles() -> None:
    styles = document_styles(None)
    assert styles.run_is_help(run(colour="808080"), paragraph_style=None) is True
    assert styles.run_is_help(run(), paragraph_style="Aside") is False

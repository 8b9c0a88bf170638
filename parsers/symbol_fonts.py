"""The tick-box letters of Microsoft's symbol fonts, and their codes in Unicode's private range.

Why a module of its own: a box drawn in Wingdings reaches us as a letter ("þ" ☑, "o" □) or as
the font's code in the private range (U+F0FE) in PDF text (`parsers.pdf_marks`, where the font
is known) and in text pasted out of such a PDF into an email (`parsers.lost_symbols`, where it
is not); both read the same tables.
"""

from __future__ import annotations

from parsers.records import MARKED, UNMARKED

#: Wingdings letters: Unicode's Wingdings mapping as tabled in jpablobr/emacs.d
#: `unicode_template.md` (ý U+2612 ☒, þ U+2611 ☑, ü U+2713 ✓, û U+2717 ✗, x U+2327 ⌧;
#: o U+25A1 □, ¨ U+25FB ◻, q U+2751 ❑, r U+2752 ❒, p "bold white square"). `n` (■) is left
#: out: Word uses it as a square bullet.
WINGDINGS = {
    **dict.fromkeys("ýþüûx", MARKED),
    **dict.fromkeys("o¨qrp", UNMARKED),
}
#: Wingdings 2 letters: Unicode 7.0's Wingdings 2 mapping as encoded in
#: PhMajerus/AXSH.Library `Functions/Wingdings2.vbs` (O 🗴, P 🗸, Q 🗵, R ☑, S ⮽, T ☒, ¢ ■;
#: £ □). Word's "insert check box symbol" uses R, S, T and £.
WINGDINGS_2 = {
    **dict.fromkeys("OPQRST¢", MARKED),
    **dict.fromkeys("£", UNMARKED),
}
#: A symbol font's code in Unicode's private range (U+F020-U+F0FF, the Windows convention)
#: printed in LibreOffice's symbol font (OpenSymbol, once StarSymbol): the PDF was made where
#: the form's symbol font was not installed, and LibreOffice drew the glyph in its substitute,
#: keeping the code. In any other font such a code stays text, as a dingbat letter does.
#: Which symbol font it was is lost; Wingdings' box letters and Wingdings 2's differ
#: (ýþüûx o¨qrp; OPQRST¢ £), so one table reads both (`scripts/cross-format`: Word forms
#: with Wingdings boxes saved as PDF by LibreOffice).
PRIVATE_SYMBOL = (0xF020, 0xF0FF)
SUBSTITUTED = {**WINGDINGS_2, **WINGDINGS}


def symbol_byte(ch: str) -> str:
    """A symbol font's letter whatever its text layer says: Word's "Save as PDF" maps a
    Wingdings glyph to the font's code in Unicode's private range (U+F0FE for "þ", ☑) rather
    than to the letter (issue 11, set j: every Wingdings box of such a form read as text)."""
    code = ord(ch)
    return chr(code - 0xF000) if 0xF020 <= code <= 0xF0FF else ch

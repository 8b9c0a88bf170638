"""`read_rtf()`: a Rich Text Format file's bytes → one `Page` of form-model lines.

Councils on WordPad, old Word or case systems that export RTF send booking forms as .rtf. RTF
(Microsoft's RTF 1.9.1 specification) is a stream of tokens — control words, `\\'hh` bytes,
`{`/`}` groups, text — read here with one regular expression and a group stack, iteratively.
striprtf and rtfparse were weighed: striprtf returns plain text only (no strike-through, no
check-box field state, table cells as "|"); rtfparse builds a recursive tree (a deeply nested
file is a `RecursionError`), reads the code page from the first 48 bytes only, and swallows its
own errors into an empty result. The form model needs the formatting, so the interpretation is
ours and small; what the libraries would have saved is the tokenizer, one line.

The shape is the Word reader's (`parsers.records`): a paragraph (`\\par`, `\\sect`, `\\page`) is
a line and `\\line` breaks it; a table row (`\\trowd … \\cell … \\row`) is one line of cells
joined by TAB, a cell's own paragraphs joined by a space; `\\tab` is a cell break. Text is
decoded from `\\uN` (with `\\ucN` fallback characters skipped) and from bytes in the font's
`\\fcharset` code page, else the document's `\\ansicpg`. Every tick box becomes `☒`/`☐`
before its label: a legacy `FORMCHECKBOX` field (`\\ffres`, 25 meaning "use `\\ffdefres`"), a
`SYMBOL` field of a symbol font, ☒ ☑ ☐ in the text (Word writes content-control boxes as
`\\u9746` in MS Gothic), and Wingdings letters. Struck text (`\\strike`, `\\striked1`) is
wrapped in `~~…~~`; hidden text (`\\v`) and destinations (font and colour tables, pictures,
`{\\*…}` groups) are not read.

Hostile files end in a clear `AttachmentError`, never a hang: groups nested deeper than
`MAX_DEPTH` are refused (real documents nest under 20), a `\\binN` blob is skipped by its length
without being copied, and one longer than the rest of the file is refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace

from parsers.errors import AttachmentError, reader_boundary
from parsers.records import CELL, ErrorKind, Page
from parsers.word_lines import SYMBOL_FONTS, box, paragraph_lines, row_line, struck, text_glyphs

MAX_DEPTH = 200
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, parameter, delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the current code page
    rb"|\\(.)"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends are not text in RTF
    rb"|([^\\{}\r\n]+)",
    re.DOTALL,
)
#: `\fcharsetN` → code page (RTF 1.9.1 "Font table"); 2 (symbol) keeps the byte as it is.
_CHARSETS = {
    0: "cp1252", 1: "cp1252", 2: "latin-1", 77: "mac_roman", 128: "cp932", 129: "cp949",
    130: "johab", 134: "gbk", 136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258",
    177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
    254: "cp437", 255: "cp850",
}  # fmt: skip
#: Destinations whose text is not the document's (RTF 1.9.1; `{\*…}` groups are skipped too).
_DESTINATIONS = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "listtable",
    "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata",
    "colorschememapping", "latentstyles", "datastore", "filetbl", "pgdsctbl", "footnote",
    "annotation", "atnid", "atnauthor", "bkmkstart", "bkmkend", "nonshppict",
})  # fmt: skip
_SYMBOLS = {
    "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018",
    "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ",
    "enspace": " ", "qmspace": " ",
}  # fmt: skip
#: `\ansi` `\mac` `\pc` `\pca`: the document's character set when no `\ansicpg` says more.
_CHARACTER_SETS = {"ansi": "cp1252", "mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
_ESCAPES = {b"\\": "\\", b"{": "{", b"}": "}", b"~": "\u00a0", b"_": "-", b"\t": CELL}
_FIELD_SYMBOL = re.compile(r'^\s*SYMBOL\s+(\d+)(?:.*?\\f\s*"?([^"\\]+))?', re.IGNORECASE)
_FFRES_DEFAULT = 25  # \ffres25: the field has no result of its own, its default applies


@dataclass(slots=True)
class _State:
    """What a group inherits from its parent (RTF's character and destination state)."""

    skip: bool = False  # a destination not read (font table, picture, {\*…}, field result)
    hidden: bool = False
    struck: bool = False
    font: int | None = None
    uc: int = 1  # fallback characters after \uN
    fonttbl: bool = False
    fldinst: bool = False  # inside a field's instruction: collected, not shown
    field: _Field | None = None


@dataclass(slots=True)
class _Field:
    """One `{\\field …}`: its instruction and, for a form check box, its states."""

    instruction: list[str] = field(default_factory=list)
    ffres: int | None = None
    ffdefres: int | None = None
    result_shown: bool = True


@dataclass(slots=True)
class _Font:
    codepage: str = ""  # no \fcharset: the document's code page
    name: str = ""


def read_rtf(data: bytes, *, name: str) -> tuple[Page, ...]:
    """One Page (`location=name`) of the document's lines; `AttachmentError` when refused."""
    with reader_boundary("the RTF document"):
        lines = _Reader(data).lines()
    return (Page(location=name, lines=tuple(lines), paragraphs=True),)


class _Reader:
    """Reads the token stream once, keeping the group stack and the lines being built."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.state = _State()
        self.stack: list[_State] = []
        self.codepage = "cp1252"
        self.fonts: dict[int, _Font] = {}
        self.pending_font = _Font()
        self.pending_id: int | None = None
        self.bytes = bytearray()  # \'hh bytes waiting to be decoded together (DBCS pairs)
        self.skip_fallback = 0
        self.high: int | None = None  # a high surrogate waiting for its low half
        self.default_font: int | None = None
        self.para: list[str] = []  # the paragraph being read
        self.cell: list[str] = []  # the table cell's finished paragraphs
        self.row: list[str] = []  # the table row's finished cells
        self.in_table = False
        self.out: list[str] = []

    def lines(self) -> list[str]:
        pos, end = 0, len(self.data)
        while pos < end:
            match = _TOKEN.match(self.data, pos)
            if match is None:  # a lone backslash at the very end
                break
            pos = match.end()
            word, param, hexbyte, symbol, brace, text = match.groups()
            if hexbyte is not None:
                self.byte(int(hexbyte, 16))
                continue
            self.flush_bytes()
            if word is not None:
                pos = self.control(word.decode("ascii"), param, pos)
            elif brace is not None:
                if not self.brace(brace):
                    break
            elif symbol is not None:
                self.control_symbol(symbol)
            elif text is not None:
                self.plain(text)
        self.flush_bytes()
        self.end_paragraph()
        self.end_row()
        return self.out

    # --- groups -------------------------------------------------------------------------

    def brace(self, brace: bytes) -> bool:
        """Open or close a group; False when the document's outermost group has closed."""
        self.skip_fallback = 0
        if brace == b"{":
            if len(self.stack) >= MAX_DEPTH:
                raise AttachmentError(
                    ErrorKind.PARSER_ERROR, f"it nests groups more than {MAX_DEPTH} deep"
                )
            self.stack.append(self.state)
            self.state = replace(self.state)
            return True
        if not self.stack:
            return False
        closing = self.state
        self.state = self.stack.pop()
        if closing.fonttbl and not self.state.fonttbl:
            self.end_font()
        if closing.fldinst and not self.state.fldinst and closing.field is not None:
            self.end_instruction(closing.field)
        return bool(self.stack)

    # --- control words ------------------------------------------------------------------

    def control(self, word: str, raw_param: bytes | None, pos: int) -> int:
        param = int(raw_param) if raw_param is not None else None
        if word == "bin":
            length = max(0, param or 0)
            if length > len(self.data) - pos:
                raise AttachmentError(
                    ErrorKind.PARSER_ERROR, "it declares a binary block longer than the file"
                )
            return pos + length
        if self.skip_fallback and not self.state.skip:
            self.skip_fallback -= 1
            return pos
        state = self.state
        if word == "u" and param is not None:
            self.unicode(param + 65536 if param < 0 else param)
            self.skip_fallback = state.uc
        elif word == "nestrow":  # it ends a nested row inside `{\*\nesttableprops …}`
            self.end_row()
        elif word in _BREAKS:
            if not (state.skip or state.fonttbl or state.fldinst):  # a footnote's \par…
                _BREAKS[word](self)
        else:
            self.formatting(word, param)
        return pos

    def formatting(self, word: str, param: int | None) -> None:
        state = self.state
        on = param != 0
        if word == "fonttbl":
            state.fonttbl = True  # read for the fonts' code pages and names, never shown
        elif word in _DESTINATIONS:
            state.skip = True
        elif word in ("fldinst", "formfield"):
            self.field_part(word)
        elif word == "field":
            state.field = _Field()
        elif word == "fldrslt":
            state.skip = state.skip or (state.field is not None and not state.field.result_shown)
        elif word in ("ffres", "ffdefres") and state.field is not None and param is not None:
            setattr(state.field, word, param)
        elif word == "tab":
            self.emit(CELL)
        elif word == "line":
            self.emit("\n")
        elif word in _SYMBOLS:
            self.emit(_SYMBOLS[word])
        else:
            self.character(word, param, on)

    def character(self, word: str, param: int | None, on: bool) -> None:
        state = self.state
        if word in ("strike", "striked"):
            state.struck = on
        elif word == "v":
            state.hidden = on
        elif word == "plain":
            state.struck, state.hidden, state.font = False, False, None
        elif word == "f" and param is not None:
            if state.fonttbl:
                self.end_font()
                self.pending_id = param
            else:
                state.font = param
        elif word == "fcharset" and state.fonttbl and param is not None:
            self.pending_font.codepage = _CHARSETS.get(param, "cp1252")
        elif word == "uc" and param is not None:
            state.uc = max(0, min(param, 10))
        elif word == "ansicpg" and param is not None:
            self.codepage = _codepage(param)
        elif word in _CHARACTER_SETS:
            self.codepage = _CHARACTER_SETS[word]
        elif word == "deff" and param is not None:
            self.default_font = param
        elif word in ("intbl", "trowd"):
            self.in_table = True
        elif word == "pard":
            self.in_table = False

    def field_part(self, word: str) -> None:
        """`\\*\\fldinst` and `\\*\\formfield` are read although they are `{\\*…}` groups."""
        state = self.state
        state.skip = bool(self.stack) and self.stack[-1].skip  # not inside a skipped group
        state.fldinst = True
        if state.field is None:
            state.field = _Field()
        del word

    def control_symbol(self, symbol: bytes) -> None:
        if symbol == b"*":
            self.state.skip = True  # an optional destination; `field_part` re-opens the two read
            return
        if self.skip_fallback and not self.state.skip:
            self.skip_fallback -= 1
            return
        if symbol in _ESCAPES:
            self.emit(_ESCAPES[symbol])
        elif symbol in (b"\r", b"\n") and not (self.state.skip or self.state.fldinst):
            self.end_paragraph()

    # --- text -----------------------------------------------------------------------------

    def unicode(self, code: int) -> None:
        """`\\uN`: UTF-16 code units; a surrogate pair (two `\\u`) is one character."""
        if 0xD800 <= code < 0xDC00:
            self.high = code
            return
        if 0xDC00 <= code < 0xE000 and self.high is not None:
            code = 0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)
        self.high = None
        if 0xD800 <= code < 0xE000:
            code = 0xFFFD
        self.emit(chr(code))

    def byte(self, value: int) -> None:
        if self.skip_fallback and not self.state.skip:
            self.skip_fallback -= 1
            return
        self.bytes.append(value)

    def flush_bytes(self) -> None:
        if self.bytes:
            raw, self.bytes = bytes(self.bytes), bytearray()
            self.emit(raw.decode(self._codepage(), errors="replace"))

    def plain(self, text: bytes) -> None:
        if self.skip_fallback and not self.state.skip:
            skipped = min(self.skip_fallback, len(text))
            self.skip_fallback -= skipped
            text = text[skipped:]
        if text:
            self.emit(text.decode(self._codepage(), errors="replace"))

    def _codepage(self) -> str:
        font = self._font()
        return font.codepage if font is not None and font.codepage else self.codepage

    def _font(self) -> _Font | None:
        number = self.state.font if self.state.font is not None else self.default_font
        return None if number is None else self.fonts.get(number)

    def emit(self, text: str) -> None:
        state = self.state
        if state.skip or state.hidden:
            return
        if state.fonttbl:
            self.pending_font.name += text
            return
        if state.fldinst and state.field is not None:
            state.field.instruction.append(text)
            return
        if text in (CELL, "\n"):
            self.para.append(text)
            return
        font = self._font()
        shown = text_glyphs(text, font=font.name if font is not None else "")
        self.para.append(struck(shown) if state.struck else shown)

    def end_font(self) -> None:
        if self.pending_id is not None:
            self.pending_font.name = self.pending_font.name.strip().rstrip(";").strip().lower()
            self.fonts[self.pending_id] = self.pending_font
        self.pending_id, self.pending_font = None, _Font()

    def end_instruction(self, found: _Field) -> None:
        """A field's instruction has been read: a check box or symbol is shown now."""
        if self.state.skip or self.state.hidden:
            return
        instruction = "".join(found.instruction).strip()
        words = instruction.split()
        if words and words[0].upper() == "FORMCHECKBOX":
            on = found.ffdefres if found.ffres in (None, _FFRES_DEFAULT) else found.ffres
            self.para.append(box(bool(on)))
            found.result_shown = False
        elif (symbol := _FIELD_SYMBOL.match(instruction)) is not None:
            table = SYMBOL_FONTS.get((symbol[2] or "").strip().lower(), {})
            glyph = table.get(int(symbol[1]) & 0xFF)
            if glyph is not None:
                self.para.append(f"{glyph} ")
                found.result_shown = False

    # --- lines ------------------------------------------------------------------------------

    def end_paragraph(self) -> None:
        text = "".join(self.para)
        self.para = []
        if self.in_table:
            self.cell.append(text)
            return
        self.end_row()  # a row left open by a file that never wrote \row
        self.out.extend(paragraph_lines(text))

    def end_cell(self) -> None:
        self.cell.append("".join(self.para))
        self.para = []
        self.row.append(" ".join(" ".join(paragraph_lines(part)) for part in self.cell))
        self.cell = []

    def end_row(self) -> None:
        if self.para and self.row:
            self.end_cell()
        if self.cell:
            self.row.append(" ".join(" ".join(paragraph_lines(part)) for part in self.cell))
            self.cell = []
        line = row_line(self.row)
        self.row = []
        if line is not None:
            self.out.append(line)


_BREAKS = {
    "par": _Reader.end_paragraph, "sect": _Reader.end_paragraph, "page": _Reader.end_paragraph,
    "cell": _Reader.end_cell, "nestcell": _Reader.end_cell, "row": _Reader.end_row,
}  # fmt: skip


def _codepage(number: int) -> str:
    name = f"cp{number}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name

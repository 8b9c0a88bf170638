"""PDFs that carry files, built for tests with pypdf's writer (ISO 32000-1 §7.11, §12.5.6.15).

- `portfolio`: a cover page and files in the catalog's `/Names /EmbeddedFiles` name tree, with
  a `/Collection` dictionary (a PDF portfolio, Acrobat's "open the paperclip");
- `annotated`: a cover page with a `/FileAttachment` annotation per file (the paperclip icon
  on the page), its `/FS` file specification holding the file;
- `associated`: files listed in the catalog's `/AF` array (PDF 2.0 associated files).

Each file is an `Embedded`: its name, its bytes, how its stream is written (`compressed` with
FlateDecode or stored; `raw` replaces the encoded bytes outright, for a damaged stream) and
what its `/Params /Size` declares (None: no `/Params`, as pypdf's own `add_attachment` writes).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from tests.builders.pdf_builder import text_pdf


@dataclass(frozen=True, slots=True)
class Embedded:
    name: str
    data: bytes
    compressed: bool = True
    #: the stream's encoded bytes, written as they are (a damaged stream); None: `data` encoded
    raw: bytes | None = None
    #: the uncompressed size `/Params /Size` declares; None: no `/Params`; "real": len(data)
    size: int | str | None = "real"


def portfolio(
    cover: Sequence[str],
    files: Sequence[Embedded],
    *,
    collection: bool = True,
    also_associated: bool = False,
) -> bytes:
    """`also_associated`: the same file specifications listed in the catalog's /AF too."""
    writer = _cover(cover)
    names, specs = ArrayObject(), ArrayObject()
    for file in sorted(files, key=lambda f: f.name):
        specs.append(_filespec(writer, file))
        names += [TextStringObject(file.name), specs[-1]]
    if also_associated:
        writer.root_object[NameObject("/AF")] = specs
    tree = writer._add_object(DictionaryObject({NameObject("/Names"): names}))
    writer.root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/EmbeddedFiles"): tree}
    )
    if collection:
        writer.root_object[NameObject("/Collection")] = DictionaryObject(
            {NameObject("/Type"): NameObject("/Collection"), NameObject("/View"): NameObject("/D")}
        )
    return _saved(writer)


def annotated(cover: Sequence[str], files: Sequence[Embedded]) -> bytes:
    writer = _cover(cover)
    page = writer.pages[0]
    annots = ArrayObject()
    for n, file in enumerate(files):
        annot = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): ArrayObject(
                    [FloatObject(v) for v in (500, 700 - 30 * n, 520, 720 - 30 * n)]
                ),
                NameObject("/Name"): NameObject("/Paperclip"),
                NameObject("/Contents"): TextStringObject(file.name),
                NameObject("/FS"): _filespec(writer, file),
            }
        )
        annots.append(writer._add_object(annot))
    page[NameObject("/Annots")] = annots
    return _saved(writer)


def associated(cover: Sequence[str], files: Sequence[Embedded]) -> bytes:
    writer = _cover(cover)
    writer.root_object[NameObject("/AF")] = ArrayObject(_filespec(writer, f) for f in files)
    return _saved(writer)


def _cover(lines: Sequence[str]) -> PdfWriter:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(text_pdf([lines]))).pages:
        writer.add_page(page)
    return writer


def _filespec(writer: PdfWriter, file: Embedded) -> IndirectObject:
    stream = DecodedStreamObject()
    encoded = (
        file.raw
        if file.raw is not None
        else (zlib.compress(file.data) if file.compressed else file.data)
    )
    stream.set_data(encoded)
    stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
    if file.compressed or file.raw is not None:
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    if file.size is not None:
        size = len(file.data) if file.size == "real" else int(file.size)
        stream[NameObject("/Params")] = DictionaryObject({NameObject("/Size"): NumberObject(size)})
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject(file.name),
            NameObject("/UF"): TextStringObject(file.name),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): writer._add_object(stream)}),
        }
    )
    return writer._add_object(spec)


def _saved(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

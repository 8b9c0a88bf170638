"""An XFA form's `template` and `datasets` packets, out of a PDF and parsed under guards.

Adobe LiveCycle / AEM Forms keep the form itself in `/AcroForm /XFA` (XFA 3.3 §"XDP"; ISO
32000-1 §12.7.8): either an array of name/stream pairs (`preamble`, `config`, `template`,
`localeSet`, `datasets`, …, `postamble`) or one stream holding the whole `<xdp:xdp>` document.
The answers are in `datasets` (`<xfa:datasets><xfa:data><form1>…`), the captions and check-box
values in `template`; the other packets are not read.

A hostile file may put anything there, so (RELIABILITY.md S2) the streams are read up to
`MAX_BYTES` in all, at most `MAX_PACKETS` pairs, each XML part parsed by the guarded parser the
Word and OpenDocument readers share (`parsers.xml_package.parse_xml`: no DTD, no entities, no
network) and refused past `MAX_ELEMENTS` elements or `MAX_DEPTH` levels. Damage is an
`AttachmentError` with a sentence for a person; no library exception leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from parsers.errors import AttachmentError
from parsers.records import ErrorKind
from parsers.xml_package import parse_xml

MAX_BYTES = 8 * 1024 * 1024  # a booking form's packets are a few kB; 8 MB is far past any
MAX_PACKETS = 64
MAX_ELEMENTS = 50_000
MAX_DEPTH = 64
DAMAGED = "the PDF's XFA form (LiveCycle / AEM Forms) is damaged and its answers could not be read"


@dataclass(frozen=True, slots=True)
class Packets:
    """The parsed parts of an XFA form that are read; either may be missing."""

    template: Any | None  # the <template> element
    datasets: Any | None  # the <xfa:datasets> element
    needs_rendering: bool  # the catalog's /NeedsRendering: the pages are not the form (dynamic)


def xfa_packets(reader: Any) -> Packets | None:
    """The XFA packets of a pypdf reader's document, or None when it has no XFA."""
    try:
        root = reader.trailer["/Root"].get_object()
        acro = root.get("/AcroForm")
        acro = acro.get_object() if acro is not None else None
        xfa = acro.get("/XFA") if isinstance(acro, DictionaryObject) else None
        if xfa is None:
            return None
        named = _streams(xfa.get_object())
        needs_rendering = bool(root.get("/NeedsRendering", False))
    except AttachmentError:
        raise
    except Exception as exc:  # a broken object graph: pypdf's own errors, a loop, a bad filter
        raise AttachmentError(ErrorKind.PARSER_ERROR, DAMAGED) from exc
    if not named:
        return None
    parts = _parts(named)
    return Packets(
        template=parts.get("template"),
        datasets=parts.get("datasets"),
        needs_rendering=needs_rendering,
    )


def _streams(xfa: Any) -> list[tuple[str, bytes]]:
    """(packet name, bytes) in order; a single stream is named "xdp"."""
    if isinstance(xfa, StreamObject):
        return [("xdp", _bounded(xfa, 0))]
    if not isinstance(xfa, ArrayObject):
        raise AttachmentError(ErrorKind.PARSER_ERROR, DAMAGED)
    if len(xfa) > 2 * MAX_PACKETS:
        raise AttachmentError(ErrorKind.TOO_LARGE, "the PDF's XFA form has too many parts")
    named: list[tuple[str, bytes]] = []
    total = 0
    for i in range(0, len(xfa) - 1, 2):
        stream = xfa[i + 1].get_object()
        if not isinstance(stream, StreamObject):
            continue
        data = _bounded(stream, total)
        total += len(data)
        named.append((str(xfa[i].get_object()), data))
    return named


def _bounded(stream: StreamObject, used: int) -> bytes:
    """A stream's decoded bytes, refused when the packets would pass `MAX_BYTES` in all.
    pypdf decodes a Flate stream whole (up to its own 75 MB cap), so the declared /Length
    is checked first and the decoded size after."""
    if int(stream.get("/Length", 0) or 0) + used > MAX_BYTES:
        raise AttachmentError(ErrorKind.TOO_LARGE, _too_large())
    data = bytes(stream.get_data())
    if len(data) + used > MAX_BYTES:
        raise AttachmentError(ErrorKind.TOO_LARGE, _too_large())
    return data


def _too_large() -> str:
    return f"the PDF's XFA form is larger than {MAX_BYTES // (1024 * 1024)} MB: not read"


def _parts(named: list[tuple[str, bytes]]) -> dict[str, Any]:
    """The template and datasets elements: each packet of an array parsed on its own (a
    damaged `config` costs nothing), a single stream parsed whole and its children taken."""
    parts: dict[str, Any] = {}
    for name, data in named:
        if name == "xdp":
            for child in _parsed(data):
                if isinstance(child.tag, str) and etree.QName(child).localname in (
                    "template",
                    "datasets",
                ):
                    parts.setdefault(etree.QName(child).localname, child)
        elif name in ("template", "datasets") and data.strip():
            parts.setdefault(name, _parsed(data))
    return parts


def _parsed(data: bytes) -> Any:
    try:
        root = parse_xml(data)
    except AttachmentError:
        raise
    except Exception as exc:  # lxml's XMLSyntaxError, a bad encoding declaration …
        raise AttachmentError(ErrorKind.PARSER_ERROR, DAMAGED) from exc
    _refuse_oversized(root)
    return root


def _refuse_oversized(root: Any) -> None:
    """`AttachmentError(TOO_LARGE)` past `MAX_ELEMENTS` elements or `MAX_DEPTH` levels."""
    depth_of: dict[Any, int] = {root: 0}
    for count, element in enumerate(root.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise AttachmentError(
                ErrorKind.TOO_LARGE, f"the PDF's XFA form has over {MAX_ELEMENTS:,} elements"
            )
        depth = depth_of.pop(element, 0)
        if depth > MAX_DEPTH:
            raise AttachmentError(
                ErrorKind.TOO_LARGE, f"the PDF's XFA form nests deeper than {MAX_DEPTH} levels"
            )
        for child in element:
            depth_of[child] = depth + 1

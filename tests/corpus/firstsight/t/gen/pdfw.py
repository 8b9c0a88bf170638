"""A hand-rolled PDF writer for the XFA forms (layout 97) and the text-layer tricks (layout 100).

Objects are written in order, streams are Flate-compressed with zlib (deterministic), the
trailer /ID is derived from the content. Fonts are the standard 14 (no embedding) with
WinAnsiEncoding and, where asked, a ToUnicode CMap that differs from what the glyphs show.
"""
from __future__ import annotations

import hashlib
import zlib

from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = 595, 842


def pdf_string(s: str | bytes) -> bytes:
    """A PDF literal string from cp1252 text (or raw bytes)."""
    b = s if isinstance(s, bytes) else s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 0x20 or c > 0x7E:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return bytes(out)


def pdf_text_string(s: str) -> bytes:
    """A text string for the Info dictionary (UTF-16BE with BOM when needed)."""
    try:
        return pdf_string(s.encode("latin-1"))
    except UnicodeEncodeError:
        h = (b"\xfe\xff" + s.encode("utf-16-be")).hex().upper().encode()
        return b"<" + h + b">"


class PDF:
    def __init__(self):
        self.objs: list[bytes | None] = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def set(self, n: int, body: bytes | str) -> int:
        self.objs[n - 1] = body.encode("latin-1") if isinstance(body, str) else body
        return n

    def add(self, body: bytes | str) -> int:
        n = self.reserve()
        return self.set(n, body)

    def stream(self, data: bytes, extra: str = "", compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data, 9)
            extra = "/Filter /FlateDecode " + extra
        head = f"<< {extra}/Length {len(data)} >>\nstream\n".encode("latin-1")
        return self.add(head + data + b"\nendstream")

    def finish(self, root: int, info: dict[str, str] | None = None, version: str = "1.7") -> bytes:
        info_n = None
        if info:
            body = b"<< " + b" ".join(b"/" + k.encode() + b" " + pdf_text_string(v) for k, v in info.items()) + b" >>"
            info_n = self.add(body)
        out = bytearray(f"%PDF-{version}\n%\xe2\xe3\xcf\xd3\n".encode("latin-1"))
        offsets = []
        for i, body in enumerate(self.objs, start=1):
            assert body is not None, f"object {i} reserved but never set"
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for o in offsets:
            out += f"{o:010d} 00000 n \n".encode()
        ident = hashlib.md5(bytes(out)).hexdigest().upper()
        trailer = f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R"
        if info_n:
            trailer += f" /Info {info_n} 0 R"
        trailer += f" /ID [<{ident}> <{ident}>] >>\nstartxref\n{xref}\n%%EOF\n"
        out += trailer.encode()
        return bytes(out)


def winansi_tounicode() -> bytes:
    """A ToUnicode CMap for cp1252 codes 0x20..0xFF, with three deliberate extras:
    0x81 -> U+FB01 (fi ligature), 0x8D -> U+FB02 (fl ligature), 0xAD -> U+00AD (soft hyphen)."""
    pairs = []
    for code in range(0x20, 0x100):
        if code == 0x81:
            u = "\ufb01"
        elif code == 0x8D:
            u = "\ufb02"
        elif code == 0xAD:
            u = "\u00ad"
        else:
            try:
                u = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                continue
        pairs.append((code, u))
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, u in chunk:
            lines.append(f"<{code:02X}> <{u.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def add_fonts(pdf: PDF, ligatures: bool = False) -> str:
    """Standard fonts; returns the /Font resource dictionary body."""
    f1 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    f3 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
    res = f"/F1 {f1} 0 R /F2 {f2} 0 R /F3 {f3} 0 R"
    if ligatures:
        tu = pdf.stream(winansi_tounicode())
        f4 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
                     "/BaseEncoding /WinAnsiEncoding /Differences [129 /fi 141 /fl 173 /hyphen] >> "
                     f"/ToUnicode {tu} 0 R >>")
        res += f" /F4 {f4} 0 R"
    return res


FONT_NAMES = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F4": "Helvetica"}


def width(s: str, font: str = "F1", size: float = 10) -> float:
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\u00ad", "-")
    return stringWidth(s, FONT_NAMES.get(font, "Helvetica"), size)


class Canvas:
    """Collects content-stream operators for one page."""

    def __init__(self):
        self.ops: list[bytes] = []

    def raw(self, s: str | bytes) -> None:
        self.ops.append(s.encode("latin-1") if isinstance(s, str) else s)

    def text(self, x: float, y: float, s: str, font: str = "F1", size: float = 10, mode: int = 0,
             rgb: tuple[float, float, float] | None = None) -> None:
        if font == "F4":
            b = s.replace("\ufb01", "\x81").replace("\ufb02", "\x8d").replace("\u00ad", "\xad")
            data = pdf_string(b.encode("latin-1"))
        else:
            data = pdf_string(s)
        col = f"{rgb[0]:.3g} {rgb[1]:.3g} {rgb[2]:.3g} rg " if rgb else "0 g "
        self.raw(f"BT {col}/{font} {size:g} Tf {mode} Tr {x:.2f} {y:.2f} Td ".encode() + data + b" Tj ET")

    def rect(self, x: float, y: float, w: float, h: float, fill: tuple | None = None,
             stroke: tuple | None = (0, 0, 0), lw: float = 0.6) -> None:
        ops = "q "
        if fill is not None:
            ops += f"{fill[0]:.3g} {fill[1]:.3g} {fill[2]:.3g} rg "
        if stroke is not None:
            ops += f"{stroke[0]:.3g} {stroke[1]:.3g} {stroke[2]:.3g} RG {lw:g} w "
        ops += f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re "
        ops += {(True, True): "B", (True, False): "f", (False, True): "S"}[(fill is not None, stroke is not None)]
        self.raw(ops + " Q")

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.6) -> None:
        self.raw(f"q 0 G {lw:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S Q")

    def tick(self, x: float, y: float, size: float = 9, lw: float = 1.4) -> None:
        """A hand-drawn looking tick as a vector path (no text)."""
        self.raw(f"q 0 0 0.55 RG {lw:g} w 1 J 1 j {x + 0.12*size:.2f} {y + 0.5*size:.2f} m "
                 f"{x + 0.4*size:.2f} {y + 0.15*size:.2f} l {x + 1.05*size:.2f} {y + 1.1*size:.2f} l S Q")

    def image(self, name: str, x: float, y: float, w: float, h: float) -> None:
        self.raw(f"q {w:.2f} 0 0 {h:.2f} {x:.2f} {y:.2f} cm /{name} Do Q")

    def data(self) -> bytes:
        return b"\n".join(self.ops) + b"\n"


def wrap(text: str, maxw: float, font: str = "F1", size: float = 10) -> list[str]:
    out = []
    for para in text.split("\n"):
        words, cur = para.split(" "), ""
        for w in words:
            trial = (cur + " " + w).strip()
            if width(trial, font, size) > maxw and cur:
                out.append(cur)
                cur = w
            else:
                cur = trial
        out.append(cur)
    return out


def simple_document(pdf: PDF, pages: list[tuple[bytes, dict]], font_res: str, info: dict,
                    catalog_extra: str = "", page_extra: list[str] | None = None,
                    xobjects: list[str] | None = None, annots: list[str] | None = None) -> bytes:
    """pages: (content bytes, {'media': [..], 'crop': [..]})."""
    pages_n = pdf.reserve()
    kids = []
    for i, (content, box) in enumerate(pages):
        c = pdf.stream(content)
        media = box.get("media", [0, 0, PAGE_W, PAGE_H])
        extra = f" /CropBox [{' '.join(str(v) for v in box['crop'])}]" if "crop" in box else ""
        if page_extra and page_extra[i]:
            extra += " " + page_extra[i]
        xo = f" /XObject << {xobjects[i]} >>" if xobjects and xobjects[i] else ""
        an = f" /Annots [{annots[i]}]" if annots and annots[i] else ""
        p = pdf.add(f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [{' '.join(str(v) for v in media)}]{extra} "
                    f"/Resources << /Font << {font_res} >>{xo} /ProcSet [/PDF /Text /ImageB] >> /Contents {c} 0 R{an} >>")
        kids.append(p)
    pdf.set(pages_n, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    root = pdf.add(f"<< /Type /Catalog /Pages {pages_n} 0 R{catalog_extra} >>")
    return pdf.finish(root, info), kids

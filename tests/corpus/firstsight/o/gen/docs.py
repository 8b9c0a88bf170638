"""Document builders (docx, pdf, rtf, tnef, zip) that also record the text they place."""
import io
import random
import struct
import zlib
import datetime as dt

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

from common import ddmmyyyy

FIXED = dt.datetime(2026, 12, 1, 9, 0, 0)


# ------------------------------------------------------------------ generic form model
def form_items(c, title, org):
    """Generic booking-form content as a list of blocks."""
    it = [("title", "OFFICIAL-SENSITIVE"), ("title", title), ("sub", org)]
    it += [("kv", "Type of conference", c["type_text"]), ("kv", "Date of conference", c["date_text"]),
           ("kv", "Time", c["time_text"]), ("kv", "Venue", c["venue"]), ("kv", "Chair", c["chair"]),
           ("kv", "Social worker", c["sw"]), ("kv", "Case reference", c["ref"]),
           ("kv", "Category", c["category"])]
    it.append(("children", c["children"]))
    it.append(("adults", c["adults"]))
    it.append(("para", "Reason for conference", c["reason"]))
    if c.get("police"):
        it.append(("para", "Police involvement", c["police"]))
    for e in c.get("extra", []):
        it.append(("para", "Further information", e))
    if c["tick"] != "absent":
        it.append(("tick", c["tick"]))
    it.append(("kv", "Completed by", c["sw"] or c["sender_name"]))
    return it


def dob_text(d):
    return ddmmyyyy(d) if d else "EDD"


def child_row(ch):
    return [ch[0], ch[1] and ddmmyyyy(ch[1]) or ch[3], ch[2], ch[3] if ch[1] else "unborn"]


def tick_marks(tick):
    a = tick in ("attend", "both")
    r = tick in ("report", "both")
    return a, r


# ------------------------------------------------------------------ docx
def docx_bytes(build):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "o"
    d.core_properties.author = "o"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    build(d)
    b = io.BytesIO()
    d.save(b)
    return _rezip(b.getvalue())


def _rezip(data):
    """Re-write a zip package with fixed timestamps so output is deterministic."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info))
    return out.getvalue()


def docx_form(items, texts):
    def build(d):
        for blk in items:
            k = blk[0]
            if k in ("title", "sub"):
                d.add_paragraph(blk[1]); texts.append(blk[1])
            elif k == "kv":
                t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
                t.cell(0, 0).text, t.cell(0, 1).text = blk[1], blk[2]
                texts.extend([blk[1], blk[2]])
            elif k == "children":
                d.add_paragraph("Children"); texts.append("Children")
                hdr = ["Name", "Date of birth", "Gender", "School / setting"]
                t = d.add_table(rows=1 + len(blk[1]), cols=4); t.style = "Table Grid"
                for j, h in enumerate(hdr):
                    t.cell(0, j).text = h; texts.append(h)
                for i, ch in enumerate(blk[1]):
                    for j, v in enumerate(child_row(ch)):
                        t.cell(i + 1, j).text = v; texts.append(v)
            elif k == "adults":
                d.add_paragraph("Parents / carers / significant adults"); texts.append("Parents / carers / significant adults")
                t = d.add_table(rows=1 + len(blk[1]), cols=3); t.style = "Table Grid"
                for j, h in enumerate(["Name", "Relationship", "Date of birth"]):
                    t.cell(0, j).text = h; texts.append(h)
                for i, a in enumerate(blk[1]):
                    for j, v in enumerate([a[0], a[1], dob_text(a[2])]):
                        t.cell(i + 1, j).text = v; texts.append(v)
            elif k == "para":
                d.add_paragraph(blk[1]); d.add_paragraph(blk[2]); texts.extend([blk[1], blk[2]])
            elif k == "tick":
                a, r = tick_marks(blk[1])
                p1 = "West Yorkshire Police - please tick one:"
                l1 = ("\u2612" if a else "\u2610") + " Police attendance required"
                l2 = ("\u2612" if r else "\u2610") + " Written report sufficient"
                for x in (p1, l1, l2):
                    d.add_paragraph(x); texts.append(x)
    return docx_bytes(build)


# ------------------------------------------------------------------ pdf
class Pdf:
    """Tiny reportlab wrapper: writes lines top-down and records them."""

    def __init__(self, texts, pagesize=A4):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle("Booking form")
        self.c.setAuthor("o")
        self.w, self.h = pagesize
        self.y = self.h - 50
        self.texts = texts
        self.font = ("Helvetica", 10)

    def line(self, s, x=50, font=None, size=None, gap=14, record=True):
        if self.y < 60:
            self.newpage()
        self.c.setFont(font or self.font[0], size or self.font[1])
        self.c.drawString(x, self.y, s)
        if record:
            self.texts.append(s)
        self.y -= gap

    def wrap(self, s, x=50, width=None, size=10):
        width = width or (self.w - x - 50)
        for ln in simpleSplit(s, "Helvetica", size, width):
            self.line(ln, x=x, size=size)

    def newpage(self):
        self.c.showPage()
        self.y = self.h - 50

    def box(self, x, y, filled, label=None):
        self.c.setLineWidth(0.8)
        self.c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
        if filled:
            self.c.setFont("Helvetica-Bold", 9)
            self.c.drawString(x + 1.6, y + 0.5, "X")

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def pdf_form(items, texts):
    p = Pdf(texts)
    for blk in items:
        k = blk[0]
        if k == "title":
            p.line(blk[1], font="Helvetica-Bold", size=12, gap=18)
        elif k == "sub":
            p.line(blk[1], size=9, gap=20)
        elif k == "kv":
            p.c.setFont("Helvetica-Bold", 10)
            p.c.drawString(50, p.y, blk[1]); texts.append(blk[1])
            p.line(blk[2], x=210)
        elif k == "children":
            p.y -= 6
            p.line("Children", font="Helvetica-Bold")
            xs = [50, 200, 290, 360]
            for x, h in zip(xs, ["Name", "Date of birth", "Gender", "School / setting"]):
                p.c.setFont("Helvetica-Bold", 9); p.c.drawString(x, p.y, h); texts.append(h)
            p.y -= 13
            for ch in blk[1]:
                for x, v in zip(xs, child_row(ch)):
                    p.c.setFont("Helvetica", 9); p.c.drawString(x, p.y, v); texts.append(v)
                p.y -= 13
        elif k == "adults":
            p.y -= 6
            p.line("Parents / carers / significant adults", font="Helvetica-Bold")
            xs = [50, 200, 360]
            for x, h in zip(xs, ["Name", "Relationship", "Date of birth"]):
                p.c.setFont("Helvetica-Bold", 9); p.c.drawString(x, p.y, h); texts.append(h)
            p.y -= 13
            for a in blk[1]:
                for x, v in zip(xs, [a[0], a[1], dob_text(a[2])]):
                    p.c.setFont("Helvetica", 9); p.c.drawString(x, p.y, v); texts.append(v)
                p.y -= 13
        elif k == "para":
            p.y -= 6
            p.line(blk[1], font="Helvetica-Bold")
            p.wrap(blk[2])
        elif k == "tick":
            p.y -= 6
            a, r = tick_marks(blk[1])
            p.line("West Yorkshire Police (tick one)", font="Helvetica-Bold")
            p.box(50, p.y, a); p.line("Police attendance required", x=64)
            p.box(50, p.y, r); p.line("Written report sufficient", x=64)
    return p.bytes()


# ------------------------------------------------------------------ rtf
def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def rtf_doc(lines):
    body = "".join(rtf_escape(l) + "\\par\r\n" for l in lines)
    return ("{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\r\n"
            "{\\colortbl;\\red0\\green0\\blue0;}\r\n\\uc1\\pard\\plain\\f0\\fs22 " + body + "}").encode("cp1252")


def form_lines(items):
    """Plain-text rendering of the generic form (for RTF bodies)."""
    out = []
    for blk in items:
        k = blk[0]
        if k in ("title", "sub"):
            out.append(blk[1])
        elif k == "kv":
            out.append(f"{blk[1]}: {blk[2]}")
        elif k == "children":
            out.append("Children:")
            for i, ch in enumerate(blk[1], 1):
                r = child_row(ch)
                out.append(f"{i}. {r[0]} - DOB {r[1]} - {r[2]} - {r[3]}")
        elif k == "adults":
            out.append("Adults:")
            for a in blk[1]:
                out.append(f"- {a[0]} ({a[1]}) DOB {dob_text(a[2])}")
        elif k == "para":
            out.append(blk[1] + ":")
            out.append(blk[2])
        elif k == "tick":
            a, r = tick_marks(blk[1])
            out.append("Police (tick one):")
            out.append(("[X]" if a else "[ ]") + " Police attendance required")
            out.append(("[X]" if r else "[ ]") + " Written report sufficient")
    return out


# ------------------------------------------------------------------ TNEF (MS-OXTNEF)
def _cks(data):
    return sum(data) & 0xFFFF


def _attr(level, attr_id, data):
    return struct.pack("<BII", level, attr_id, len(data)) + data + struct.pack("<H", _cks(data))


def _dtime(t):
    return struct.pack("<7H", t.year, t.month, t.day, t.hour, t.minute, t.second, (t.weekday() + 1) % 7)


def _pad4(b):
    return b + b"\0" * (-len(b) % 4)


def _mapi_props(props):
    """props: list of (ptype, pid, bytes-or-int)."""
    out = struct.pack("<I", len(props))
    for ptype, pid, val in props:
        out += struct.pack("<HH", ptype, pid)
        if ptype == 0x0003:
            out += struct.pack("<I", val)
        else:
            out += struct.pack("<II", 1, len(val)) + _pad4(val)
    return out


def rtf_compressed_uncompressed(rtf):
    """PR_RTF_COMPRESSED in the uncompressed ('MELA') form of MS-OXRTFCP."""
    return struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf


def tnef(subject, sent, rtf=None, attachments=(), key=0x4F21):
    out = struct.pack("<IH", 0x223E9F78, key)
    out += _attr(1, 0x00089006, struct.pack("<I", 0x00010000))          # attTnefVersion
    out += _attr(1, 0x00069007, struct.pack("<II", 1252, 0))            # attOemCodepage
    out += _attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")          # attMessageClass
    out += _attr(1, 0x00018004, subject.encode("cp1252") + b"\0")      # attSubject
    out += _attr(1, 0x00038005, _dtime(sent))                          # attDateSent
    out += _attr(1, 0x00038006, _dtime(sent))                          # attDateRecd
    props = [(0x0003, 0x0E07, 0x00000001)]                              # PR_MESSAGE_FLAGS
    if rtf is not None:
        props.append((0x0102, 0x1009, rtf_compressed_uncompressed(rtf)))  # PR_RTF_COMPRESSED
    props.append((0x001E, 0x0037, subject.encode("cp1252") + b"\0"))   # PR_SUBJECT
    out += _attr(1, 0x00069003, _mapi_props(props))                    # attMAPIProps
    for fname, data, mime in attachments:
        rend = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0)
        out += _attr(2, 0x00069002, rend)                              # attAttachRendData
        out += _attr(2, 0x00018010, fname.encode("cp1252") + b"\0")    # attAttachTitle
        out += _attr(2, 0x00038012, _dtime(sent))                      # attAttachCreateDate
        out += _attr(2, 0x00038013, _dtime(sent))                      # attAttachModifyDate
        out += _attr(2, 0x0006800F, data)                              # attAttachData
        ap = [(0x001E, 0x3707, fname.encode("cp1252") + b"\0"),        # PR_ATTACH_LONG_FILENAME
              (0x001E, 0x3704, fname.encode("cp1252") + b"\0"),        # PR_ATTACH_FILENAME
              (0x001E, 0x370E, mime.encode() + b"\0"),                 # PR_ATTACH_MIME_TAG
              (0x0003, 0x3705, 1)]                                     # PR_ATTACH_METHOD by value
        out += _attr(2, 0x00069005, _mapi_props(ap))                   # attAttachment
    return out


# ------------------------------------------------------------------ ZIP (incl. ZipCrypto)
def zip_plain(members):
    import zipfile
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


_CRCT = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_upd(k, b):
    return (k >> 8) ^ _CRCT[(k ^ b) & 0xFF]


def zip_crypto(members, password, seed=7):
    rnd = random.Random(seed)
    local, central, off = b"", b"", 0
    dostime, dosdate = (9 << 11) | (30 << 5), ((2027 - 1980) << 9) | (1 << 5) | 11
    for name, data in members:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(p):
            k[0] = _crc_upd(k[0], p)
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = _crc_upd(k[2], k[1] >> 24)

        for ch in password.encode():
            upd(ch)
        hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = bytearray()
        for p in hdr + data:
            t = (k[2] | 2) & 0xFFFF
            enc.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(p)
        nb = name.encode()
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(data), len(nb), 0) + nb
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                               len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb
        local += lh + bytes(enc)
        off += len(lh) + len(enc)
    n = len(members)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(central), len(local), 0)
    return local + central + eocd

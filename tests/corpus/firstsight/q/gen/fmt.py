"""Renderers: docx, pdf (reportlab canvas), html, TNEF (winmail.dat), zip (incl. ZipCrypto)."""
import io
import struct
import zipfile
import zlib
import html as _html
import textwrap

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
from reportlab.pdfbase.ttfonts import TTFont
registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# ---------------------------------------------------------------- docx

def new_docx(landscape_=False, font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if landscape_:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    return doc


def dpara(doc, T, text, bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    T.add(text)
    return p


def dtable(doc, T, rows, style="Table Grid", bold_first_row=False, bold_first_col=False, widths=None):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncol):
            val = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            lines = val.split("\n") if val else [""]
            cell.paragraphs[0].text = ""
            for k, ln in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                r = p.add_run(ln)
                if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                    r.bold = True
                T.add(ln)
            if widths:
                cell.width = Cm(widths[j])
    return t


def docx_bytes(doc):
    b = io.BytesIO()
    doc.core_properties.author = "CP Business Support"
    import datetime as _dt
    doc.core_properties.created = _dt.datetime(2026, 11, 1, 9, 0, 0)
    doc.core_properties.modified = _dt.datetime(2026, 11, 1, 9, 0, 0)
    doc.core_properties.last_modified_by = "CP Business Support"
    doc.save(b)
    return _fix_zip_times(b.getvalue())


def _fix_zip_times(data):
    """Rewrite a zip with fixed timestamps so output is deterministic."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, (2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()

# ---------------------------------------------------------------- pdf

class Pdf:
    """Tiny flowing writer over a reportlab canvas; every string drawn is recorded in T."""
    def __init__(self, T, size=A4, margin=50, title="Document", rotate=0):
        self.T = T
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("CP Business Support")
        self.W, self.H = size
        self.m = margin
        self.y = self.H - margin
        self.font = "Helvetica"
        self.size = 10
        self.rotate = rotate
        self.pageno = 1
        if rotate:
            self.c.setPageRotation(rotate)

    def newpage(self):
        self.c.showPage()
        if self.rotate:
            self.c.setPageRotation(self.rotate)
        self.y = self.H - self.m
        self.pageno += 1

    def need(self, h):
        if self.y - h < self.m:
            self.newpage()

    def at(self, x, y, s, font=None, size=None, record=True):
        self.c.setFont(font or self.font, size or self.size)
        self.c.drawString(x, y, s)
        if record:
            self.T.add(s)

    def line(self, s, font=None, size=None, indent=0, gap=None):
        size = size or self.size
        self.need(size + 4)
        self.at(self.m + indent, self.y - size, s, font, size)
        self.y -= gap if gap is not None else size + 4

    def para(self, s, font=None, size=None, indent=0, width=None):
        """Wrapped paragraph; records the whole paragraph (lines are consecutive)."""
        font = font or self.font
        size = size or self.size
        width = width or (self.W - 2 * self.m - indent)
        lines = wrap(s, font, size, width)
        for ln in lines:
            self.need(size + 4)
            self.at(self.m + indent, self.y - size, ln, font, size, record=False)
            self.y -= size + 3
        self.T.add(s)
        self.y -= 3

    def space(self, h=8):
        self.y -= h

    def table(self, rows, widths, font=None, size=9, bold_first_row=False, bold_first_col=False,
              pad=3, fills=None):
        """Ruled table; each cell line recorded separately."""
        font = font or self.font
        for i, row in enumerate(rows):
            cells = []
            for j, w in enumerate(widths):
                val = row[j] if j < len(row) else ""
                f = "Helvetica-Bold" if (bold_first_row and i == 0) or (bold_first_col and j == 0) else font
                ls = []
                for part in val.split("\n"):
                    ls += wrap(part, f, size, w - 2 * pad) if part else [""]
                cells.append((ls, f))
            h = max(len(ls) for ls, _ in cells) * (size + 2) + 2 * pad
            self.need(h)
            x = self.m
            for j, (ls, f) in enumerate(cells):
                if fills and fills.get((i, j)):
                    self.c.setFillGray(0.88)
                    self.c.rect(x, self.y - h, widths[j], h, stroke=0, fill=1)
                    self.c.setFillGray(0)
                self.c.rect(x, self.y - h, widths[j], h)
                yy = self.y - pad - size
                for ln in ls:
                    if ln:
                        self.at(x + pad, yy, ln, f, size)
                    yy -= size + 2
                x += widths[j]
            self.y -= h

    def box(self, x, y, filled, s=12):
        self.c.rect(x, y, s, s, stroke=1, fill=1 if filled else 0)

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def wrap(s, font, size, width):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur or not lines:
        lines.append(cur)
    return lines

# ---------------------------------------------------------------- html

def esc(s):
    return _html.escape(s, quote=False)


def htable(T, rows, attrs='border="1" cellpadding="4" cellspacing="0"', head=True, th_first_col=False,
           style=""):
    out = ['<table %s style="border-collapse:collapse;%s">' % (attrs, style)]
    for i, row in enumerate(rows):
        out.append("<tr>")
        for j, cell in enumerate(row):
            tag = "th" if (head and i == 0) or (th_first_col and j == 0) else "td"
            span = ""
            if isinstance(cell, tuple):
                cell, span = cell[0], ' colspan="%d"' % cell[1]
            for ln in cell.split("\n"):
                T.add(ln)
            out.append('<%s%s style="text-align:left;vertical-align:top">%s</%s>'
                       % (tag, span, "<br>".join(esc(x) for x in cell.split("\n")), tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def hp(T, s, tag="p", style=None):
    T.add(s)
    st = ' style="%s"' % style if style else ""
    return "<%s%s>%s</%s>" % (tag, st, esc(s).replace("\n", "<br>\n"), tag)


def page(body, title=""):
    return ('<html><head><meta charset="utf-8"><title>%s</title></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>'
            % (esc(title), body))

# ---------------------------------------------------------------- TNEF (MS-OXTNEF)

LVL_MESSAGE, LVL_ATTACHMENT = 1, 2


def _attr(level, attid, data):
    return struct.pack("<BII", level, attid, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _dtr(y, mo, da, h, mi, s):
    # DTR structure: year, month, day, hour, minute, second, day of week
    import datetime
    dow = (datetime.date(y, mo, da).isoweekday()) % 7
    return struct.pack("<7H", y, mo, da, h, mi, s, dow)


def tnef(subject, body, attachments, when=(2026, 12, 1, 9, 0, 0), key=0x4A21, corrupt=False):
    """attachments: list of (filename, bytes). Returns winmail.dat bytes."""
    out = struct.pack("<IH", 0x223E9F78, key)
    out += _attr(LVL_MESSAGE, 0x00089006, struct.pack("<I", 0x00010000))      # attTnefVersion
    out += _attr(LVL_MESSAGE, 0x00069007, struct.pack("<II", 1252, 0))         # attOemCodepage
    out += _attr(LVL_MESSAGE, 0x00078008, b"IPM.Microsoft Mail.Note\x00")     # attMessageClass
    out += _attr(LVL_MESSAGE, 0x00018004, subject.encode("cp1252") + b"\x00")  # attSubject
    out += _attr(LVL_MESSAGE, 0x00038005, _dtr(*when))                          # attDateSent
    out += _attr(LVL_MESSAGE, 0x00038006, _dtr(*when))                          # attDateRecd
    out += _attr(LVL_MESSAGE, 0x00068007, b"\x20")                              # attMessageStatus
    if body is not None:
        out += _attr(LVL_MESSAGE, 0x0002800C, body.encode("cp1252") + b"\x00")  # attBody
    for i, (fn, data) in enumerate(attachments):
        rend = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0)          # attAttachRenddata
        out += _attr(LVL_ATTACHMENT, 0x00069002, rend)
        out += _attr(LVL_ATTACHMENT, 0x00038013, _dtr(*when))                   # attAttachModifyDate
        short = fn if len(fn) <= 12 else (fn.rsplit(".", 1)[0][:6].upper() + "~1." + fn.rsplit(".", 1)[1][:3].upper())
        out += _attr(LVL_ATTACHMENT, 0x00018010, short.encode("cp1252") + b"\x00")  # attAttachTitle
        out += _attr(LVL_ATTACHMENT, 0x0006800F, data)                          # attAttachData
        # attAttachment: MAPI props with PidTagAttachLongFilename (0x3707, PT_STRING8 0x001E)
        name = fn.encode("cp1252") + b"\x00"
        pad = b"\x00" * ((4 - len(name) % 4) % 4)
        props = struct.pack("<I", 2)
        props += struct.pack("<HH", 0x001E, 0x3707) + struct.pack("<II", 1, len(name)) + name + pad
        props += struct.pack("<HH", 0x0003, 0x370B) + struct.pack("<i", -1)      # PidTagRenderingPosition
        out += _attr(LVL_ATTACHMENT, 0x00069005, props)
    if corrupt:
        out = out[: int(len(out) * 0.42)]
    return out

# ---------------------------------------------------------------- zip

def zip_bytes(files, comment=b""):
    """files: list of (name, bytes); folders implied by names ending '/'."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, (2026, 12, 1, 10, 0, 0))
            if name.endswith("/"):
                zi.external_attr = 0o40775 << 16 | 0x10
                z.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
        z.comment = comment
    return out.getvalue()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in pwd:
            self._upd(ch)

    @staticmethod
    def _crc(crc, b):
        return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            c = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ c)
            self._upd(b)
        return bytes(out)


def zip_encrypted(files, pwd):
    """Traditional PKWARE (ZipCrypto) encrypted, stored entries. files: [(name, bytes)]."""
    pwd = pwd.encode()
    local, central, off = b"", b"", 0
    dtime, ddate = (10 << 11), ((2026 - 1980) << 9) | (12 << 5) | 1
    for idx, (name, data) in enumerate(files):
        crc = zlib.crc32(data) & 0xFFFFFFFF
        zc = _ZipCrypto(pwd)
        hdr = bytes((idx * 37 + i * 11 + 5) & 0xFF for i in range(11)) + bytes([(crc >> 24) & 0xFF])
        body = zc.enc(hdr + data)
        nm = name.encode()
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dtime, ddate, crc, len(body), len(data),
                         len(nm), 0) + nm
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dtime, ddate, crc,
                               len(body), len(data), len(nm), 0, 0, 0, 0, 0x20, off) + nm
        local += lh + body
        off += len(lh) + len(body)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), off, 0)
    return local + central + end
